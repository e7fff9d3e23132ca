using Dapper;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>What a database must satisfy after any fault: SQLite's own checks, no orphaned row, no partial source.</summary>
internal static class StoreChecks
{
    // Every table whose rows belong to a source, with the expression that gives the source's number (Sources.Num).
    private static readonly (string Table, string Column)[] SourceChildren =
    [
        ("Passages", "SourceNum"),
        ("PassageShingles", "SourceNum"),
        ("Mentions", "SourceNum"),
        ("Claims", "SourceNum"),
        ("RelationEvidence", "SourceNum"),
        ("EventEvidence", "SourceNum"),
        ("EventEntities", "SourceNum"),
        ("SearchTexts", $"Id / {MilitiaAtlas.Atlas.Search.SearchIndex.TextIdScale}"),
    ];

    /// <summary>A connection of its own (no pool), as a restarted process would open the file.</summary>
    public static SqliteConnection Open(string dbPath)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false, ForeignKeys = true }.ToString());
        c.Open();
        return c;
    }

    /// <summary>integrity_check is ok, foreign_key_check is empty, and no source-owned row lacks its source.</summary>
    public static void AssertConsistent(string dbPath)
    {
        using var c = Open(dbPath);
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(c.Query("PRAGMA foreign_key_check"));
        foreach (var (table, column) in SourceChildren)
        {
            var orphans = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM Sources s WHERE s.Num = x.{column})");
            Assert.True(orphans == 0, $"{orphans} rows of {table} have no source");
        }

        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims x WHERE NOT EXISTS (SELECT 1 FROM Passages p WHERE p.SourceNum = x.SourceNum AND p.Ordinal = x.PassageOrdinal)"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Mentions m WHERE NOT EXISTS (SELECT 1 FROM Entities e WHERE e.Id = m.EntityId)"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources s WHERE NOT EXISTS (SELECT 1 FROM Passages p WHERE p.SourceNum = s.Num)"));

        // Every surface count is the number of the entity's named (not reference) mentions under that surface.
        Assert.Equal(0, c.ExecuteScalar<long>("""
            SELECT COUNT(*)
            FROM (SELECT EntityId, Surface, COUNT(*) AS N FROM Mentions WHERE Reference = 0 GROUP BY EntityId, Surface) m
            FULL OUTER JOIN EntitySurfaces s ON s.EntityId = m.EntityId AND s.Surface = m.Surface
            WHERE COALESCE(m.N, 0) <> COALESCE(s.Count, 0)
            """));

        // A shingle is stock phrasing (no rows) or has at most MaxHolders holders.
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM PassageShingles p JOIN StockShingles k ON k.Hash = p.Hash"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM (SELECT Hash FROM PassageShingles GROUP BY Hash HAVING COUNT(*) > @max)", new { max = MilitiaAtlas.Atlas.Ingest.ReuseLinker.MaxHolders }));
    }

    /// <summary>
    /// Every stored source is whole: its passages, claims (one per sentence), shingles and search rows number exactly what
    /// the pipeline makes of its file (found in one of <paramref name="folders"/>, with its folder's sources.yaml).
    /// </summary>
    public static void AssertEverySourceComplete(string dbPath, params string[] folders)
    {
        using var c = Open(dbPath);
        foreach (var (num, key) in c.Query<(long, string)>("SELECT Num, FileKey FROM Sources"))
        {
            var name = Path.GetFileName(key);
            var file = folders.Select(f => System.IO.Path.Combine(f, key)).First(File.Exists);
            var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text!;
            var sidecarPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, SourcesSidecar.FileName);
            var sidecar = File.Exists(sidecarPath) ? SourcesSidecar.Parse(File.ReadAllText(sidecarPath)) : SourcesSidecar.Empty;
            var (article, _) = ArticleReader.Read(name, text, sidecar.For(name));
            var expected = Pipeline.Default.Process(article);
            Assert.Equal(expected.Passages.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE SourceNum = @num", new { num }));
            Assert.Equal(expected.Sentences.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SourceNum = @num", new { num }));
            // The shingle rows and the source's hash list (which is how they are deleted) agree: each hash has the
            // source's rows, or is stock phrasing and has no rows at all.
            var hashes = expected.Fingerprints.Values.SelectMany(h => h).Distinct().ToList();
            var stored = c.Query<long>("SELECT DISTINCT Hash FROM PassageShingles WHERE SourceNum = @num", new { num }).ToHashSet();
            var stock = c.Query<long>("SELECT Hash FROM StockShingles WHERE Hash IN @hashes", new { hashes }).ToHashSet();
            Assert.All(hashes, h => Assert.True(stored.Contains(h) != stock.Contains(h), $"hash {h} of source {num}: stored {stored.Contains(h)}, stock {stock.Contains(h)}"));
            Assert.Equal(hashes.Count, stored.Count + stock.Count);
            Assert.Equal(hashes.Count * 8, c.ExecuteScalar<long>("SELECT COALESCE(length(Shingles), 0) FROM Sources WHERE Num = @num", new { num }));
            Assert.Equal(expected.Claims.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SourceNum = @num", new { num }));
            // The title and each claim, under ids of the source's range.
            var (low, high) = (MilitiaAtlas.Atlas.Search.SearchIndex.TextId(num, 0), MilitiaAtlas.Atlas.Search.SearchIndex.TextId(num + 1, 0));
            Assert.Equal(expected.Claims.Count + 1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchTexts WHERE Id >= @low AND Id < @high", new { low, high }));
        }
    }

    public static long Sources(string dbPath) => Scalar<long>(dbPath, "SELECT COUNT(*) FROM Sources");

    public static T Scalar<T>(string dbPath, string sql)
    {
        using var c = Open(dbPath);
        return c.ExecuteScalar<T>(sql)!;
    }
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("atlas-rel-").FullName;

    public string Path(params string[] relative) => System.IO.Path.Combine([Root, .. relative]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held open only leaves a stray temp folder behind.
        }
    }
}

/// <summary>Article files for the fault tests: real prose (the seeds), each copy made distinct, each carrying a canary sentence.</summary>
internal static class FaultCorpus
{
    /// <summary>A sentence in every generated article; it must never reach a log.</summary>
    public const string Canary = "The lantern-heron convoy crossed the quiet bridge";

    public static string Write(string folder, int count, string prefix = "article")
    {
        Directory.CreateDirectory(folder);
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Length];
            var firstBreak = seed.IndexOf("\n\n", StringComparison.Ordinal);
            var text = $"{prefix} {i}: " + seed[..firstBreak] + $"\n\n{Canary} on day {i}, witnesses said." + seed[firstBreak..];
            File.WriteAllText(System.IO.Path.Combine(folder, $"{prefix}-{i:000}.txt"), text);
        }

        return folder;
    }
}
