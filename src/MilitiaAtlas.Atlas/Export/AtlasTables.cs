using System.Data.Common;
using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>A source as every export gives it: its metadata and its stored text (the offsets of citations count into it).</summary>
public sealed record SourceRecord(string Id, string File, string Title, string? Outlet, string? Author, string? Published, string? Url, string Text);

/// <summary>A passage of a source; <c>ReusedFrom…</c> names the original paragraph when it copies another source's.</summary>
public sealed record PassageRecord(string SourceId, long Ordinal, long Start, long End, string Kind, string? ReusedFromSourceId, long? ReusedFromOrdinal);

/// <summary>
/// A visible entity: its names (<see cref="Aliases"/>: every other spelling the sources use and the analysts' curated
/// aliases, in code-point order), how often it is mentioned, and for a gazetteer place its country code and coordinates.
/// </summary>
public sealed record EntityRecord(string Id, string Type, string Name, IReadOnlyList<string> Aliases, long MentionCount, bool Curated,
    bool CuratedType, string? Country, double? Lat, double? Lon);

/// <summary>
/// A claim (a body sentence) with its quote, speaker and the entities it names. <see cref="ReusedFrom"/> is the claim it
/// copies when its paragraph reproduces another source's.
/// </summary>
public sealed record ClaimRecord(string Id, string SourceId, long Ordinal, long PassageOrdinal, long Start, long End, string Quote,
    string? SpeakerId, IReadOnlyList<string> EntityIds, ClaimRef? ReusedFrom)
{
    /// <summary>Whether the claim's paragraph copies another source's (then it adds no independent source).</summary>
    public bool InCopiedPassage { get; init; }
}

/// <summary>A reference to a claim: its source and its public id (<see cref="ClaimIds"/>).</summary>
public sealed record ClaimRef(string SourceId, string ClaimId);

/// <summary>
/// A relation between two entities with its evidence: every claim that states it (<see cref="ClaimIds"/>, by source then
/// claim number), how many sources state it in their own words, and whose statement it is when only quotations make it.
/// A symmetric relation has the lower id as subject.
/// </summary>
public sealed record RelationRecord(string Id, string SubjectId, string Predicate, string ObjectId, IReadOnlyList<string> ClaimIds,
    int IndependentSources, IReadOnlyList<string>? StatedBy)
{
    /// <summary>An analyst checked the relation (a <c>confirm-relation</c> curation, docs/curation.md).</summary>
    public bool Confirmed { get; init; }
}

/// <summary>One source's report of an event's date.</summary>
public sealed record ReportedDate(string ClaimId, string? Date, string DateText);

/// <summary>A dated happening with its participants, places and every source's report (docs/export-format.md, events[]).</summary>
public sealed record EventRecord(string Id, string? Date, string? EndDate, string Precision, string DateText, string Summary,
    IReadOnlyList<string> ParticipantIds, IReadOnlyList<string> PlaceIds, IReadOnlyList<string> ClaimIds, bool Disputed,
    IReadOnlyList<ReportedDate> ReportedDates);

