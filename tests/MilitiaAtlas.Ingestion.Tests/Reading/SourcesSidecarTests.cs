using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Tests.Reading;

public sealed class SourcesSidecarTests
{
    [Fact]
    public void Reads_fields_per_file_and_keeps_date_precision()
    {
        var s = SourcesSidecar.Parse("a.txt:\n  title: \"A: title\"\n  outlet: Outlet\n  published: 2015-02\nb.txt:\n  published: 2015-02-03\n  author: Someone\n");

        Assert.Empty(s.Problems);
        Assert.Equal(("A: title", "Outlet", "2015-02"), (s.For("a.txt").Title, s.For("a.txt").Outlet, s.For("a.txt").Published));
        Assert.Equal("2015-02-03", s.For("b.txt").Published);
        Assert.Null(s.For("c.txt").Title);
    }

    [Fact]
    public void A_bad_field_is_reported_against_its_file_and_the_good_fields_are_kept()
    {
        var s = SourcesSidecar.Parse("a.txt:\n  title: {x: 1}\n  published: 2015-13-40\n  outlet: Kept\n");

        Assert.Equal("Kept", s.For("a.txt").Outlet);
        Assert.Null(s.For("a.txt").Published);
        Assert.Equal(2, s.ProblemsFor("a.txt").Count());
    }

    [Fact]
    public void Yaml_that_cannot_be_parsed_gives_one_problem_and_no_entries()
    {
        var s = SourcesSidecar.Parse("a.txt: [unclosed\n");

        Assert.Empty(s.Entries);
        Assert.Contains("cannot be parsed", Assert.Single(s.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018", "2018")]
    [InlineData("2018-6", "2018-06")]
    [InlineData("2018-06-27T10:00:00Z", "2018-06-27")]
    [InlineData("June 27, 2018", "2018-06-27")]
    [InlineData("27 June 2018", "2018-06-27")]
    [InlineData("2018-02-30", null)]
    [InlineData("yesterday", null)]
    public void Published_dates_normalize_to_iso_at_their_precision(string input, string? expected)
    {
        Assert.Equal(expected, PublishedDate.Normalize(input));
    }

    [Theory]
    [InlineData("a.txt: {title: [x, y\n")]
    [InlineData("- [a.txt, b\n- c.txt")]
    [InlineData("a.txt: &x [1\nb.txt: *x")]
    public void Malformed_flow_collections_are_a_problem_not_a_crash(string yaml)
    {
        var s = SourcesSidecar.Parse(yaml);

        Assert.Empty(s.Entries);
        Assert.NotEmpty(s.Problems);
    }

    [Fact]
    public void Malformed_front_matter_flow_collections_are_a_warning_not_a_crash()
    {
        var (article, warnings) = ArticleReader.Read("a.md", "---\ntitle: &x [1\nauthor: *x\n---\nThe Northern Brigades said on Monday that they had left.\n", Model.ArticleMetadata.Empty);

        Assert.NotEmpty(warnings);
        Assert.StartsWith("The Northern Brigades", article.Text, StringComparison.Ordinal);
    }
}
