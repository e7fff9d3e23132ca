using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Dates;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Stores a source's dated events. Reports of one happening from several sources become one event with
/// several evidence claims: an existing event joins when it shares a participant (or, with no participants,
/// a place), has the same cue word, and its date is compatible (one is a prefix of the other: "2014" and
/// "2014-06-12"). Reports with the same cue and exactly the same participants but a different day of the
/// same month also join, and the event's evidence then shows the disagreement instead of dropping it. Lookups go through the
/// EventEntities index, so the cost is per event, not per stored event.
/// </summary>
public static class EventWriter
{
    private const string CandidatesSql = """
        SELECT DISTINCT e.Id AS Id,
               e.Date AS Date
        FROM EventEntities ee
        JOIN Events e ON e.Id = ee.EventId
        WHERE ee.EntityId IN @entities
          AND e.Cue = @cue
          AND e.Date IS NOT NULL
          AND substr(e.Date, 1, 4) = @year
        """;

    private sealed record Candidate(string Id, string Date);

    public static HashSet<string> Write(DbConnection conn, DbTransaction tx, string sourceId, ProcessedArticle processed, IReadOnlyList<string> entityIds)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in processed.Events)
        {
            var date = ev.Date.Date!;
            var participants = ev.Participants.Select(i => entityIds[i]).Distinct(StringComparer.Ordinal).ToArray();
            var places = ev.Places.Select(i => entityIds[i]).Distinct(StringComparer.Ordinal).ToArray();
            var anchors = participants.Length > 0 ? participants : places;
            var id = anchors.Length == 0 ? null : Match(conn, tx, anchors, ev.Cue, date);
            if (id is null)
            {
                id = "ev-" + Slugs.ShortHash($"{sourceId}|{ev.ClaimIndex}|{ev.Date.Span}");
                conn.Execute("""
                    INSERT OR IGNORE INTO Events (Id, Date, EndDate, Precision, DateText, Summary, Cue)
                    VALUES (@id, @date, @end, @precision, @text, @summary, @cue)
                    """, new { id, date, end = ev.Date.EndDate, precision = Precision(ev.Date), text = ev.Date.Text, summary = ev.Summary, cue = ev.Cue }, tx);
            }

            touched.Add(id);
            conn.Execute("""
                INSERT OR IGNORE INTO EventEvidence (EventId, SourceId, ClaimOrdinal, Date, EndDate, Precision, DateText, DateStart, DateEnd)
                VALUES (@id, @sourceId, @ordinal, @date, @end, @precision, @text, @start, @stop)
                """, new
            {
                id,
                sourceId,
                ordinal = ev.ClaimIndex + 1,
                date,
                end = ev.Date.EndDate,
                precision = Precision(ev.Date),
                text = ev.Date.Text,
                start = ev.Date.Span.Start,
                stop = ev.Date.Span.End,
            }, tx);
            foreach (var (entity, role) in participants.Select(p => (p, "participant")).Concat(places.Select(p => (p, "place"))))
            {
                conn.Execute("INSERT OR IGNORE INTO EventEntities (EventId, EntityId, Role, SourceId) VALUES (@id, @entity, @role, @sourceId)",
                    new { id, entity, role, sourceId }, tx);
            }
        }

        return touched;
    }

    /// <summary>Removes events left without evidence after a source was replaced.</summary>
    public static void RemoveOrphans(DbConnection conn, DbTransaction tx, IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
        {
            conn.Execute("DELETE FROM Events WHERE Id = @id AND NOT EXISTS (SELECT 1 FROM EventEvidence WHERE EventId = @id)", new { id }, tx);
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

    private static string? Match(DbConnection conn, DbTransaction tx, string[] anchors, string cue, string date)
    {
        var candidates = conn.Query<Candidate>(CandidatesSql, new { entities = anchors, cue, year = date[..4] }, tx).ToList();
        var compatible = candidates.FirstOrDefault(c => c.Date.StartsWith(date, StringComparison.Ordinal) || date.StartsWith(c.Date, StringComparison.Ordinal));
        if (compatible is not null)
        {
            return compatible.Id;
        }

        // A different day in the same month, with exactly the same participants: the same happening, dated
        // differently by another source. It joins, and the export shows the disagreement.
        foreach (var c in candidates.Where(c => c.Date.Length >= 7 && date.Length >= 7 && c.Date[..7] == date[..7]))
        {
            var theirs = conn.Query<string>("SELECT DISTINCT EntityId FROM EventEntities WHERE EventId = @id AND Role = 'participant'", new { id = c.Id }, tx).ToHashSet();
            if (theirs.SetEquals(anchors))
            {
                return c.Id;
            }
        }

        return null;
    }
}
