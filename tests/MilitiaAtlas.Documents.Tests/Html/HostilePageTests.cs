using System.Text;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Tests.Html;

public sealed class HostilePageTests
{
    private const string Story = "<p>The council of Quillon met on Tuesday to discuss the convoys that reach the town from the south, and agreed to open the market twice a week.</p>";

    [Fact]
    public void A_page_nested_past_the_depth_limit_is_refused_before_the_extractor_walks_it()
    {
        // Between 256 and four times that: the parser builds the tree, which is measured before anything recurses over it.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<section>", 600)) + Story;
        var error = Read.Error("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("web page nested more than 256 elements deep, over the limit of 256 (Atlas:MaxHtmlDepth)", error);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("font")]
    public void Markup_that_opens_two_hundred_thousand_elements_is_refused_before_it_is_parsed(string tag)
    {
        // Parsed, this takes AngleSharp a minute and more: its work grows with the square of the nesting.
        var deep = new StringBuilder("<html><body>").Insert(12, $"<{tag}>", 200_000).Append(Story);
        var error = Read.Error("deeper.html", Encoding.UTF8.GetBytes(deep.ToString()));

        Assert.Equal("web page opens more than 1024 elements without closing them, over the limit of 256 nested elements (Atlas:MaxHtmlDepth)", error);
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_do_not_count_as_nesting()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>A line of the long list of checkpoints on the road.<li>item", 3_000)) + Story + "</article></body></html>";
        var read = DocumentReader.Read("sloppy.html", Encoding.UTF8.GetBytes(html), ArticleMetadata.Empty);

        Assert.True(read.Ok, read.Error);
    }

    [Fact]
    public void A_page_nested_just_under_the_limit_is_read()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 250)) + Story + Story.Replace("Tuesday", "Friday", StringComparison.Ordinal) + string.Concat(Enumerable.Repeat("</div>", 250)) + "</body></html>";
        var (article, _, _) = Read.Document("nested.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("The council of Quillon met on Friday", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_styles_and_broken_json_ld_never_reach_the_text_and_the_page_still_goes_in()
    {
        var html = """
            <html><head><title>Market days in Quillon</title>
            <script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
            <style>p { color: red }</style></head>
            <body><article><h1>Market days in Quillon</h1>
            <script>document.write("injected words from a script")</script>
            """ + Story + Story.Replace("Tuesday", "Monday", StringComparison.Ordinal) + "<p>Unclosed <b>bold <i>and italic</article>";
        var (article, _, warnings) = Read.Document("soup.html", Encoding.UTF8.GetBytes(html));

        Assert.DoesNotContain("injected words", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", article.Text, StringComparison.Ordinal);
        Assert.Contains("The council of Quillon met on Monday", article.Text, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Code == "json-ld" && w.Message.StartsWith("a JSON-LD block cannot be parsed", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_bytes_named_html_are_refused_as_binary()
    {
        var error = Read.Error("noise.html", [0x3C, 0x68, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);

        Assert.StartsWith("binary file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_text_is_refused_as_such()
    {
        var error = Read.Error("empty.html", "<html><head><title></title></head><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray());

        Assert.Equal("no text (a web page with no readable text)", error);
    }

    [Fact]
    public void An_html_file_named_like_text_is_still_read_as_a_page_when_its_bytes_say_so()
    {
        Assert.Equal(ArticleFormat.Html, DocumentReader.FormatOf("saved", "<!DOCTYPE html><html><body></body></html>"u8));
        Assert.Equal(ArticleFormat.Pdf, DocumentReader.FormatOf("report", "%PDF-1.4\n"u8));
        Assert.Equal(ArticleFormat.PlainText, DocumentReader.FormatOf("notes", "Plain words."u8));
        Assert.Equal(ArticleFormat.PlainText, DocumentReader.FormatOf("page.txt", "<!DOCTYPE html>"u8));
    }
}
