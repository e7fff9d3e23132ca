using System.Collections.Concurrent;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MilitiaAtlas.Atlas;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// What the app logs. In process, a capturing provider added through WebApplicationFactory's
/// ConfigureLogging gets every event the app's Serilog pipeline lets through (its levels from the Serilog
/// section: the app's own categories and the request log from Information, the framework's from Warning),
/// with its message template and properties. The real console output is checked in the child-process tests
/// (ConcurrentIngestTests, CrashTests, HostileRequestTests.The_real_server_…).
/// </summary>
public sealed class LogTests
{
    [Fact]
    public async Task Each_file_gets_one_structured_event_errors_name_the_file_and_no_article_text_is_logged()
    {
        using var app = new AtlasApp();
        var logs = new CapturingLoggerProvider();
        using var host = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var folder = HostileCorpus.WriteTo(Path.Combine(app.Folder, "hostile"));
        FaultCorpus.Write(Path.Combine(folder, "fault"), 3);

        var report = host.Services.GetRequiredService<Ingestor>().Ingest([folder]);
        using var client = host.CreateClient();
        using var c = host.Services.GetRequiredService<MilitiaAtlas.Atlas.Data.AtlasDatabase>().Open();
        foreach (var id in c.Query<string>("SELECT Id FROM Sources"))
        {
            await client.GetAsync($"/sources/{id}?hl=0-10");
        }

        await client.GetAsync("/search?q=" + Uri.EscapeDataString(FaultCorpus.Canary));
        await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("lantern-heron convoy"));
        await client.GetAsync("/api/suggest?q=lantern-heron");
        await client.GetAsync("/sources/x%0D%0A%5B00:00:00%20ERR%5D%20forged%E2%80%AE");

        // One event per file, structured: the file, the outcome, the counts and the time as properties.
        var events = logs.Events.ToList();
        foreach (var f in report.Files)
        {
            var shown = LogText.Printable(f.Path);
            var own = events.Where(e => e.Property("File") == shown).ToList();
            if (f.Status == IngestStatus.Failed)
            {
                var error = Assert.Single(own);
                Assert.Equal(LogLevel.Error, error.Level);
                Assert.Equal(LogText.Printable(f.Error), error.Property("Reason"));
                Assert.Contains(shown, error.Message, StringComparison.Ordinal);
            }
            else if (f.Status == IngestStatus.Skipped)
            {
                var skipped = Assert.Single(own, e => e.Property("{OriginalFormat}") == "Skipped {File}: {Reason}");
                Assert.Equal(LogLevel.Information, skipped.Level);
                Assert.Equal(LogText.Printable(f.Error), skipped.Property("Reason"));
            }
            else
            {
                var done = Assert.Single(own, e => e.Level == LogLevel.Information);
                Assert.Equal("Ingested {File} as {SourceId}: {Status}, {Passages} passages in {ElapsedMs:0.0} ms", done.Property("{OriginalFormat}"));
                Assert.Equal(f.Status.ToString(), done.Property("Status"));
                Assert.Equal(f.Passages.ToString(CultureInfo.InvariantCulture), done.Property("Passages"));
                Assert.Equal(f.SourceId, done.Property("SourceId"));
                Assert.NotNull(done.Property("ElapsedMs"));
                Assert.Equal(f.Warnings.Count, own.Count(e => e.Level == LogLevel.Warning));
            }
        }

        // No article text: no line of any stored body, not the canary sentence, not the search queries that quoted it.
        var logged = string.Join("\n", events.Select(e => e.Message + " " + e.Exception + " " + string.Join(" ", e.Properties.Values)));
        Assert.DoesNotContain("lantern-heron", logged, StringComparison.Ordinal);
        var lines = 0;
        foreach (var text in c.Query<string>("SELECT Text FROM Sources"))
        {
            foreach (var line in text.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length >= 24))
            {
                lines++;
                Assert.False(logged.Contains(line, StringComparison.Ordinal), $"article text was logged: {line[..24]}…");
            }
        }

        Assert.True(lines > 100);

        // Nothing from outside (file names, request paths) can break a log line or reorder it on a terminal.
        Assert.DoesNotContain(events, e => e.Message.Contains('\n', StringComparison.Ordinal) || e.Message.Contains('\r', StringComparison.Ordinal) || e.Message.Contains('\u202E', StringComparison.Ordinal));
        Assert.Contains(events, e => e.Message.Contains("line\\u000Abreak", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Property("RequestPath") == "/sources/x\\u000D\\u000A[00:00:00 ERR] forged\\u202E");

        // One event per request, from Serilog's request logging, with the path and never the query.
        var search = Assert.Single(events, e => e.Property("{OriginalFormat}") == RequestLog.Template && e.Property("RequestPath") == "/search");
        Assert.Equal("GET", search.Property("RequestMethod"));
        Assert.Equal("200", search.Property("StatusCode"));
        Assert.Equal("Serilog.AspNetCore.RequestLoggingMiddleware", search.Category);
        Assert.StartsWith("HTTP GET /search responded 200 in ", search.Message, StringComparison.Ordinal);
    }
}

internal sealed record CapturedEvent(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyDictionary<string, string?> Properties)
{
    public string? Property(string name) => Properties.GetValueOrDefault(name);
}

/// <summary>Keeps every event it is given, with its structured properties.</summary>
internal sealed partial class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedEvent> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed partial class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        [System.Text.RegularExpressions.GeneratedRegex(@"\{[@$]?(\w+)(?:[,:][^}]*)?\}")]
        private static partial System.Text.RegularExpressions.Regex Placeholder();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The app's Serilog pipeline has already applied its levels: what arrives here is what the app logs.
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var properties = (state as IEnumerable<KeyValuePair<string, object?>> ?? [])
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Convert.ToString(g.First().Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
            owner.Events.Enqueue(new CapturedEvent(category, logLevel, Render(properties) ?? formatter(state, exception), exception?.ToString(), properties));
        }

        // The message as the console writes it ({Message:lj}: text without quotes), from the template and its properties.
        private static string? Render(Dictionary<string, string?> properties) =>
            properties.GetValueOrDefault("{OriginalFormat}") is { } template
                ? Placeholder().Replace(template, m => properties.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : m.Value)
                : null;
    }
}
