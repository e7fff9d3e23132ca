using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using MilitiaAtlas.Web.Tests.Pages.Entities;

namespace MilitiaAtlas.Web.Tests.Pages.Timeline;

public sealed partial class TimelineTests : IClassFixture<SeededApp>
{
    private readonly SeededApp _seeded;

    public TimelineTests(SeededApp seeded) => _seeded = seeded;

    [Fact]
    public async Task The_timeline_lists_dated_events_in_order_at_their_precision()
    {
        var html = await _seeded.Client.GetStringAsync("/timeline");
        var dates = DateTimes().Matches(html).Select(m => m.Groups["d"].Value).ToList();

        Assert.True(dates.Count >= 20, $"{dates.Count} events");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(">7 April 2014</time>", html, StringComparison.Ordinal);
        Assert.Contains(">June 2014</time>", html, StringComparison.Ordinal);
        Assert.Contains(">1982</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">undated</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_filter_keeps_only_that_actors_events_and_lives_in_the_url()
    {
        using var c = _seeded.App.Database.Open();
        var sadr = c.ExecuteScalar<string>("SELECT EntityId FROM Mentions WHERE Surface = 'Muqtada al-Sadr' LIMIT 1")!;
        var html = await _seeded.Client.GetStringAsync($"/timeline?actor={sadr}");
        var events = EventItems().Matches(html).Select(m => m.Value).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains($"/people/{sadr}", e, StringComparison.Ordinal));
        Assert.Contains($"<option value=\"{sadr}\" selected=\"selected\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_range_filter_keeps_only_events_in_range()
    {
        var html = await _seeded.Client.GetStringAsync("/timeline?from=2014&to=2015");
        var dates = DateTimes().Matches(html).Select(m => m.Groups["d"].Value).ToList();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(int.Parse(d[..4], System.Globalization.CultureInfo.InvariantCulture), 2014, 2015));
    }

    [Theory]
    [InlineData("/timeline?from=abcd&to=-1")]
    [InlineData("/timeline?actor=%27%20OR%201%3D1%20--")]
    [InlineData("/api/timeline?place=%3Cscript%3E")]
    public async Task Malformed_filters_are_ignored_or_match_nothing(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await _seeded.Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_timeline_api_returns_cited_events()
    {
        using var doc = JsonDocument.Parse(await _seeded.Client.GetStringAsync("/api/timeline?from=2018"));
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.StartsWith("2018", e.GetProperty("date").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(0, e.GetProperty("citations").GetArrayLength());
        });
    }

    [GeneratedRegex(@"<time datetime=""(?<d>[^""]+)"">")]
    private static partial Regex DateTimes();

    [GeneratedRegex(@"<li class=""event[^""]*"">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex EventItems();
}
