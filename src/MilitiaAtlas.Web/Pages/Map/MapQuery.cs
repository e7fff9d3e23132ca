using System.Globalization;
using Dapper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Map;

/// <summary>
/// The places of the map: every place with coordinates (the gazetteer's), with its events (distinct events it is the
/// place of, as a profile counts them) and its mentions. With an actor, only what ties the place to the actor: the
/// events both are in, and the place's mentions in sentences that name the actor. With years, events dated in them and
/// mentions in sources published in them. Places left with neither are not shown.
/// </summary>
public sealed class MapQuery(AtlasDatabase database, EntityLookup lookup)
{
    // Every place; with @counts, its counts as the default view shows them (each an index range of that place; a CASE
    // evaluates its subquery only when it is taken, so the filtered views, which count otherwise, skip them).
    private const string PlacesSql = """
        SELECT e.Id AS Id,
               e.Name AS Name,
               e.Country AS Country,
               e.Lat AS Lat,
               e.Lon AS Lon,
               CASE WHEN @counts = 1 THEN (SELECT COUNT(DISTINCT ee.EventId) FROM EventEntities ee WHERE ee.EntityId = e.Id) ELSE 0 END AS Events,
               CASE WHEN @counts = 1 THEN (SELECT COUNT(*) FROM Mentions m WHERE m.EntityId = e.Id) ELSE 0 END AS Mentions
        FROM VisibleEntities e
        WHERE e.Type = 'place'
          AND e.Lat IS NOT NULL
          AND e.Lon IS NOT NULL
        """;

    // A year range is a range of IX_Events_Date and of IX_Sources_Published: "2014" to "2016" is a date >= '2014' and
    // < '2017', whatever its precision. Counting from the events and sources of those years, then by place, beats
    // walking every place's rows.
    private const string YearEventsSql = """
        SELECT ee.EntityId AS Id,
               COUNT(DISTINCT ee.EventId) AS Count
        FROM Events ev INDEXED BY IX_Events_Date
        JOIN EventEntities ee ON ee.EventId = ev.Id
        WHERE ev.Date >= @fromText
          AND ev.Date < @toText
        GROUP BY ee.EntityId
        """;

    private const string YearMentionsSql = """
        SELECT m.EntityId AS Id,
               COUNT(*) AS Count
        FROM Sources s INDEXED BY IX_Sources_Published
        JOIN Mentions m ON m.SourceNum = s.Num
        WHERE s.Published >= @fromText
          AND s.Published < @toText
        GROUP BY m.EntityId
        """;

    private const string ActorEventsSql = """
        SELECT ee.EntityId AS Id,
               COUNT(DISTINCT ee.EventId) AS Count
        FROM EventEntities a
        JOIN EventEntities ee ON ee.EventId = a.EventId
        JOIN Events ev ON ev.Id = a.EventId
        WHERE a.EntityId = @actor
          AND ee.EntityId <> @actor
          AND (@years = 0 OR (ev.Date >= @fromText AND ev.Date < @toText))
        GROUP BY ee.EntityId
        """;

    private const string ActorMentionsSql = """
        SELECT m.EntityId AS Id,
               COUNT(*) AS Count
        FROM (SELECT DISTINCT a.SourceNum, a.ClaimOrdinal
              FROM Mentions a
              WHERE a.EntityId = @actor
                AND a.ClaimOrdinal IS NOT NULL) said
        JOIN Claims c ON c.SourceNum = said.SourceNum AND c.Ordinal = said.ClaimOrdinal
        JOIN Sources s ON s.Num = c.SourceNum
        JOIN Mentions m ON m.SourceNum = c.SourceNum AND m.Start >= c.Start AND m.Start < c."End"
        WHERE m.EntityId <> @actor
          AND (@years = 0 OR (s.Published >= @fromText AND s.Published < @toText))
        GROUP BY m.EntityId
        """;

    private const string YearsSql = """
        SELECT MIN(substr(s.Published, 1, 4)) AS MinYear,
               MAX(substr(s.Published, 1, 4)) AS MaxYear
        FROM Sources s INDEXED BY IX_Sources_Published
        WHERE s.Published IS NOT NULL
        """;

