using Dapper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Pages.Entities;

namespace MilitiaAtlas.Web.Pages;

/// <summary>What the atlas holds, its most connected actors and its latest dated events.</summary>
public sealed class HomeQuery(AtlasDatabase database)
{
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM Sources) AS Sources,
               (SELECT COUNT(*) FROM VisibleEntities WHERE Type = 'person') AS People,
               (SELECT COUNT(*) FROM VisibleEntities WHERE Type = 'group') AS Groups,
               (SELECT COUNT(*) FROM VisibleEntities WHERE Type = 'place') AS Places,
               (SELECT COUNT(*) FROM Events WHERE Date IS NOT NULL) AS Events,
               (SELECT COUNT(*) FROM Claims) AS Claims
        """;

    // Links is EntityCounts.Relations: the number the lists, the profile and the API show.
    private static readonly string ConnectedSql = $"""
        SELECT e.Id AS Id,
               e.Type AS Type,
               e.Name AS Name,
               {EntityCounts.Relations} AS Links
        FROM VisibleEntities e
        WHERE e.Type IN ('person', 'group')
          AND (EXISTS (SELECT 1 FROM RelationEvidence r WHERE r.SubjectId = e.Id)
               OR EXISTS (SELECT 1 FROM RelationEvidence r WHERE r.ObjectId = e.Id))
        ORDER BY Links DESC, e.Name
        LIMIT 10
        """;

    private const string LatestEventsSql = """
        SELECT e.Id AS Id,
               e.Date AS Date,
               e.EndDate AS EndDate,
               e.Precision AS Precision,
               e.Summary AS Summary
        FROM Events e
        WHERE e.Date IS NOT NULL
        ORDER BY e.Date DESC, e.Id
        LIMIT 8
        """;

    public sealed record Counts(long Sources, long People, long Groups, long Places, long Events, long Claims);

    public sealed record Actor
    {
        public string Id { get; init; } = "";
        public string Type { get; init; } = "";
        public string Name { get; init; } = "";
        public long Links { get; init; }
    }

    private sealed record EventRow(string Id, string Date, string? EndDate, string Precision, string Summary);

    public sealed record EventItem(string Id, string When, string Date, string Summary);

    public sealed record Result(Counts Counts, IReadOnlyList<Actor> MostConnected, IReadOnlyList<EventItem> LatestEvents);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        var counts = await conn.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, cancellationToken: ct));
        var connected = await conn.QueryAsync<Actor>(new CommandDefinition(ConnectedSql, cancellationToken: ct));
        var events = await conn.QueryAsync<EventRow>(new CommandDefinition(LatestEventsSql, cancellationToken: ct));
        return new Result(counts, connected.ToList(),
            events.Select(e => new EventItem(e.Id, DateDisplay.Format(e.Date, e.EndDate, e.Precision), e.Date, e.Summary)).ToList());
    }
}
