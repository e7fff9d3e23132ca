using System.Text.RegularExpressions;
using System.Web;
using Dapper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>
/// Browser tests of the pages being built (search, profiles, timeline, suggestions), written against
/// their markup contract: the header search input <c>#q</c>; search results as links inside <c>main</c>;
/// profiles at <c>/people|groups|places/{id}</c> citing with <c>a.cite</c> links to
/// <c>/sources/{slug}?hl=START-END#p-N</c>; the timeline's <c>form.filters</c> (actor, from, to) and
/// <c>li.event</c> items listing their participants as links; suggestions as
/// <c>[role=listbox] [role=option]</c> under <c>#q</c>.
/// </summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class PendingPagesBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly Regex ProfileUrl = new(@"/(people|groups|places)/[^/?#]+");

    // A navigation is done once the document is parsed; the steps after it wait for what they need. Waiting for
    // the load event (every stylesheet and script) timed out on a loaded 2-core CI machine.
    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task The_search_page_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/search?q=Soleimani");
    }

    [Theory]
    [InlineData("person")]
    [InlineData("group")]
    [InlineData("place")]
    public async Task A_profile_page_has_no_serious_accessibility_violation(string type)
    {
        await AssertAccessibleAsync(ProfilePath(type));
    }

    [Fact]
    public async Task The_timeline_has_no_serious_accessibility_violation()
    {
        await AssertAccessibleAsync("/timeline");
    }

    [Fact]
    public async Task Search_then_profile_then_citation_lands_on_the_cited_sentence()
    {
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/");

        await page.Locator("#q").FillAsync("Soleimani");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?(.*&)?q=Soleimani"), DomReady);
        await page.Locator("main a", new PageLocatorOptions { HasTextString = "Soleimani" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/people/[^/?#]+$"), DomReady);
        var cite = page.Locator("a.cite").First;
        var href = await cite.GetAttributeAsync("href");
        Assert.Matches(@"^/sources/[^/?#]+\?hl=\d+-\d+#p-\d+$", href);
        await cite.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/sources/[^/?#]+\?hl=\d+-\d+#p-\d+$"), DomReady);

        var url = new Uri(page.Url);
        var slug = Uri.UnescapeDataString(url.AbsolutePath["/sources/".Length..]);
        var hl = HttpUtility.ParseQueryString(url.Query)["hl"]!.Split('-').Select(int.Parse).ToArray();
        var mark = page.Locator("mark#hl");
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToBeInViewportAsync();
        Assert.Equal(app.SourceText(slug)[hl[0]..hl[1]], await mark.TextContentAsync());
    }

    [Fact]
    public async Task Filtering_the_timeline_by_an_actor_keeps_only_that_actors_events()
    {
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/timeline");
        var form = page.Locator("form.filters");
        await Expect(form).ToHaveAttributeAsync("method", new Regex("^get$", RegexOptions.IgnoreCase));

        string? actorId = null;
        string actorName;
        var select = form.Locator("select[name=actor]");
        if (await select.CountAsync() > 0)
        {
            var option = select.Locator("option", new LocatorLocatorOptions { HasTextString = "Sadr" }).First;
            actorId = await option.GetAttributeAsync("value");
            actorName = (await option.TextContentAsync())!.Trim();
            Assert.False(string.IsNullOrEmpty(actorId), "the actor option has no value");
            await select.SelectOptionAsync(new SelectOptionValue { Value = actorId });
        }
        else
        {
            actorName = "Sadr";
            await form.Locator("input[name=actor]").FillAsync(actorName);
        }

        Assert.Equal(1, await form.Locator("[name=from]").CountAsync());
        Assert.Equal(1, await form.Locator("[name=to]").CountAsync());
        await form.Locator("[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/timeline\?(.*&)?actor=[^&]+"), DomReady);

        Assert.Contains("actor=", new Uri(page.Url).Query, StringComparison.Ordinal);
        var events = await page.Locator("li.event").AllAsync();
        Assert.NotEmpty(events);
        foreach (var ev in events)
        {
            var text = (await ev.TextContentAsync()) ?? "";
            var links = actorId is null ? 0 : await ev.Locator($"a[href$='/{actorId}']").CountAsync();
            Assert.True(links > 0 || text.Contains(actorName, StringComparison.Ordinal),
                $"an event does not mention {actorName} ({actorId}): {Regex.Replace(text, @"\s+", " ").Trim()}");
        }
    }

    [Fact]
    public async Task Typing_in_the_search_box_suggests_profiles_that_the_keyboard_opens()
    {
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/");
        var q = page.Locator("#q");

        await q.ClickAsync();
        await q.PressSequentiallyAsync("Amir", new LocatorPressSequentiallyOptions { Delay = 150 });
        var options = page.Locator("[role=listbox] [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        Assert.True(await options.CountAsync() >= 1);
        await q.PressAsync("ArrowDown");
        await q.PressAsync("Enter");

        await page.WaitForURLAsync(ProfileUrl, DomReady);
        Assert.Matches(ProfileUrl, new Uri(page.Url).AbsolutePath);
    }

    private async Task AssertAccessibleAsync(string path)
    {
        await using var context = await app.NewAuditContextAsync();
        var page = await BrowserApp.OpenAsync(context, path);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The profile path of the most-mentioned entity of a type.</summary>
    private string ProfilePath(string type)
    {
        using var c = app.Database.Open();
        var id = c.ExecuteScalar<string>("""
            SELECT e.Id FROM Entities e JOIN Mentions m ON m.EntityId = e.Id
            WHERE e.Type = @type AND e.Rejected = 0
            GROUP BY e.Id ORDER BY COUNT(*) DESC, e.Id LIMIT 1
            """, new { type }) ?? throw new InvalidOperationException($"no {type} in the seeds");
        var folder = type switch { "person" => "people", "group" => "groups", _ => "places" };
        return $"/{folder}/{id}";
    }
}
