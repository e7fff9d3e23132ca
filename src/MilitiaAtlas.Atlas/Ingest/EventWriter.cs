using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Stores a source's dated events. Reports of one happening from several sources become one event with
/// several evidence claims: an existing event joins when it shares a participant (or, with no participants,
/// a place), has the same cue word, and its date is compatible (one is a prefix of the other: "2014" and
/// "2014-06-12"). Reports with the same cue and exactly the same participants but a different day of the
/// same month also join, and the event's evidence then shows the disagreement instead of dropping it. Lookups go through the
/// EventEntities (EntityId, Cue, Year) index, so the cost is per event, not per stored event.
/// </summary>
public static class EventWriter
{
    private const string CandidatesSql = """
        SELECT DISTINCT e.Id,
               e.Date
        FROM EventEntities ee
        JOIN Events e ON e.Id = ee.EventId
        WHERE ee.EntityId = @p0
          AND ee.Cue = @p1
          AND ee.Year = @p2
          AND e.Date IS NOT NULL
        """;

    // Date is the event's current date: a more precise report of the same happening refines it (Write), in the mirror too.
    internal sealed record Candidate(string Id, string Date)
    {
        public string Date { get; set; } = Date;
    }

    // Every (entity, cue, year) key of EventEntities with its events, for a mirrored run (see Plan).
    private const string AllCandidatesSql = """
        SELECT DISTINCT ee.EntityId,
               ee.Cue,
               ee.Year,
               e.Id,
               e.Date
        FROM EventEntities ee
        JOIN Events e ON e.Id = ee.EventId
        WHERE e.Date IS NOT NULL
        """;

    /// <summary>
    /// The answers of <see cref="CandidatesSql"/> for every key, kept in memory during a large ingest (as the reuse
    /// linker keeps its shingles, decision 008): a fresh database starts it empty, and each event the writer stores
    /// adds to it. It is dropped with the writer's other kept values (a rolled-back batch, another connection's
    /// commit), and when a source is replaced, since the events it takes away are deleted by cascade.
    /// </summary>
    internal sealed class CandidateMirror : Dictionary<(string Entity, string Cue, string Year), List<Candidate>>
    {
        public void Add(string entity, string cue, string year, Candidate candidate)
        {
            if (!TryGetValue((entity, cue, year), out var list))
            {
                this[(entity, cue, year)] = list = [];
            }

            if (!list.Exists(c => c.Id == candidate.Id))
            {
                list.Add(candidate);
            }
        }
    }

    private static CandidateMirror? Mirrored(WriteSession sql) => sql.EventCandidates;

