namespace MilitiaAtlas.Web.Tests;

/// <summary>
/// Two invented articles for the export tests: relations of every FtM shape (a leader and a commander: Directorship; a
/// spokesman: Membership; an alliance and a country's backing: UnknownLink, one end a place), an event whose date the two
/// sources give differently, gazetteer places, and cells that a spreadsheet would run as formulas (a title, an outlet, an
/// author and sentences starting with =, - and @).
/// </summary>
internal static class ExportCorpus
{
    public const string FormulaTitle = "=SUM(1+1) convoy attack disputed";
    public const string FormulaOutlet = "+Coastal Wire";
    public const string FormulaAuthor = "-Ana Reis";

    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "one.txt"), """
            Copper Ridge Brigade expands near Porto

            The Copper Ridge Brigade, an armed group backed by Norway, said on Tuesday that it had taken the port district of Porto.

            Its leader, Lenko Varas, said the fighters would stay until the autumn. Tamsin Oduya, a spokesman for the Copper Ridge Brigade, said the group was allied with the Harrow Front.

            On March 3, 2024, fighters of the Copper Ridge Brigade attacked a convoy near Nantes, killing four drivers.

            =HYPERLINK("http://example.invalid","click") was painted on a wall in Porto, residents said.

            -5 degrees at night did not stop the Copper Ridge Brigade, Lenko Varas said.
            """);
        File.WriteAllText(Path.Combine(folder, "two.txt"), $"""
            {FormulaTitle}

            Fighters of the Copper Ridge Brigade attacked a convoy near Nantes on March 5, 2024, killing four drivers, officials said.

            Lenko Varas, the commander of the Copper Ridge Brigade, denied that his men were involved. The Harrow Front is opposed to the Copper Ridge Brigade, according to a statement.

            @channel users shared photos of the burned trucks near Nantes on Wednesday.
            """);
        File.WriteAllText(Path.Combine(folder, "sources.yaml"), $"""
            one.txt:
              outlet: Harbor Tribune
              published: 2024-05-10
              url: https://harbor-tribune.example/copper-ridge
            two.txt:
              outlet: "{FormulaOutlet}"
              published: 2024-05-12
              author: "{FormulaAuthor}"
            """);
        return folder;
    }
}
