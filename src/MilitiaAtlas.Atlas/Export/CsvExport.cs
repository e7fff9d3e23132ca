using System.Globalization;
using CsvHelper;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>An entity and every name the sources give it (entities.csv).</summary>
[CsvRecord]
public sealed partial record EntityCsvRow(
    [property: CsvColumn("entity_id")] string EntityId,
    [property: CsvColumn("type")] string Type,
    [property: CsvColumn("name")] string Name,
    [property: CsvColumn("aliases")] string Aliases,
    [property: CsvColumn("mentions")] long Mentions,
    [property: CsvColumn("curated")] bool Curated,
    [property: CsvColumn("country")] string? Country,
    [property: CsvColumn("latitude")] double? Latitude,
    [property: CsvColumn("longitude")] double? Longitude);

/// <summary>
/// One piece of evidence for a relation (relations.csv): the relation (the same in each of its rows) and one claim that
/// states it, with its source and the sentence as quoted. A relation with three citing sentences has three rows.
/// </summary>
[CsvRecord]
public sealed partial record RelationCsvRow(
    [property: CsvColumn("relation_id")] string RelationId,
    [property: CsvColumn("subject_id")] string SubjectId,
    [property: CsvColumn("subject")] string SubjectName,
    [property: CsvColumn("predicate")] string Predicate,
    [property: CsvColumn("label")] string Label,
    [property: CsvColumn("object_id")] string ObjectId,
    [property: CsvColumn("object")] string ObjectName,
    [property: CsvColumn("independent_sources")] long IndependentSources,
    [property: CsvColumn("stated_by")] string StatedBy,
    [property: CsvColumn("claim_id")] string ClaimId,
    [property: CsvColumn("source_id")] string SourceId,
    [property: CsvColumn("source")] string Source,
    [property: CsvColumn("start")] long Start,
    [property: CsvColumn("end")] long End,
    [property: CsvColumn("quote")] string Quote,
    [property: CsvColumn("copy")] bool Copy);

/// <summary>A dated event with its participants, places and every source's report (events.csv).</summary>
[CsvRecord]
public sealed partial record EventCsvRow(
    [property: CsvColumn("event_id")] string EventId,
    [property: CsvColumn("date")] string? Date,
    [property: CsvColumn("end_date")] string? EndDate,
    [property: CsvColumn("precision")] string Precision,
    [property: CsvColumn("date_text")] string DateText,
    [property: CsvColumn("summary")] string Summary,
    [property: CsvColumn("disputed")] bool Disputed,
    [property: CsvColumn("reported_dates")] string ReportedDates,
    [property: CsvColumn("participant_ids")] string ParticipantIds,
    [property: CsvColumn("participants")] string Participants,
    [property: CsvColumn("place_ids")] string PlaceIds,
    [property: CsvColumn("places")] string Places,
    [property: CsvColumn("claim_ids")] string ClaimIds);

/// <summary>A claim: one body sentence of a source, with its speaker and the entities it names (claims.csv).</summary>
[CsvRecord]
public sealed partial record ClaimCsvRow(
    [property: CsvColumn("claim_id")] string ClaimId,
    [property: CsvColumn("source_id")] string SourceId,
    [property: CsvColumn("passage_id")] string PassageId,
    [property: CsvColumn("start")] long Start,
    [property: CsvColumn("end")] long End,
    [property: CsvColumn("quote")] string Quote,
    [property: CsvColumn("speaker_id")] string? SpeakerId,
    [property: CsvColumn("speaker")] string? Speaker,
    [property: CsvColumn("entity_ids")] string EntityIds,
    [property: CsvColumn("copy")] bool Copy,
    [property: CsvColumn("copied_claim_id")] string? CopiedClaimId);

/// <summary>A source's metadata and counts (sources.csv); its text stays in the JSON export.</summary>
[CsvRecord]
public sealed partial record SourceCsvRow(
    [property: CsvColumn("source_id")] string SourceId,
    [property: CsvColumn("title")] string Title,
    [property: CsvColumn("outlet")] string? Outlet,
    [property: CsvColumn("author")] string? Author,
    [property: CsvColumn("published")] string? Published,
    [property: CsvColumn("url")] string? Url,
    [property: CsvColumn("file")] string File,
    [property: CsvColumn("passages")] long Passages,
    [property: CsvColumn("claims")] long Claims);

/// <summary>
/// The atlas as five CSV tables (docs/export-format.md, "CSV"): entities, relations (a row per piece of evidence), events,
/// claims and sources, written with <see cref="SpreadsheetCsv"/>'s rules. The verb writes them to a folder, the API serves each.
/// </summary>
public static class CsvExport
{
    /// <summary>The tables, by the name of their file without ".csv", in the order the verb writes them.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["entities", "relations", "events", "claims", "sources"];