/// <summary>
/// The atlas as the exports read it, once, for every format: the JSON export (export-format v1), the CSV tables and the
/// FollowTheMoney entities are written from these records, so a count or an id is worked out in one place.
/// </summary>
public sealed class AtlasTables(
    IReadOnlyList<SourceRecord> sources,
    IReadOnlyDictionary<string, List<PassageRecord>> passages,
    IReadOnlyList<EntityRecord> entities,
    IReadOnlyList<ClaimRecord> claims,
    IReadOnlyList<RelationRecord> relations,
    IReadOnlyList<EventRecord> events)
{
    public IReadOnlyList<SourceRecord> Sources { get; } = sources;

    /// <summary>The passages of each source, by source id, in order.</summary>
    public IReadOnlyDictionary<string, List<PassageRecord>> Passages { get; } = passages;

    public IReadOnlyList<EntityRecord> Entities { get; } = entities;

    public IReadOnlyList<ClaimRecord> Claims { get; } = claims;

    public IReadOnlyList<RelationRecord> Relations { get; } = relations;

    public IReadOnlyList<EventRecord> Events { get; } = events;

    private const string SourcesSql = """
        SELECT Id, File, Title, Outlet, Author, Published, Url, Text
        FROM Sources
        ORDER BY Id
        """;

    private const string PassagesSql = """
        SELECT s.Id AS SourceId, p.Ordinal, p.Start, p."End" AS End, p.Kind, r.Id AS ReusedFromSourceId, p.ReusedFromOrdinal
        FROM Passages p
        JOIN Sources s ON s.Num = p.SourceNum
        LEFT JOIN Sources r ON r.Num = p.ReusedFromSourceNum
        ORDER BY s.Id, p.Ordinal
        """;

    private const string EntitiesSql = """
        SELECT e.Id AS Id,
               e.Type AS Type,
               e.Name AS Name,
               e.Curated AS Curated,
               e.CuratedType AS CuratedType,
               e.Country AS Country,
               e.Lat AS Lat,
               e.Lon AS Lon,
               (SELECT COUNT(*) FROM Mentions m WHERE m.EntityId = e.Id) AS MentionCount
        FROM VisibleEntities e
        ORDER BY e.Id
        """;

    private const string AliasesSql = """
        SELECT m.EntityId AS EntityId,
               m.Surface AS Alias
        FROM Mentions m
        WHERE m.Reference = 0
        GROUP BY m.EntityId, m.Surface
        UNION
        SELECT c.EntityId AS EntityId,
               c.Alias AS Alias
        FROM CuratedAliases c
        """;

    // Properties, not a positional record: Dapper maps by name, and the nullable REAL columns need no constructor match.
    private sealed record EntityRow
    {
        public string Id { get; init; } = "";
        public string Type { get; init; } = "";
        public string Name { get; init; } = "";
        public long Curated { get; init; }
        public long CuratedType { get; init; }
        public string? Country { get; init; }
        public double? Lat { get; init; }
        public double? Lon { get; init; }
        public long MentionCount { get; init; }
    }

    public IReadOnlyDictionary<string, EntityRecord> EntitiesById { get; } = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SourceRecord> SourcesById { get; } = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ClaimRecord> ClaimsById { get; } = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static async Task<AtlasTables> LoadAsync(AtlasDatabase database, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        return await LoadAsync(conn, ct);
    }

    public static async Task<AtlasTables> LoadAsync(DbConnection conn, CancellationToken ct)
    {
        var sources = (await conn.QueryAsync<SourceRecord>(new CommandDefinition(SourcesSql, cancellationToken: ct))).ToList();
        var passages = (await conn.QueryAsync<PassageRecord>(new CommandDefinition(PassagesSql, cancellationToken: ct)))
            .GroupBy(p => p.SourceId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var texts = sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var reused = passages.Values.SelectMany(x => x).Where(p => p.ReusedFromSourceId is not null)
            .ToDictionary(p => (p.SourceId, p.Ordinal), p => (p.ReusedFromSourceId!, p.ReusedFromOrdinal ?? 0));
        var entities = await ReadEntitiesAsync(conn, ct);
        var claims = await ClaimsExport.ReadClaimsAsync(conn, texts, reused, ct);
        var relations = await ClaimsExport.ReadRelationsAsync(conn, claims, ct);
        var events = await EventsExport.ReadAsync(conn, ct);
        return new AtlasTables(sources, passages, entities, claims, relations, events);
    }

    private static async Task<List<EntityRecord>> ReadEntitiesAsync(DbConnection conn, CancellationToken ct)
    {
        var aliases = (await conn.QueryAsync<(string EntityId, string Alias)>(new CommandDefinition(AliasesSql, cancellationToken: ct)))
            .GroupBy(a => a.EntityId).ToDictionary(g => g.Key, g => g.Select(a => a.Alias).ToList(), StringComparer.Ordinal);
        return (await conn.QueryAsync<EntityRow>(new CommandDefinition(EntitiesSql, cancellationToken: ct)))
            .Select(e => new EntityRecord(e.Id, e.Type, e.Name,
                (aliases.GetValueOrDefault(e.Id) ?? []).Where(a => a != e.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                e.MentionCount, e.Curated != 0, e.CuratedType != 0, e.Country, e.Lat, e.Lon))
            .ToList();
    }
}
