using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>
/// A profile at a glance, in a browser over the seeds (issue 19): the busiest person's profile fits in about two desktop
/// screens before anything is expanded, its fact box cites every fact and each citation opens its sentence highlighted,
/// and no HTML id repeats.
/// </summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class ProfileBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Width = 1280;
    private const int Height = 800;

    /// <summary>The seeds' best-connected person: the most relations, as the lists count them (EntityCounts).</summary>
    private async Task<string> BusiestPersonPathAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/entities?type=person"));
        var best = doc.RootElement[0].GetProperty("items").EnumerateArray()
            .OrderByDescending(x => x.GetProperty("relations").GetInt64())
            .ThenByDescending(x => x.GetProperty("mentions").GetInt64())
            .First();
        Assert.True(best.GetProperty("relations").GetInt64() >= 5, "the seeds' busiest person should have several relations");
        return best.GetProperty("url").GetString()!;
    }

    private async Task<IBrowserContext> DesktopAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(BrowserApp.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserApp.TimeoutMs);
        return context;
    }

    [Fact]
    public async Task The_busiest_persons_profile_fits_in_about_two_desktop_screens_before_anything_is_expanded()
    {
        await using var context = await DesktopAsync();
        var page = await BrowserApp.OpenAsync(context, await BusiestPersonPathAsync());
        await page.WaitForLoadStateAsync(LoadState.Load);

        var height = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        var closed = await page.EvaluateAsync<int>("() => document.querySelectorAll('details:not([open])').length");

        Assert.True(closed > 0, "the profile keeps something behind a toggle");
        Assert.True(height <= 2.5 * Height, $"the profile is {height} px tall at {Width}×{Height}, more than 2.5 screens ({2.5 * Height} px)");
    }

    [Fact]
    public async Task Every_fact_in_the_fact_box_is_cited_and_each_citation_opens_its_sentence_highlighted()
    {
        await using var context = await DesktopAsync();
        var path = await BusiestPersonPathAsync();
        var page = await BrowserApp.OpenAsync(context, path);

        var facts = page.Locator("dl.facts .fact");
        var kinds = await facts.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.fact)");
        Assert.Contains("type", kinds);
        Assert.Contains("names", kinds);
        Assert.Contains("relation", kinds);
        Assert.Contains("first-event", kinds);

        var hrefs = new List<string>();
        for (var i = 0; i < kinds.Length; i++)
        {
            // The sources row is a count, which links to the sources section; every other fact is a statement with its citation.
            if (kinds[i] == "sources")
            {
                Assert.Matches(@"^\d+$", (await facts.Nth(i).Locator("[data-count=independent-sources]").TextContentAsync())!.Trim());
                continue;
            }

            // Each item of a fact (each leader, each name) carries its own citation, outside any toggle.
            var items = facts.Nth(i).Locator("dd > ul.fact-items > li:not(:has(a[href='#relations']))");
            var itemCount = await items.CountAsync();
            for (var j = 0; j < itemCount; j++)
            {
                Assert.True(await items.Nth(j).Locator("a.cite").CountAsync() > 0, $"fact {kinds[i]}, item {j}: no citation");
            }

            var cite = facts.Nth(i).Locator("dd > a.cite, dd > span.cite-wrap > a.cite, dd > ul.fact-items a.cite").First;
            hrefs.Add((await cite.GetAttributeAsync("href"))!);
        }

        foreach (var href in hrefs.Distinct())
        {
            Assert.Matches(@"^/sources/[^/?#]+\?hl=\d+-\d+#p-\d+$", href);
            await page.GotoAsync(href);
            var url = new Uri(page.Url);
            var slug = Uri.UnescapeDataString(url.AbsolutePath["/sources/".Length..]);
            var hl = HttpUtility.ParseQueryString(url.Query)["hl"]!.Split('-').Select(int.Parse).ToArray();
            var mark = page.Locator("mark#hl");
            await Expect(mark).ToBeVisibleAsync();
            await Expect(mark).ToBeInViewportAsync();
            Assert.Equal(Normalize(app.SourceText(slug)[hl[0]..hl[1]]), Normalize((await mark.TextContentAsync())!));
        }
    }

    [Fact]
    public async Task No_html_id_repeats_on_the_busiest_profile()
    {
        await using var context = await DesktopAsync();
        var page = await BrowserApp.OpenAsync(context, await BusiestPersonPathAsync());

        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[id]')].map(e => e.id)");
        var repeated = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        var tips = await page.Locator(".cite-quote[role=tooltip]").CountAsync();

        Assert.True(tips > 10, "the busiest profile shows many citations");
        Assert.True(repeated.Count == 0, "repeated ids: " + string.Join(", ", repeated));
        // Every citation link is described by its own tooltip.
        var unmatched = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('a.cite')].filter(a => {
              const tip = document.getElementById(a.getAttribute('aria-describedby'));
              return !tip || tip.previousElementSibling !== a;
            }).length
            """);
        Assert.Equal(0, unmatched);
    }

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", " ").Trim();
}
