using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Tests.Pdf;

public sealed class PdfTests
{
    [Fact]
    public void Two_columns_read_in_order_with_a_paragraph_joined_across_the_columns()
    {
        var (article, processed, _) = Read.Document("report.pdf", PdfFixtures.TwoColumns());
        var body = Read.Passages(processed, PassageKind.Body).ToList();

        Assert.Equal(
        [
            "The road from Quillon to Sarnesh runs for sixty kilometres through the Orsova valley. In March our monitors counted eleven checkpoints along it, most of them run by the Velmora Highland Guard.",
            "By the middle of April only four remained. Residents said the others were abandoned after the ceasefire that elders negotiated with the regional council in the first week of April.",
            "The commander of the Highland Guard, Idris Kallenberg, told our monitors that his men would stay in the hills above the valley.",
            "Traders in Sarnesh said the price of flour had doubled since the winter. Convoys from relief agencies now reach the town twice a week.",
            "Our next report will cover the schools of the valley, which reopened in April.",
            "Monitors travelled the road on nine days between the first of March and the end of April, by car and on foot.",
        ], body);
        Assert.Equal(ArticleFormat.Pdf, article.Format);
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_not_in_the_text()
    {
        var (article, _, _) = Read.Document("report.pdf", PdfFixtures.TwoColumns());

        Assert.DoesNotContain("VELMORA MONITOR", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FIELD REPORT", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("of 2", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_is_a_heading_and_the_document_information_is_metadata()
    {
        var (article, processed, _) = Read.Document("report.pdf", PdfFixtures.TwoColumns());

        Assert.Equal("Checkpoints on the Orsova road", processed.Passages[0].Span.Slice(article.Text));
        Assert.Equal(PassageKind.Heading, processed.Passages[0].Kind);
        Assert.Equal("Field report 12", article.Metadata.Title);
        Assert.Equal("Velmora Monitor", article.Metadata.Author);
    }

    [Fact]
    public void A_scanned_pdf_with_no_text_layer_is_refused_and_says_so()
    {
        var error = Read.Error("scan.pdf", PdfFixtures.Scanned());

        Assert.StartsWith("no text layer: the PDF's 2 pages hold only images (a scan?)", error, StringComparison.Ordinal);
        Assert.Contains("OCR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_of_garbage_after_its_header_is_a_clear_failure()
    {
        var error = Read.Error("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nnonsense without end"u8.ToArray());

        Assert.StartsWith("cannot be read as a PDF: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_gives_a_clear_failure_or_the_text_that_survived_and_never_throws()
    {
        var whole = PdfFixtures.TwoColumns();
        for (var cut = 64; cut < whole.Length; cut += whole.Length / 12)
        {
            var read = DocumentReader.Read("cut.pdf", whole[..cut], ArticleMetadata.Empty);
            Assert.True(read.Ok ? read.Article!.Text.Length > 0 : read.Error!.StartsWith("cannot be read as a PDF: ", StringComparison.Ordinal) || read.Error.StartsWith("no text", StringComparison.Ordinal),
                $"cut at {cut}: {read.Error}");
        }
    }

    [Fact]
    public void A_pdf_whose_streams_inflate_past_the_limit_is_refused_as_a_bomb()
    {
        var read = DocumentReader.Read("report.pdf", PdfFixtures.TwoColumns(), ArticleMetadata.Empty, new InputLimits { ExpandedBytes = 100 });

        Assert.False(read.Ok);
        Assert.StartsWith("the PDF's streams inflate to more than 100 bytes", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_nested_a_hundred_thousand_deep_in_a_page_are_a_clear_failure_not_a_stack_overflow()
    {
        var content = "BT /F1 12 Tf 72 700 Td " + new string('[', 100_000) + "(x)" + new string(']', 100_000) + " TJ ET";
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            + $"4 0 obj << /Length {content.Length} >> stream\n{content}\nendstream endobj\ntrailer << /Size 5 /Root 1 0 R >>\n%%EOF\n";

        var error = Read.Error("nested.pdf", System.Text.Encoding.ASCII.GetBytes(pdf));

        Assert.Equal("cannot be read as a PDF: Exceeded maximum nesting depth of 256", error);
    }
}
