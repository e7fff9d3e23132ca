using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Web.Pages.Entities;

namespace MilitiaAtlas.Web.Tests.Api;

public sealed partial class CsvApiTests
{
    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The page's Download CSV link: there is exactly one, and it is the page's CSV twin.</summary>
    private static async Task<string> ButtonAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var href = Assert.Single(CsvButton().Matches(html)).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.StartsWith("/api/csv/", href, StringComparison.Ordinal);
        return href;
    }

    [GeneratedRegex("<p class=\"csv-download\"><a href=\"([^\"]+)\" download>")]
    private static partial Regex CsvButton();

    [Fact]
    public async Task Each_table_of_the_export_verb_is_served_as_the_same_csv()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        var client = app.CreateClient();
        var atlas = await AtlasTables.LoadAsync(app.Database, CancellationToken.None);

        foreach (var table in CsvExport.Tables)
        {
            using var expected = new MemoryStream();
            await CsvExport.WriteTableAsync(atlas, table, expected, CancellationToken.None);
            Assert.Equal(expected.ToArray(), await DownloadAsync(client, $"/api/export/{table}.csv"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/export/passwords.csv")).StatusCode);
    }

    [Fact]
    public async Task Each_list_profile_timeline_and_search_page_has_a_button_that_downloads_what_it_shows()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        var client = app.CreateClient();

        // A list: every entity that matches the filter, whatever page is shown.
        var people = CsvFile.Read(await DownloadAsync(client, await ButtonAsync(client, "/people?q=al&sort=name&page=1")));
        var list = await app.Services.GetRequiredService<EntityListQuery>().AllAsync("person", "al", "name", CancellationToken.None);
        Assert.Equal(list.Rows.Select(r => r.Id), people.Select(r => r["entity_id"]));
        Assert.True(people.Count > 5);
        Assert.All(people, r => Assert.StartsWith("http://localhost/people/", r["url"], StringComparison.Ordinal));

        // A profile: every citation of its relations, with the other end and the independent sources.
        var profile = (await app.Services.GetRequiredService<ProfileQuery>().RunAsync("hadi-al-amiri", CancellationToken.None))!;
        var rows = CsvFile.Read(await DownloadAsync(client, await ButtonAsync(client, "/people/hadi-al-amiri")));
        var relations = rows.Where(r => r["section"] == "relation").ToList();
        Assert.Equal(profile.Relations.Sum(g => g.Relations.Sum(r => r.Evidence.Count)), relations.Count);
        Assert.Equal(profile.Relations.SelectMany(g => g.Relations).Select(r => r.OtherId).ToHashSet(), relations.Select(r => r["entity_id"]).ToHashSet());
        Assert.Equal(profile.Aliases.Count, rows.Count(r => r["section"] == "alias"));
        Assert.Equal(profile.Sources.Count, rows.Count(r => r["section"] == "source"));
        Assert.All(relations, r => Assert.Contains("/sources/", r["url"], StringComparison.Ordinal));

        // The timeline with its filters, the search results and the source list.
        var timeline = CsvFile.Read(await DownloadAsync(client, await ButtonAsync(client, "/timeline?group=badr-corps")));
        Assert.Equal(Regex.Count(await client.GetStringAsync("/timeline?group=badr-corps"), "<li class=\"event"), timeline.Count);
        Assert.True(timeline.Count > 2);
        var search = CsvFile.Read(await DownloadAsync(client, await ButtonAsync(client, "/search?q=badr")));
        Assert.Contains(search, r => r["kind"] == "group" && r["id"] == "badr-corps");
        Assert.Contains(search, r => r["kind"] == "claim");
        var sources = CsvFile.Read(await DownloadAsync(client, await ButtonAsync(client, "/sources")));
        Assert.Equal(5, sources.Count);
    }

    [Fact]
    public async Task No_csv_download_holds_a_cell_that_opens_as_a_formula()
    {
        using var app = new AtlasApp();
        app.Ingest(ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));
        var client = app.CreateClient();
        var urls = CsvExport.Tables.Select(t => $"/api/export/{t}.csv")
            .Concat(["/api/csv/groups", "/api/csv/groups/copper-ridge-brigade", "/api/csv/people/lenko-varas", "/api/csv/places/nantes",
                "/api/csv/timeline", "/api/csv/search?q=convoy", "/api/csv/sources"]);

        var escaped = 0;
        foreach (var url in urls)
        {
            foreach (var cell in CsvFile.Read(await DownloadAsync(client, url)).SelectMany(r => r.Values))
            {
                Assert.False(CsvFile.OpensAsFormula(cell), $"{url}: a cell opens as a formula: {cell}");
                escaped += cell.StartsWith('\'') ? 1 : 0;
            }
        }

        Assert.True(escaped > 10, $"only {escaped} escaped cells: the corpus should give many");
    }

    [Fact]
    public async Task An_unknown_profile_has_no_csv()
    {
        using var app = new AtlasApp();

        using var response = await app.CreateClient().GetAsync("/api/csv/people/nobody-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