    // Nominal: the counts are computed columns (see ProfileQuery.SourceRow).
    private sealed record PlaceRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Country { get; init; }
        public double Lat { get; init; }
        public double Lon { get; init; }
        public long Events { get; init; }
        public long Mentions { get; init; }
    }

    // Nominal: the counts are computed columns (see ProfileQuery.SourceRow).
    private sealed record CountRow
    {
        public string Id { get; init; } = "";
        public long Count { get; init; }
    }

    /// <summary>An actor (an entity id or a name) and an inclusive range of years.</summary>
    public sealed record Filters(string? Actor, int? From, int? To)
    {
        /// <summary>Filters from request values; the error names a year that is not four digits (and the filters leave it out).</summary>
        public static Filters Parse(string? actor, string? from, string? to, out string? error)
        {
            var (fromYear, fromError) = YearFilter.Parse(from, "from");
            var (toYear, toError) = YearFilter.Parse(to, "to");
            error = fromError ?? toError;
            return new Filters(string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), fromYear, toYear);
        }

    }

    public sealed record PlaceView(string Id, string Name, string? Country, double Lat, double Lon, long Events, long Mentions, string Url);

    /// <summary>The places, most events and mentions first; the actor the filter named (null when none was asked for), and whether one was asked for that names nothing.</summary>
    public sealed record Result(Filters Filters, EntityLookup.Found? Actor, bool ActorNotFound, IReadOnlyList<PlaceView> Places, string? MinYear, string? MaxYear);

    public async Task<Result> RunAsync(Filters f, CancellationToken ct)
    {
        EntityLookup.Found? actor = null;
        if (f.Actor is not null && (actor = await lookup.FindAsync(f.Actor, ct)) is null)
        {
            await using var c = await database.OpenAsync(ct);
            var y = await c.QuerySingleAsync<(string? MinYear, string? MaxYear)>(new CommandDefinition(YearsSql, cancellationToken: ct));
            return new Result(f, null, true, [], y.MinYear, y.MaxYear);
        }

        var inYears = f.From is not null || f.To is not null;
        var args = new
        {
            actor = actor?.Id,
            years = inYears ? 1 : 0,
            fromText = f.From?.ToString("D4", CultureInfo.InvariantCulture) ?? "",
            // Every ISO date of the last year sorts below the next year; "9999" has no next year, so the bound is above any digit.
            toText = f.To is null or >= 9999 ? "A" : (f.To.Value + 1).ToString("D4", CultureInfo.InvariantCulture),
        };
        await using var conn = await database.OpenAsync(ct);
        var filtered = actor is not null || inYears;
        var places = (await conn.QueryAsync<PlaceRow>(new CommandDefinition(PlacesSql, new { counts = filtered ? 0 : 1 }, cancellationToken: ct))).ToList();
        if (filtered)
        {
            var events = await CountsAsync(actor is null ? YearEventsSql : ActorEventsSql);
            var mentions = await CountsAsync(actor is null ? YearMentionsSql : ActorMentionsSql);
            places = places.Select(p => p with { Events = events.GetValueOrDefault(p.Id), Mentions = mentions.GetValueOrDefault(p.Id) }).ToList();
        }

        var years = await conn.QuerySingleAsync<(string? MinYear, string? MaxYear)>(new CommandDefinition(YearsSql, cancellationToken: ct));

        var views = places
            .Where(p => p.Id != actor?.Id)
            .Select(p => new PlaceView(p.Id, p.Name, p.Country, p.Lat, p.Lon, p.Events, p.Mentions, Links.Entity("place", p.Id)))
            .Where(p => p.Events + p.Mentions > 0)
            .OrderByDescending(p => p.Events + p.Mentions)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new Result(f, actor, false, views, years.MinYear, years.MaxYear);

        async Task<Dictionary<string, long>> CountsAsync(string sql) =>
            (await conn.QueryAsync<CountRow>(new CommandDefinition(sql, args, cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Count, StringComparer.Ordinal);
    }
}
