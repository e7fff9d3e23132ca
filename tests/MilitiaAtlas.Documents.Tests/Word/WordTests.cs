using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Tests.Word;

public sealed class WordTests
{
    [Fact]
    public void Paragraphs_headings_and_table_cells_are_read_in_order_and_deleted_text_is_not()
    {
        var (article, processed, _) = Read.Document("update.docx", WordFixtures.WithFootnotes());
        var passages = processed.Passages.Select(p => (p.Kind, Text: p.Span.Slice(article.Text))).ToList();

        Assert.Equal((PassageKind.Heading, "Convoys return to the Orsova valley"), passages[0]);
        Assert.Equal((PassageKind.Heading, "Background"), passages[1]);
        Assert.Equal((PassageKind.Body, "The Velmora Highland Guard left the market town of Sarnesh in the second week of April.[1]"), passages[2]);
        Assert.Equal((PassageKind.Body, "Relief agencies now send convoys twice a week, and traders say the price of flour has begun to fall."), passages[3]);
        Assert.Equal((PassageKind.Heading, "Outlook"), passages[4]);
        Assert.Equal("Checkpoints in March: eleven.", passages[5].Text);
        Assert.Equal("Checkpoints in April: four.", passages[6].Text);
        Assert.Equal((PassageKind.Body, "Idris Kallenberg, the commander of the Highland Guard, said his men would stay in the hills."), passages[7]);
        Assert.DoesNotContain("three times a month", article.Text, StringComparison.Ordinal);
        Assert.Equal(ArticleFormat.Word, article.Format);
    }

    [Fact]
    public void Footnotes_follow_the_body_under_notes_numbered_as_the_text_refers_to_them_and_are_set_apart()
    {
        var (article, processed, _) = Read.Document("update.docx", WordFixtures.WithFootnotes());
        var notes = processed.Passages.Single(p => p.Span.Slice(article.Text) == "[1] Interviews with two elders of Sarnesh, April 2031.");

        Assert.Equal("Notes", processed.Passages[notes.Ordinal - 2].Span.Slice(article.Text));
        Assert.Equal(PassageKind.Boilerplate, notes.Kind);
        Assert.True(notes.Ordinal > processed.Passages.Last(p => p.Kind == PassageKind.Body).Ordinal);
    }

    [Fact]
    public void Core_properties_are_the_metadata_and_the_creation_date_stands_in_for_a_missing_dateline()
    {
        var (article, _, _) = Read.Document("update.docx", WordFixtures.WithFootnotes());

        Assert.Equal("Orsova valley update", article.Metadata.Title);
        Assert.Equal("Maren Tessaly", article.Metadata.Author);
        Assert.Equal("2031-05-02", article.Metadata.Published);
    }

    [Fact]
    public void A_truncated_word_file_is_a_clear_failure()
    {
        var whole = WordFixtures.WithFootnotes();
        var error = Read.Error("cut.docx", whole[..(whole.Length / 2)]);

        Assert.StartsWith("cannot be read as a Word document: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_that_is_not_a_zip_is_a_clear_failure()
    {
        var error = Read.Error("fake.docx", "This was never a Word document."u8.ToArray());

        Assert.StartsWith("cannot be read as a Word document: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_that_inflates_past_the_limit_is_refused_before_it_is_parsed()
    {
        var bomb = WordFixtures.Inflating(8L << 20);
        var read = DocumentReader.Read("bomb.docx", bomb, ArticleMetadata.Empty, new InputLimits { ExpandedBytes = 4L << 20 });

        Assert.True(bomb.Length < 100_000, $"the bomb is {bomb.Length} bytes");
        Assert.False(read.Ok);
        Assert.StartsWith("the Word file's parts inflate to ", read.Error, StringComparison.Ordinal);
        Assert.Contains("(Atlas:MaxExpandedBytes)", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_that_lies_about_its_sizes_is_still_refused()
    {
        var bomb = WordFixtures.LyingAboutSizes(WordFixtures.Inflating(8L << 20));
        var read = DocumentReader.Read("liar.docx", bomb, ArticleMetadata.Empty, new InputLimits { ExpandedBytes = 4L << 20 });

        Assert.False(read.Ok);
        Assert.StartsWith("cannot be read as a Word document: ", read.Error, StringComparison.Ordinal);
    }
}
