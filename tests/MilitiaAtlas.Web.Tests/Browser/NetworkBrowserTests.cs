using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Dapper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>
/// The network and the map in a browser, over the seeds, under the app's CSP: a click on a node opens its profile, a
/// click on an edge lists its evidence and each citation opens its sentence highlighted; the map draws every place and
/// a click opens one; a profile draws its ego network and a place its locator; no script or style is refused.
/// </summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class NetworkBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>Opens a page, collecting what the console says (a refused script or style is logged there) and uncaught errors.</summary>
    private static async Task<(IPage Page, List<string> Problems)> OpenWatchedAsync(IBrowserContext context, string path)
    {
        var problems = new List<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            // The browser asks every site for /favicon.ico, which the atlas does not have.
            if (m.Type is "error" or "warning" && !(m.Location ?? "").Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{m.Type}: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        return (page, problems);
    }

    /// <summary>Scrolls the drawing to the middle of the window (all of it in view), then gives where the script says an element is.</summary>
    private static async Task<(double X, double Y)> ScreenPointAsync(IPage page, string holder, string script, string id)
    {
        // Two frames after the scroll, the drawing has heard of it (it keeps where its canvas is until a scroll event says otherwise).
        await page.EvaluateAsync("h => new Promise(done => { document.querySelector(h).scrollIntoView({ block: 'center' }); requestAnimationFrame(() => requestAnimationFrame(done)); })", holder);
        var p = await page.EvaluateAsync<JsonElement>(script, new[] { holder, id });
        return (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble());
    }

    // Where a node is drawn, in the page's coordinates (the drawing's are inside the holder's border).
    private const string NodePoint = """
        ([holder, id]) => {
          const el = document.querySelector(holder), r = el.getBoundingClientRect(), p = el.cy.getElementById(id).renderedPosition();
          return { x: r.left + el.clientLeft + p.x, y: r.top + el.clientTop + p.y };
        }
        """;

    // The middle of an edge, in the page's coordinates.
    private const string EdgePoint = """
        ([holder, id]) => {
          const el = document.querySelector(holder), r = el.getBoundingClientRect(), p = el.cy.getElementById(id).renderedMidpoint();
          return { x: r.left + el.clientLeft + p.x, y: r.top + el.clientTop + p.y };
        }
        """;

    // The edges whose middle no other element covers (the renderer's own hit test), most sentences first.
    private const string ClearEdges = """
        holder => {
          const cy = document.querySelector(holder).cy, r = cy.renderer();
          return cy.edges().filter(e => {
            const m = e.midpoint(), hit = r.findNearestElement(m.x, m.y, true, false);
            return hit && hit.id() === e.id();
          }).map(e => e.id());
        }
        """;

    [Fact]
    public async Task A_click_on_a_node_of_the_network_opens_that_profile()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await OpenWatchedAsync(context, "/network");
        await Expect(page.Locator("#graph[data-ready=true]")).ToHaveCountAsync(1);

        var url = await ClickNodeAsync(page, "#graph", "cy => cy.nodes().max(n => n.data('links')).ele");

        Assert.Matches("^/(people|groups|places)/[^/?#]+$", url);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_click_on_an_edge_lists_its_citations_and_each_opens_its_sentence_highlighted()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await OpenWatchedAsync(context, "/network");
        await Expect(page.Locator("#graph[data-ready=true]")).ToHaveCountAsync(1);
        var graph = JsonDocument.Parse(await page.Locator("#graph-data").TextContentAsync() ?? "").RootElement;
        var clear = (await page.EvaluateAsync<string[]>(ClearEdges, "#graph")).ToHashSet(StringComparer.Ordinal);
        var edge = graph.GetProperty("edges").EnumerateArray()
            .Where(e => clear.Contains(e.GetProperty("id").GetString()!))
            .OrderByDescending(e => e.GetProperty("evidence").GetInt32())
            .First();
        var names = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString()!);
        var (x, y) = await ScreenPointAsync(page, "#graph", EdgePoint, edge.GetProperty("id").GetString()!);

        await page.Mouse.ClickAsync((float)x, (float)y);

        var panel = page.Locator("#edge-evidence");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel).ToHaveAttributeAsync("data-edge", edge.GetProperty("id").GetString()!);
        await Expect(panel.Locator("h2")).ToHaveTextAsync($"{names[edge.GetProperty("source").GetString()!]} {edge.GetProperty("label").GetString()} {names[edge.GetProperty("target").GetString()!]}");
        var links = panel.Locator("ol.evidence li a.evidence-quote");
        await Expect(links).ToHaveCountAsync(Math.Min(edge.GetProperty("evidence").GetInt32(), 50));
        var hrefs = new List<string>();
        foreach (var link in await links.AllAsync())
        {
            hrefs.Add((await link.GetAttributeAsync("href"))!);
        }

        Assert.True(hrefs.Count >= 2, $"the edge {edge.GetProperty("id").GetString()} cites {hrefs.Count} sentence(s); the test wants one with several");
        Assert.Empty(problems);
        // The first by a click, as a reader would; every one by opening it.
        await links.First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/sources/[^/?#]+\?hl=\d+-\d+#p-\d+$"), DomReady);
        foreach (var href in hrefs)
        {
            if (page.Url != app.BaseUrl + href)
            {
                await page.GotoAsync(href);
            }

            await AssertHighlightedAsync(page, href);
        }
    }

    [Fact]
    public async Task A_profile_draws_its_ego_network_and_a_click_on_a_neighbour_opens_the_neighbours_profile()
    {
        await using var context = await app.NewContextAsync();
        var id = MostRelated();
        var (page, problems) = await OpenWatchedAsync(context, $"/people/{id}");
        var holder = page.Locator(".ego-network .graph[data-ready=true]");
        await Expect(holder).ToHaveCountAsync(1);

        var url = await ClickNodeAsync(page, ".ego-network .graph", "cy => cy.nodes().filter(n => n.data('focus') !== 1)[0]");

        Assert.NotEqual($"/people/{id}", url);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_map_draws_every_place_and_a_click_opens_that_place()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await OpenWatchedAsync(context, "/map");
        await Expect(page.Locator("#map[data-ready=true]")).ToHaveCountAsync(1);
        var rows = await page.Locator("table.places tbody tr").CountAsync();
        var places = page.Locator("#map svg a.place-link");

        Assert.True(rows > 0, "the map lists no place");
        await Expect(places).ToHaveCountAsync(rows);
        Assert.True(await page.Locator("#map svg path.country").CountAsync() > 100, "the country shapes are not drawn");
        // The last drawn is the smallest, on top of any larger one: its middle is its own.
        var last = places.Last;
        var href = await last.GetAttributeAsync("href");
        Assert.Matches("^/places/[^/?#]+$", href);
        await last.Locator("circle").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(href!) + "$"), DomReady);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_place_profile_draws_its_locator_map_with_one_dot()
    {
        using var c = app.Database.Open();
        var id = c.ExecuteScalar<string>("SELECT Id FROM Entities WHERE Type = 'place' AND Lat IS NOT NULL AND Rejected = 0 ORDER BY Id LIMIT 1")!;
        await using var context = await app.NewContextAsync();
        var (page, problems) = await OpenWatchedAsync(context, $"/places/{id}");

        var locator = page.Locator("figure.locator .map-canvas[data-ready=true]");
        await Expect(locator).ToHaveCountAsync(1);
        await Expect(locator.Locator("svg circle.place")).ToHaveCountAsync(1);
        Assert.True(await locator.Locator("svg path.country").CountAsync() > 100);
        Assert.Empty(problems);
    }

    /// <summary>Clicks, where it is drawn, the node that <paramref name="pick"/> (a function of the drawing's cytoscape core) returns; waits for its page and returns its path.</summary>
    private static async Task<string> ClickNodeAsync(IPage page, string holder, string pick)
    {
        var node = await page.EvaluateAsync<JsonElement>($"h => {{ const n = ({pick})(document.querySelector(h).cy); return {{ id: n.id(), url: n.data('url') }}; }}", holder);
        var (x, y) = await ScreenPointAsync(page, holder, NodePoint, node.GetProperty("id").GetString()!);
        var url = node.GetProperty("url").GetString()!;

        await page.Mouse.ClickAsync((float)x, (float)y);

        await page.WaitForURLAsync(new Regex(Regex.Escape(url) + "$"), DomReady);
        return url;
    }

    private async Task AssertHighlightedAsync(IPage page, string href)
    {
        var url = new Uri(new Uri(app.BaseUrl), href);
        var slug = Uri.UnescapeDataString(url.AbsolutePath["/sources/".Length..]);
        var hl = HttpUtility.ParseQueryString(url.Query)["hl"]!.Split('-').Select(int.Parse).ToArray();
        using var c = app.Database.Open();
        var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @slug", new { slug })!;
        var mark = page.Locator("mark#hl");
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToBeInViewportAsync();
        Assert.Equal(text[hl[0]..hl[1]], await mark.TextContentAsync());
    }

    /// <summary>The person in most relations of the seeds.</summary>
    private string MostRelated()
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<string>("""
            SELECT e.Id FROM Entities e JOIN RelationEvidence r ON e.Id IN (r.SubjectId, r.ObjectId)
            WHERE e.Type = 'person' AND e.Rejected = 0
            GROUP BY e.Id ORDER BY COUNT(DISTINCT CASE WHEN r.SubjectId = e.Id THEN r.ObjectId ELSE r.SubjectId END) DESC, e.Id LIMIT 1
            """)!;
    }
}
