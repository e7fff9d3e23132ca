using System.Text.Json;
using Dapper;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MilitiaAtlas.Atlas.Search;

namespace MilitiaAtlas.Web.Tests.Search;

/// <summary>How ingest and curation keep the search tables in step: replaced sources, gone entities, curated names, encoding.</summary>
public sealed class SearchIndexTests
{
    /// <summary>Invented actors with strong cues, so that extraction finds them.</summary>
    private const string Article = """
        Rebels seize river crossing

        The Northern Brigades said on Monday that they had taken two villages near Kassala. Their commander, Col. Samir Haddad, said the zebrafish farms were safe.

        The Sahel Liberation Front denied the claim. Its spokesman, Omar Farouk Diallo, said the group still held the crossing. Diallo called the report propaganda.
        """;

    private const string Other = """
        Talks stall in the east

        The Eastern Front said on Tuesday that talks with the Northern Brigades had stalled. Its leader, Gen. Yusuf Bello, blamed the army.
        """;

    private static async Task<List<JsonElement>> SearchAsync(AtlasApp app, string q)
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q)));
        return doc.RootElement.GetProperty("results").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static List<JsonElement> OfKind(List<JsonElement> results, params string[] kinds) =>
        results.Where(r => kinds.Contains(r.GetProperty("kind").GetString())).ToList();

    private static string Ingest(AtlasApp app, string folder)
    {
        var report = app.Ingest(Path.Combine(app.Folder, folder));
        Assert.False(report.AnyFailed, string.Join('\n', report.Files.Select(f => f.Error)));
        return Path.Combine(app.Folder, folder);
    }

    /// <summary>FTS5's own check that an external-content index matches its content table, row for row.</summary>
    private static void AssertIndexesConsistent(AtlasApp app)
    {
        using var c = app.Database.Open();
        c.Execute("INSERT INTO SearchNamesFts (SearchNamesFts, rank) VALUES ('integrity-check', 1)");
        c.Execute("INSERT INTO SearchTextsFts (SearchTextsFts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public async Task Reingesting_a_changed_source_replaces_its_claims_in_the_index()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        Ingest(app, "corpus");
        Assert.NotEmpty(OfKind(await SearchAsync(app, "zebrafish"), "claim"));

        app.Write("corpus/story.txt", Article.Replace("zebrafish", "ocelot", StringComparison.Ordinal));
        Ingest(app, "corpus");

        Assert.Empty(OfKind(await SearchAsync(app, "zebrafish"), "claim"));
        var claim = Assert.Single(OfKind(await SearchAsync(app, "ocelot"), "claim"));
        Assert.Contains("<mark>ocelot</mark>", claim.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        using var c = app.Database.Open();
        Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims") + 1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchTexts"));
        AssertIndexesConsistent(app);
    }

    [Fact]
    public async Task An_entity_no_longer_mentioned_leaves_the_index()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        Ingest(app, "corpus");
        Assert.NotEmpty(OfKind(await SearchAsync(app, "Omar Farouk Diallo"), "person"));

        app.Write("corpus/story.txt", Article.Replace("Its spokesman, Omar Farouk Diallo, said", "It said", StringComparison.Ordinal)
            .Replace(" Diallo called the report propaganda.", "", StringComparison.Ordinal));
        Ingest(app, "corpus");

        Assert.Empty(OfKind(await SearchAsync(app, "Omar Farouk Diallo"), "person"));
        using var c = app.Database.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchNames WHERE Name LIKE '%Diallo%'"));
        AssertIndexesConsistent(app);
    }

    [Fact]
    public void Ingesting_one_source_leaves_the_index_rows_of_the_others_alone()
    {
        using var app = new AtlasApp();
        app.Write("corpus/a.txt", Article);
        Ingest(app, "corpus");
        using var c = app.Database.Open();
        const string Rows = """
            SELECT 'text:' || Id || ':' || Text FROM SearchTexts
            UNION ALL
            SELECT 'name:' || Id || ':' || EntityId || ':' || Name FROM SearchNames
            ORDER BY 1
            """;
        var before = c.Query<string>(Rows).ToList();

        app.Write("corpus/b.txt", Other);
        Ingest(app, "corpus");
        var after = c.Query<string>(Rows).ToList();

        Assert.NotEmpty(before);
        Assert.True(after.Count > before.Count);
        Assert.Empty(before.Except(after));
        AssertIndexesConsistent(app);
    }

    [Fact]
    public async Task Curated_aliases_and_names_are_searchable_after_ingest()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        app.Write("corpus/curation.yaml", """
            - alias: { entity: "Samir Haddad", add: "Abu Zaytoun" }
            - rename: { entity: "Sahel Liberation Front", to: "Front for the Liberation of the Sahel" }
            """);
        Ingest(app, "corpus");

        var alias = await SearchAsync(app, "Abu Zaytoon");
        var renamed = await SearchAsync(app, "Front for the Liberation of the Sahel");

        Assert.Equal("/people/samir-haddad", alias[0].GetProperty("url").GetString());
        Assert.Equal("sahel-liberation-front", renamed[0].GetProperty("id").GetString());
        Assert.Equal("Front for the Liberation of the Sahel", renamed[0].GetProperty("name").GetString());
        AssertIndexesConsistent(app);
    }

    [Fact]
    public async Task A_rejected_entity_is_not_found()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        app.Write("corpus/curation.yaml", "- reject: \"Omar Farouk Diallo\"\n");
        Ingest(app, "corpus");

        var results = await SearchAsync(app, "Omar Farouk Diallo");
        var suggestions = await app.CreateClient().GetStringAsync("/api/suggest?q=Diallo");

        Assert.DoesNotContain(results, r => r.GetProperty("id").GetString() == "omar-farouk-diallo");
        Assert.Equal("[]", suggestions);
    }

    [Fact]
    public async Task A_merged_entity_is_found_as_the_one_it_was_merged_into()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        app.Write("corpus/other.txt", Other);
        app.Write("corpus/curation.yaml", "- merge: [ \"Sahel Liberation Front\", \"Eastern Front\" ]\n");
        Ingest(app, "corpus");

        var results = await SearchAsync(app, "Eastern Front");

        Assert.Equal("sahel-liberation-front", results[0].GetProperty("id").GetString());
        Assert.DoesNotContain(results, r => r.GetProperty("id").GetString() == "eastern-front");
        AssertIndexesConsistent(app);
    }

    [Fact]
    public async Task A_database_stored_before_the_search_index_is_indexed_when_the_server_starts()
    {
        using var first = new AtlasApp();
        first.Write("corpus/story.txt", Article);
        Ingest(first, "corpus");
        using (var db = first.Database.CreateContext())
        {
            // The database as it was before the search migration (every later migration undone too), which the next
            // start applies again.
            db.GetService<IMigrator>().Migrate("20261121000005_EventParticipants");
        }

        using (var c = first.Database.Open())
        {
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'SearchTexts'"));
        }

        using var second = new AtlasApp(("Atlas:Database", first.Database.FilePath));

        Assert.Equal("/people/samir-haddad", (await SearchAsync(second, "Samir Haddad"))[0].GetProperty("url").GetString());
        Assert.NotEmpty(OfKind(await SearchAsync(second, "zebrafish"), "claim"));
        using var check = second.Database.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchIndexPending"));
    }

    [Fact]
    public async Task An_ingest_of_unchanged_sources_builds_an_index_left_pending()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", Article);
        Ingest(app, "corpus");
        using (var c = app.Database.Open())
        {
            c.Execute("DELETE FROM SearchTexts; DELETE FROM SearchNames; INSERT INTO SearchIndexPending (Id) VALUES (1);");
        }

        Assert.Empty(await SearchAsync(app, "zebrafish"));
        Ingest(app, "corpus");

        Assert.NotEmpty(OfKind(await SearchAsync(app, "zebrafish"), "claim"));
        Assert.Equal("samir-haddad", (await SearchAsync(app, "Samir Haddad"))[0].GetProperty("id").GetString());
        AssertIndexesConsistent(app);
    }

    [Fact]
    public async Task Text_from_articles_is_html_encoded_in_results()
    {
        using var app = new AtlasApp();
        app.Write("corpus/story.txt", """
            The <b>Northern</b> Brigades regroup

            The Northern Brigades said on Monday that they had taken two villages. Their commander, Col. Samir Haddad, said <script>alert(1)</script> the fighting was over & done.
            """);
        Ingest(app, "corpus");
        var client = app.CreateClient();

        var json = await client.GetStringAsync("/api/search?q=Samir%20Haddad");
        var html = await client.GetStringAsync("/search?q=Samir%20Haddad");
        var titleHtml = await client.GetStringAsync("/search?q=regroup");

        using var doc = JsonDocument.Parse(json);
        var snippets = doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(snippets, s => s.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal));
        Assert.DoesNotContain(snippets, s => s.Contains("<script", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Samir Haddad</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Northern&lt;/b&gt; Brigades <mark>regroup</mark>", titleHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Northern</b>", titleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_never_reach_the_index()
    {
        Assert.Equal("a b  c", SearchIndex.Clean("a\u0002b\u0003\nc"));
        Assert.Same("plain", SearchIndex.Clean("plain"));
    }
}
