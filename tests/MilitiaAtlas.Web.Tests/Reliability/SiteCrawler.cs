using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using SiteLinks = MilitiaAtlas.Web.Pages.Citations.Links;
using MilitiaAtlas.Web.Pages.Entities;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// Fetches every page and API document of an atlas: home, the lists (every page of them), every source in the
/// reader and in the API, every entity profile, its API document and its network, the timeline, search and suggest, the
/// network and the map, the CSV tables and the OpenAPI document, then the same-site links found in the pages (the pages'
/// CSV downloads among them). Each address is fetched once, a few at a time.
/// </summary>
internal sealed partial class SiteCrawler(AtlasApp app, HttpClient client)
{
    /// <summary>Requests in flight at once: enough to keep two cores busy.</summary>
    private const int Parallelism = 4;

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    /// <summary>Every address fetched, with its status.</summary>
    public ConcurrentDictionary<string, int> Statuses { get; } = new(StringComparer.Ordinal);

    /// <summary>The addresses taken from the database (not from links): each must answer 200.</summary>
    public List<string> Listed { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Crawl an atlas with no sources (otherwise an empty listing fails the test: a crawl of nothing proves nothing).</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>
    /// Crawls the site. With <paramref name="everyLink"/>, every distinct link is followed (query strings included,
    /// so each highlight and timeline filter); without, only linked paths not fetched yet, without their query.
    /// </summary>
    public async Task RunAsync(bool everyLink, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        Listed.AddRange(ListAddresses());
        var wave = Listed.Where(Claim).ToList();
        while (wave.Count > 0)
        {
            var found = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(wave, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (url, token) =>
            {
                using var response = await client.GetAsync(url, token);
                var body = await response.Content.ReadAsStringAsync(token);
                Statuses[url] = (int)response.StatusCode;
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    foreach (var link in Links(body, everyLink))
                    {
                        found.Add(link);
                    }
                }
            });
            wave = found.Distinct(StringComparer.Ordinal).Where(Claim).ToList();
        }

        Elapsed = sw.Elapsed;
    }

    /// <summary>Addresses that answered 5xx, with their status.</summary>
    public IReadOnlyList<string> ServerErrors() =>
        Statuses.Where(s => s.Value >= 500).Select(s => $"{s.Value} {s.Key}").Order(StringComparer.Ordinal).ToList();

    private bool Claim(string url) => _seen.TryAdd(url, 0);

    private List<string> ListAddresses()
    {
        using var c = app.Database.Open();
        var sources = c.Query<string>("SELECT Id FROM Sources ORDER BY Id").ToList();
        var entities = c.Query<(string Id, string Type)>("SELECT Id, Type FROM Entities WHERE Rejected = 0 ORDER BY Id").ToList();
        var names = c.Query<string>("SELECT Name FROM Entities WHERE Rejected = 0 ORDER BY Id LIMIT 20").ToList();
        if (!AllowEmpty)
        {
            Assert.NotEmpty(sources);
            Assert.NotEmpty(entities);
        }

        var fixedPages = new[] { "/", "/sources", "/people", "/groups", "/places", "/timeline", "/search", "/healthz", "/api/sources", "/api/entities", "/api/timeline", "/api/search", "/api/suggest", "/openapi/v1.json",
            "/network", "/network?depth=2&limit=300", "/map", "/api/graph", "/api/graph?limit=300", "/api/map" }
            .Concat(MilitiaAtlas.Atlas.Export.CsvExport.Tables.Select(t => $"/api/export/{t}.csv"));
        var lists = entities.GroupBy(e => e.Type).SelectMany(g =>
        {
            var pages = (g.Count() + EntityListQuery.PageSize - 1) / EntityListQuery.PageSize;
            return Enumerable.Range(1, pages).SelectMany(p => new[] { $"/{SiteLinks.EntityKind(g.Key)}?page={p}", $"/api/entities?type={g.Key}&page={p}" });
        });
        var searches = names.Select(Uri.EscapeDataString)
            .SelectMany(q => new[] { $"/search?q={q}", $"/api/search?q={q}", $"/api/suggest?q={q}", $"/people?q={q}" });
        return fixedPages
            .Concat(lists)
            .Concat(sources.SelectMany(id => new[] { $"/sources/{Uri.EscapeDataString(id)}", $"/api/sources/{Uri.EscapeDataString(id)}" }))
            .Concat(entities.SelectMany(e => new[] { SiteLinks.Entity(e.Type, e.Id), $"/api/entities/{Uri.EscapeDataString(e.Id)}", SiteLinks.GraphApi(e.Id, 2) }))
            .Concat(searches)
            .ToList();
    }

    /// <summary>Same-site links of a page: <c>href="/…"</c>, entity-decoded, without the fragment.</summary>
    private static IEnumerable<string> Links(string html, bool everyLink)
    {
        foreach (Match m in Href().Matches(html))
        {
            var url = WebUtility.HtmlDecode(m.Groups[1].Value);
            var hash = url.IndexOf('#', StringComparison.Ordinal);
            url = hash >= 0 ? url[..hash] : url;
            if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (everyLink)
            {
                yield return url;
                continue;
            }

            // The path alone: its highlights and filters are left out, which keeps a large crawl bounded.
            var query = url.IndexOf('?', StringComparison.Ordinal);
            yield return query < 0 ? url : url[..query];
        }
    }

    [GeneratedRegex(@"href=""(/[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
