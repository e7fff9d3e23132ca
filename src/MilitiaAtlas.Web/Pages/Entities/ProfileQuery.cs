using Dapper;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Web.Data;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Entities;

/// <summary>
/// Everything a profile shows, each statement with its citations: aliases with counts, a role summary,
/// relations by predicate with their independent sources, dated events, the actor's own claims, claims
/// about it, the sources that mention it, and for places the actors active there.
/// </summary>
public sealed class ProfileQuery(AtlasDatabase database)
{
    /// <summary>A profile lists this many events (the latest) and sources (the most mentioning); the timeline and the search hold the rest.</summary>
    public const int ListLimit = 100;

    private const string EntitySql = """
        SELECT Id AS Id,
               Type AS Type,
               Name AS Name,
               PlaceId AS PlaceId,
               Country AS Country,
               Lat AS Lat,
               Lon AS Lon,
               Curated AS Curated
        FROM Entities
        WHERE Id = @id
          AND Rejected = 0
        """;

    private const string AliasesSql = """
        SELECT Surface AS Alias,
               Count AS Count
        FROM EntitySurfaces
        WHERE EntityId = @id
          AND Count > 0
        ORDER BY Count DESC, Surface
        """;

    private const string CuratedAliasesSql = """
        SELECT Alias
        FROM CuratedAliases
        WHERE EntityId = @id
        ORDER BY Alias
        """;

    private const string RelationsSql = """
        SELECT r.SubjectId AS SubjectId,
               r.Predicate AS Predicate,
               r.ObjectId AS ObjectId,
               o.Id AS OtherId,
               o.Type AS OtherType,
               o.Name AS OtherName,
               s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM RelationEvidence r
        JOIN Claims c ON c.SourceNum = r.SourceNum AND c.Ordinal = r.ClaimOrdinal
        JOIN Sources s ON s.Num = r.SourceNum
        JOIN Entities o ON o.Id = CASE WHEN r.SubjectId = @id THEN r.ObjectId ELSE r.SubjectId END
        WHERE (r.SubjectId = @id OR r.ObjectId = @id)
          AND o.Rejected = 0
        ORDER BY r.Predicate, o.Name
        """;

    private const string EventsSql = """
        SELECT DISTINCT e.Id AS Id,
               e.Date AS Date,
               e.EndDate AS EndDate,
               e.Precision AS Precision,
               e.Summary AS Summary,
               s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM EventEntities ee
        JOIN Events e ON e.Id = ee.EventId
        JOIN EventEvidence ev ON ev.EventId = e.Id
        JOIN Claims c ON c.SourceNum = ev.SourceNum AND c.Ordinal = ev.ClaimOrdinal
        JOIN Sources s ON s.Num = ev.SourceNum
        WHERE ee.EntityId = @id
          AND e.Id IN (
              SELECT x.EventId
              FROM EventEntities x
              JOIN Events y ON y.Id = x.EventId
              WHERE x.EntityId = @id
              GROUP BY x.EventId
              ORDER BY MAX(y.Date) DESC, x.EventId DESC
              LIMIT @limit)
        ORDER BY e.Date, e.Id
        """;

    private const string CountsSql = """
        SELECT (SELECT COUNT(DISTINCT EventId) FROM EventEntities WHERE EntityId = @id) AS Events,
               (SELECT COUNT(DISTINCT SourceNum) FROM Mentions WHERE EntityId = @id) AS Sources
        """;

    private const string OwnClaimsSql = """
        SELECT s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM Claims c
        JOIN Sources s ON s.Num = c.SourceNum
        WHERE c.SpeakerId = @id
        ORDER BY s.Id, c.Ordinal
        LIMIT 60
        """;

    private const string AboutClaimsSql = """
        SELECT s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM (SELECT DISTINCT SourceNum, ClaimOrdinal FROM Mentions WHERE EntityId = @id) ce
        JOIN Claims c ON c.SourceNum = ce.SourceNum AND c.Ordinal = ce.ClaimOrdinal
        JOIN Sources s ON s.Num = c.SourceNum
        WHERE c.SpeakerId IS NULL OR c.SpeakerId <> @id
        ORDER BY s.Id, c.Ordinal
        LIMIT 60
        """;

    private const string SourcesSql = """
        SELECT s.Id AS Id,
               s.Title AS Title,
               s.Outlet AS Outlet,
               s.Published AS Published,
               COUNT(*) AS Mentions
        FROM Mentions m
        JOIN Sources s ON s.Num = m.SourceNum
        WHERE m.EntityId = @id
        GROUP BY s.Id, s.Title, s.Outlet, s.Published
        ORDER BY COUNT(*) DESC, s.Title
        LIMIT @limit
        """;

