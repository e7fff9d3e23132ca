using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dapper;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Export;

/// <summary>
/// Writes the whole atlas in export format v1 (docs/export-format.md), streaming source by source so
/// that memory stays flat on large corpora. HTML-sensitive characters are escaped in the JSON.
/// </summary>
public sealed class ExportWriter(AtlasDatabase database)
{
    private const string SourcesSql = """
        SELECT Id, File, Title, Outlet, Author, Published, Url, Text
        FROM Sources
        ORDER BY Id
        """;

    private const string PassagesSql = """
        SELECT SourceId, Ordinal, Start, "End" AS End, Kind, ReusedFromSourceId, ReusedFromOrdinal
        FROM Passages
        ORDER BY SourceId, Ordinal
        """;

    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private sealed record SourceRecord(string Id, string File, string Title, string? Outlet, string? Author, string? Published, string? Url, string Text);

    private sealed record PassageRecord(string SourceId, long Ordinal, long Start, long End, string Kind, string? ReusedFromSourceId, long? ReusedFromOrdinal);

    public async Task WriteAsync(Stream output, DateTimeOffset generatedAt, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        w.WriteStartObject();
        w.WriteNumber("formatVersion", 1);
        w.WriteString("generatedAt", generatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        w.WriteStartArray("sources");

        var passages = (await conn.QueryAsync<PassageRecord>(new CommandDefinition(PassagesSql, cancellationToken: ct)))
            .GroupBy(p => p.SourceId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var s in await conn.QueryAsync<SourceRecord>(new CommandDefinition(SourcesSql, cancellationToken: ct)))
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("file", s.File);
            w.WriteString("title", s.Title);
            w.WriteString("outlet", s.Outlet);
            w.WriteString("author", s.Author);
            w.WriteString("published", s.Published);
            w.WriteString("url", s.Url);
            w.WriteString("text", s.Text);
            w.WriteStartArray("passages");
            foreach (var p in passages.GetValueOrDefault(s.Id) ?? [])
            {
                w.WriteStartObject();
                w.WriteString("id", $"p{p.Ordinal}");
                w.WriteNumber("start", p.Start);
                w.WriteNumber("end", p.End);
                w.WriteString("kind", p.Kind);
                if (p.ReusedFromSourceId is null)
                {
                    w.WriteNull("reusedFrom");
                }
                else
                {
                    w.WriteStartObject("reusedFrom");
                    w.WriteString("sourceId", p.ReusedFromSourceId);
                    w.WriteString("passageId", $"p{p.ReusedFromOrdinal}");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            await w.FlushAsync(ct);
        }

        w.WriteEndArray();
        foreach (var empty in new[] { "entities", "mentions", "claims", "relations", "events" })
        {
            w.WriteStartArray(empty);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        await w.FlushAsync(ct);
    }
}
