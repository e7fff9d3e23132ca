using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dapper;
using MilitiaAtlas.Atlas.Ingest;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// The large hostile cases, generated at test time: a 20 MB single line (over the default 10 MB limit), a
/// 9 MB single line (under it) and 100,000 tiny paragraphs. Each beside a control file that must go in.
/// </summary>
public sealed class LargeInputTests(ITestOutputHelper output)
{
    [Fact]
    public void A_20_MB_single_line_is_refused_by_the_size_limit_with_a_clear_message()
    {
        using var app = new AtlasApp();
        var folder = Path.Combine(app.Folder, "big");
        Directory.CreateDirectory(folder);
        HostileCorpus.SingleLine(Path.Combine(folder, "twenty-mb.txt"), 20 * 1024 * 1024);
        File.WriteAllText(Path.Combine(folder, "control.txt"), Articles.Simple);

        var report = app.Ingest(folder);

        var big = Assert.Single(report.Files, f => f.Path.EndsWith("twenty-mb.txt", StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Failed, big.Status);
        Assert.Equal("file is 20,971,520 bytes, over the 10,485,760-byte limit (Atlas:MaxFileBytes)", big.Error);
        Assert.Equal(1, report.Count(IngestStatus.Added));
    }

    [Fact]
    public async Task A_9_MB_single_line_goes_in_and_the_reader_and_the_api_serve_it()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000"));
        var folder = Path.Combine(app.Folder, "big");
        Directory.CreateDirectory(folder);
        HostileCorpus.SingleLine(Path.Combine(folder, "nine-mb.txt"), 9 * 1024 * 1024);
        File.WriteAllText(Path.Combine(folder, "control.txt"), Articles.Simple);

        var sw = Stopwatch.StartNew();
        var report = app.Ingest(folder);
        output.WriteLine($"ingest: {sw.Elapsed.TotalSeconds:0.0} s");

        Assert.False(report.AnyFailed, string.Join("\n", report.Files.Select(f => f.Error)));
        var id = Assert.Single(report.Files, f => f.Path.EndsWith("nine-mb.txt", StringComparison.Ordinal)).SourceId!;
        var client = app.CreateClient();
        sw.Restart();
        var reader = await client.GetAsync($"/sources/{id}?hl=100-200");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.True((await reader.Content.ReadAsStringAsync()).Length > 9_000_000);
        var api = await client.GetAsync($"/api/sources/{id}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
        output.WriteLine($"pages: {sw.Elapsed.TotalSeconds:0.0} s");
        StoreChecks.AssertConsistent(app.Database.FilePath);
    }

    [Fact]
    public async Task A_hundred_thousand_tiny_paragraphs_go_in_and_the_reader_and_the_api_serve_them()
    {
        using var app = new AtlasApp();
        var folder = Path.Combine(app.Folder, "many");
        Directory.CreateDirectory(folder);
        HostileCorpus.TinyParagraphs(Path.Combine(folder, "tiny-paragraphs.txt"), 100_000);
        File.WriteAllText(Path.Combine(folder, "control.txt"), Articles.Simple);

        var sw = Stopwatch.StartNew();
        var report = app.Ingest(folder);
        output.WriteLine($"ingest: {sw.Elapsed.TotalSeconds:0.0} s");

        Assert.False(report.AnyFailed, string.Join("\n", report.Files.Select(f => f.Error)));
        var result = Assert.Single(report.Files, f => f.Path.EndsWith("tiny-paragraphs.txt", StringComparison.Ordinal));
        Assert.Equal(100_001, result.Passages);
        using (var c = app.Database.Open())
        {
            Assert.Equal(100_001, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE SourceNum = (SELECT Num FROM Sources WHERE Id = @id)", new { id = result.SourceId }));
        }

        var client = app.CreateClient();
        sw.Restart();
        var html = await client.GetStringAsync($"/sources/{result.SourceId}?hl=30-40");
        Assert.Contains("id=\"p-100001\"", html, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/sources/{result.SourceId}"));
        Assert.Equal(100_001, doc.RootElement.GetProperty("passages").GetArrayLength());
        output.WriteLine($"pages: {sw.Elapsed.TotalSeconds:0.0} s");
        StoreChecks.AssertConsistent(app.Database.FilePath);
    }
}
