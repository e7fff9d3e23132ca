using Dapper;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
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
               Curated AS Curated,
               CuratedType AS CuratedType
        FROM VisibleEntities
        WHERE Id = @id
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
               c."End" AS End,
               k.Predicate AS Confirmed
        FROM RelationEvidence r
        JOIN Claims c ON c.SourceNum = r.SourceNum AND c.Ordinal = r.ClaimOrdinal
        JOIN Sources s ON s.Num = r.SourceNum
        JOIN VisibleEntities o ON o.Id = CASE WHEN r.SubjectId = @id THEN r.ObjectId ELSE r.SubjectId END
        LEFT JOIN ConfirmedRelations k ON k.SubjectId = r.SubjectId AND k.Predicate = r.Predicate AND k.ObjectId = r.ObjectId
        WHERE (r.SubjectId = @id OR r.ObjectId = @id)
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

    // The counts every page and the API share (EntityCounts).
    private static readonly string CountsSql = $"""
        SELECT {EntityCounts.Columns}
        FROM VisibleEntities e
        WHERE e.Id = @id
        """;

    // Each name's first mention in a sentence, cited in the fact box.
    private const string NamesSql = """
        SELECT x.Surface AS Alias,
               s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM (SELECT m.Surface, m.SourceNum, m.ClaimOrdinal,
                     ROW_NUMBER() OVER (PARTITION BY m.Surface ORDER BY m.SourceNum, m.Start) AS Rank
              FROM Mentions m
              WHERE m.EntityId = @id
                AND m.ClaimOrdinal IS NOT NULL) x
        JOIN Claims c ON c.SourceNum = x.SourceNum AND c.Ordinal = x.ClaimOrdinal
        JOIN Sources s ON s.Num = x.SourceNum
        WHERE x.Rank = 1
        """;

    // Every dated event of the entity, with its cue word: the fact box picks the first, the last and the founding.
    private const string DatedEventsSql = """
        SELECT DISTINCT e.Id AS Id,
               e.Date AS Date,
               e.Cue AS Cue
        FROM EventEntities ee
        JOIN Events e ON e.Id = ee.EventId
        WHERE ee.EntityId = @id
          AND e.Date IS NOT NULL
        ORDER BY e.Date, e.Id
        """;

    // The places where the entity's events happen, most events first, each with one of those events.
    private const string ActiveInSql = """
        SELECT p.Id AS Id,
               p.Type AS Type,
               p.Name AS Name,
               COUNT(DISTINCT pe.EventId) AS Count,
               MIN(pe.EventId) AS EventId
        FROM EventEntities me
        JOIN EventEntities pe ON pe.EventId = me.EventId AND pe.Role = 'place' AND pe.EntityId <> @id
        JOIN VisibleEntities p ON p.Id = pe.EntityId
        WHERE me.EntityId = @id
          AND me.Role <> 'place'
        GROUP BY p.Id, p.Type, p.Name
        ORDER BY COUNT(DISTINCT pe.EventId) DESC, p.Name
        LIMIT @limit
        """;

    private const string EventsByIdSql = """
        SELECT e.Id AS Id,
               e.Date AS Date,
               e.EndDate AS EndDate,
               e.Precision AS Precision,
               e.Summary AS Summary,
               s.Id AS SourceId,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End
        FROM Events e
        JOIN EventEvidence ev ON ev.EventId = e.Id
        JOIN Claims c ON c.SourceNum = ev.SourceNum AND c.Ordinal = ev.ClaimOrdinal
        JOIN Sources s ON s.Num = ev.SourceNum
        WHERE e.Id IN @ids
        ORDER BY e.Id, s.Id, c.Ordinal
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
        JOIN VisibleEntities o ON o.Id = x.EntityId
        WHERE o.Type IN ('person', 'group')
        GROUP BY o.Id, o.Type, o.Name
        ORDER BY COUNT(*) DESC, o.Name
        LIMIT 20
        """;

    // The type evidence summed by cue and type, and the first three mentions of each (their sentences are cited; a
    // mention outside any sentence, in a heading or an identity block, is cited as it stands).
    private const string TypeCuesSql = """
        SELECT Cue AS Cue,
               Type AS Type,
               SUM(Weight) AS Weight,
               SUM(Count) AS Count,
               COUNT(DISTINCT SourceNum) AS Sources
        FROM TypeEvidence
        WHERE EntityId = @id
        GROUP BY Cue, Type
        """;

    private const string TypeExamplesSql = """
        SELECT x.Cue AS Cue,
               x.Type AS Type,
               s.Id AS SourceId,
               COALESCE(c.PassageOrdinal, (SELECT p.Ordinal FROM Passages p WHERE p.SourceNum = x.SourceNum AND p.Start <= x.Start AND p."End" > x.Start)) AS PassageOrdinal,
               COALESCE(c.Start, x.Start) AS Start,
               COALESCE(c."End", x."End") AS End,
               x.CueStart AS CueStart,
               x.CueEnd AS CueEnd
        FROM (SELECT t.*,
                     ROW_NUMBER() OVER (PARTITION BY t.Cue, t.Type ORDER BY t.SourceNum, t.Start) AS Rank
              FROM TypeEvidence t
              WHERE t.EntityId = @id) x
        JOIN Sources s ON s.Num = x.SourceNum
        LEFT JOIN Claims c ON c.SourceNum = x.SourceNum AND c.Ordinal = x.ClaimOrdinal
        WHERE x.Rank <= @examples
        ORDER BY x.Cue, x.Type, x.Rank
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

    public sealed record EntityRow(string Id, string Type, string Name, string? PlaceId, string? Country, double? Lat, double? Lon, long Curated, long CuratedType);

    public sealed record AliasRow(string Alias, long Count);

    private sealed record RelationRow(string SubjectId, string Predicate, string ObjectId, string OtherId, string OtherType, string OtherName, string SourceId, long PassageOrdinal, long Start, long End, string? Confirmed)
    {
        // Confirmed: the predicate again when an analyst checked the relation (a column with a declared type, unlike EXISTS), else null.
        public bool IsConfirmed => Confirmed is not null;
    }

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

    // Nominal: the sums are computed columns (see SourceRow).
    private sealed record TypeCueRow
    {
        public string Cue { get; init; } = "";
        public string Type { get; init; } = "";
        public long Weight { get; init; }
        public long Count { get; init; }
        public long Sources { get; init; }
    }

    private sealed record TypeExampleRow
    {
        public string Cue { get; init; } = "";
        public string Type { get; init; } = "";
        public string SourceId { get; init; } = "";
        public long? PassageOrdinal { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public long? CueStart { get; init; }
        public long? CueEnd { get; init; }
    }

    /// <summary>
    /// One reason for the entity's type: a cue (its code and how it reads, with the words of its first example), the
    /// type it points to, its summed weight (0 for a verdict), how many mentions and sources gave it, whether it decided
    /// the type (curation, or a rule over the weighed cues), whether it points elsewhere, and the sentences that give it.
    /// </summary>
    public sealed record TypeReason(string Cue, string Label, string Type, long Weight, long Count, long Sources, bool Deciding, bool Against, IReadOnlyList<Citation> Evidence);

    /// <summary>The reasons, deciding ones first, then the cues for the type by weight, then those against it; and the weighed totals by type.</summary>
    public sealed record TypeExplanation(IReadOnlyList<TypeReason> Reasons, IReadOnlyDictionary<string, long> Totals);

    /// <summary>A relation as the profile lists it; <paramref name="SubjectId"/>, <paramref name="Predicate"/> and <paramref name="ObjectId"/> name it for curation, <paramref name="Confirmed"/> when an analyst checked it.</summary>
    public sealed record RelationView(string Label, string OtherId, string OtherType, string OtherName, int IndependentSources, IReadOnlyList<Citation> Evidence,
        string SubjectId, string Predicate, string ObjectId, bool Confirmed);

    /// <summary>The relations of one predicate in one direction (a symmetric predicate has one): <paramref name="AsSubject"/> when the entity is the subject.</summary>
    public sealed record RelationGroup(string Label, IReadOnlyList<RelationView> Relations, string Predicate, bool AsSubject);

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
        EntityCounts.Counts Counts,
        ProfileFacts.FactBox Facts,
        TypeExplanation? Why = null)
    {
        public long EventsTotal => Counts.Events;

        public long SourcesTotal => Counts.Sources;
    }

    private sealed record NameRow(string Alias, string SourceId, long PassageOrdinal, long Start, long End);

    private sealed record DatedEventRow(string Id, string Date, string Cue);

    private sealed record ActiveInRow
    {
        public string Id { get; init; } = "";
        public string Type { get; init; } = "";
        public string Name { get; init; } = "";
        public long Count { get; init; }
        public string EventId { get; init; } = "";
    }

    /// <summary>A profile cites this many mentions for each reason of the type.</summary>
    public const int TypeExamples = 3;

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
        var counts = await conn.QuerySingleAsync<EntityCounts.Counts>(new CommandDefinition(CountsSql, new { id }, cancellationToken: ct));
        var names = (await conn.QueryAsync<NameRow>(new CommandDefinition(NamesSql, new { id }, cancellationToken: ct))).ToList();
        var dated = (await conn.QueryAsync<DatedEventRow>(new CommandDefinition(DatedEventsSql, new { id }, cancellationToken: ct))).ToList();
        var activeIn = entity.Type == "place"
            ? []
            : (await conn.QueryAsync<ActiveInRow>(new CommandDefinition(ActiveInSql, new { id, limit = ProfileFacts.Shown }, cancellationToken: ct))).ToList();
        var keyEvents = ProfileFacts.KeyEvents(entity.Type, dated.Select(d => (d.Id, d.Cue)).ToList());
        var keyEventIds = keyEvents.All.Concat(activeIn.Select(a => a.EventId)).Distinct(StringComparer.Ordinal).ToArray();
        var keyEventRows = keyEventIds.Length == 0
            ? []
            : (await conn.QueryAsync<EventRow>(new CommandDefinition(EventsByIdSql, new { ids = keyEventIds }, cancellationToken: ct))).ToList();
        var own = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(OwnClaimsSql, new { id }, cancellationToken: ct))).ToList();
        var about = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(AboutClaimsSql, new { id }, cancellationToken: ct))).ToList();
        var sources = (await conn.QueryAsync<SourceRow>(new CommandDefinition(SourcesSql, new { id, limit = ListLimit }, cancellationToken: ct))).ToList();
        var active = entity.Type == "place"
            ? (await conn.QueryAsync<ActorRow>(new CommandDefinition(ActiveHereSql, new { id }, cancellationToken: ct))).ToList()
            : [];

        var typeCues = (await conn.QueryAsync<TypeCueRow>(new CommandDefinition(TypeCuesSql, new { id }, cancellationToken: ct))).ToList();
        var typeExamples = (await conn.QueryAsync<TypeExampleRow>(new CommandDefinition(TypeExamplesSql, new { id, examples = TypeExamples }, cancellationToken: ct))).ToList();

        var sourceIds = relations.Select(r => r.SourceId).Concat(events.Select(e => e.SourceId)).Concat(own.Select(c => c.SourceId)).Concat(about.Select(c => c.SourceId))
            .Concat(typeExamples.Select(x => x.SourceId)).Concat(names.Select(n => n.SourceId)).Concat(keyEventRows.Select(e => e.SourceId))
            .Distinct(StringComparer.Ordinal).ToArray();
        var texts = (await conn.QueryAsync<TextRow>(new CommandDefinition(TextsSql, new { ids = sourceIds }, cancellationToken: ct))).ToDictionary(t => t.Id);
        var reused = (await conn.QueryAsync<(string SourceId, long Ordinal)>(new CommandDefinition(ReusedSql, new { ids = sourceIds }, cancellationToken: ct))).ToHashSet();

        Citation Cite(string sourceId, long passage, long start, long end)
        {
            var t = texts[sourceId];
            return new Citation(sourceId, t.Title, passage, start, end, t.Text[(int)start..(int)end], reused.Contains((sourceId, passage)));
        }

        // One row of the relations section per predicate, direction (none for a symmetric predicate) and other end:
        // the rows EntityCounts.Relations counts.
        var relationGroups = relations
            .GroupBy(r => (r.Predicate, AsSubject: r.SubjectId == id || PredicateTable.IsSymmetric(r.Predicate)))
            .Select(g => new RelationGroup(Label(g.Key.Predicate, g.Key.AsSubject),
                g.GroupBy(r => (r.OtherId, r.OtherType, r.OtherName))
                    .Select(o => new RelationView(Label(g.Key.Predicate, g.Key.AsSubject), o.Key.OtherId, o.Key.OtherType, o.Key.OtherName,
                        Evidence.IndependentSources(o, r => r.SourceId, r => reused.Contains((r.SourceId, r.PassageOrdinal))),
                        o.Select(r => Cite(r.SourceId, r.PassageOrdinal, r.Start, r.End)).DistinctBy(c => c.Url).ToList(),
                        o.First().SubjectId, o.First().Predicate, o.First().ObjectId, o.Any(r => r.IsConfirmed)))
                    .OrderByDescending(v => v.IndependentSources).ThenBy(v => v.OtherName, StringComparer.Ordinal).ToList(),
                g.Key.Predicate, g.Key.AsSubject))
            .OrderBy(g => (g.AsSubject ? 0 : 100) + Array.IndexOf(SummaryOrder, g.Predicate))
            .ToList();

        var roleSummary = string.Join("; ", relations.Where(r => r.SubjectId == id && Summaries.ContainsKey(r.Predicate))
            .GroupBy(r => r.Predicate).OrderBy(g => Array.IndexOf(SummaryOrder, g.Key))
            .Select(g => $"{Summaries[g.Key]} {string.Join(", ", g.Select(r => r.OtherName).Distinct().Take(3))}"));

        var eventViews = events.GroupBy(e => e.Id)
            .Select(g => new EventView(g.Key, DateDisplay.Format(g.First().Date, g.First().EndDate, g.First().Precision), g.First().Date, g.First().Summary,
                g.Select(e => Cite(e.SourceId, e.PassageOrdinal, e.Start, e.End)).DistinctBy(c => c.Url).ToList()))
            .ToList();

        var examples = typeExamples.Where(x => x.PassageOrdinal is not null).ToLookup(x => (x.Cue, x.Type));
        var reasons = typeCues.Select(r =>
            {
                var cited = examples[(r.Cue, r.Type)].ToList();
                var words = cited.FirstOrDefault(x => x.CueStart is not null && x.CueEnd is not null) is { } w
                    ? Slice(texts[w.SourceId].Text, w.CueStart!.Value, w.CueEnd!.Value) : null;
                var verdict = TypeCues.FromCode(r.Cue) is { } cue && TypeCues.IsVerdict(cue);
                return new TypeReason(r.Cue, TypeCues.Describe(r.Cue, words), r.Type, r.Weight, r.Count, r.Sources,
                    Deciding: verdict && r.Type == entity.Type && entity.CuratedType == 0, Against: r.Type != entity.Type,
                    cited.Select(x => Cite(x.SourceId, x.PassageOrdinal!.Value, x.Start, x.End)).ToList());
            })
            .ToList();
        if (entity.CuratedType != 0)
        {
            reasons.Add(new TypeReason(TypeCues.Code(TypeCue.Curation), TypeCues.Describe(TypeCue.Curation, null), entity.Type, 0, 0, 0, Deciding: true, Against: false, []));
        }

        var explanation = new TypeExplanation(
            reasons.OrderByDescending(r => r.Deciding).ThenBy(r => r.Against).ThenByDescending(r => r.Weight).ThenByDescending(r => r.Count).ThenBy(r => r.Cue, StringComparer.Ordinal).ToList(),
            typeCues.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Sum(r => r.Weight), StringComparer.Ordinal));

        var keyEventViews = keyEventRows.GroupBy(e => e.Id).ToDictionary(g => g.Key,
            g => new EventView(g.Key, DateDisplay.Format(g.First().Date, g.First().EndDate, g.First().Precision), g.First().Date, g.First().Summary,
                g.Select(e => Cite(e.SourceId, e.PassageOrdinal, e.Start, e.End)).DistinctBy(c => c.Url).ToList()), StringComparer.Ordinal);
        var surfaceCitations = names.ToDictionary(n => n.Alias, n => Cite(n.SourceId, n.PassageOrdinal, n.Start, n.End), StringComparer.Ordinal);
        var facts = ProfileFacts.Build(
            explanation.Reasons.FirstOrDefault(r => !r.Against && r.Evidence.Count > 0)?.Evidence[0],
            aliases.Select(a => new ProfileFacts.NameFact(a.Alias, a.Count, surfaceCitations.GetValueOrDefault(a.Alias))).ToList(),
            relationGroups,
            keyEvents,
            keyEventViews,
            activeIn.Where(a => keyEventViews.ContainsKey(a.EventId))
                .Select(a => new ProfileFacts.FactItem(a.Id, a.Type, a.Name, keyEventViews[a.EventId].Evidence[0], a.Count)).ToList());

        return new Result(entity, aliases, curated, roleSummary, relationGroups, eventViews,
            ProfileFacts.OnceEach(own.Select(c => Cite(c.SourceId, c.PassageOrdinal, c.Start, c.End))),
            ProfileFacts.OnceEach(about.Select(c => Cite(c.SourceId, c.PassageOrdinal, c.Start, c.End))),
            sources, active, counts, facts, explanation);
    }

    /// <summary>The text between two offsets, or null when they do not fit it.</summary>
    private static string? Slice(string text, long start, long end) =>
        start >= 0 && end <= text.Length && start < end ? text[(int)start..(int)end] : null;

    // The labels and their order come from the predicate table (Data/predicates.tsv).
    private static readonly string[] SummaryOrder = PredicateTable.All.Select(p => p.Name).ToArray();

    private static readonly Dictionary<string, string> Summaries = PredicateTable.All.ToDictionary(p => p.Name, p => p.Label, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Inverse = PredicateTable.All.ToDictionary(p => p.Name, p => p.InverseLabel, StringComparer.Ordinal);

    private static string Label(string predicate, bool asSubject) =>
        asSubject ? Summaries.GetValueOrDefault(predicate, predicate) : Inverse.GetValueOrDefault(predicate, predicate);
}
