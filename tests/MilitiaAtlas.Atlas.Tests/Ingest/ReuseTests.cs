using Dapper;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Tests.Reliability;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Reused passages are linked to their original, and the links follow sources that change.</summary>
public sealed class ReuseTests
{
    private const string Shared = """
        The river crossing near the old cement works was closed for three days while engineers from the provincial council inspected the damaged bridge and its approaches.

        Farmers on the eastern bank said they had lost most of the harvest because the trucks that carry grain to the market towns could not reach them before the rains began.
        """;

    private const string OwnA = "Officials in the capital promised a new bridge within two years, but residents said they had heard the same promise before the last election.";
    private const string OwnB = "A blogger who lives near the crossing wrote that the closure was the longest anyone in the village could remember.";

    private static string Article(string title, params string[] paragraphs) => title + "\n\n" + string.Join("\n\n", paragraphs) + "\n";

    private static List<(string Source, long Ordinal, string? From)> Links(AtlasStore app)
    {
        using var c = app.Database.Open();
        return c.Query<(string, long, string?)>("""
            SELECT s.Id, p.Ordinal, r.Id
            FROM Passages p
            JOIN Sources s ON s.Num = p.SourceNum
            JOIN Sources r ON r.Num = p.ReusedFromSourceNum
            ORDER BY s.Id, p.Ordinal
            """).ToList();
    }

    /// <summary>
    /// With no other sources stored, every ingest below keeps the shingles in memory (ShingleMirror); with eight unrelated
    /// ones stored first, the re-ingests of one file each read them from the table instead. The links must not differ.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void The_later_copy_links_to_the_earlier_original_and_the_links_follow_a_changed_original(int storedBefore)
    {
        using var app = new AtlasStore();
        Assert.Equal(storedBefore == 0, ShingleMirror.Worthwhile(storedBefore + 3, 1));
        if (storedBefore > 0)
        {
            app.Ingest(Enumerable.Range(0, storedBefore).Select(i => app.Write($"other{i}.txt", Article($"Other {i}", Filler(i)))).ToArray());
        }

        app.Write("sources.yaml", "original.txt:\n  published: 2020-03-01\ncopy.txt:\n  published: 2020-03-09\nlater.txt:\n  published: 2020-04-02\n");
        var original = app.Write("original.txt", Article("Bridge closed", Shared, OwnA));
        var copy = app.Write("copy.txt", Article("A blog about the bridge", OwnB, Shared));
        var later = app.Write("later.txt", Article("Another blog", Shared, "The author added nothing of his own to the story."));

        var report = app.Ingest(original, copy, later);
        var (originalId, copyId, laterId) = (report.Files[0].SourceId!, report.Files[1].SourceId!, report.Files[2].SourceId!);

        var links = Links(app);
        Assert.Equal(new[] { copyId, laterId }.Order(StringComparer.Ordinal), links.Select(l => l.Source).Distinct().Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.Equal(originalId, l.From));

        // The original is rewritten without the shared paragraphs. Its old shingles go; the two copies are linked
        // again from their stored shingles, and the earlier one becomes the later one's original.
        app.Write("original.txt", Article("Bridge closed", OwnA, "The council has not said when the inspection will be finished."));
        app.Ingest(original);
        var relinked = Links(app);
        Assert.NotEmpty(relinked);
        Assert.All(relinked, l => Assert.Equal((laterId, copyId), (l.Source, l.From)));
        StoreChecks.AssertConsistent(app.Database.FilePath);
        StoreChecks.AssertEverySourceComplete(app.Database.FilePath, app.Folder);

        // Restored: the first copy points at the original again; the later one keeps pointing at that copy, so
        // following the links from either ends at the original.
        app.Write("original.txt", Article("Bridge closed", Shared, OwnA));
        app.Ingest(original);
        var restored = Links(app);
        Assert.Equal(links.Select(l => (l.Source, l.Ordinal)), restored.Select(l => (l.Source, l.Ordinal)));
        var from = restored.GroupBy(l => l.Source).ToDictionary(g => g.Key, g => g.Select(l => l.From).Distinct().Single());
        Assert.Equal(originalId, from[copyId]);
        Assert.Equal(originalId, from[laterId] == copyId ? from[copyId] : from[laterId]);
        StoreChecks.AssertConsistent(app.Database.FilePath);
        StoreChecks.AssertEverySourceComplete(app.Database.FilePath, app.Folder);
    }

    /// <summary>All at once, the shingles are kept in memory; one file per ingest, from the sixth on, they are read from the table.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_paragraph_in_more_sources_than_the_limit_becomes_stock_phrasing_and_stops_linking(bool oneAtATime)
    {
        // The same news paragraph in every article, each with one of its own, published a day apart.
        var paragraph = Shared.Split("\n\n")[0].Trim();
        var holders = ReuseLinker.MaxHolders;
        using var app = new AtlasStore();
        var files = new List<string>();
        var yaml = new System.Text.StringBuilder();
        for (var i = 0; i <= holders + 2; i++)
        {
            var name = $"story{i:D2}.txt";
            yaml.Append($"{name}:\n  published: 2021-01-{i + 1:D2}\n");
            var own = $"Officials in ward {Words(i)} said that " + string.Join(' ', Enumerable.Range(0, 12).Select(k => $"crate{i}n{k}")) + " were delivered on time.";
            files.Add(app.Write(name, Article($"Story {i}", own, paragraph)));
        }

        app.Write("sources.yaml", yaml.ToString());
        var ids = oneAtATime
            ? files.Select(f => app.Ingest(f).Files.Single().SourceId!).ToList()
            : app.Ingest(files.ToArray()).Files.Select(f => f.SourceId!).ToList();

        // The second to the holders-th article find the first one's paragraph (all copies of the earliest); the next
        // ones find it in more than MaxHolders passages, which makes it stock phrasing, and are not linked.
        var linked = Links(app).Select(l => l.Source).ToHashSet();
        Assert.Equal(ids.Skip(1).Take(holders), ids.Where(linked.Contains));
        Assert.All(Links(app), l => Assert.Equal(ids[0], l.From));
        using (var c = app.Database.Open())
        {
            Assert.NotEqual(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM StockShingles"));
        }

        StoreChecks.AssertConsistent(app.Database.FilePath);
        StoreChecks.AssertEverySourceComplete(app.Database.FilePath, app.Folder);
    }

    private static string Filler(int i) =>
        $"The ward {Words(i)} committee met to discuss " + string.Join(' ', Enumerable.Range(0, 20).Select(k => $"ledger{i}x{k}")) + " before the holiday.";

    private static string Words(int i) => string.Join(' ', i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture).Select(d => "zero one two three four five six seven eight nine".Split(' ')[d - '0']));
}
