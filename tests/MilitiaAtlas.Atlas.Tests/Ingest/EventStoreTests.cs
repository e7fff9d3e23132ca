using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Events across sources: one happening reported twice is one event; a date disagreement stays visible.</summary>
public sealed class EventStoreTests
{
    private static JsonElement Export(AtlasStore app)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
    }

    private static string Yaml(params (string File, string Published)[] entries) =>
        string.Concat(entries.Select(e => $"{e.File}:\n  published: {e.Published}\n"));

    /// <summary>
    /// Both files in one run into a new database: the writer matches events from memory (EventWriter's mirror). One file
    /// per run after eight others: it reads the candidates from the table. The outcome must be the same.
    /// </summary>
    private static void IngestBoth(AtlasStore app, bool oneByOneAfterOthers)
    {
        if (!oneByOneAfterOthers)
        {
            app.Ingest(Path.Combine(app.Folder, "c"));
            return;
        }

        app.Ingest(Enumerable.Range(0, 8).Select(i => app.Write($"o/other{i}.txt", $"Other {i}\n\nThe ward committee of district {i} discussed the budget.")).ToArray());
        Assert.False(MilitiaAtlas.Atlas.Ingest.ShingleMirror.Worthwhile(8, 1));
        app.Ingest(Path.Combine(app.Folder, "c", "a.txt"));
        app.Ingest(Path.Combine(app.Folder, "c", "b.txt"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_sources_reporting_one_meeting_make_one_event_with_two_evidence_claims(bool oneByOneAfterOthers)
    {
        using var app = new AtlasStore();
        app.Write("c/a.txt", "Talks in Qara\n\nOn March 1, 2019, Samir Haddad met Omar Hamdan in the village of Qara, officials said.");
        app.Write("c/b.txt", "Rivals meet\n\nSamir Haddad met Omar Hamdan on March 1 in the village of Qara, according to residents.");
        app.Write("c/sources.yaml", Yaml(("a.txt", "2019-03-02"), ("b.txt", "2019-03-04")));

        IngestBoth(app, oneByOneAfterOthers);
        var events = Export(app).GetProperty("events").EnumerateArray().ToList();

        var ev = Assert.Single(events);
        Assert.Equal("2019-03-01", ev.GetProperty("date").GetString());
        Assert.Equal(2, ev.GetProperty("claimIds").GetArrayLength());
        Assert.False(ev.GetProperty("disputed").GetBoolean());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sources_that_disagree_on_the_day_keep_both_dates_and_the_event_is_flagged(bool oneByOneAfterOthers)
    {
        using var app = new AtlasStore();
        app.Write("c/a.txt", "Talks in Qara\n\nOn March 1, 2019, Samir Haddad met Omar Hamdan in the village of Qara, officials said.");
        app.Write("c/b.txt", "Rivals meet\n\nOn March 2, 2019, Samir Haddad met Omar Hamdan in the village of Qara, residents said.");
        app.Write("c/sources.yaml", Yaml(("a.txt", "2019-03-02"), ("b.txt", "2019-03-04")));

        IngestBoth(app, oneByOneAfterOthers);
        var ev = Assert.Single(Export(app).GetProperty("events").EnumerateArray().ToList());

        Assert.True(ev.GetProperty("disputed").GetBoolean());
        Assert.Equal(["2019-03-01", "2019-03-02"], ev.GetProperty("reportedDates").EnumerateArray().Select(d => d.GetProperty("date").GetString()).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_more_precise_report_refines_the_date_and_the_date_goes_back_when_that_report_goes(bool oneByOneAfterOthers)
    {
        using var app = new AtlasStore();
        app.Write("c/a.txt", "Talks in Qara\n\nIn March 2019, Samir Haddad met Omar Hamdan in the village of Qara, officials said.");
        var b = app.Write("c/b.txt", "Rivals meet\n\nOn March 1, 2019, Samir Haddad met Omar Hamdan in the village of Qara, residents said.");
        app.Write("c/sources.yaml", Yaml(("a.txt", "2019-04-02"), ("b.txt", "2019-04-04")));

        IngestBoth(app, oneByOneAfterOthers);
        var ev = Assert.Single(Export(app).GetProperty("events").EnumerateArray().ToList());
        Assert.Equal("2019-03-01", ev.GetProperty("date").GetString());
        Assert.Equal("day", ev.GetProperty("precision").GetString());
        Assert.False(ev.GetProperty("disputed").GetBoolean());

        File.WriteAllText(b, "Rivals meet\n\nSamir Haddad and Omar Hamdan did not comment, residents said.");
        app.Ingest(Path.Combine(app.Folder, "c"));
        ev = Assert.Single(Export(app).GetProperty("events").EnumerateArray().ToList());
        Assert.Equal("2019-03", ev.GetProperty("date").GetString());
        Assert.Equal("month", ev.GetProperty("precision").GetString());
    }

    [Fact]
    public void Re_ingesting_a_changed_source_removes_its_events_and_keeps_the_others()
    {
        using var app = new AtlasStore();
        var a = app.Write("c/a.txt", "Talks in Qara\n\nOn March 1, 2019, Samir Haddad met Omar Hamdan in the village of Qara.");
        app.Write("c/b.txt", "A raid\n\nOn March 3, 2019, the Northern Brigades attacked the town of Zawiya.");
        app.Write("c/sources.yaml", Yaml(("a.txt", "2019-03-02"), ("b.txt", "2019-03-04")));
        app.Ingest(Path.Combine(app.Folder, "c"));
        Assert.Equal(2, Export(app).GetProperty("events").GetArrayLength());

        File.WriteAllText(a, "Talks in Qara\n\nSamir Haddad and Omar Hamdan have not met, officials said.");
        app.Ingest(Path.Combine(app.Folder, "c"));
        var events = Export(app).GetProperty("events").EnumerateArray().ToList();

        var ev = Assert.Single(events);
        Assert.Equal("2019-03-03", ev.GetProperty("date").GetString());
    }

    [Fact]
    public void Claims_cite_exact_spans_and_relations_cite_their_claims()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds);
        var root = Export(app);
        var texts = root.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
        var claimIds = new HashSet<string>();

        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var text = texts[c.GetProperty("sourceId").GetString()!];
            Assert.Equal(c.GetProperty("quote").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
            claimIds.Add(c.GetProperty("id").GetString()!);
        }

        Assert.NotEmpty(root.GetProperty("relations").EnumerateArray());
        Assert.All(root.GetProperty("relations").EnumerateArray(), r =>
        {
            Assert.NotEqual(0, r.GetProperty("claimIds").GetArrayLength());
            Assert.All(r.GetProperty("claimIds").EnumerateArray(), id => Assert.Contains(id.GetString()!, claimIds));
        });
        Assert.All(root.GetProperty("events").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("claimIds").GetArrayLength()));
        Assert.Contains(root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("reusedFrom").ValueKind == JsonValueKind.Object);
    }
}
