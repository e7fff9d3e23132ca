using Dapper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Timeline;

/// <summary>
/// Dated events in order, each with its participants, places and every source's report; filtered by
/// person, group, place and year range. Undated material never appears. Where reports give dates that do
/// not agree, the event is flagged and each reported date is listed.
/// </summary>
public sealed class TimelineQuery(AtlasDatabase database)
{
    public const int Limit = 200;

    private const string EventsSql = """
        SELECT e.Id AS Id,
               e.Date AS Date,
               e.EndDate AS EndDate,
               e.Precision AS Precision,
               e.Summary AS Summary
        FROM Events e
        WHERE e.Date IS NOT NULL
          AND (@actor IS NULL OR EXISTS (SELECT 1 FROM EventEntities a WHERE a.EventId = e.Id AND a.EntityId = @actor))
          AND (@group IS NULL OR EXISTS (SELECT 1 FROM EventEntities g WHERE g.EventId = e.Id AND g.EntityId = @group))
          AND (@place IS NULL OR EXISTS (SELECT 1 FROM EventEntities p WHERE p.EventId = e.Id AND p.EntityId = @place))
          AND (@from IS NULL OR substr(e.Date, 1, 4) >= @from)
          AND (@to IS NULL OR substr(e.Date, 1, 4) <= @to)
        ORDER BY e.Date, e.Id
        LIMIT @limit
        """;

    private const string EntitiesSql = """
        SELECT DISTINCT ee.EventId AS EventId,
               en.Id AS Id,
               en.Type AS Type,
               en.Name AS Name,
               ee.Role AS Role
        FROM EventEntities ee
        JOIN VisibleEntities en ON en.Id = ee.EntityId
        WHERE ee.EventId IN @ids
        ORDER BY en.Name
        """;

    private const string EvidenceSql = """
        SELECT ev.EventId AS EventId,
               ev.Date AS Date,
               ev.DateText AS DateText,
               s.Id AS SourceId,
               s.Title AS Title,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End,
               (SELECT COUNT(*) FROM Passages p WHERE p.SourceNum = c.SourceNum AND p.Ordinal = c.PassageOrdinal AND p.ReusedFromSourceNum IS NOT NULL) AS Copy
        FROM EventEvidence ev
        JOIN Claims c ON c.SourceNum = ev.SourceNum AND c.Ordinal = ev.ClaimOrdinal
        JOIN Sources s ON s.Num = ev.SourceNum
        WHERE ev.EventId IN @ids
        """;

    private const string TextsSql = """
        SELECT Id AS Id,
               Text AS Text
        FROM Sources
        WHERE Id IN @ids
        """;

    private const string OptionsSql = """
        SELECT DISTINCT en.Id AS Id,
               en.Type AS Type,
               en.Name AS Name
        FROM EventEntities ee
        JOIN VisibleEntities en ON en.Id = ee.EntityId
        ORDER BY en.Name
        """;

    private const string YearsSql = """
        SELECT MIN(substr(Date, 1, 4)) AS MinYear,
               MAX(substr(Date, 1, 4)) AS MaxYear
        FROM Events
        WHERE Date IS NOT NULL
        """;

    private sealed record EventRow(string Id, string Date, string? EndDate, string Precision, string Summary);

    public sealed record EntityRef(string Id, string Type, string Name);

    private sealed record EntityRow(string EventId, string Id, string Type, string Name, string Role);

    private sealed record EvidenceRow
    {
        public string EventId { get; init; } = "";
        public string? Date { get; init; }
        public string DateText { get; init; } = "";
        public string SourceId { get; init; } = "";
        public string Title { get; init; } = "";
        public long PassageOrdinal { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public long Copy { get; init; }
    }

    public sealed record Filters(string? Actor, string? Group, string? Place, string? From, string? To);

    public sealed record EventView(string Id, string When, string Date, string Summary, bool Disputed, IReadOnlyList<string> ReportedDates,
        IReadOnlyList<EntityRef> Participants, IReadOnlyList<EntityRef> Places, IReadOnlyList<Citation> Evidence);

    public sealed record Result(Filters Filters, IReadOnlyList<EventView> Events, IReadOnlyList<EntityRef> People, IReadOnlyList<EntityRef> Groups,
        IReadOnlyList<EntityRef> PlaceOptions, string? MinYear, string? MaxYear, bool Truncated);

    public async Task<Result> RunAsync(Filters f, CancellationToken ct)
    {
        f = new Filters(Clean(f.Actor), Clean(f.Group), Clean(f.Place), Year(f.From), Year(f.To));
        await using var conn = await database.OpenAsync(ct);
        var events = (await conn.QueryAsync<EventRow>(new CommandDefinition(EventsSql,
            new { actor = f.Actor, group = f.Group, place = f.Place, from = f.From, to = f.To, limit = Limit + 1 }, cancellationToken: ct))).ToList();
        var truncated = events.Count > Limit;
        events = events.Take(Limit).ToList();
        var ids = events.Select(e => e.Id).ToArray();
        var who = (await conn.QueryAsync<EntityRow>(new CommandDefinition(EntitiesSql, new { ids }, cancellationToken: ct)))
            .GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.ToList());
        var evidence = (await conn.QueryAsync<EvidenceRow>(new CommandDefinition(EvidenceSql, new { ids }, cancellationToken: ct))).ToList();
        var texts = (await conn.QueryAsync<(string Id, string Text)>(new CommandDefinition(TextsSql,
            new { ids = evidence.Select(e => e.SourceId).Distinct().ToArray() }, cancellationToken: ct))).ToDictionary(t => t.Id, t => t.Text);
        var byEvent = evidence.GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => g.ToList());

        var views = events.Select(e =>
        {
            var ev = byEvent.GetValueOrDefault(e.Id) ?? [];
            var disputed = MilitiaAtlas.Atlas.Export.EventsExport.Disputed(ev.Select(x => (x.Date, x.DateText)).ToList());
            var people = who.GetValueOrDefault(e.Id) ?? [];
            return new EventView(e.Id, DateDisplay.Format(e.Date, e.EndDate, e.Precision), e.Date, e.Summary, disputed,
                ev.Select(x => x.DateText).Distinct().ToList(),
                people.Where(p => p.Role == "participant").Select(p => new EntityRef(p.Id, p.Type, p.Name)).DistinctBy(p => p.Id).ToList(),
                people.Where(p => p.Role == "place").Select(p => new EntityRef(p.Id, p.Type, p.Name)).DistinctBy(p => p.Id).ToList(),
                ev.Select(x => new Citation(x.SourceId, x.Title, x.PassageOrdinal, x.Start, x.End, texts[x.SourceId][(int)x.Start..(int)x.End], x.Copy > 0))
                    .DistinctBy(c => c.Url).ToList());
        }).ToList();

        var options = (await conn.QueryAsync<EntityRef>(new CommandDefinition(OptionsSql, cancellationToken: ct))).ToList();
        var years = await conn.QuerySingleAsync<(string? MinYear, string? MaxYear)>(new CommandDefinition(YearsSql, cancellationToken: ct));
        return new Result(f, views, options.Where(o => o.Type == "person").ToList(), options.Where(o => o.Type == "group").ToList(),
            options.Where(o => o.Type == "place").ToList(), years.MinYear, years.MaxYear, truncated);
    }

    private static string? Clean(string? id) => string.IsNullOrWhiteSpace(id) || id.Length > 200 ? null : id.Trim();

    private static string? Year(string? y) => y is { Length: 4 } && y.All(char.IsAsciiDigit) ? y : null;
}
