using MilitiaAtlas.Ingestion.Model;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using MilitiaAtlas.Ingestion.Claims;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>
/// The claims and relations of the export. A claim in a reused passage points at the claim it copies
/// (the original passage's claim sharing the most words); a relation counts the independent sources of
/// its evidence, leaving out claims in reused passages.
/// </summary>
public static class ClaimsExport
{
    private const string ClaimsSql = """
        SELECT s.Id AS SourceId,
               c.Ordinal AS Ordinal,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End,
               c.SpeakerId AS SpeakerId
        FROM Claims c
        JOIN Sources s ON s.Num = c.SourceNum
        ORDER BY s.Id, c.Ordinal
        """;

    private const string ClaimEntitiesSql = """
        SELECT DISTINCT s.Id AS SourceId,
               m.ClaimOrdinal AS ClaimOrdinal,
               m.EntityId AS EntityId
        FROM Mentions m
        JOIN Sources s ON s.Num = m.SourceNum
        JOIN VisibleEntities e ON e.Id = m.EntityId
        WHERE m.ClaimOrdinal IS NOT NULL
        """;

    private const string RelationsSql = """
        SELECT r.SubjectId AS SubjectId,
               r.Predicate AS Predicate,
               r.ObjectId AS ObjectId,
               src.Id AS SourceId,
               r.ClaimOrdinal AS ClaimOrdinal,
               r.Quoted AS Quoted,
               c.SpeakerId AS SpeakerId
        FROM RelationEvidence r
        JOIN Sources src ON src.Num = r.SourceNum
        LEFT JOIN Claims c ON c.SourceNum = r.SourceNum AND c.Ordinal = r.ClaimOrdinal
        JOIN VisibleEntities s ON s.Id = r.SubjectId
        JOIN VisibleEntities o ON o.Id = r.ObjectId
        ORDER BY r.SubjectId, r.Predicate, r.ObjectId, src.Id, r.ClaimOrdinal
        """;

    public sealed record ClaimRow(string SourceId, long Ordinal, long PassageOrdinal, long Start, long End, string? SpeakerId);

    private sealed record ClaimEntityRow(string SourceId, long ClaimOrdinal, string EntityId);

    private sealed record EvidenceRow(string SubjectId, string Predicate, string ObjectId, string SourceId, long ClaimOrdinal, long Quoted, string? SpeakerId)
    {
        /// <summary>Whose statement the evidence is when only a quotation states the relation; null when the source states it.</summary>
        public string? QuotedSpeakerId => Quoted == 1 ? SpeakerId : null;
    }

    public static async Task WriteAsync(DbConnection conn, Utf8JsonWriter w, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<(string SourceId, long Ordinal), (string SourceId, long Ordinal)> reusedPassages, CancellationToken ct)
    {
        var claims = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(ClaimsSql, cancellationToken: ct))).ToList();
        var named = (await conn.QueryAsync<ClaimEntityRow>(new CommandDefinition(ClaimEntitiesSql, cancellationToken: ct)))
            .GroupBy(r => (r.SourceId, r.ClaimOrdinal)).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).Order(StringComparer.Ordinal).ToList());
        var byPassage = claims.GroupBy(c => (c.SourceId, c.PassageOrdinal)).ToDictionary(g => g.Key, g => g.ToList());

        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            var text = texts[c.SourceId];
            var quote = text[(int)c.Start..(int)c.End];
            w.WriteStartObject();
            w.WriteString("id", ClaimIds.Format(c.SourceId, c.Ordinal));
            w.WriteString("sourceId", c.SourceId);
            w.WriteString("passageId", PassageIds.Format(c.PassageOrdinal));
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteString("quote", quote);
            w.WriteString("speakerId", c.SpeakerId);
            w.WriteStartArray("entityIds");
            foreach (var e in named.GetValueOrDefault((c.SourceId, c.Ordinal)) ?? [])
            {
                w.WriteStringValue(e);
            }

            w.WriteEndArray();
            if (reusedPassages.TryGetValue((c.SourceId, c.PassageOrdinal), out var original)
                && Original(quote, byPassage.GetValueOrDefault(original) ?? [], texts) is { } copied)
            {
                w.WriteStartObject("reusedFrom");
                w.WriteString("sourceId", copied.SourceId);
                w.WriteString("claimId", ClaimIds.Format(copied.SourceId, copied.Ordinal));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("reusedFrom");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        var reusedClaims = claims.Where(c => reusedPassages.ContainsKey((c.SourceId, c.PassageOrdinal))).Select(c => (c.SourceId, c.Ordinal)).ToHashSet();
        w.WriteStartArray("relations");
        // A symmetric relation is one relation whichever end came first (a curation merge may have turned one round).
        foreach (var g in (await conn.QueryAsync<EvidenceRow>(new CommandDefinition(RelationsSql, cancellationToken: ct)))
            .Select(r => PredicateTable.IsSymmetric(r.Predicate) && string.CompareOrdinal(r.SubjectId, r.ObjectId) > 0 ? r with { SubjectId = r.ObjectId, ObjectId = r.SubjectId } : r)
            .GroupBy(r => (r.SubjectId, r.Predicate, r.ObjectId))
            .OrderBy(g => g.Key.SubjectId, StringComparer.Ordinal).ThenBy(g => g.Key.Predicate, StringComparer.Ordinal).ThenBy(g => g.Key.ObjectId, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", RelationId(g.Key.SubjectId, g.Key.Predicate, g.Key.ObjectId));
            w.WriteString("subjectId", g.Key.SubjectId);
            w.WriteString("predicate", g.Key.Predicate);
            w.WriteString("objectId", g.Key.ObjectId);
            w.WriteStartArray("claimIds");
            foreach (var r in g.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.ClaimOrdinal))
            {
                w.WriteStringValue(ClaimIds.Format(r.SourceId, r.ClaimOrdinal));
            }

            w.WriteEndArray();
            w.WriteNumber("independentSources", Evidence.IndependentSources(g, r => r.SourceId, r => reusedClaims.Contains((r.SourceId, r.ClaimOrdinal))));

            // Stated only inside quotations: whose statement it is (their claims are the evidence); null when a source states it.
            if (g.All(r => r.QuotedSpeakerId is not null))
            {
                w.WriteStartArray("statedBy");
                foreach (var speaker in g.Select(r => r.QuotedSpeakerId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    w.WriteStringValue(speaker);
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("statedBy");
            }
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static string RelationId(string subject, string predicate, string target) =>
        "rel-" + Ingest.Slugs.ShortHash($"{subject}|{predicate}|{target}");

    /// <summary>The claim of the original passage that shares the most words with a copied claim.</summary>
    private static ClaimRow? Original(string quote, List<ClaimRow> candidates, IReadOnlyDictionary<string, string> texts)
    {
        var words = Words(quote);
        ClaimRow? best = null;
        var bestShared = 0;
        foreach (var c in candidates)
        {
            var shared = Words(texts[c.SourceId][(int)c.Start..(int)c.End]).Intersect(words).Count();
            if (shared > bestShared)
            {
                (best, bestShared) = (c, shared);
            }
        }

        return bestShared * 2 >= words.Count ? best : null;
    }

    private static HashSet<string> Words(string s) =>
        s.ToLowerInvariant().Split((char[])[' ', '\n', ',', '.', '"', '“', '”', '’', '‘', '(', ')', '[', ']', ':', ';'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
