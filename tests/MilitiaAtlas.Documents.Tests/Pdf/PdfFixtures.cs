using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MilitiaAtlas.Documents.Tests.Pdf;

/// <summary>PDFs written at test time with PdfPig's builder: every word is ours, every position chosen.</summary>
internal static class PdfFixtures
{
    public const string Header = "VELMORA MONITOR - FIELD REPORT 12";

    /// <summary>A one-pixel PNG: what a scanner leaves on a page, minus the scan.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// Two Letter pages of two columns each, under a running header and over a "Page N of 2" footer. The second paragraph
    /// runs from the foot of the first column into the second; a word is broken at a line end ("check-" / "points");
    /// the paragraphs are parted by a wider gap.
    /// </summary>
    public static byte[] TwoColumns()
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Field report 12";
        builder.DocumentInformation.Author = "Velmora Monitor";
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var one = builder.AddPage(PageSize.Letter);
        Furniture(one, regular, 1);
        one.AddText("Checkpoints on the Orsova road", 18, new PdfPoint(50, 715), bold);
        Column(one, regular, 50, 680,
        [
            ["The road from Quillon to Sarnesh runs for", "sixty kilometres through the Orsova valley.", "In March our monitors counted eleven check-", "points along it, most of them run by the", "Velmora Highland Guard."],
            ["By the middle of April only four remained.", "Residents said the others were abandoned", "after the ceasefire that elders negotiated"],
        ]);
        Column(one, regular, 320, 680,
        [
            ["with the regional council in the first week", "of April."],
            ["The commander of the Highland Guard, Idris", "Kallenberg, told our monitors that his men", "would stay in the hills above the valley."],
        ]);

        var two = builder.AddPage(PageSize.Letter);
        Furniture(two, regular, 2);
        Column(two, regular, 50, 715,
        [
            ["Traders in Sarnesh said the price of flour", "had doubled since the winter. Convoys from", "relief agencies now reach the town twice a", "week."],
            ["Our next report will cover the schools of", "the valley, which reopened in April."],
        ]);
        Column(two, regular, 320, 715,
        [
            ["Monitors travelled the road on nine days", "between the first of March and the end of", "April, by car and on foot."],
        ]);
        return builder.Build();
    }

    /// <summary>Two pages that hold only an image each: a scan with no text layer.</summary>
    public static byte[] Scanned()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(Pixel, new PdfRectangle(0, 0, 595, 842));
        }

        return builder.Build();
    }

    private static void Furniture(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, int number)
    {
        page.AddText(Header, 8, new PdfPoint(50, 760), font);
        page.AddText($"Page {number} of 2", 8, new PdfPoint(280, 30), font);
    }

    /// <summary>Paragraphs of lines at 10 points, 13 points apart, with 9 more between paragraphs.</summary>
    private static void Column(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double top, string[][] paragraphs)
    {
        var y = top;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph)
            {
                page.AddText(line, 10, new PdfPoint(x, y), font);
                y -= 13;
            }

            y -= 9;
        }
    }
}
