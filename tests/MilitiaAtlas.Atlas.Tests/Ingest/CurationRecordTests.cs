using Dapper;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Curation records: each operation applied from a record, re-applied after every ingest, undone, exported and imported.</summary>
public sealed class CurationRecordTests
{
    private static AtlasStore Seeded()
    {
        var app = new AtlasStore();
        Assert.Equal(5, app.Ingest(RepoPaths.Seeds).Count(IngestStatus.Added));
        return app;
    }

    private static CurationOperation Op(string yaml) => Assert.Single(CurationFile.Parse(yaml).Operations);

    private static long Add(AtlasStore app, string yaml, string by = "editor@example.org", string why = "a test")
    {
        var outcome = new CurationRecords(app.Database).Add(Op(yaml), by, why);
        Assert.True(outcome.Ok, string.Join("; ", outcome.Problems));
        return outcome.RecordId!.Value;
    }

    /// <summary>Every source extracted and stored again, as after a pipeline change (the stored hashes no longer match).</summary>
    private static void ReingestEverySource(AtlasStore app)
    {
        using (var c = app.Database.Open())
        {
            c.Execute("UPDATE Sources SET ContentHash = ''");
        }

        var report = app.Ingest(RepoPaths.Seeds);
        Assert.Equal(5, report.Count(IngestStatus.Updated));
    }

