using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Analyst corrections from curation files: each operation, re-ingest, bad files, idempotence.</summary>
public sealed class CurationTests
{
    /// <summary>
    /// Invented groups and people with strong cues, so extraction finds them: a rank, "Brigades",
    /// "Front", a spokesman, and two gazetteer places.
    /// </summary>
    private const string Article = """
        Rebels seize river crossing

        The Northern Brigades said on Monday that they had taken two villages near Kassala. Their commander, Col. Samir Haddad, said the fighting was over. Haddad added that the Eastern Front would be next.

        The Sahel Liberation Front, also known as SLF, denied the claim. Its spokesman, Omar Farouk Diallo, said the group still held the crossing. Diallo called the report propaganda.

        A local official, Amina Toure, said families had fled to Timbuktu.
        """;

    private const string Addendum = """


        Update: Haddad later met envoys of the Eastern Front and the Sahel Liberation Front near Kassala, officials said.
        """;

    private sealed class WarningLog : ILogger<Ingestor>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }

    /// <summary>Ingests through an Ingestor whose warnings are kept, since curation reports its problems in the log.</summary>
    private static List<string> Ingest(AtlasStore app, params string[] paths)
    {
        var log = new WarningLog();
        var report = new Ingestor(app.Database, app.Services.GetRequiredService<IOptions<AtlasOptions>>(), log).Ingest(paths);
        Assert.False(report.AnyFailed, string.Join('\n', report.Files.Select(f => f.Error)));
        return log.Warnings.Where(w => w.Contains("Curation", StringComparison.Ordinal)).ToList();
    }

    /// <summary>A corpus folder with the article and a curation.yaml beside it.</summary>
    private static string Corpus(AtlasStore app, string curation, string article = Article)
    {
        app.Write("corpus/rebels.txt", article);
        app.Write("corpus/curation.yaml", curation);
        return Path.Combine(app.Folder, "corpus");
    }

    private static (string Type, string Name, long Curated, long CuratedName, long Rejected)? Entity(AtlasStore app, string id)
    {
        using var c = app.Database.Open();
        return c.QuerySingleOrDefault<(string, string, long, long, long)?>(
            "SELECT Type, Name, Curated, CuratedName, Rejected FROM Entities WHERE Id = @id", new { id });
    }

    private static List<string> Surfaces(AtlasStore app, string id)
    {
        using var c = app.Database.Open();
        return c.Query<string>("SELECT m.Surface FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum WHERE m.EntityId = @id ORDER BY s.Id, m.Start", new { id }).ToList();
    }

    private static string EntityOf(AtlasStore app, string surface)
    {
        using var c = app.Database.Open();
        return c.QuerySingle<string>("SELECT DISTINCT EntityId FROM Mentions WHERE Surface = @surface", new { surface });
    }

    /// <summary>Every row curation can touch, as text, to compare two states of the atlas.</summary>
    private static string Snapshot(AtlasStore app)
    {
        using var c = app.Database.Open();
        var rows = c.Query<string>("SELECT Id || '|' || Type || '|' || Name || '|' || Curated || CuratedName || Rejected || '|' || ifnull(PlaceId, '') FROM Entities ORDER BY Id")
            .Concat(c.Query<string>("SELECT s.Id || '|' || m.Start || '|' || m.EntityId || '|' || m.Surface FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum ORDER BY s.Id, m.Start"))
            .Concat(c.Query<string>("SELECT Type || '|' || Key || '|' || EntityId FROM EntityKeys ORDER BY Type, Key, EntityId"))
            .Concat(c.Query<string>("SELECT EntityId || '|' || Alias FROM CuratedAliases ORDER BY EntityId, Alias"));
        return string.Join('\n', rows);
    }

    private static JsonElement ExportedEntity(AtlasStore app, string id) =>
        ExportedEntities(app).Single(e => e.GetProperty("id").GetString() == id);

    private static List<JsonElement> ExportedEntities(AtlasStore app)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        using var doc = JsonDocument.Parse(ms.ToArray());
        return doc.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void The_article_gives_the_entities_these_tests_curate()
    {
        using var app = new AtlasStore();

        Assert.Empty(Ingest(app, app.Write("rebels.txt", Article)));

        Assert.Equal(("group", "Eastern Front", 0L, 0L, 0L), Entity(app, "eastern-front"));
        Assert.Equal(["Sahel Liberation Front", "SLF"], Surfaces(app, "sahel-liberation-front"));
        Assert.Equal(["Samir Haddad", "Haddad"], Surfaces(app, "samir-haddad"));
        Assert.Equal(["Omar Farouk Diallo", "Diallo"], Surfaces(app, "omar-farouk-diallo"));
    }

    [Fact]
    public void Parsing_reads_every_operation_in_order()
    {
        var file = CurationFile.Parse("""
            # analysts' corrections
            - merge: [ "Sahel Liberation Front", "Eastern Front", slf-2 ]
            - split: { entity: "Samir Haddad", alias: "Haddad", to: "Haddad (the other one)", type: Person }
            - rename: { entity: slf, to: "Sahel Liberation Front" }
            - retype: { entity: Kassala, to: GROUP }
            - reject: [ "Advertisement Partner", "Read More" ]
            - alias: { entity: "Sahel Liberation Front", add: "Front de Libération du Sahel" }
            """);

        Assert.Empty(file.Problems);
        Assert.Equal(
            [
                "1 2 merge Sahel Liberation Front <- Eastern Front + slf-2",
                "2 3 " + new SplitOperation(2, 3, "Samir Haddad", "Haddad", "Haddad (the other one)", "person"),
                "3 4 " + new RenameOperation(3, 4, "slf", "Sahel Liberation Front"),
                "4 5 " + new RetypeOperation(4, 5, "Kassala", "group"),
                "5 6 " + new RejectOperation(5, 6, "Advertisement Partner"),
                "5 6 " + new RejectOperation(5, 6, "Read More"),
                "6 7 alias Sahel Liberation Front += Front de Libération du Sahel",
            ],
            file.Operations.Select(Show));
    }

    /// <summary>Records compare their lists by reference, so operations are compared as text.</summary>
    private static string Show(CurationOperation o) => $"{o.Entry} {o.Line} " + o switch
    {
        MergeOperation m => $"merge {m.Keep} <- {string.Join(" + ", m.Others)}",
        AliasOperation a => $"alias {a.Entity} += {string.Join(" + ", a.Aliases)}",
        _ => o.ToString(),
    };

    [Theory]
    [InlineData("- mrege: [A, B]", "entry 1 (line 1, mrege): unknown operation 'mrege'")]
    [InlineData("- merge: [A]", "at least two entities")]
    [InlineData("- merge: A", "at least two entities")]
    [InlineData("- rename: { entity: A }", "missing field 'to'")]
    [InlineData("- rename: { entity: A, too: B }", "unknown field 'too'")]
    [InlineData("- retype: { entity: A, to: militia }", "'militia' is not a type")]
    [InlineData("- split: { entity: A, alias: [B, C] }", "'alias' must be a single value, not a list")]
    [InlineData("- alias: { entity: A }", "missing field 'add'")]
    [InlineData("- reject: \"\"", "'reject' is empty")]
    [InlineData("- { reject: A, rename: B }", "an entry must be one operation")]
    [InlineData("- just text", "an entry must be one operation")]
    [InlineData("reject: A", "the top level must be a list")]
    [InlineData("- merge: [A, B\n- reject: C", "cannot be parsed as YAML")]
    public void Parsing_reports_what_is_wrong_and_skips_only_that_entry(string yaml, string problem)
    {
        var file = CurationFile.Parse(yaml + "\n");

        Assert.Contains(file.Problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.Empty(file.Operations);
    }

    [Fact]
    public void An_empty_file_has_no_operations_and_no_problems()
    {
        var file = CurationFile.Parse("# nothing to correct yet\n");

        Assert.Empty(file.Operations);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Merge_moves_mentions_keys_and_aliases_into_the_first_entity_and_removes_the_others()
    {
        using var app = new AtlasStore();
        app.Write("corpus/rebels.txt", Article);
        Ingest(app, Path.Combine(app.Folder, "corpus"));
        using (var c = app.Database.Open())
        {
            c.Execute("INSERT INTO CuratedAliases (EntityId, Alias) VALUES ('eastern-front', 'EF')");
        }

        app.Write("corpus/curation.yaml", "- merge: [ \"Sahel Liberation Front\", \"eastern front\" ]\n");
        var warnings = Ingest(app, Path.Combine(app.Folder, "corpus"));

        Assert.Empty(warnings);
        Assert.Null(Entity(app, "eastern-front"));
        Assert.Equal(["Eastern Front", "Sahel Liberation Front", "SLF"], Surfaces(app, "sahel-liberation-front"));
        Assert.Equal(1, Entity(app, "sahel-liberation-front")!.Value.Curated);
        using var db = app.Database.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT COUNT(*) FROM EntityKeys WHERE EntityId = 'eastern-front'"));
        Assert.Contains("t:eastern front", db.Query<string>("SELECT Key FROM EntityKeys WHERE EntityId = 'sahel-liberation-front'"));
        Assert.Equal(["EF"], db.Query<string>("SELECT Alias FROM CuratedAliases WHERE EntityId = 'sahel-liberation-front'"));
        var exported = ExportedEntity(app, "sahel-liberation-front");
        Assert.True(exported.GetProperty("curated").GetBoolean());
        Assert.Equal(3, exported.GetProperty("mentionCount").GetInt32());
    }

    [Fact]
    public void A_later_article_naming_the_merged_entity_resolves_to_the_kept_one()
    {
        using var app = new AtlasStore();
        var corpus = Corpus(app, "- merge: [ \"Sahel Liberation Front\", \"Eastern Front\" ]\n");
        Ingest(app, corpus);

        app.Write("corpus/later.txt", "Talks stall\n\nThe Eastern Front said on Tuesday that talks had stalled. The Eastern Front blamed the army.");
        Assert.Empty(Ingest(app, corpus));

        Assert.Null(Entity(app, "eastern-front"));
        using var c = app.Database.Open();
        Assert.Equal(["sahel-liberation-front"], c.Query<string>(
            "SELECT DISTINCT m.EntityId FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum WHERE s.File = 'later.txt' AND m.Surface = 'Eastern Front'"));
    }

    [Fact]
    public void Split_moves_the_mentions_written_as_the_alias_to_a_new_entity()
    {
        using var app = new AtlasStore();

        var warnings = Ingest(app, Corpus(app, "- split: { entity: \"Samir Haddad\", alias: \"haddad\", to: \"Haddad (the other one)\" }\n"));

        Assert.Empty(warnings);
        Assert.Equal(["Samir Haddad"], Surfaces(app, "samir-haddad"));
        Assert.Equal(["Haddad"], Surfaces(app, "haddad-the-other-one"));
        Assert.Equal(("person", "Haddad (the other one)", 1L, 1L, 0L), Entity(app, "haddad-the-other-one"));
        Assert.Equal(1, Entity(app, "samir-haddad")!.Value.Curated);
    }

    [Fact]
    public void Split_can_move_the_mentions_to_an_existing_entity()
    {
        using var app = new AtlasStore();

        var warnings = Ingest(app, Corpus(app, "- split: { entity: samir-haddad, alias: Haddad, to: \"Amina Toure\" }\n"));

        Assert.Empty(warnings);
        Assert.Equal(["Samir Haddad"], Surfaces(app, "samir-haddad"));
        Assert.Equal(["Haddad", "Amina Toure"], Surfaces(app, "amina-toure"));
        Assert.Equal("Amina Toure", Entity(app, "amina-toure")!.Value.Name);
    }

    [Fact]
    public void Rename_sets_the_name_and_automatic_naming_leaves_it()
    {
        using var app = new AtlasStore();

        Ingest(app, Corpus(app, "- rename: { entity: SLF, to: \"Front for the Liberation of the Sahel\" }\n"));

        Assert.Equal(("group", "Front for the Liberation of the Sahel", 1L, 1L, 0L), Entity(app, "sahel-liberation-front"));
        Assert.Equal("Front for the Liberation of the Sahel", ExportedEntity(app, "sahel-liberation-front").GetProperty("name").GetString());
    }

    [Fact]
    public void Retype_changes_the_type_and_later_mentions_of_either_type_still_resolve_to_it()
    {
        using var app = new AtlasStore();

        Ingest(app, Corpus(app, "- retype: { entity: Eastern Front, to: place }\n"));

        Assert.Equal(("place", "Eastern Front", 1L, 0L, 0L), Entity(app, "eastern-front"));
        using var c = app.Database.Open();
        var keys = c.Query<(string Type, string Key)>("SELECT Type, Key FROM EntityKeys WHERE EntityId = 'eastern-front'").ToList();
        Assert.Contains(("place", "t:eastern front"), keys);
        Assert.Contains(("group", "t:eastern front"), keys);
        Assert.Equal("place", ExportedEntity(app, "eastern-front").GetProperty("type").GetString());
    }

    [Fact]
    public void Retyping_a_place_to_a_group_drops_its_coordinates()
    {
        using var app = new AtlasStore();

        Ingest(app, Corpus(app, "- retype: { entity: Kassala, to: group }\n"));

        using var c = app.Database.Open();
        Assert.Equal(("group", null, null), c.QuerySingle<(string, string?, double?)>("SELECT Type, PlaceId, Lat FROM Entities WHERE Id = 'kassala'"));
    }

    [Fact]
    public void Reject_hides_the_entity_and_its_mentions_from_the_export()
    {
        using var app = new AtlasStore();

        Ingest(app, Corpus(app, "- reject: [ \"Omar Farouk Diallo\" ]\n"));

        Assert.Equal(1, Entity(app, "omar-farouk-diallo")!.Value.Rejected);
        Assert.DoesNotContain(ExportedEntities(app), e => e.GetProperty("id").GetString() == "omar-farouk-diallo");
        Assert.Contains(ExportedEntities(app), e => e.GetProperty("id").GetString() == "samir-haddad");
    }

    [Fact]
    public void Alias_adds_a_curated_alias_that_is_exported_and_can_name_the_entity()
    {
        using var app = new AtlasStore();

        Ingest(app, Corpus(app, """
            - alias: { entity: "Sahel Liberation Front", add: [ "Front de Libération du Sahel", FLS ] }
            - rename: { entity: "front de libération du sahel", to: "FLS/SLF" }
            """));

        var exported = ExportedEntity(app, "sahel-liberation-front");
        var aliases = exported.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("Front de Libération du Sahel", aliases);
        Assert.Contains("FLS", aliases);
        Assert.Equal("FLS/SLF", exported.GetProperty("name").GetString());
        Assert.True(exported.GetProperty("curated").GetBoolean());
        Assert.False(ExportedEntity(app, "northern-brigades").GetProperty("curated").GetBoolean());
    }

    [Fact]
    public void An_ambiguous_name_is_reported_and_an_id_settles_it()
    {
        using var app = new AtlasStore();
        app.Write("corpus/rebels.txt", Article);
        Ingest(app, Path.Combine(app.Folder, "corpus"));
        using (var c = app.Database.Open())
        {
            // With this alias two entities answer to "Haddad".
            c.Execute("INSERT INTO CuratedAliases (EntityId, Alias) VALUES ('amina-toure', 'Haddad')");
        }

        app.Write("corpus/curation.yaml", "- reject: Haddad\n- reject: amina-toure\n");
        var warnings = Ingest(app, Path.Combine(app.Folder, "corpus"));

        var warning = Assert.Single(warnings);
        Assert.Contains("curation.yaml", warning, StringComparison.Ordinal);
        Assert.Contains("entry 1 (line 1, reject): 'Haddad' is ambiguous: it names amina-toure, samir-haddad; refer to one by id", warning, StringComparison.Ordinal);
        Assert.Equal(0, Entity(app, "samir-haddad")!.Value.Rejected);
        Assert.Equal(1, Entity(app, "amina-toure")!.Value.Rejected);
    }

    [Fact]
    public void Reingesting_a_changed_article_keeps_every_correction()
    {
        using var app = new AtlasStore();
        var corpus = Corpus(app, """
            - merge: [ "Sahel Liberation Front", "Eastern Front" ]
            - split: { entity: "Samir Haddad", alias: "Haddad", to: "Haddad (the other one)" }
            - rename: { entity: "Sahel Liberation Front", to: "SLF coalition" }
            - reject: "Omar Farouk Diallo"
            """);
        Ingest(app, corpus);
        File.AppendAllText(Path.Combine(corpus, "rebels.txt"), Addendum);

        var warnings = Ingest(app, corpus);

        Assert.Empty(warnings);
        using (var c = app.Database.Open())
        {
            Assert.Contains("Update: Haddad later met", c.ExecuteScalar<string>("SELECT Text FROM Sources"), StringComparison.Ordinal);
        }

        Assert.Null(Entity(app, "eastern-front"));
        Assert.Equal(["Eastern Front", "Sahel Liberation Front", "SLF", "Eastern Front", "Sahel Liberation Front"], Surfaces(app, "sahel-liberation-front"));
        Assert.Equal("SLF coalition", Entity(app, "sahel-liberation-front")!.Value.Name);
        Assert.Equal(["Samir Haddad"], Surfaces(app, "samir-haddad"));
        Assert.Equal(["Haddad", "Haddad"], Surfaces(app, "haddad-the-other-one"));
        Assert.Equal(1, Entity(app, "omar-farouk-diallo")!.Value.Rejected);
        Assert.DoesNotContain(ExportedEntities(app), e => e.GetProperty("id").GetString() == "omar-farouk-diallo");
    }

    [Fact]
    public void Without_the_curation_file_a_reingest_does_not_split_again()
    {
        // The counterpart of the test above: it is the file, re-applied, that keeps the split.
        using var app = new AtlasStore();
        var corpus = Corpus(app, "- split: { entity: \"Samir Haddad\", alias: \"Haddad\", to: \"Haddad (the other one)\" }\n");
        Ingest(app, corpus);
        File.Delete(Path.Combine(corpus, "curation.yaml"));
        File.AppendAllText(Path.Combine(corpus, "rebels.txt"), Addendum);

        Ingest(app, corpus);

        Assert.Equal(["Samir Haddad", "Haddad", "Haddad"], Surfaces(app, "samir-haddad"));
    }

    [Fact]
    public void A_malformed_entry_is_a_warning_naming_the_file_and_entry_and_the_other_operations_apply()
    {
        using var app = new AtlasStore();

        var warnings = Ingest(app, Corpus(app, """
            - reject: "Omar Farouk Diallo"
            - mrege: [ "Sahel Liberation Front", "Eastern Front" ]
            - rename: { entity: "Nobody We Know", to: "Somebody" }
            - retype: { entity: "Kassala" }
            - alias: { entity: "Northern Brigades", add: "NB" }
            """));

        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Contains(Path.Combine(app.Folder, "corpus", "curation.yaml"), w, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("entry 2 (line 2, mrege): unknown operation 'mrege'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("entry 3 (line 3, rename): no entity has the id or name 'Nobody We Know'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("entry 4 (line 4, retype): missing field 'to'", StringComparison.Ordinal));
        Assert.Equal(1, Entity(app, "omar-farouk-diallo")!.Value.Rejected);
        Assert.Equal(1, Entity(app, "northern-brigades")!.Value.Curated);
        Assert.NotNull(Entity(app, "eastern-front"));
    }

    [Fact]
    public void An_operation_that_fails_halfway_is_undone_entirely_and_the_next_still_applies()
    {
        using var app = new AtlasStore();
        var corpus = Corpus(app, "");
        Ingest(app, corpus);
        var mentions = Surfaces(app, "eastern-front");
        using (var c = app.Database.Open())
        {
            // The merge fails at its last step, after the mentions, keys and evidence have moved.
            c.Execute("CREATE TRIGGER keep_eastern BEFORE DELETE ON Entities WHEN OLD.Id = 'eastern-front' BEGIN SELECT RAISE(ABORT, 'held for the test'); END");
        }

        app.Write("corpus/curation.yaml", """
            - merge: [ "Sahel Liberation Front", "Eastern Front" ]
            - rename: { entity: "Northern Brigades", to: "The Northern Brigades" }
            """);
        var warnings = Ingest(app, corpus);

        var warning = Assert.Single(warnings);
        Assert.Contains("entry 1 (line 1, merge): could not be stored: ", warning, StringComparison.Ordinal);
        Assert.Contains("held for the test", warning, StringComparison.Ordinal);
        Assert.Equal(mentions, Surfaces(app, "eastern-front"));
        Assert.Equal(0, Entity(app, "sahel-liberation-front")!.Value.Curated);
        using var db = app.Database.Open();
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT COUNT(*) FROM EntityKeys WHERE Key = @key", new { key = Ingestion.Extraction.ResolutionKey.Merged("eastern-front").Stored }));
        Assert.Equal("The Northern Brigades", Entity(app, "northern-brigades")!.Value.Name);
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_a_warning_and_the_ingest_succeeds()
    {
        using var app = new AtlasStore();

        var warnings = Ingest(app, Corpus(app, "- merge: [ \"Sahel Liberation Front\", \"Eastern Front\"\n- reject: \"Omar Farouk Diallo\"\n"));

        var warning = Assert.Single(warnings);
        Assert.Contains("curation.yaml", warning, StringComparison.Ordinal);
        Assert.Contains("cannot be parsed as YAML", warning, StringComparison.Ordinal);
        Assert.NotNull(Entity(app, "eastern-front"));
        Assert.Equal(0, Entity(app, "omar-farouk-diallo")!.Value.Rejected);
        using var c = app.Database.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public void Applying_the_same_file_twice_gives_the_same_atlas_and_no_new_warnings()
    {
        using var app = new AtlasStore();
        var corpus = Corpus(app, """
            - merge: [ "Sahel Liberation Front", eastern-front ]
            - merge: [ sahel-liberation-front, "Omar Farouk Diallo" ]
            - split: { entity: "Samir Haddad", alias: "Haddad" }
            - rename: { entity: "Northern Brigades", to: "The Northern Brigades" }
            - retype: { entity: "Timbuktu", to: group }
            - reject: "Amina Toure"
            - alias: { entity: "Sahel Liberation Front", add: "FLS" }
            """);
        Assert.Empty(Ingest(app, corpus));
        var first = Snapshot(app);

        var warnings = Ingest(app, corpus);

        Assert.Empty(warnings);
        Assert.Equal(first, Snapshot(app));
        // A sanity check that the first run did change the atlas.
        Assert.Null(Entity(app, "eastern-front"));
        Assert.Equal(["Haddad"], Surfaces(app, EntityOf(app, "Haddad")));
        Assert.NotEqual("samir-haddad", EntityOf(app, "Haddad"));
    }

    [Fact]
    public void The_configured_curation_file_is_applied_with_any_in_the_folder()
    {
        var configured = Path.Combine(Path.GetTempPath(), $"curation-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(configured, "- reject: \"Northern Brigades\"\n");
        try
        {
            using var app = new AtlasStore(("Atlas:CurationFile", configured));

            var warnings = Ingest(app, Corpus(app, "- rename: { entity: \"Eastern Front\", to: \"The Eastern Front\" }\n"));

            Assert.Empty(warnings);
            Assert.Equal(1, Entity(app, "northern-brigades")!.Value.Rejected);
            Assert.Equal("The Eastern Front", Entity(app, "eastern-front")!.Value.Name);
        }
        finally
        {
            File.Delete(configured);
        }
    }

    [Fact]
    public void A_configured_file_that_does_not_exist_is_a_warning()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-curation-{Guid.NewGuid():N}.yaml");
        using var app = new AtlasStore(("Atlas:CurationFile", missing));

        var warnings = Ingest(app, app.Write("rebels.txt", Article));

        Assert.Contains(missing, Assert.Single(warnings), StringComparison.Ordinal);
        Assert.NotNull(Entity(app, "eastern-front"));
    }

    [Fact]
    public void Only_a_curation_file_directly_inside_a_folder_given_is_read()
    {
        using var app = new AtlasStore();
        app.Write("corpus/rebels.txt", Article);
        app.Write("corpus/nested/curation.yaml", "- reject: \"Northern Brigades\"\n");

        Ingest(app, Path.Combine(app.Folder, "corpus"));

        Assert.Equal(0, Entity(app, "northern-brigades")!.Value.Rejected);
    }
}
