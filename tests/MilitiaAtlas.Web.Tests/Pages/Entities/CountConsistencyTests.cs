using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;

namespace MilitiaAtlas.Web.Tests.Pages.Entities;

/// <summary>
/// One definition per count (issue 19): over the seeds, the home page, the lists (/people, /groups, /places), every
/// profile and the API show the same mentions, sources, relations and events for every entity, each number read out of
/// the rendered page or the JSON; and the profile shows as many relation rows and events as it counts.
/// </summary>
public sealed partial class CountConsistencyTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private sealed record Numbers(long Mentions, long Sources, long Relations, long Events);

    private static readonly string[] Kinds = ["people", "groups", "places"];

    private async Task<Dictionary<string, Numbers>> FromListPagesAsync()
    {
        var result = new Dictionary<string, Numbers>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            for (var page = 1; ; page++)
            {
                var html = await seeded.Client.GetStringAsync($"/{kind}?page={page}");
                foreach (Match m in ListRow().Matches(html))
                {
                    result[$"/{kind}/{WebUtility.HtmlDecode(m.Groups["id"].Value)}"] = new Numbers(
                        long.Parse(m.Groups["m"].Value), long.Parse(m.Groups["s"].Value), long.Parse(m.Groups["r"].Value), long.Parse(m.Groups["e"].Value));
                }

                if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        return result;
    }

    private async Task<Dictionary<string, Numbers>> FromListApiAsync()
    {
        using var doc = JsonDocument.Parse(await seeded.Client.GetStringAsync("/api/entities"));
        var result = new Dictionary<string, Numbers>(StringComparer.Ordinal);
        foreach (var list in doc.RootElement.EnumerateArray())
        {
            var pages = list.GetProperty("pages").GetInt32();
            var type = list.GetProperty("type").GetString();
            for (var page = 1; page <= pages; page++)
            {
                using var one = JsonDocument.Parse(await seeded.Client.GetStringAsync($"/api/entities?type={type}&page={page}"));
                foreach (var x in one.RootElement[0].GetProperty("items").EnumerateArray())
                {
                    result[x.GetProperty("url").GetString()!] = new Numbers(x.GetProperty("mentions").GetInt64(), x.GetProperty("sources").GetInt64(),
                        x.GetProperty("relations").GetInt64(), x.GetProperty("events").GetInt64());
                }
            }
        }

        return result;
    }

    [Fact]
    public async Task The_home_page_the_lists_the_profiles_and_the_api_show_the_same_counts_for_every_entity()
    {
        var lists = await FromListPagesAsync();
        var api = await FromListApiAsync();
        using (var c = seeded.App.Database.Open())
        {
            Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM VisibleEntities"), lists.Count);
        }

        Assert.True(lists.Values.Count(n => n.Relations > 0) > 10, "the seeds hold many related entities");
        Assert.Equal(lists.Keys.Order(StringComparer.Ordinal), api.Keys.Order(StringComparer.Ordinal));

        var checkedRows = 0;
        foreach (var (url, listed) in lists)
        {
            Assert.Equal(listed, api[url]);

            var html = await seeded.Client.GetStringAsync(url);
            var profile = new Numbers(Count(html, "mentions"), Count(html, "sources"), Count(html, "relations"), Count(html, "events"));
            Assert.True(listed == profile, $"{url}: the list shows {listed}, the profile {profile}");

            // The profile shows what it counts: a row per relation, every event (the seeds are under the profile's limit).
            Assert.Equal(profile.Relations, Regex.Count(html, @"<li class=""relation"">"));
            Assert.Equal(profile.Events, Regex.Count(html, @"<li class=""event"">"));

            var id = url[(url.LastIndexOf('/') + 1)..];
            using var doc = JsonDocument.Parse(await seeded.Client.GetStringAsync($"/api/entities/{id}"));
            var counts = doc.RootElement.GetProperty("counts");
            Assert.Equal(listed, new Numbers(counts.GetProperty("mentions").GetInt64(), counts.GetProperty("sources").GetInt64(),
                counts.GetProperty("relations").GetInt64(), counts.GetProperty("events").GetInt64()));
            Assert.Equal(listed.Relations, doc.RootElement.GetProperty("relations").GetArrayLength());
            Assert.Equal(listed.Events, doc.RootElement.GetProperty("events").GetArrayLength());
            checkedRows++;
        }

        // The home page's most connected actors, with the relations the lists give them; and its totals, the lists' totals.
        var home = await seeded.Client.GetStringAsync("/");
        var connected = HomeConnected().Matches(home).ToList();
        Assert.NotEmpty(connected);
        foreach (var m in connected)
        {
            Assert.Equal(lists[m.Groups["url"].Value].Relations, long.Parse(m.Groups["n"].Value));
        }

        Assert.Equal(lists.Where(x => !x.Key.StartsWith("/places/", StringComparison.Ordinal)).Max(x => x.Value.Relations), long.Parse(connected[0].Groups["n"].Value));
        foreach (var kind in Kinds)
        {
            var total = long.Parse(Regex.Match(home, $@"<a href=""/{kind}""><strong>(?<n>\d+)</strong>").Groups["n"].Value);
            Assert.Equal(lists.Keys.Count(k => k.StartsWith($"/{kind}/", StringComparison.Ordinal)), total);
        }

        Assert.Equal(lists.Count, checkedRows);
    }

    private static long Count(string html, string name)
    {
        var m = Regex.Match(html, $@"data-count=""{name}"">(?<n>\d+)<");
        Assert.True(m.Success, $"the profile shows no {name} count");
        return long.Parse(m.Groups["n"].Value);
    }

    [GeneratedRegex(@"<td><a href=""/(?:people|groups|places)/(?<id>[^""]+)"" dir=""auto"">[^<]*</a>[^<]*</td>\s*<td class=""num"">(?<m>\d+)</td>\s*<td class=""num"">(?<s>\d+)</td>\s*<td class=""num"">(?<r>\d+)</td>\s*<td class=""num"">(?<e>\d+)</td>")]
    private static partial Regex ListRow();

    [GeneratedRegex(@"<li><a href=""(?<url>/(?:people|groups)/[^""]+)"" dir=""auto"">[^<]*</a> <span class=""count"">(?<n>\d+) relations?</span></li>")]
    private static partial Regex HomeConnected();
}
