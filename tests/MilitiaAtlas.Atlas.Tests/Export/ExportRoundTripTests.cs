using System.Text.Json;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Ingestion.Claims;

namespace MilitiaAtlas.Atlas.Tests.Export;

/// <summary>The three exports tell the same story: every relation and event of the JSON export, with its evidence, is in the CSV tables and the FtM entities.</summary>
public sealed class ExportRoundTripTests
{
    [Fact]
    public async Task Every_relation_of_the_JSON_export_is_in_the_CSV_and_FtM_exports_with_its_evidence()
    {
        using var app = new AtlasStore();
        var export = await IngestAndExportJsonAsync(app);
        var quotes = export.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("quote").GetString()!);
        var sources = export.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        var csv = CsvFile.Read((await CsvExportTests.ExportAsync(app))["relations"]);
        var ftm = await FtmExportTests.ExportAsync(app);
        var edges = ftm.Where(e => e.GetProperty("schema").GetString() is "Membership" or "Directorship" or "UnknownLink").ToList();

        var relations = export.GetProperty("relations").EnumerateArray().ToList();
        Assert.True(relations.Count > 40);
        foreach (var r in relations)
        {
            var id = r.GetProperty("id").GetString()!;
            var (subject, predicate, target) = (r.GetProperty("subjectId").GetString()!, r.GetProperty("predicate").GetString()!, r.GetProperty("objectId").GetString()!);
            var claimIds = r.GetProperty("claimIds").EnumerateArray().Select(c => c.GetString()!).ToList();

            // CSV: one row per claim, each with the relation, its independent sources and the sentence as the JSON quotes it.
            var rows = csv.Where(x => x["relation_id"] == id).ToList();
            Assert.Equal(claimIds, rows.Select(x => x["claim_id"]));
            foreach (var row in rows)
            {
                Assert.Equal((subject, predicate, target), (row["subject_id"], row["predicate"], row["object_id"]));
                Assert.Equal(r.GetProperty("independentSources").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row["independent_sources"]);
                Assert.Equal(quotes[row["claim_id"]], Unescaped(row["quote"]));
                Assert.Equal(row["claim_id"].Split('/')[0], row["source_id"]);
            }

            // FtM: one edge per claim between the two ends, with the claim, its sentence and its source's outlet.
            var statements = edges.Where(e => Ends(e).SetEquals([FtmExport.EntityId(subject), FtmExport.EntityId(target)])
                && One(e, "role") == PredicateTable.Get(predicate)!.Label).ToList();
            Assert.Equal(claimIds.Order(StringComparer.Ordinal), statements.Select(e => One(e, "recordId")).Order(StringComparer.Ordinal));
            foreach (var e in statements)
            {
                var claimId = One(e, "recordId");
                Assert.Equal(quotes[claimId], One(e, "description"));
                var source = sources[claimId.Split('/')[0]];
                Assert.Contains(source.GetProperty("title").GetString()!, One(e, "summary"), StringComparison.Ordinal);
                if (source.GetProperty("outlet").GetString() is { } outlet)
                {
                    Assert.Equal(outlet, One(e, "publisher"));
                }
            }
        }

        Assert.Equal(relations.Sum(r => r.GetProperty("claimIds").GetArrayLength()), edges.Count);
        Assert.Equal(edges.Count, csv.Count);
    }

    [Fact]
    public async Task Every_event_of_the_JSON_export_is_in_the_CSV_and_FtM_exports_with_its_reports()
    {
        using var app = new AtlasStore();
        var events = (await IngestAndExportJsonAsync(app)).GetProperty("events").EnumerateArray().ToList();
        var csv = CsvFile.Read((await CsvExportTests.ExportAsync(app))["events"]).ToDictionary(r => r["event_id"]);
        var ftm = await FtmExportTests.ExportAsync(app);

        Assert.True(events.Count > 40);
        Assert.Equal(events.Count, csv.Count);
        foreach (var e in events)
        {
            var id = e.GetProperty("id").GetString()!;
            var claimIds = e.GetProperty("claimIds").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(string.Join(SpreadsheetCsv.ListSeparator, claimIds), csv[id]["claim_ids"]);
            Assert.Equal(e.GetProperty("date").GetString() ?? "", csv[id]["date"]);

            var ftmId = FtmExport.EventId(id);
            Assert.Single(ftm, x => x.GetProperty("id").GetString() == ftmId && x.GetProperty("schema").GetString() == "Event");
            var reports = ftm.Where(x => x.GetProperty("schema").GetString() == "Documentation" && One(x, "entity") == ftmId).Select(x => One(x, "recordId"));
            Assert.Equal(claimIds.Order(StringComparer.Ordinal), reports.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Ingests the seeds and the export corpus and returns the JSON export.</summary>
    private static async Task<JsonElement> IngestAndExportJsonAsync(AtlasStore app)
    {
        app.Ingest(RepoPaths.Seeds, ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));
        using var json = new MemoryStream();
        await new ExportWriter(app.Database).WriteAsync(json, DateTimeOffset.UnixEpoch, CancellationToken.None);
        return JsonDocument.Parse(json.ToArray()).RootElement.Clone();
    }

    private static HashSet<string> Ends(JsonElement edge) =>
        edge.GetProperty("properties").EnumerateObject()
            .Where(p => p.Name is "member" or "organization" or "director" or "subject" or "object")
            .SelectMany(p => p.Value.EnumerateArray().Select(v => v.GetString()!)).ToHashSet();

    private static string One(JsonElement entity, string property) =>
        Assert.Single(entity.GetProperty("properties").GetProperty(property).EnumerateArray()).GetString()!;

    // A spreadsheet-safe cell: a text that would open as a formula has a leading apostrophe.
    private static string Unescaped(string cell) => cell.Length > 1 && cell[0] == '\'' && SpreadsheetCsv.FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;
}
