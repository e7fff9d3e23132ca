using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Knowledge-base statement dumps, help-desk threads, planners and the closing sections of such pages (session 34, each rule
/// on invented text).
/// </summary>
public sealed class StatementDumpsAndClosingSectionsRuleTests
{
    private static ProcessedArticle Run(string text, string? published = null) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: published)));

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    private const string Story = "Report\n\nIn 1837 Ruvo Marrak held the fort at Kuopio against the Kessa Front for three months, and the siege ended in "
        + "August.\n\nThe Kessa Front withdrew to the hills after the siege.\n\n";

    private static void AllAfterAreNotBody(ProcessedArticle p, string heading)
    {
        var at = p.Article.Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.All(p.Passages.Where(x => x.Span.Start >= at), x => Assert.NotEqual(PassageKind.Body, x.Kind));
    }

    [Theory]
    [InlineData("REVISION HISTORY", "3 May 2026 · Ivo Brisk · fixed a date\n1 May 2026 · Ana Velt · added a source")]
    [InlineData("IMPORTANT NUMBERS", "Reception: dial 0 · Taxi: dial 7 · Clinic next to the Velt Arcade")]
    [InlineData("DESK HOURS AND SMALL PRINT", "The Velt Desk is open all day. Tours are run by Kessa Outings Ltd.")]
    [InlineData("EDITOR EXPORT DETAILS", "Exported from Orvano Writer 3 · Reviewer: Ana Ruvo")]
    public void A_late_heading_of_history_numbers_small_print_or_export_details_closes_the_page(string heading, string lines)
    {
        AllAfterAreNotBody(Run(Story + heading + "\n" + lines + "\n\nPrivacy | Terms | Contact\n"), heading);
    }

    [Fact]
    public void A_closing_section_that_tells_nothing_is_boilerplate_at_the_page_s_end_too()
    {
        AllAfterAreNotBody(Run(Story + "VISITOR DESK AND SMALL PRINT\nThe Velt Desk, Deck 5, is open all day. Photos by Ana Ruvo. Times may change.\n"),
            "VISITOR DESK AND SMALL PRINT");
    }

    [Fact]
    public void A_closing_section_that_tells_what_happened_when_stays_the_story()
    {
        var p = Run(Story + "THE SMALL PRINT OF THE TREATY\nIn 1839 the Kessa Front signed a truce at Kuopio and handed over its guns.\n");
        Assert.Contains(p.Passages, x => x.Kind == PassageKind.Body && p.Article.Text[x.Span.Start..x.Span.End].Contains("truce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Was this request resolved to your satisfaction?")]
    [InlineData("Was this article helpful?")]
    [InlineData("Did this answer help you?")]
    public void A_help_desk_s_closing_question_opens_the_footer(string question)
    {
        AllAfterAreNotBody(Run(Story + question + "\nYes · No\n\nRelated articles: Exporting a layer · Naming places\n"), question);
    }
}