    public static Task WriteTableAsync(AtlasTables atlas, string table, Stream output, CancellationToken ct) => table switch
    {
        "entities" => SpreadsheetCsv.WriteAsync(output, Entities(atlas), ct),
        "relations" => SpreadsheetCsv.WriteAsync(output, Relations(atlas), ct),
        "events" => SpreadsheetCsv.WriteAsync(output, Events(atlas), ct),
        "claims" => SpreadsheetCsv.WriteAsync(output, Claims(atlas), ct),
        "sources" => SpreadsheetCsv.WriteAsync(output, Sources(atlas), ct),
        _ => throw new ArgumentException("not a CSV table: " + table, nameof(table)),
    };

    /// <summary>Writes every table into <paramref name="folder"/> (created if missing), each file replaced whole or not at all.</summary>
    public static async Task<IReadOnlyList<string>> WriteFolderAsync(AtlasTables atlas, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in Tables)
        {
            var path = Path.Combine(folder, table + ".csv");
            var temp = path + ".tmp";
            await using (var file = File.Create(temp))
            {
                await WriteTableAsync(atlas, table, file, ct);
            }

            File.Move(temp, path, overwrite: true);
            written.Add(path);
        }

        return written;
    }

    public static IEnumerable<EntityCsvRow> Entities(AtlasTables atlas) =>
        atlas.Entities.Select(e => new EntityCsvRow(e.Id, e.Type, e.Name, SpreadsheetCsv.List(e.Aliases), e.MentionCount, e.Curated, e.Country, e.Lat, e.Lon));

    public static IEnumerable<RelationCsvRow> Relations(AtlasTables atlas)
    {
        foreach (var r in atlas.Relations)
        {
            var label = PredicateTable.Get(r.Predicate)?.Label ?? r.Predicate;
            var statedBy = SpreadsheetCsv.List((r.StatedBy ?? []).Select(id => Name(atlas, id)));
            foreach (var claimId in r.ClaimIds)
            {
                var c = atlas.ClaimsById[claimId];
                yield return new RelationCsvRow(r.Id, r.SubjectId, Name(atlas, r.SubjectId), r.Predicate, label, r.ObjectId, Name(atlas, r.ObjectId),
                    r.IndependentSources, statedBy, c.Id, c.SourceId, atlas.SourcesById[c.SourceId].Title, c.Start, c.End, c.Quote, c.InCopiedPassage);
            }
        }
    }

    public static IEnumerable<EventCsvRow> Events(AtlasTables atlas) =>
        atlas.Events.Select(e => new EventCsvRow(e.Id, e.Date, e.EndDate, e.Precision, e.DateText, e.Summary, e.Disputed,
            SpreadsheetCsv.List(e.ReportedDates.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.ClaimId}: {d.DateText} ({d.Date ?? "undated"})"))),
            SpreadsheetCsv.List(e.ParticipantIds), SpreadsheetCsv.List(e.ParticipantIds.Select(id => Name(atlas, id))),
            SpreadsheetCsv.List(e.PlaceIds), SpreadsheetCsv.List(e.PlaceIds.Select(id => Name(atlas, id))),
            SpreadsheetCsv.List(e.ClaimIds)));

    public static IEnumerable<ClaimCsvRow> Claims(AtlasTables atlas) =>
        atlas.Claims.Select(c => new ClaimCsvRow(c.Id, c.SourceId, PassageIds.Format(c.PassageOrdinal), c.Start, c.End, c.Quote,
            c.SpeakerId, c.SpeakerId is null ? null : Name(atlas, c.SpeakerId), SpreadsheetCsv.List(c.EntityIds), c.InCopiedPassage, c.ReusedFrom?.ClaimId));

    public static IEnumerable<SourceCsvRow> Sources(AtlasTables atlas)
    {
        var claims = atlas.Claims.CountBy(c => c.SourceId).ToDictionary(StringComparer.Ordinal);
        return atlas.Sources.Select(s => new SourceCsvRow(s.Id, s.Title, s.Outlet, s.Author, s.Published, s.Url, s.File,
            atlas.Passages.GetValueOrDefault(s.Id)?.Count ?? 0, claims.GetValueOrDefault(s.Id)));
    }

    // An entity an analyst rejected is not exported; a reference to it (a speaker) keeps its id and shows no name.
    private static string Name(AtlasTables atlas, string id) => atlas.EntitiesById.GetValueOrDefault(id)?.Name ?? "";
}