    private const string ActiveHereSql = """
        SELECT o.Id AS Id,
               o.Type AS Type,
               o.Name AS Name,
               COUNT(*) AS Count
        FROM (SELECT DISTINCT here.SourceNum, here.ClaimOrdinal, other.EntityId
              FROM (SELECT DISTINCT SourceNum, ClaimOrdinal FROM Mentions WHERE EntityId = @id) here
              JOIN Claims c ON c.SourceNum = here.SourceNum AND c.Ordinal = here.ClaimOrdinal
              JOIN Mentions other ON other.SourceNum = c.SourceNum AND other.Start >= c.Start AND other.Start < c."End") x
        JOIN Entities o ON o.Id = x.EntityId
        WHERE o.Type IN ('person', 'group')
          AND o.Rejected = 0
        GROUP BY o.Id, o.Type, o.Name
        ORDER BY COUNT(*) DESC, o.Name
        LIMIT 20
        """;

    private const string TextsSql = """
        SELECT s.Id AS Id,
               s.Title AS Title,
               s.Text AS Text
        FROM Sources s
        WHERE s.Id IN @ids
        """;

    private const string ReusedSql = """
        SELECT s.Id AS SourceId,
               p.Ordinal AS Ordinal
        FROM Passages p
        JOIN Sources s ON s.Num = p.SourceNum
        WHERE s.Id IN @ids
          AND p.ReusedFromSourceNum IS NOT NULL
        """;

    public sealed record EntityRow(string Id, string Type, string Name, string? PlaceId, string? Country, double? Lat, double? Lon, long Curated);

    public sealed record AliasRow(string Alias, long Count);

    private sealed record RelationRow(string SubjectId, string Predicate, string ObjectId, string OtherId, string OtherType, string OtherName, string SourceId, long PassageOrdinal, long Start, long End);

    private sealed record EventRow(string Id, string? Date, string? EndDate, string Precision, string Summary, string SourceId, long PassageOrdinal, long Start, long End);

    private sealed record ClaimRow(string SourceId, long PassageOrdinal, long Start, long End);

