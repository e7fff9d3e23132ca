using Dapper;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>axe-core finds no serious or critical accessibility violation on the pages that exist today (drawings included, once drawn).</summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_home_page_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/");
    }

    [Fact]
    public async Task The_sources_list_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/sources");
    }

    [Fact]
    public async Task A_source_page_has_no_serious_accessibility_violation()
    {
        using var c = app.Database.Open();
        var id = c.ExecuteScalar<string>("SELECT s.Id FROM Passages p JOIN Sources s ON s.Num = p.SourceNum WHERE p.ReusedFromSourceNum IS NOT NULL LIMIT 1")!;

        await AssertAccessibleAsync($"/sources/{id}");
    }

    [Fact]
    public async Task A_source_page_with_a_highlight_and_comments_has_no_serious_accessibility_violation()
    {
        using var c = app.Database.Open();
        var (id, start, end, ordinal) = c.QueryFirst<(string, long, long, long)>("""
            SELECT s.Id, c.Start, c."End", c.PassageOrdinal FROM Claims c JOIN Sources s ON s.Num = c.SourceNum
            WHERE c.SourceNum IN (SELECT SourceNum FROM Passages WHERE Kind = 'comment')
            ORDER BY c.Ordinal LIMIT 1
            """);

        await AssertAccessibleAsync($"/sources/{id}?hl={start}-{end}#p-{ordinal}");
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/account/sign-in");
    }

    [Fact]
    public async Task The_not_found_page_has_no_serious_accessibility_violation()
    {
        await using var context = await app.NewAuditContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/sources/no-such-source");

        Assert.Equal(404, response!.Status);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_network_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/network", "#graph[data-ready=true]");
    }

    [Fact]
    public async Task A_focused_network_two_hops_out_with_its_evidence_open_has_no_serious_accessibility_violation()
    {
        using var c = app.Database.Open();
        var id = c.ExecuteScalar<string>("SELECT SubjectId FROM RelationEvidence GROUP BY SubjectId ORDER BY COUNT(*) DESC, SubjectId LIMIT 1")!;
        await using var context = await app.NewAuditContextAsync();
        var page = await BrowserApp.OpenAsync(context, $"/network?focus={Uri.EscapeDataString(id)}&depth=2");
        await page.Locator("#graph[data-ready=true]").WaitForAsync();

        // The evidence panel as a click on an edge fills it.
        await page.EvaluateAsync("() => { const cy = document.getElementById('graph').cy; cy.edges()[0].emit('tap'); }");
        await page.Locator("#edge-evidence ol.evidence li").First.WaitForAsync();

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_map_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/map", "#map[data-ready=true]");
    }

    [Theory]
    [InlineData("/search?q=Ameri")]                                   // did you mean, totals by kind
    [InlineData("/search?q=Amiri&kind=claim&from=2014&to=2018&page=2")] // one kind, years, paged
    public async Task A_search_with_did_you_mean_filters_and_pages_has_no_serious_accessibility_violation(string path)
    {
        await AssertAccessibleAsync(path);
    }

    [Fact]
    public async Task The_busiest_profile_with_its_fact_box_and_toggles_open_has_no_serious_accessibility_violation()
    {
        await using var context = await app.NewAuditContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/people/hadi-al-amiri");
        await page.Locator(".ego-network .graph[data-ready=true]").WaitForAsync();
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        Assert.True(await page.Locator("dl.facts .fact").CountAsync() > 5);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_profile_with_an_editors_controls_open_has_no_serious_accessibility_violation()
    {
        await using var context = await app.NewSignedInContextAsync("editor@example.org", "editor", audit: true);
        var page = await BrowserApp.OpenAsync(context, "/people/hadi-al-amiri");
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.Locator("section.curation form").First.WaitForAsync();

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_source_page_with_an_editors_controls_for_a_highlighted_mention_has_no_serious_accessibility_violation()
    {
        using var c = app.Database.Open();
        var (id, start, end) = c.QueryFirst<(string, long, long)>("""
            SELECT s.Id, m.Start, m."End" FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum ORDER BY s.Id, m.Start LIMIT 1
            """);
        await using var context = await app.NewSignedInContextAsync("editor@example.org", "editor", audit: true);
        var page = await BrowserApp.OpenAsync(context, $"/sources/{id}?hl={start}-{end}");
        await page.EvaluateAsync("() => document.querySelectorAll('aside.curation details').forEach(d => d.open = true)");
        await page.Locator("aside.curation form").First.WaitForAsync();

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_curation_log_has_no_serious_accessibility_violation()
    {
        await using var context = await app.NewSignedInContextAsync("editor@example.org", "editor", audit: true);
        var page = await BrowserApp.OpenAsync(context, "/curation");

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_axe_check_itself_reports_serious_violations_on_bad_markup()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html><body><img src='x.png'><a href='#'></a></body></html>");

        var violations = await Axe.RunAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical" && v.Nodes.Contains("img"));
        Assert.Contains(violations, v => v.Id == "link-name" && v.Impact == "serious");
    }

    /// <summary>Opens the page and, when <paramref name="drawn"/> is given, waits until script has drawn what it matches before the audit.</summary>
    private async Task AssertAccessibleAsync(string path, string? drawn = null)
    {
        await using var context = await app.NewAuditContextAsync();
        var page = await BrowserApp.OpenAsync(context, path);
        if (drawn is not null)
        {
            await page.Locator(drawn).WaitForAsync();
        }

        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
