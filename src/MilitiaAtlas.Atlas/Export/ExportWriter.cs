using MilitiaAtlas.Ingestion.Model;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>
/// Writes the whole atlas in export format v1 (docs/export-format.md) from <see cref="AtlasTables"/>, flushing source by
/// source and reading the type evidence alongside the entities. HTML-sensitive characters are escaped in the JSON.
/// </summary>
public sealed class ExportWriter(AtlasDatabase database)
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private const string MentionsSql = """
        SELECT m.EntityId AS EntityId,
               s.Id AS SourceId,
               COALESCE(m.ExtentStart, m.TitleStart, m.Start) AS Start,
               COALESCE(m.ExtentEnd, m."End") AS End
        FROM Mentions m
        JOIN Sources s ON s.Num = m.SourceNum
        JOIN VisibleEntities e ON e.Id = m.EntityId
        ORDER BY s.Id, m.Start
        """;

    // Every row of the type evidence, by entity; a source's rows cite the sentence (claim) of the mention that gave them.
    private const string TypeEvidenceSql = """
        SELECT t.EntityId AS EntityId,
               t.Cue AS Cue,
               t.Type AS Type,
               t.Weight AS Weight,
               t.Count AS Count,
               s.Id AS SourceId,
               t.ClaimOrdinal AS ClaimOrdinal,
               t.Start AS Start,
               t."End" AS End,
               t.CueStart AS CueStart,
               t.CueEnd AS CueEnd
        FROM TypeEvidence t
        JOIN Sources s ON s.Num = t.SourceNum
        ORDER BY t.EntityId, s.Id, t.Start, t.Cue, t.Type
        """;

    private sealed record TypeEvidenceRecord
    {
        public string EntityId { get; init; } = "";
        public string Cue { get; init; } = "";
        public string Type { get; init; } = "";
        public long Weight { get; init; }
        public long Count { get; init; }
        public string SourceId { get; init; } = "";
        public long? ClaimOrdinal { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public long? CueStart { get; init; }
        public long? CueEnd { get; init; }
    }

    // Properties, not a positional record: an empty result gives the computed Start no type (SQLite reports a BLOB), and
    // Dapper finds no constructor for that, so the export of an atlas with no sources threw.
    private sealed record MentionRecord
    {
        public string EntityId { get; init; } = "";
        public string SourceId { get; init; } = "";
        public long Start { get; init; }
        public long End { get; init; }
    }

    private static async Task WriteEntitiesAsync(System.Data.Common.DbConnection conn, Utf8JsonWriter w, IReadOnlyList<EntityRecord> entities, CancellationToken ct)
    {
        // Read alongside the entities, both in id order, so the evidence is never all in memory at once.
        using var evidence = conn.Query<TypeEvidenceRecord>(TypeEvidenceSql, buffered: false).GetEnumerator();
        var more = evidence.MoveNext();
        w.WriteStartArray("entities");
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            w.WriteString("name", e.Name);
            ClaimsExport.WriteStrings(w, "aliases", e.Aliases);
            w.WriteNumber("mentionCount", e.MentionCount);
            w.WriteBoolean("curated", e.Curated);
            var rows = new List<TypeEvidenceRecord>();
            while (more && string.CompareOrdinal(evidence.Current.EntityId, e.Id) <= 0)
            {
                if (evidence.Current.EntityId == e.Id)
                {
                    rows.Add(evidence.Current);
                }

                more = evidence.MoveNext();
            }

            WriteTypeEvidence(w, e, rows);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var m in await conn.QueryAsync<MentionRecord>(new CommandDefinition(MentionsSql, cancellationToken: ct)))
        {
            w.WriteStartObject();
            w.WriteString("entityId", m.EntityId);
            w.WriteString("sourceId", m.SourceId);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        await w.FlushAsync(ct);
    }

    /// <summary>
    /// entities[].typeEvidence (added field, docs/export-format.md): why the entity has its type. An analyst's retype comes
    /// first as {"cue": "curation"}; then one item per source, cue and type pointed to, with its summed weight (0 for a
    /// rule that decided), how many mentions gave it, the first such mention (span) and its claim, and the words of the cue
    /// in the same text (null when the cue is the whole name, as a gazetteer hit is).
    /// </summary>
    private static void WriteTypeEvidence(Utf8JsonWriter w, EntityRecord e, List<TypeEvidenceRecord> rows)
    {
        w.WriteStartArray("typeEvidence");
        if (e.CuratedType)
        {
            w.WriteStartObject();
            w.WriteString("cue", Ingestion.Extraction.TypeCues.Code(Ingestion.Extraction.TypeCue.Curation));
            w.WriteString("type", e.Type);
            w.WriteNumber("weight", 0);
            w.WriteEndObject();
        }

        foreach (var t in rows)
        {
            w.WriteStartObject();
            w.WriteString("cue", t.Cue);
            w.WriteString("type", t.Type);
            w.WriteNumber("weight", t.Weight);
            w.WriteNumber("count", t.Count);
            w.WriteString("sourceId", t.SourceId);
            if (t.ClaimOrdinal is { } ordinal)
            {
                w.WriteString("claimId", ClaimIds.Format(t.SourceId, ordinal));
            }
            else
            {
                w.WriteNull("claimId");
            }

            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            WriteNumberOrNull(w, "cueStart", t.CueStart);
            WriteNumberOrNull(w, "cueEnd", t.CueEnd);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public async Task WriteAsync(Stream output, DateTimeOffset generatedAt, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        var atlas = await AtlasTables.LoadAsync(conn, ct);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        w.WriteStartObject();
        w.WriteNumber("formatVersion", 1);
        w.WriteString("generatedAt", generatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        w.WriteStartArray("sources");
        foreach (var s in atlas.Sources)
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
            foreach (var p in atlas.Passages.GetValueOrDefault(s.Id) ?? [])
            {
                w.WriteStartObject();
                w.WriteString("id", PassageIds.Format(p.Ordinal));
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
                    w.WriteString("passageId", PassageIds.Format(p.ReusedFromOrdinal.GetValueOrDefault()));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            await w.FlushAsync(ct);
        }

        w.WriteEndArray();
        await WriteEntitiesAsync(conn, w, atlas.Entities, ct);
        ClaimsExport.WriteClaims(w, atlas.Claims);
        ClaimsExport.WriteRelations(w, atlas.Relations);
        EventsExport.WriteEvents(w, atlas.Events);
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }
}
