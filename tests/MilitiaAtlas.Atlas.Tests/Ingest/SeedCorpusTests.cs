using System.Text.Json;
using Dapper;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Atlas.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Ingests the five seed articles and checks what every later stage relies on.</summary>
public sealed class SeedCorpusTests
{
    private static JsonDocument Export(AtlasStore app)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        return JsonDocument.Parse(ms.ToArray());
    }

    private static string Fold(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace(".", "").ToLowerInvariant()
            .Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Every_paragraph_of_the_blog_post_that_copies_the_column_carries_reused_from()
    {
        using var app = new AtlasStore();
        var report = app.Ingest(RepoPaths.Seeds);
        Assert.Equal(5, report.Count(IngestStatus.Added));

        using var doc = Export(app);
        var sources = doc.RootElement.GetProperty("sources").EnumerateArray().ToList();
        var original = sources.Single(s => s.GetProperty("file").GetString()!.StartsWith("000", StringComparison.Ordinal));
        var copy = sources.Single(s => s.GetProperty("file").GetString()!.StartsWith("002", StringComparison.Ordinal));
        var originalText = Fold(original.GetProperty("text").GetString()!);
        var copyText = copy.GetProperty("text").GetString()!;
        var copied = 0;
        foreach (var p in copy.GetProperty("passages").EnumerateArray())
        {
            var t = Fold(copyText[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()]);
            if (t.Length >= 60 && originalText.Contains(t, StringComparison.Ordinal))
            {
                copied++;
                var from = p.GetProperty("reusedFrom");
                Assert.Equal(JsonValueKind.Object, from.ValueKind);
                Assert.Equal(original.GetProperty("id").GetString(), from.GetProperty("sourceId").GetString());
            }
        }

        Assert.True(copied >= 5, $"expected the seed copy to reproduce at least five paragraphs, found {copied}");
        Assert.All(sources.Where(s => s.GetProperty("id").GetString() != copy.GetProperty("id").GetString()),
            s => Assert.All(s.GetProperty("passages").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("reusedFrom").ValueKind)));
    }

    [Fact]
    public void Every_passage_span_in_the_export_indexes_its_text()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds);

        using var doc = Export(app);

        Assert.Equal(1, doc.RootElement.GetProperty("formatVersion").GetInt32());
        foreach (var s in doc.RootElement.GetProperty("sources").EnumerateArray())
        {
            var text = s.GetProperty("text").GetString()!;
            var last = 0;
            var ids = new HashSet<string>();
            foreach (var p in s.GetProperty("passages").EnumerateArray())
            {
                int start = p.GetProperty("start").GetInt32(), end = p.GetProperty("end").GetInt32();
                Assert.InRange(start, last, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.False(char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]), "passage spans are trimmed");
                Assert.True(ids.Add(p.GetProperty("id").GetString()!));
                Assert.Contains(p.GetProperty("kind").GetString(), new[] { "body", "heading", "byline", "caption", "boilerplate", "comment" });
                last = end;
            }
        }

        foreach (var name in new[] { "entities", "mentions", "claims", "relations", "events" })
        {
            Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void An_exported_mention_cites_the_title_written_onto_the_name_while_the_aliases_stay_names()
    {
        using var app = new AtlasStore();
        app.Write("titles/brief.txt", """
            Talks on the river border

            Defence Minister Karim Osei arrived in the capital on Monday. Osei said the talks would last two days.
            """);
        app.Ingest(Path.Combine(app.Folder, "titles"));

        using var doc = Export(app);
        var text = doc.RootElement.GetProperty("sources")[0].GetProperty("text").GetString()!;
        var person = doc.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Karim Osei");
        var cited = doc.RootElement.GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("entityId").GetString() == person.GetProperty("id").GetString())
            .Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]).ToList();

        Assert.Equal(["Defence Minister Karim Osei", "Osei"], cited);
        Assert.Equal(["Osei"], person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList());
    }

    [Fact]
    public void An_exported_mention_cites_the_words_written_with_a_place_while_the_place_keeps_its_name()
    {
        using var app = new AtlasStore();
        app.Write("places/brief.txt", """
            Shelling on the border

            Shelling hit northern Andorra on Monday. Two civilians died in Kessa, Manitoba, on Tuesday.
            """);
        app.Ingest(Path.Combine(app.Folder, "places"));

        using var doc = Export(app);
        var text = doc.RootElement.GetProperty("sources")[0].GetProperty("text").GetString()!;
        var cited = doc.RootElement.GetProperty("mentions").EnumerateArray()
            .Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]).ToList();

        Assert.Contains("northern Andorra", cited);
        Assert.Contains("Kessa, Manitoba", cited);
        Assert.Contains("Manitoba", cited);
        Assert.Contains(doc.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Andorra");
    }

    [Fact]
    public void Footers_and_comment_threads_are_never_body()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds);

        using var c = app.Database.Open();
        var bodyTexts = c.Query<string>("SELECT substr(s.Text, p.Start + 1, p.\"End\" - p.Start) FROM Passages p JOIN Sources s ON s.Num = p.SourceNum WHERE p.Kind = 'body'").ToList();
        Assert.DoesNotContain(bodyTexts, t => t.Contains("does not necessarily reflect", StringComparison.Ordinal));
        Assert.DoesNotContain(bodyTexts, t => t.Contains("To contact the", StringComparison.Ordinal));
        Assert.DoesNotContain(bodyTexts, t => t.Contains("comments", StringComparison.OrdinalIgnoreCase) && t.Contains("moderat", StringComparison.Ordinal));
        Assert.DoesNotContain(bodyTexts, t => t.EndsWith("'s picture", StringComparison.Ordinal));
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'comment'") > 20);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'caption'") >= 3);
    }

    [Fact]
    public void Published_dates_come_from_the_sidecar_at_their_own_precision()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds);

        using var c = app.Database.Open();
        var dates = c.Query<(string File, string Published)>("SELECT File, Published FROM Sources").ToDictionary(r => r.File[..3], r => r.Published);
        Assert.Equal("2015-02-03", dates["000"]);
        Assert.Equal("2015-02", dates["002"]);
    }
}
