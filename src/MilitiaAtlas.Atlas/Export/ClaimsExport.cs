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
               c.SpeakerId AS SpeakerId,
               k.Predicate AS Confirmed
        FROM RelationEvidence r
        JOIN Sources src ON src.Num = r.SourceNum
        LEFT JOIN Claims c ON c.SourceNum = r.SourceNum AND c.Ordinal = r.ClaimOrdinal
        LEFT JOIN ConfirmedRelations k ON k.SubjectId = r.SubjectId AND k.Predicate = r.Predicate AND k.ObjectId = r.ObjectId
        JOIN VisibleEntities s ON s.Id = r.SubjectId
        JOIN VisibleEntities o ON o.Id = r.ObjectId
        ORDER BY r.SubjectId, r.Predicate, r.ObjectId, src.Id, r.ClaimOrdinal
        """;

    private sealed record ClaimRow(string SourceId, long Ordinal, long PassageOrdinal, long Start, long End, string? SpeakerId);

    private sealed record ClaimEntityRow(string SourceId, long ClaimOrdinal, string EntityId);

    private sealed record EvidenceRow(string SubjectId, string Predicate, string ObjectId, string SourceId, long ClaimOrdinal, long Quoted, string? SpeakerId, string? Confirmed)
    {
        /// <summary>Whose statement the evidence is when only a quotation states the relation; null when the source states it.</summary>
        public string? QuotedSpeakerId => Quoted == 1 ? SpeakerId : null;

        /// <summary>An analyst checked the relation: <c>Confirmed</c> holds its predicate (a column with a declared type, unlike EXISTS), else null.</summary>
        public bool IsConfirmed => Confirmed is not null;
    }

    /// <summary>Every claim, by source then number, with its quote and the claim it copies (when its paragraph is a copy).</summary>
    public static async Task<List<ClaimRecord>> ReadClaimsAsync(DbConnection conn, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<(string SourceId, long Ordinal), (string SourceId, long Ordinal)> reusedPassages, CancellationToken ct)
    {
        var claims = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(ClaimsSql, cancellationToken: ct))).ToList();
        var named = (await conn.QueryAsync<ClaimEntityRow>(new CommandDefinition(ClaimEntitiesSql, cancellationToken: ct)))
            .GroupBy(r => (r.SourceId, r.ClaimOrdinal)).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).Order(StringComparer.Ordinal).ToList());
        var byPassage = claims.GroupBy(c => (c.SourceId, c.PassageOrdinal)).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<ClaimRecord>(claims.Count);
        foreach (var c in claims)
        {
            var quote = texts[c.SourceId][(int)c.Start..(int)c.End];
            var copy = reusedPassages.TryGetValue((c.SourceId, c.PassageOrdinal), out var original);
            var copied = copy && Original(quote, byPassage.GetValueOrDefault(original) ?? [], texts) is { } o
                ? new ClaimRef(o.SourceId, ClaimIds.Format(o.SourceId, o.Ordinal))
                : null;
            result.Add(new ClaimRecord(ClaimIds.Format(c.SourceId, c.Ordinal), c.SourceId, c.Ordinal, c.PassageOrdinal, c.Start, c.End, quote,
                c.SpeakerId, named.GetValueOrDefault((c.SourceId, c.Ordinal)) ?? [], copied) { InCopiedPassage = copy });
        }

        return result;
    }

    /// <summary>
    /// Every relation with its evidence, in (subject, predicate, object) order. Independent sources leave out the claims
    /// in copied paragraphs; a relation stated only inside quotations is its speakers' statement (<c>StatedBy</c>).
    /// </summary>
    public static async Task<List<RelationRecord>> ReadRelationsAsync(DbConnection conn, IReadOnlyList<ClaimRecord> claims, CancellationToken ct)
    {
        var copied = claims.Where(c => c.InCopiedPassage).Select(c => (c.SourceId, c.Ordinal)).ToHashSet();
        var result = new List<RelationRecord>();
        // A symmetric relation is one relation whichever end a source names first: its id and place in the list come
        // from the ends in id order, and it reads in the order most of its evidence states it (the first on a tie), so
        // "the Kessa Front attacked the Tarvo Guard" stays Kessa -> Tarvo.
        foreach (var g in (await conn.QueryAsync<EvidenceRow>(new CommandDefinition(RelationsSql, cancellationToken: ct)))
            .GroupBy(r => PredicateTable.IsSymmetric(r.Predicate) && string.CompareOrdinal(r.SubjectId, r.ObjectId) > 0
                ? (SubjectId: r.ObjectId, r.Predicate, ObjectId: r.SubjectId)
                : (r.SubjectId, r.Predicate, r.ObjectId))
            .OrderBy(g => g.Key.SubjectId, StringComparer.Ordinal).ThenBy(g => g.Key.Predicate, StringComparer.Ordinal).ThenBy(g => g.Key.ObjectId, StringComparer.Ordinal))
        {
            var (subjectId, objectId) = StatedOrder(g.Key.SubjectId, g.Key.ObjectId, g);
            var claimIds = g.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.ClaimOrdinal)
                .Select(r => ClaimIds.Format(r.SourceId, r.ClaimOrdinal)).ToList();
            // Stated only inside quotations: whose statement it is (their claims are the evidence); null when a source states it.
            var statedBy = g.All(r => r.QuotedSpeakerId is not null)
                ? g.Select(r => r.QuotedSpeakerId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                : null;
            result.Add(new RelationRecord(RelationId(g.Key.SubjectId, g.Key.Predicate, g.Key.ObjectId), subjectId, g.Key.Predicate, objectId,
                claimIds, Evidence.IndependentSources(g, r => r.SourceId, r => copied.Contains((r.SourceId, r.ClaimOrdinal))), statedBy)
            {
                Confirmed = g.Any(r => r.IsConfirmed),
            });
        }

        return result;
    }

    /// <summary>claims[] of export-format v1.</summary>
    public static void WriteClaims(Utf8JsonWriter w, IReadOnlyList<ClaimRecord> claims)
    {
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("sourceId", c.SourceId);
            w.WriteString("passageId", PassageIds.Format(c.PassageOrdinal));
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteString("quote", c.Quote);
            w.WriteString("speakerId", c.SpeakerId);
            WriteStrings(w, "entityIds", c.EntityIds);
            if (c.ReusedFrom is { } copied)
            {
                w.WriteStartObject("reusedFrom");
                w.WriteString("sourceId", copied.SourceId);
                w.WriteString("claimId", copied.ClaimId);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("reusedFrom");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>relations[] of export-format v1.</summary>
    public static void WriteRelations(Utf8JsonWriter w, IReadOnlyList<RelationRecord> relations)
    {
        w.WriteStartArray("relations");
        foreach (var r in relations)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("subjectId", r.SubjectId);
            w.WriteString("predicate", r.Predicate);
            w.WriteString("objectId", r.ObjectId);
            WriteStrings(w, "claimIds", r.ClaimIds);
            w.WriteNumber("independentSources", r.IndependentSources);
            w.WriteBoolean("confirmed", r.Confirmed);
            if (r.StatedBy is { } speakers)
            {
                WriteStrings(w, "statedBy", speakers);
            }
            else
            {
                w.WriteNull("statedBy");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>The order most of a relation's evidence names its ends in; the first evidence's on a tie.</summary>
    private static (string Subject, string Object) StatedOrder(string subject, string obj, IEnumerable<EvidenceRow> evidence)
    {
        var ordered = evidence.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.ClaimOrdinal).ToList();
        var forward = ordered.Count(r => r.SubjectId == subject);
        var backward = ordered.Count - forward;
        var turned = backward > forward || (backward == forward && ordered[0].SubjectId != subject);
        return turned ? (obj, subject) : (subject, obj);
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