    /// <summary>
    /// Keeps the event candidates in memory for the rest of the run. The writer calls it as its first transaction begins,
    /// when the run is large for the store (<see cref="ShingleMirror.Worthwhile"/>).
    /// </summary>
    public static void Mirror(WriteSession sql)
    {
        var mirror = new CandidateMirror();
        foreach (var (entity, cue, year, id, date) in sql.Query(AllCandidatesSql, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))))
        {
            mirror.Add(entity, cue, year, new Candidate(id, date));
        }

        sql.EventCandidates = mirror;
    }

    /// <summary>A source is being replaced: its events and participants leave by cascade, which the mirror does not follow, so it is dropped.</summary>
    public static void Replacing(WriteSession sql) => sql.EventCandidates = null;

    public static HashSet<string> Write(WriteSession sql, string sourceId, long sourceNum, ProcessedArticle processed, IReadOnlyList<string> entityIds)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var mirror = Mirrored(sql);
        foreach (var ev in processed.Events)
        {
            var date = ev.Date.Date!;
            var participants = ev.Participants.Select(i => entityIds[i]).Distinct(StringComparer.Ordinal).ToArray();
            var places = ev.Places.Select(i => entityIds[i]).Distinct(StringComparer.Ordinal).ToArray();
            var anchors = participants.Length > 0 ? participants : places;
            var joined = anchors.Length == 0 ? null : Match(sql, mirror, anchors, ev.Cue, date);
            var id = joined?.Id;
            var precision = Precision(ev.Date);
            if (id is null)
            {
                id = NewId(sourceId, sourceNum, ev.ClaimIndex, ev.Date.Span.ToString());
                sql.Execute("""
                    INSERT OR IGNORE INTO Events (Id, Date, EndDate, Precision, DateText, Summary, Cue)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
                    """, id, date, ev.Date.EndDate, precision, ev.Date.Text, ev.Summary, ev.Cue);
            }

            // A joined event takes the more precise date of a report that agrees with it: "in March 2019", then "on March
            // 1, 2019" dates the event to the day. A coarser or disagreeing report leaves it (the export shows both).
            if (joined is not null && date.Length > joined.Date.Length && date.StartsWith(joined.Date, StringComparison.Ordinal)
                && ev.Date.Precision is DatePrecision.Day or DatePrecision.Month)
            {
                sql.Execute("UPDATE Events SET Date = @p1, EndDate = @p2, Precision = @p3, DateText = @p4 WHERE Id = @p0",
                    id, date, ev.Date.EndDate, precision, ev.Date.Text);
                joined.Date = date;
            }

            // What CandidatesSql would now return for this event's keys: its id and its date.
            var candidate = joined ?? new Candidate(id, date);

            touched.Add(id);
            sql.Execute("""
                INSERT OR IGNORE INTO EventEvidence (EventId, SourceNum, ClaimOrdinal, Date, EndDate, Precision, DateText, DateStart, DateEnd)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
                """, id, sourceNum, Claim.OrdinalOf(ev.ClaimIndex), date, ev.Date.EndDate, precision, ev.Date.Text, ev.Date.Span.Start, ev.Date.Span.End);
            // The match key: a report joins only an event of the same cue and year, so these are the event's too.
            var key = (Cue: ev.Cue, Year: date[..4]);
            foreach (var (entity, role) in participants.Select(p => (p, "participant")).Concat(places.Select(p => (p, "place"))))
            {
                sql.Execute("INSERT OR IGNORE INTO EventEntities (EventId, EntityId, Role, SourceNum, Cue, Year) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                    id, entity, role, sourceNum, key.Cue, key.Year);
                mirror?.Add(entity, key.Cue, key.Year, candidate);
            }
        }

        return touched;
    }

    /// <summary>
    /// A new event's id: "ev-", the number of the source that first reports it (five base-36 digits, so ids sort by
    /// source), a dash and a hash of that source's id, the claim and the date's span. Ids made by one source are
    /// unique unless two of its events hash alike (about 1 in 4 billion per pair); a hash alone, without the source,
    /// repeated somewhere among 70,000 events with even odds. The source number keeps a source's events, evidence
    /// and participants together in each index, instead of one random place per row (docs/performance.md).
    /// </summary>
    internal static string NewId(string sourceId, long sourceNum, int claimIndex, string dateSpan)
    {
        Span<char> num = stackalloc char[5];
        var n = sourceNum;
        for (var i = num.Length - 1; i >= 0; i--)
        {
            num[i] = Base36[(int)(n % 36)];
            n /= 36;
        }

        // Past 36^5 (60 million) sources the number takes more digits, and ids still differ.
        var prefix = n == 0 ? num.ToString() : sourceNum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"ev-{prefix}-{Slugs.ShortHash($"{sourceId}|{claimIndex}|{dateSpan}")}";
    }

    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// Removes events left without evidence after a source was replaced; an event that keeps evidence takes the most
    /// precise date of what is left, so a date refined by the source that went does not outlive it.
    /// </summary>
    public static void RemoveOrphans(WriteSession sql, IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
        {
            sql.Execute("DELETE FROM Events WHERE Id = @p0 AND NOT EXISTS (SELECT 1 FROM EventEvidence WHERE EventId = @p0)", id);
            sql.Execute("""
                UPDATE Events SET (Date, EndDate, Precision, DateText) =
                    (SELECT Date, EndDate, Precision, DateText FROM EventEvidence WHERE EventId = @p0
                     ORDER BY CASE Precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END, SourceNum, ClaimOrdinal LIMIT 1)
                WHERE Id = @p0
                """, id);
        }
    }

    public static string Precision(DateMention d) => d.Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Range => "range",
        _ => "approximate",
    };

    private static Candidate? Match(WriteSession sql, CandidateMirror? mirror, string[] anchors, string cue, string date)
    {
        // One indexed lookup per anchor (or one dictionary lookup, mirrored); candidates are taken in id order, so the
        // choice does not depend on the query plan.
        var year = date[..4];
        var candidates = anchors
            .SelectMany(a => mirror is null
                ? sql.Query(CandidatesSql, r => new Candidate(r.GetString(0), r.GetString(1)), a, cue, year)
                : mirror.GetValueOrDefault((a, cue, year)) ?? [])
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var compatible = candidates.FirstOrDefault(c => c.Date.StartsWith(date, StringComparison.Ordinal) || date.StartsWith(c.Date, StringComparison.Ordinal));
        if (compatible is not null)
        {
            return compatible;
        }

        // A different day in the same month, with exactly the same participants: the same happening, dated
        // differently by another source. It joins, and the export shows the disagreement.
        foreach (var c in candidates.Where(c => c.Date.Length >= 7 && date.Length >= 7 && c.Date[..7] == date[..7]))
        {
            var theirs = sql.Strings("SELECT DISTINCT EntityId FROM EventEntities WHERE EventId = @p0 AND Role = 'participant'", c.Id).ToHashSet();
            if (theirs.SetEquals(anchors))
            {
                return c;
            }
        }

        return null;
    }
}
