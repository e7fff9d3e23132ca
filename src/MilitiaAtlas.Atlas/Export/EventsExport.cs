using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>
/// The events of the export, each with every source's evidence claim. Where the sources disagree on the
/// date, "disputed" is true and "reportedDates" lists each source's date phrase, so nothing is dropped.
/// </summary>
public static class EventsExport
{
    private const string EventsSql = """
        SELECT e.Id AS Id,
               e.Date AS Date,
               e.EndDate AS EndDate,
               e.Precision AS Precision,
               e.DateText AS DateText,
               e.Summary AS Summary
        FROM Events e
        ORDER BY e.Date, e.Id
        """;

    private const string EvidenceSql = """
        SELECT ev.EventId AS EventId,
               s.Id AS SourceId,
               ev.ClaimOrdinal AS ClaimOrdinal,
               ev.Date AS Date,
               ev.DateText AS DateText
        FROM EventEvidence ev
        JOIN Sources s ON s.Num = ev.SourceNum
        ORDER BY ev.EventId, s.Id, ev.ClaimOrdinal
        """;

    private const string EntitiesSql = """
        SELECT DISTINCT ee.EventId AS EventId,
               ee.EntityId AS EntityId,
               ee.Role AS Role
        FROM EventEntities ee
        JOIN VisibleEntities e ON e.Id = ee.EntityId
        """;

    private sealed record EventRow(string Id, string? Date, string? EndDate, string Precision, string DateText, string Summary);

    private sealed record EvidenceRow(string EventId, string SourceId, long ClaimOrdinal, string? Date, string DateText);

    private sealed record EntityRow(string EventId, string EntityId, string Role);

    public static async Task<List<EventRecord>> ReadAsync(DbConnection conn, CancellationToken ct)
    {
        var evidence = (await conn.QueryAsync<EvidenceRow>(new CommandDefinition(EvidenceSql, cancellationToken: ct)))
            .GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.ToList());
        var entities = (await conn.QueryAsync<EntityRow>(new CommandDefinition(EntitiesSql, cancellationToken: ct)))
            .GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<EventRecord>();
        foreach (var e in await conn.QueryAsync<EventRow>(new CommandDefinition(EventsSql, cancellationToken: ct)))
        {
            var ev = evidence.GetValueOrDefault(e.Id) ?? [];
            var who = entities.GetValueOrDefault(e.Id) ?? [];
            result.Add(new EventRecord(e.Id, e.Date, e.EndDate, e.Precision, e.DateText, e.Summary,
                Ids(who.Where(x => x.Role == "participant").Select(x => x.EntityId)),
                Ids(who.Where(x => x.Role == "place").Select(x => x.EntityId)),
                Ids(ev.Select(x => ClaimIds.Format(x.SourceId, x.ClaimOrdinal))),
                Disputed(ev),
                ev.Select(r => new ReportedDate(ClaimIds.Format(r.SourceId, r.ClaimOrdinal), r.Date, r.DateText)).ToList()));
        }

        return result;
    }

    /// <summary>events[] of export-format v1.</summary>
    public static void WriteEvents(Utf8JsonWriter w, IReadOnlyList<EventRecord> events)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("date", e.Date);
            w.WriteString("endDate", e.EndDate);
            w.WriteString("precision", e.Precision);
            w.WriteString("dateText", e.DateText);
            w.WriteString("summary", e.Summary);
            ClaimsExport.WriteStrings(w, "participantIds", e.ParticipantIds);
            ClaimsExport.WriteStrings(w, "placeIds", e.PlaceIds);
            ClaimsExport.WriteStrings(w, "claimIds", e.ClaimIds);
            w.WriteBoolean("disputed", e.Disputed);
            w.WriteStartArray("reportedDates");
            foreach (var r in e.ReportedDates)
            {
                w.WriteStartObject();
                w.WriteString("claimId", r.ClaimId);
                w.WriteString("date", r.Date);
                w.WriteString("dateText", r.DateText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Two reported dates disagree when neither is a prefix of the other ("2014-06" and "2014-06-12" agree).</summary>
    public static bool Disputed(IReadOnlyList<(string? Date, string Text)> reported) =>
        reported.Where(r => r.Date is not null).Select(r => r.Date!).Distinct().ToList() is var dates
        && dates.Any(a => dates.Any(b => !a.StartsWith(b, StringComparison.Ordinal) && !b.StartsWith(a, StringComparison.Ordinal)));

    private static bool Disputed(List<EvidenceRow> ev) => Disputed(ev.Select(x => (x.Date, x.DateText)).ToList());

    private static List<string> Ids(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