    private static T Scalar<T>(AtlasStore app, string sql, object? args = null)
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<T>(sql, args)!;
    }

    private static List<string> Strings(AtlasStore app, string sql, object? args = null)
    {
        using var c = app.Database.Open();
        return c.Query<string>(sql, args).ToList();
    }

    private static long Relation(AtlasStore app, string s, string p, string o) =>
        Scalar<long>(app, "SELECT COUNT(*) FROM RelationEvidence WHERE SubjectId = @s AND Predicate = @p AND ObjectId = @o", new { s, p, o });

    /// <summary>Every row curation can touch, as text, to compare two states of the atlas.</summary>
    private static string Snapshot(AtlasStore app)
    {
        using var c = app.Database.Open();
        var rows = c.Query<string>("SELECT Id || '|' || Type || '|' || Name || '|' || Curated || CuratedName || Rejected || CuratedType || '|' || ifnull(PlaceId, '') FROM Entities ORDER BY Id")
            .Concat(c.Query<string>("SELECT SourceNum || '|' || Start || '|' || EntityId || '|' || Surface FROM Mentions ORDER BY SourceNum, Start"))
            .Concat(c.Query<string>("SELECT Type || '|' || Key || '|' || EntityId FROM EntityKeys ORDER BY Type, Key, EntityId"))
            .Concat(c.Query<string>("SELECT EntityId || '|' || Alias FROM CuratedAliases ORDER BY EntityId, Alias"))
            .Concat(c.Query<string>("SELECT SubjectId || '|' || Predicate || '|' || ObjectId || '|' || SourceNum || '|' || ClaimOrdinal FROM RelationEvidence ORDER BY 1"))
            .Concat(c.Query<string>("SELECT EventId || '|' || EntityId || '|' || SourceNum || '|' || Role FROM EventEntities ORDER BY 1"))
            .Concat(c.Query<string>("SELECT Id || '|' || Summary FROM Events ORDER BY Id"))
            .Concat(c.Query<string>("SELECT EntityId || '|' || Surface || '|' || Count FROM EntitySurfaces ORDER BY 1"))
            .Concat(c.Query<string>("SELECT SourceNum || '|' || Ordinal || '|' || ifnull(SpeakerId, '') FROM Claims ORDER BY SourceNum, Ordinal"));
        return string.Join('\n', rows);
    }

    [Fact]
    public void A_merge_record_is_applied_at_once_and_stored_with_who_when_and_why()
    {
        using var app = Seeded();

        var id = Add(app, "- merge: [islamic-state, isis]\n", "ana@example.org", "ISIS is the Islamic State");

        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM Entities WHERE Id = 'isis'"));
        Assert.Contains("ISIS", Strings(app, "SELECT Surface FROM Mentions WHERE EntityId = 'islamic-state'"));
        var record = Assert.Single(new CurationRecords(app.Database).All());
        Assert.Equal((id, "merge", "ana@example.org", "ISIS is the Islamic State", false), (record.Id, record.Verb, record.CreatedBy, record.Reason, record.Undone));
        Assert.Equal(["isis", "islamic-state"], Strings(app, "SELECT EntityId FROM CurationRecordEntities WHERE RecordId = @id ORDER BY EntityId", new { id }));
    }

    [Fact]
    public void Every_entity_operation_applies_from_a_record()
    {
        using var app = Seeded();

        Add(app, "- split: { entity: hadi-al-amiri, alias: Amiri, to: \"Amiri (the other one)\" }\n");
        Add(app, "- rename: { entity: badr-corps, to: \"Badr Organization\" }\n");
        Add(app, "- retype: { entity: frontline, to: place }\n");
        Add(app, "- reject: iranian-tv\n");
        Add(app, "- alias: { entity: hashid-shaabi, add: [PMF] }\n");

        Assert.Equal(["Amiri"], Strings(app, "SELECT DISTINCT Surface FROM Mentions WHERE EntityId = 'amiri-the-other-one'"));
        Assert.DoesNotContain("Amiri", Strings(app, "SELECT Surface FROM Mentions WHERE EntityId = 'hadi-al-amiri'"));
        Assert.Equal(("Badr Organization", 1L), (Scalar<string>(app, "SELECT Name FROM Entities WHERE Id = 'badr-corps'"), Scalar<long>(app, "SELECT CuratedName FROM Entities WHERE Id = 'badr-corps'")));
        Assert.Equal("place", Scalar<string>(app, "SELECT Type FROM Entities WHERE Id = 'frontline'"));
        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM VisibleEntities WHERE Id = 'iranian-tv'"));
        Assert.Equal(["PMF"], Strings(app, "SELECT Alias FROM CuratedAliases WHERE EntityId = 'hashid-shaabi'"));
    }

    [Fact]
    public async Task A_relation_and_an_event_are_rejected_and_a_relation_confirmed_from_records()
    {
        using var app = Seeded();
        Assert.Equal(1, Relation(app, "badr-corps", "opposed_to", "israel"));

        Add(app, "- reject-relation: { subject: badr-corps, predicate: opposed_to, object: israel }\n");
        Add(app, "- confirm-relation: { subject: \"Hadi al-Amiri\", predicate: leads, object: badr-corps }\n");
        Add(app, "- reject-event: ev-00001-63037be9\n");

        Assert.Equal(0, Relation(app, "badr-corps", "opposed_to", "israel"));
        Assert.Equal(["hadi-al-amiri|leads|badr-corps"], Strings(app, "SELECT SubjectId || '|' || Predicate || '|' || ObjectId FROM ConfirmedRelations"));
        using var export = new MemoryStream();
        await new MilitiaAtlas.Atlas.Export.ExportWriter(app.Database).WriteAsync(export, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var relations = System.Text.Json.JsonDocument.Parse(export.ToArray()).RootElement.GetProperty("relations").EnumerateArray().ToList();
        Assert.Equal(["hadi-al-amiri|leads|badr-corps"], relations.Where(r => r.GetProperty("confirmed").GetBoolean())
            .Select(r => $"{r.GetProperty("subjectId").GetString()}|{r.GetProperty("predicate").GetString()}|{r.GetProperty("objectId").GetString()}"));
        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM Events WHERE Id = 'ev-00001-63037be9'"));
        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM EventEvidence WHERE EventId = 'ev-00001-63037be9'"));

        // Each is in the history of the entities it concerns.
        Assert.Equal(["reject-relation"], Strings(app, "SELECT r.Verb FROM CurationRecords r JOIN CurationRecordEntities e ON e.RecordId = r.Id WHERE e.EntityId = 'israel'"));
        Assert.Equal(["confirm-relation"], Strings(app, "SELECT r.Verb FROM CurationRecords r JOIN CurationRecordEntities e ON e.RecordId = r.Id WHERE e.EntityId = 'hadi-al-amiri'"));
        Assert.Contains("reject-event", Strings(app, "SELECT r.Verb FROM CurationRecords r JOIN CurationRecordEntities e ON e.RecordId = r.Id"));
    }

    [Fact]
    public void An_operation_that_cannot_apply_stores_nothing_and_says_why()
    {
        using var app = Seeded();

        var outcome = new CurationRecords(app.Database).Add(Op("- merge: [islamic-state, \"Nobody We Know\"]\n"), "ana", "typo");
        var relation = new CurationRecords(app.Database).Add(Op("- reject-relation: { subject: badr-corps, predicate: likes, object: israel }\n"), "ana", "typo");

        Assert.Equal(["no entity has the id or name 'Nobody We Know'"], outcome.Problems);
        Assert.Contains("'likes' is not a predicate", Assert.Single(relation.Problems), StringComparison.Ordinal);
        Assert.Empty(new CurationRecords(app.Database).All());
    }

    [Fact]
    public void A_merge_and_a_relation_rejection_survive_a_reingest_of_every_source()
    {
        using var app = Seeded();
        Add(app, "- merge: [islamic-state, isis]\n");
        Add(app, "- reject-relation: { subject: badr-corps, predicate: opposed_to, object: israel }\n");
        Add(app, "- reject-event: ev-00001-63037be9\n");

        ReingestEverySource(app);

        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM Entities WHERE Id = 'isis'"));
        Assert.Contains("ISIS", Strings(app, "SELECT Surface FROM Mentions WHERE EntityId = 'islamic-state'"));
        Assert.Equal(0, Relation(app, "badr-corps", "opposed_to", "israel"));
        Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM Events WHERE Id = 'ev-00001-63037be9'"));
        Assert.Equal(1, Relation(app, "hadi-al-amiri", "leads", "hashid-shaabi"));
    }

    [Fact]
    public void Undo_restores_the_atlas_as_it_was_before_the_record_even_after_a_reingest()
    {
        using var app = Seeded();
        var before = Snapshot(app);
        var records = new CurationRecords(app.Database);
        var merge = Add(app, "- merge: [islamic-state, isis]\n");
        var reject = Add(app, "- reject-relation: { subject: badr-corps, predicate: opposed_to, object: israel }\n");
        var split = Add(app, "- split: { entity: hadi-al-amiri, alias: Amiri, to: \"Amiri (the other one)\" }\n");
        var evt = Add(app, "- reject-event: ev-00001-63037be9\n");
        ReingestEverySource(app);
        Assert.NotEqual(before, Snapshot(app));

        foreach (var id in new[] { evt, split, reject, merge })
        {
            var outcome = records.Undo(id, "ana");
            Assert.True(outcome.Ok, string.Join("; ", outcome.Problems));
        }

        Assert.Equal(before, Snapshot(app));
        Assert.All(records.All(), r => Assert.True(r.Undone));

        // Undone records are not applied again by the next ingest.
        ReingestEverySource(app);
        Assert.Equal(before, Snapshot(app));
    }

    [Fact]
    public void Each_undo_restores_the_operation_it_reverses()
    {
        using var app = Seeded();
        var records = new CurationRecords(app.Database);
        foreach (var yaml in new[]
        {
            "- rename: { entity: badr-corps, to: \"Badr Organization\" }\n",
            "- retype: { entity: frontline, to: place }\n",
            "- reject: iranian-tv\n",
            "- alias: { entity: hashid-shaabi, add: [PMF] }\n",
            "- confirm-relation: { subject: hadi-al-amiri, predicate: leads, object: badr-corps }\n",
            "- split: { entity: hadi-al-amiri, alias: Amiri, to: hashid-shaabi }\n",
        })
        {
            var before = Snapshot(app);
            var id = Add(app, yaml);
            Assert.NotEqual(before, Snapshot(app) + Scalar<long>(app, "SELECT COUNT(*) FROM ConfirmedRelations"));
            Assert.True(records.Undo(id, "ana").Ok);
            Assert.Equal(before, Snapshot(app));
            Assert.Equal(0, Scalar<long>(app, "SELECT COUNT(*) FROM ConfirmedRelations"));
        }
    }

    [Fact]
    public void A_record_is_undone_only_after_the_later_records_that_touched_the_same_entities()
    {
        using var app = Seeded();
        var records = new CurationRecords(app.Database);
        var merge = Add(app, "- merge: [islamic-state, isis]\n");
        var rename = Add(app, "- rename: { entity: islamic-state, to: \"Islamic State (ISIS)\" }\n");

        var refused = records.Undo(merge, "ana");

        Assert.Equal([$"later changes to the same entities (record {rename}) must be undone first"], refused.Problems);
        Assert.True(records.Undo(rename, "ana").Ok);
        Assert.True(records.Undo(merge, "ana").Ok);
        Assert.Equal(1, Scalar<long>(app, "SELECT COUNT(*) FROM Entities WHERE Id = 'isis'"));
        Assert.Equal(["already undone"], records.Undo(merge, "ana").Problems.Select(p => p[(p.IndexOf("already", StringComparison.Ordinal))..]));
    }

    [Fact]
    public void Records_export_as_a_curation_file_that_imports_into_another_atlas_as_the_same_records()
    {
        using var first = Seeded();
        var records = new CurationRecords(first.Database);
        Add(first, "- merge: [islamic-state, isis]\n", "ana", "one group: \"ISIS\" is its acronym");
        var undone = Add(first, "- reject: iranian-tv\n", "ben", "not an actor");
        Add(first, "- reject-relation: { subject: badr-corps, predicate: opposed_to, object: israel }\n", "ana", "a misreading");
        Add(first, "- alias: { entity: hashid-shaabi, add: [PMF, \"Popular Mobilization Forces\"] }\n", "ana", "common names");
        Add(first, "- confirm-relation: { subject: hadi-al-amiri, predicate: leads, object: badr-corps }\n", "ana", "");
        Assert.True(records.Undo(undone, "ben").Ok);
        var yaml = records.Export();

        using var second = Seeded();
        var into = new CurationRecords(second.Database);
        var imported = into.Import(CurationFile.Parse(yaml), "importer");

        Assert.Equal((5, 0), (imported.Added, imported.AlreadyThere));
        Assert.Empty(imported.Problems);
        Assert.Equal(yaml, into.Export());
        Assert.Equal(Snapshot(first), Snapshot(second));
        Assert.Equal(records.All().Select(r => (r.Verb, r.Operation, r.Reason, r.CreatedBy, r.CreatedAt, r.Undone)),
            into.All().Select(r => (r.Verb, r.Operation, r.Reason, r.CreatedBy, r.CreatedAt, r.Undone)));

        var again = into.Import(CurationFile.Parse(yaml), "importer");
        Assert.Equal((0, 5), (again.Added, again.AlreadyThere));
    }

    [Fact]
    public void Records_apply_after_the_curation_files()
    {
        using var app = Seeded();
        Add(app, "- rename: { entity: badr-corps, to: \"Badr (from the browser)\" }\n");
        app.Write("curated/curation.yaml", "- rename: { entity: badr-corps, to: \"Badr (from the file)\" }\n");

        app.Ingest(RepoPaths.Seeds, Path.Combine(app.Folder, "curated"));

        Assert.Equal("Badr (from the browser)", Scalar<string>(app, "SELECT Name FROM Entities WHERE Id = 'badr-corps'"));
    }
}
