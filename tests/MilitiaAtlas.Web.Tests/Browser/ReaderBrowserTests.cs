using Dapper;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

[Collection(BrowserTestsRunSerially.Name)]
public sealed class ReaderBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private sealed record Span(string SourceId, long Start, long End, long PassageOrdinal);

    /// <summary>The claim furthest down its page: opening the page at the top would not show it.</summary>
    private Span DeepClaim()
    {
        using var c = app.Database.Open();
        return c.QueryFirst<Span>("""
            SELECT s.Id AS SourceId, c.Start, c."End", c.PassageOrdinal FROM Claims c JOIN Sources s ON s.Num = c.SourceNum
            ORDER BY PassageOrdinal DESC, Start DESC LIMIT 1
            """);
    }

    private string TextOf(string sourceId, long start, long end)
    {
        using var c = app.Database.Open();
        var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @sourceId", new { sourceId })!;
        return text[(int)start..(int)end];
    }

    [Fact]
    public async Task A_cited_span_opened_at_its_paragraph_is_marked_exactly_and_in_view()
    {
        var claim = DeepClaim();
        await using var context = await app.NewContextAsync();

        var page = await BrowserApp.OpenAsync(context, $"/sources/{claim.SourceId}?hl={claim.Start}-{claim.End}#p-{claim.PassageOrdinal}");

        var mark = page.Locator("mark#hl");
        await Expect(mark).ToHaveCountAsync(1);
        Assert.Equal(TextOf(claim.SourceId, claim.Start, claim.End), await mark.TextContentAsync());
        Assert.Equal($"p-{claim.PassageOrdinal}", await mark.EvaluateAsync<string>("m => m.closest('.passage').id"));
        await Expect(mark).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_cited_span_opened_without_a_fragment_is_scrolled_into_view_and_focused()
    {
        var claim = DeepClaim();
        await using var context = await app.NewContextAsync();

        var page = await BrowserApp.OpenAsync(context, $"/sources/{claim.SourceId}?hl={claim.Start}-{claim.End}");

        var mark = page.Locator("mark#hl");
        await Expect(mark).ToBeInViewportAsync();
        await Expect(mark).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page should have scrolled down to the citation");
        Assert.Equal(TextOf(claim.SourceId, claim.Start, claim.End), await mark.TextContentAsync());
    }

    [Fact]
    public async Task Reader_comments_on_the_seed_thread_are_collapsed()
    {
        var id = SeedThreadId();
        await using var context = await app.NewContextAsync();

        var page = await BrowserApp.OpenAsync(context, $"/sources/{id}");

        var comments = page.Locator("details.kind-comment");
        Assert.True(await comments.CountAsync() > 0, $"/sources/{id} shows no comment");
        Assert.Equal(0, await page.Locator("details.kind-comment[open]").CountAsync());
        foreach (var comment in await comments.AllAsync())
        {
            Assert.False(await comment.EvaluateAsync<bool>("d => d.open"));
            await Expect(comment.Locator("summary")).ToBeVisibleAsync();
            await Expect(comment.Locator("p")).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task A_citation_inside_a_comment_opens_that_comment_and_shows_it()
    {
        var id = SeedThreadId();
        using var c = app.Database.Open();
        var comment = c.QueryFirst<(long Ordinal, long Start, long End)>(
            "SELECT Ordinal, Start, \"End\" FROM Passages WHERE SourceNum = (SELECT Num FROM Sources WHERE Id = @id) AND Kind = 'comment' ORDER BY Ordinal DESC LIMIT 1", new { id });
        await using var context = await app.NewContextAsync();

        var page = await BrowserApp.OpenAsync(context, $"/sources/{id}?hl={comment.Start}-{comment.End}");

        var mark = page.Locator("mark#hl");
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToBeInViewportAsync();
        Assert.Equal(TextOf(id, comment.Start, comment.End), await mark.TextContentAsync());
        Assert.True(await page.Locator($"details#p-{comment.Ordinal}").EvaluateAsync<bool>("d => d.open"));
        Assert.Equal(0, await page.Locator($"details.kind-comment[open]:not(#p-{comment.Ordinal})").CountAsync());
    }

    /// <summary>Seed 004 is the article with a reader comment thread.</summary>
    private string SeedThreadId()
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<string>("SELECT Id FROM Sources WHERE FileKey LIKE '004\\_%' ESCAPE '\\'")
            ?? throw new InvalidOperationException("seed 004 is not in the database");
    }
}