    // SourceRow and ActorRow are nominal records: their counts are computed columns, which SQLite declares with no
    // type, so on an empty result Dapper sees them as byte[] and finds no constructor (…, long) to match. A place
    // where no actor is active answered 500 that way (issue 22). Dapper maps through setters on any result.
    public sealed record SourceRow
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Published { get; init; }
        public long Mentions { get; init; }
    }

    public sealed record ActorRow
    {
        public string Id { get; init; } = "";
        public string Type { get; init; } = "";
        public string Name { get; init; } = "";
        public long Count { get; init; }
    }

    private sealed record TextRow(string Id, string Title, string Text);

    public sealed record RelationView(string Label, string OtherId, string OtherType, string OtherName, int IndependentSources, IReadOnlyList<Citation> Evidence);

    public sealed record RelationGroup(string Label, IReadOnlyList<RelationView> Relations);

    public sealed record EventView(string Id, string When, string? Date, string Summary, IReadOnlyList<Citation> Evidence);

    public sealed record Result(
        EntityRow Entity,
        IReadOnlyList<AliasRow> Aliases,
        IReadOnlyList<string> CuratedAliases,
        string RoleSummary,
        IReadOnlyList<RelationGroup> Relations,
        IReadOnlyList<EventView> Events,
        IReadOnlyList<Citation> OwnClaims,
        IReadOnlyList<Citation> AboutClaims,
        IReadOnlyList<SourceRow> Sources,
        IReadOnlyList<ActorRow> ActiveHere,
        long EventsTotal = 0,
        long SourcesTotal = 0);

    public async Task<Result?> RunAsync(string id, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        var entity = await conn.QuerySingleOrDefaultAsync<EntityRow>(new CommandDefinition(EntitySql, new { id }, cancellationToken: ct));
        if (entity is null)
        {
            return null;
        }

        var aliases = (await conn.QueryAsync<AliasRow>(new CommandDefinition(AliasesSql, new { id }, cancellationToken: ct))).ToList();
        var curated = (await conn.QueryAsync<string>(new CommandDefinition(CuratedAliasesSql, new { id }, cancellationToken: ct))).ToList();
        var relations = (await conn.QueryAsync<RelationRow>(new CommandDefinition(RelationsSql, new { id }, cancellationToken: ct))).ToList();
        var events = (await conn.QueryAsync<EventRow>(new CommandDefinition(EventsSql, new { id, limit = ListLimit }, cancellationToken: ct))).ToList();
        var counts = await conn.QuerySingleAsync<(long Events, long Sources)>(new CommandDefinition(CountsSql, new { id }, cancellationToken: ct));
        var own = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(OwnClaimsSql, new { id }, cancellationToken: ct))).ToList();
        var about = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(AboutClaimsSql, new { id }, cancellationToken: ct))).ToList();
        var sources = (await conn.QueryAsync<SourceRow>(new CommandDefinition(SourcesSql, new { id, limit = ListLimit }, cancellationToken: ct))).ToList();
        var active = entity.Type == "place"
            ? (await conn.QueryAsync<ActorRow>(new CommandDefinition(ActiveHereSql, new { id }, cancellationToken: ct))).ToList()
            : [];

        var sourceIds = relations.Select(r => r.SourceId).Concat(events.Select(e => e.SourceId)).Concat(own.Select(c => c.SourceId)).Concat(about.Select(c => c.SourceId))
            .Distinct(StringComparer.Ordinal).ToArray();
        var texts = (await conn.QueryAsync<TextRow>(new CommandDefinition(TextsSql, new { ids = sourceIds }, cancellationToken: ct))).ToDictionary(t => t.Id);
        var reused = (await conn.QueryAsync<(string SourceId, long Ordinal)>(new CommandDefinition(ReusedSql, new { ids = sourceIds }, cancellationToken: ct))).ToHashSet();

        Citation Cite(string sourceId, long passage, long start, long end)
        {
            var t = texts[sourceId];
            return new Citation(sourceId, t.Title, passage, start, end, t.Text[(int)start..(int)end], reused.Contains((sourceId, passage)));
        }

        var relationGroups = relations
            .GroupBy(r => (Label: Label(r.Predicate, r.SubjectId == id), r.OtherId, r.OtherType, r.OtherName))
            .Select(g => new RelationView(g.Key.Label, g.Key.OtherId, g.Key.OtherType, g.Key.OtherName,
                g.Where(r => !reused.Contains((r.SourceId, r.PassageOrdinal))).Select(r => r.SourceId).Distinct().Count(),
                g.Select(r => Cite(r.SourceId, r.PassageOrdinal, r.Start, r.End)).DistinctBy(c => c.Url).ToList()))
            .GroupBy(v => v.Label)
            .Select(g => new RelationGroup(g.Key, g.OrderByDescending(v => v.IndependentSources).ThenBy(v => v.OtherName, StringComparer.Ordinal).ToList()))
            .OrderBy(g => Order(g.Label))
            .ToList();

        var roleSummary = string.Join("; ", relations.Where(r => r.SubjectId == id && Summaries.ContainsKey(r.Predicate))
            .GroupBy(r => r.Predicate).OrderBy(g => Array.IndexOf(SummaryOrder, g.Key))
            .Select(g => $"{Summaries[g.Key]} {string.Join(", ", g.Select(r => r.OtherName).Distinct().Take(3))}"));

        var eventViews = events.GroupBy(e => e.Id)
            .Select(g => new EventView(g.Key, DateDisplay.Format(g.First().Date, g.First().EndDate, g.First().Precision), g.First().Date, g.First().Summary,
                g.Select(e => Cite(e.SourceId, e.PassageOrdinal, e.Start, e.End)).DistinctBy(c => c.Url).ToList()))
            .ToList();

        return new Result(entity, aliases, curated, roleSummary, relationGroups, eventViews,
            own.Select(c => Cite(c.SourceId, c.PassageOrdinal, c.Start, c.End)).ToList(),
            about.Select(c => Cite(c.SourceId, c.PassageOrdinal, c.Start, c.End)).ToList(),
            sources, active, counts.Events, counts.Sources);
    }

    // The labels and their order come from the predicate table (Data/predicates.tsv).
    private static readonly string[] SummaryOrder = PredicateTable.All.Select(p => p.Name).ToArray();

    private static readonly Dictionary<string, string> Summaries = PredicateTable.All.ToDictionary(p => p.Name, p => p.Label, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Inverse = PredicateTable.All.ToDictionary(p => p.Name, p => p.InverseLabel, StringComparer.Ordinal);

    private static string Label(string predicate, bool asSubject) =>
        asSubject ? Summaries.GetValueOrDefault(predicate, predicate) : Inverse.GetValueOrDefault(predicate, predicate);

    private static int Order(string label)
    {
        var i = Array.IndexOf(SummaryOrder, Summaries.FirstOrDefault(kv => kv.Value == label).Key);
        return i >= 0 ? i : 100 + Array.IndexOf(SummaryOrder, Inverse.FirstOrDefault(kv => kv.Value == label).Key);
    }
}
