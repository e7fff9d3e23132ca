using System.Net;
using System.Text.Json;
using Dapper;

namespace MilitiaAtlas.Web.Tests.Pages.Sources;

public sealed class ReaderTests
{
    private static (AtlasApp App, string Id, string Text) Setup(string article)
    {
        var app = new AtlasApp();
        var path = app.Write("story.txt", article);
        var id = app.Ingest(path).Files.Single().SourceId!;
        using var c = app.Database.Open();
        return (app, id, c.ExecuteScalar<string>("SELECT Text FROM Sources")!);
    }

    [Fact]
    public async Task The_hl_parameter_wraps_exactly_that_span_in_mark()
    {
        var (app, id, text) = Setup(Articles.Simple);
        using var _ = app;
        var start = text.IndexOf("Their commander", StringComparison.Ordinal);
        var end = text.IndexOf("was over.", StringComparison.Ordinal) + "was over.".Length;

        var html = await app.CreateClient().GetStringAsync($"/sources/{id}?hl={start}-{end}");

        Assert.Contains("<mark id=\"hl\">Their commander, Col. Samir Haddad, said the fighting was over.</mark>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<mark"));
        Assert.Contains("src=\"/js/reader.js\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_highlight_inside_a_sentence_adds_no_line_break_around_the_mark()
    {
        var (app, id, text) = Setup(Articles.Simple);
        using var _ = app;
        var start = text.IndexOf("Col. Samir Haddad", StringComparison.Ordinal);
        var end = start + "Col. Samir Haddad".Length;

        var html = await app.CreateClient().GetStringAsync($"/sources/{id}?hl={start}-{end}");

        // The paragraph shows white space as written (pre-line): a line break beside the mark would show as one.
        Assert.Contains("Their commander, <mark id=\"hl\">Col. Samir Haddad</mark>, said the fighting was over.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_highlight_across_two_paragraphs_marks_the_part_in_each()
    {
        var (app, id, text) = Setup(Articles.Simple);
        using var _ = app;
        var start = text.IndexOf("the fighting was over", StringComparison.Ordinal);
        var end = text.IndexOf("heavy shelling", StringComparison.Ordinal) + "heavy shelling".Length;

        var html = await app.CreateClient().GetStringAsync($"/sources/{id}?hl={start}-{end}");

        Assert.Contains(">the fighting was over.</mark>", html, StringComparison.Ordinal);
        Assert.Contains(">Residents described heavy shelling</mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10")]
    [InlineData("-5-10")]
    [InlineData("20-10")]
    [InlineData("5-5")]
    [InlineData("0-999999999")]
    [InlineData("99999999999999999999-1")]
    [InlineData("1-2-3")]
    [InlineData("%3Cscript%3E")]
    public async Task A_malformed_or_out_of_range_hl_is_ignored(string hl)
    {
        var (app, id, _) = Setup(Articles.Simple);
        using var __ = app;

        var response = await app.CreateClient().GetAsync($"/sources/{id}?hl={hl}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
        Assert.Contains("Samir Haddad", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passages_have_anchors_numbers_and_their_kind_set_apart()
    {
        var (app, id, _) = Setup(Articles.Simple);
        using var _ = app;

        var html = await app.CreateClient().GetStringAsync($"/sources/{id}");

        Assert.Contains("id=\"p-1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"passage kind-caption\" id=\"p-2\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"passage kind-body\" id=\"p-3\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"passage kind-boilerplate\" id=\"p-5\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#p-3\" aria-label=\"Paragraph 3\">3</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_text_and_metadata_are_html_encoded()
    {
        using var app = new AtlasApp();
        var path = app.Write("x/evil.txt", "<script>alert(1)</script> title\n\nThe group <img src=x onerror=alert(2)> said on Monday that it had taken the town of <b>Qara</b>.");
        app.Write("x/sources.yaml", "evil.txt:\n  outlet: \"<iframe src=javascript:alert(3)>\"\n  url: \"javascript:alert(4)\"\n");
        var report = app.Ingest(Path.Combine(app.Folder, "x"));
        Assert.Contains(report.Files, f => f.Status == MilitiaAtlas.Atlas.Ingest.IngestStatus.Skipped && f.Path.EndsWith("sources.yaml", StringComparison.Ordinal));
        var id = report.Files.Single(f => f.Status != MilitiaAtlas.Atlas.Ingest.IngestStatus.Skipped).SourceId;

        var html = await app.CreateClient().GetStringAsync($"/sources/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_source_is_a_404_page()
    {
        using var app = new AtlasApp();

        var response = await app.CreateClient().GetAsync("/sources/no-such-source");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_are_collapsed_and_reused_passages_link_to_the_original()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        using var c = app.Database.Open();
        var copyId = c.ExecuteScalar<string>("SELECT s.Id FROM Passages p JOIN Sources s ON s.Num = p.SourceNum WHERE p.ReusedFromSourceNum IS NOT NULL LIMIT 1")!;
        var (origId, origOrdinal) = c.QueryFirst<(string, long)>("""
            SELECT r.Id, p.ReusedFromOrdinal
            FROM Passages p
            JOIN Sources r ON r.Num = p.ReusedFromSourceNum
            WHERE p.SourceNum = (SELECT Num FROM Sources WHERE Id = @copyId)
            ORDER BY p.Ordinal
            """, new { copyId });
        var threadId = c.ExecuteScalar<string>("SELECT s.Id FROM Passages p JOIN Sources s ON s.Num = p.SourceNum WHERE p.Kind = 'comment' LIMIT 1")!;
        var client = app.CreateClient();

        var copyHtml = await client.GetStringAsync($"/sources/{copyId}");
        var threadHtml = await client.GetStringAsync($"/sources/{threadId}");

        Assert.Contains($"Quoted from <a href=\"/sources/{origId}#p-{origOrdinal}\">", copyHtml, StringComparison.Ordinal);
        Assert.Contains("<details class=\"passage kind-comment\"", threadHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"passage kind-comment\" id=\"p-37\" open", threadHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_list_links_every_source()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        using var c = app.Database.Open();
        var ids = c.Query<string>("SELECT Id FROM Sources").ToList();

        var html = await app.CreateClient().GetStringAsync("/sources");

        Assert.Equal(5, ids.Count);
        Assert.All(ids, id => Assert.Contains($"href=\"/sources/{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("Bloomberg View", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_returns_the_source_with_its_passages()
    {
        var (app, id, text) = Setup(Articles.Simple);
        using var _ = app;

        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/sources/{id}"));

        Assert.Equal(id, doc.RootElement.GetProperty("id").GetString());
        Assert.Equal(text, doc.RootElement.GetProperty("text").GetString());
        var kinds = doc.RootElement.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["heading", "caption", "body", "body", "boilerplate"], kinds);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/api/sources/nope")).StatusCode);
    }
}
