using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Tests.Reading;

public sealed class BylineTests
{
    [Theory]
    [InlineData("By Maren Tessaly", "Maren Tessaly")]
    [InlineData("By Maren Tessaly and Tomas Dravik", "Maren Tessaly and Tomas Dravik")]
    [InlineData("By Maren Tessaly, Harrow Wire", "Maren Tessaly")]
    [InlineData("By Maren Tessaly | The Harrow Dispatch", "Maren Tessaly")]
    [InlineData("By Maren Tessaly in Quillon", "Maren Tessaly")]
    [InlineData("Lena Brannic, HWS", "Lena Brannic")]
    [InlineData("Lena Brannic, Harrow Wire Service", "Lena Brannic")]
    [InlineData("**By Maren Tessaly**", "Maren Tessaly")]
    public void A_byline_names_its_author(string line, string author) => Assert.Equal(author, Bylines.AuthorOf(line));

    [Theory]
    [InlineData("By March")]
    [InlineData("By Monday Evening")]
    [InlineData("By the end of the week the road had reopened.")]
    [InlineData("Quillon City, Velmora")]
    [InlineData("By Reuters")]
    [InlineData("Lena Brannic said the market would reopen, Quillon")]
    public void Lines_that_only_look_like_bylines_name_no_author(string line) => Assert.Null(Bylines.AuthorOf(line));

    [Fact]
    public void A_byline_fills_the_author_only_when_no_metadata_names_one()
    {
        const string text = "Market reopens in Quillon\n\nBy Lena Brannic\n\nThe relief committee of Quillon agreed on Tuesday to open the market twice a week.";

        var (guessed, _) = ArticleReader.Read("market.txt", text, ArticleMetadata.Empty);
        var (sidecar, _) = ArticleReader.Read("market.txt", text, new ArticleMetadata(Author: "Desk"));
        var (front, _) = ArticleReader.Read("market.md", "---\nauthor: Front Matter\n---\n" + text, ArticleMetadata.Empty);

        Assert.Equal("Lena Brannic", guessed.Metadata.Author);
        Assert.Equal("Desk", sidecar.Metadata.Author);
        Assert.Equal("Front Matter", front.Metadata.Author);
    }

    [Fact]
    public void A_name_then_outlet_line_becomes_the_author_and_a_byline_passage()
    {
        const string text = "Market reopens in Quillon\n\nLena Brannic, Harrow Wire\n\nThe relief committee of Quillon agreed on Tuesday to open the market twice a week.";
        var (article, _) = ArticleReader.Read("market.txt", text, ArticleMetadata.Empty);
        var processed = Pipeline.Default.Process(article);

        Assert.Equal("Lena Brannic", article.Metadata.Author);
        Assert.Equal(PassageKind.Byline, processed.Passages[1].Kind);
    }

    [Fact]
    public void A_file_date_gives_way_to_a_dateline_in_the_text()
    {
        var article = ArticleReader.Compose("r.pdf", ArticleFormat.Pdf, "Field report\n\n3 June 2031\n\nThe road reopened.", ArticleMetadata.Empty,
            ArticleMetadata.Empty, new ArticleMetadata(Published: "2031-07-01"));
        var undated = ArticleReader.Compose("r.pdf", ArticleFormat.Pdf, "Field report\n\nThe road reopened.", ArticleMetadata.Empty,
            ArticleMetadata.Empty, new ArticleMetadata(Published: "2031-07-01"));

        Assert.Equal("2031-06-03", article.Metadata.Published);
        Assert.Equal("2031-07-01", undated.Metadata.Published);
    }

    [Fact]
    public void Blocks_a_document_marks_are_its_passages_and_its_comments_stay_comments()
    {
        const string text = "Market reopens\n\nThe relief committee of Quillon agreed on Tuesday to open the market twice a week.\n\nAbout time too, say the traders.";
        var blocks = new[]
        {
            new TextBlock(new TextSpan(0, 14), BlockKind.Heading),
            new TextBlock(new TextSpan(16, 98), BlockKind.Paragraph),
            new TextBlock(new TextSpan(100, text.Length), BlockKind.Comment),
        };
        var article = new Article("m.html", ArticleFormat.Html, text, ArticleMetadata.Empty) { Blocks = blocks };

        var passages = Pipeline.Default.Process(article).Passages;

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Comment], passages.Select(p => p.Kind));
        Assert.Equal("About time too, say the traders.", passages[2].Span.Slice(text));
    }
}
