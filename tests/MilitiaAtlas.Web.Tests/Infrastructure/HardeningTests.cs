using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Tests.Infrastructure;

public sealed class HardeningTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/entities")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var app = new AtlasApp();

        var response = await app.CreateClient().GetAsync(url);

        SecurityHeaders.AssertPresent(response);
    }

    [Fact]
    public async Task No_page_carries_an_inline_script()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        var client = app.CreateClient();

        foreach (var url in new[] { "/", "/people", "/timeline", "/sources" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Healthz_reports_a_reachable_database()
    {
        using var app = new AtlasApp();

        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"reachable\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_reports_an_unreachable_database_as_503()
    {
        using var app = new AtlasApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        app.LoseDatabase();
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Search_and_the_api_are_rate_limited_per_client_and_pages_are_not()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "5"), ("Atlas:RateLimit:WindowSeconds", "60"));
        var client = app.CreateClient();

        var api = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            api.Add((await client.GetAsync("/api/entities")).StatusCode);
        }

        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            pages.Add((await client.GetAsync("/people")).StatusCode);
        }

        Assert.Equal(5, api.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, api.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(pages, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task A_backup_taken_while_ingesting_is_a_consistent_database_that_restores()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        var target = Path.Combine(app.Folder, "backups", "atlas-backup.db");
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                app.Write($"more/a{i}.txt", Articles.Simple.Replace("Monday", $"day {i}", StringComparison.Ordinal));
            }

            app.Ingest(Path.Combine(app.Folder, "more"));
        });

        Backup.Run(app.Database, target);
        await writer;

        using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        copy.Open();
        Assert.Equal("ok", copy.ExecuteScalar<string>("PRAGMA integrity_check"));
        var sources = copy.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources");
        Assert.InRange(sources, 5, 25);
        Assert.Equal(0, copy.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages p WHERE NOT EXISTS (SELECT 1 FROM Sources s WHERE s.Num = p.SourceNum)"));
        Assert.False(File.Exists(target + ".partial"));

        // Restore: serve the copy.
        using var restored = new AtlasApp(("Atlas:Database", target));
        Assert.Contains("sources", await restored.CreateClient().GetStringAsync("/healthz"), StringComparison.Ordinal);
        Assert.Equal(sources, restored.Database.Open().ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public void A_backup_onto_the_database_itself_is_refused()
    {
        using var app = new AtlasApp();
        _ = app.Services;

        var ex = Assert.Throws<BackupException>(() => Backup.Run(app.Database, app.Database.FilePath));
        Assert.Equal($"{app.Database.FilePath}: it is the database's own file {app.Database.FilePath}", ex.Message);
    }
}

/// <summary>The headers that keep article text inert in a browser, on every response (errors included).</summary>
internal static class SecurityHeaders
{
    public static void AssertPresent(HttpResponseMessage response)
    {
        var where = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csps), $"no CSP on {where}");
        var csp = Assert.Single(csps);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), $"no X-Content-Type-Options on {where}");
        Assert.Equal("nosniff", Assert.Single(nosniff));
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), $"no Referrer-Policy on {where}");
        Assert.Equal("no-referrer", Assert.Single(referrer));
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frames), $"no X-Frame-Options on {where}");
        Assert.Equal("DENY", Assert.Single(frames));
    }
}
