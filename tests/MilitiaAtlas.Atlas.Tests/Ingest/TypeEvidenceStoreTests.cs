using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>
/// The evidence behind each entity's type in the atlas (TypeEvidence): merged across articles, each row citing its
/// source and sentence; replaced with its source, never added twice; and an analyst's retype as the deciding reason.
/// </summary>
public sealed class TypeEvidenceStoreTests
{
    private const string First = """
        Brigade takes the valley

        The Wadi Liberation Brigade said on Monday that its fighters had taken the valley. Laura K. Benton, the leader of the Wadi Liberation Brigade, said the road was open.
        """;

    private const string Second = """
        Valley talks

        Envoys met the Wadi Liberation Brigade in the Tamaro Region. Benton said the Brigade would stay.
        """;

    /// <summary>Each row of an entity's evidence as "source|cue|type|weight|count|mention|sentence".</summary>
    private static List<string> Rows(AtlasStore app, string entityId)
    {
        using var c = app.Database.Open();
        return c.Query<string>("""
            SELECT s.Id || '|' || t.Cue || '|' || t.Type || '|' || t.Weight || '|' || t.Count || '|' || substr(s.Text, t.Start + 1, t."End" - t.Start) || '|' || ifnull(t.ClaimOrdinal, '-')
            FROM TypeEvidence t
            JOIN Sources s ON s.Num = t.SourceNum
            WHERE t.EntityId = @entityId
            ORDER BY s.Id, t.Start, t.Cue, t.Type
            """, new { entityId }).ToList();
    }

    private static long Count(AtlasStore app)
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM TypeEvidence");
    }

    private static List<JsonElement> ExportedEntities(AtlasStore app)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        using var doc = JsonDocument.Parse(ms.ToArray());
        return doc.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void Evidence_is_merged_across_articles_and_cites_each_source_and_sentence()
    {
        using var app = new AtlasStore();
        app.Ingest(app.Write("corpus/first.txt", First), app.Write("corpus/second.txt", Second));

        var rows = Rows(app, "wadi-liberation-brigade");

        Assert.Equal(
            [
                "brigade-takes-the-valley|head-noun|group|10|2|Wadi Liberation Brigade|1",
                // "The Wadi Liberation Brigade said": a cue against the type is kept too.
                "brigade-takes-the-valley|speech-after|person|3|1|Wadi Liberation Brigade|1",
                // "the leader of the Wadi Liberation Brigade": the role looks past the article.
                "brigade-takes-the-valley|role-of|group|3|1|Wadi Liberation Brigade|2",
                "valley-talks|head-noun|group|5|1|Wadi Liberation Brigade|1",
                // "the Brigade would stay" names it by its head word alone, in the second sentence.
                "valley-talks|institution|group|3|1|Brigade|2",
            ],
            rows);
        // One row per source, cue and type: the count says how often.
        Assert.Equal(rows.Count, rows.Select(r => string.Join('|', r.Split('|')[..3])).Distinct().Count());
    }

    [Fact]
    public void Re_ingesting_replaces_a_sources_evidence_and_never_duplicates_it()
    {
        using var app = new AtlasStore();
        var first = app.Write("corpus/first.txt", First);
        app.Write("corpus/second.txt", Second);
        var corpus = Path.Combine(app.Folder, "corpus");
        app.Ingest(corpus);
        var before = Rows(app, "wadi-liberation-brigade");
        var total = Count(app);

        app.Ingest(corpus);
        Assert.Equal(before, Rows(app, "wadi-liberation-brigade"));
        Assert.Equal(total, Count(app));

        // A changed article is extracted again: its rows are replaced, not added to.
        File.WriteAllText(first, First + "\nThe Wadi Liberation Brigade later withdrew.\n");
        app.Ingest(corpus);
        var after = Rows(app, "wadi-liberation-brigade");
        Assert.Contains("brigade-takes-the-valley|head-noun|group|15|3|Wadi Liberation Brigade|1", after);
        Assert.DoesNotContain("brigade-takes-the-valley|head-noun|group|10|2|Wadi Liberation Brigade|1", after);
        Assert.Equal(after.Count, after.Select(r => string.Join('|', r.Split('|')[..3])).Distinct().Count());
    }

    [Fact]
    public void A_merge_moves_the_evidence_and_a_retype_makes_curation_the_deciding_reason()
    {
        using var app = new AtlasStore();
        app.Write("corpus/first.txt", First);
        app.Write("corpus/curation.yaml", """
            - merge: [ "Wadi Liberation Brigade", "Laura K. Benton" ]
            - retype: { entity: "Wadi Liberation Brigade", to: place }
            """);
        var benton = "laura-k-benton";
        app.Ingest(Path.Combine(app.Folder, "corpus"));

        Assert.Empty(Rows(app, benton));
        Assert.Contains(Rows(app, "wadi-liberation-brigade"), r => r.Contains("|person|", StringComparison.Ordinal));

        var exported = ExportedEntities(app).Single(e => e.GetProperty("id").GetString() == "wadi-liberation-brigade");
        Assert.Equal("place", exported.GetProperty("type").GetString());
        var evidence = exported.GetProperty("typeEvidence").EnumerateArray().ToList();
        Assert.Equal("curation", evidence[0].GetProperty("cue").GetString());
        Assert.Equal("place", evidence[0].GetProperty("type").GetString());
        var headNoun = evidence.First(e => e.GetProperty("cue").GetString() == "head-noun");
        Assert.Equal("group", headNoun.GetProperty("type").GetString());
        Assert.Equal("brigade-takes-the-valley/c1", headNoun.GetProperty("claimId").GetString());
        var text = ExportedText(app, "brigade-takes-the-valley");
        Assert.Equal("Wadi Liberation Brigade", text[headNoun.GetProperty("start").GetInt32()..headNoun.GetProperty("end").GetInt32()]);
        Assert.Equal("Brigade", text[headNoun.GetProperty("cueStart").GetInt32()..headNoun.GetProperty("cueEnd").GetInt32()]);
    }

    private static string ExportedText(AtlasStore app, string sourceId)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        using var doc = JsonDocument.Parse(ms.ToArray());
        return doc.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sourceId).GetProperty("text").GetString()!;
    }
}
