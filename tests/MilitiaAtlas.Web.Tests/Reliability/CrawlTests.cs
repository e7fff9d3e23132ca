using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.CorpusGen;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// Every page and API document of an atlas answers without a 5xx: the seeds (following every link found, highlights
/// and filters included) and a generated corpus of 1,000 articles (following each linked path once).
/// </summary>
[Collection(HeavyTestsRunAlone.Name)]
public sealed class CrawlTests(ITestOutputHelper output)
{
    /// <summary>A crawl that takes longer has hung: it fails instead of holding CI.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Every_page_and_api_document_of_the_seeds_answers_without_a_server_error()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        Assert.False(app.Ingest(RepoPaths.Seeds).AnyFailed);

        var crawl = await Crawl(app, everyLink: true);

        Assert.True(crawl.Statuses.Count > crawl.Listed.Count, "no link led anywhere new");
    }

    [Fact]
    public async Task Every_page_and_api_document_of_a_generated_1k_corpus_answers_without_a_server_error()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        var corpus = Path.Combine(app.Folder, "corpus");
        var sw = Stopwatch.StartNew();
        CorpusGenerator.Write(corpus, 1000, 1);
        Assert.False(app.Ingest(corpus).AnyFailed);
        output.WriteLine($"generated and ingested 1,000 articles in {sw.Elapsed.TotalSeconds:0.0} s");

        var crawl = await Crawl(app, everyLink: false);

        Assert.True(crawl.Listed.Count > 5000, $"only {crawl.Listed.Count} addresses listed");
    }

    [Fact]
    public async Task An_empty_atlas_answers_every_page_and_api_document_and_exports()
    {
        // An empty result gives SQLite columns no type, and Dapper could not build a positional record from one: the
        // export of an atlas with no sources threw.
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));

        await Crawl(app, everyLink: true, allowEmpty: true);

        using var export = new MemoryStream();
        await app.Services.GetRequiredService<MilitiaAtlas.Atlas.Export.ExportWriter>().WriteAsync(export, DateTimeOffset.UnixEpoch, CancellationToken.None);
        using var json = System.Text.Json.JsonDocument.Parse(export.ToArray());
        Assert.Equal(0, json.RootElement.GetProperty("sources").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("entities").GetArrayLength());
    }

    private async Task<SiteCrawler> Crawl(AtlasApp app, bool everyLink, bool allowEmpty = false)
    {
        using var client = app.CreateClient();
        using var timeout = new CancellationTokenSource(Limit);
        var crawl = new SiteCrawler(app, client) { AllowEmpty = allowEmpty };

        await crawl.RunAsync(everyLink, timeout.Token);

        output.WriteLine($"{crawl.Statuses.Count} addresses ({crawl.Listed.Count} listed from the database) in {crawl.Elapsed.TotalSeconds:0.0} s");
        var errors = crawl.ServerErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} server errors:\n{string.Join("\n", errors)}");
        var notOk = crawl.Listed.Where(u => crawl.Statuses[u] != 200).Select(u => $"{crawl.Statuses[u]} {u}").ToList();
        Assert.True(notOk.Count == 0, $"{notOk.Count} listed addresses did not answer 200:\n{string.Join("\n", notOk)}");
        return crawl;
    }
}
