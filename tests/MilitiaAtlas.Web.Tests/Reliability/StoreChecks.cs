using Dapper;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>What a database must satisfy after any fault: SQLite's own checks, no orphaned row, no partial source.</summary>
internal static class StoreChecks
{
    // Every table whose rows belong to a source, with the column that names it.
    private static readonly (string Table, string Column)[] SourceChildren =
    [
        ("Passages", "SourceId"),
        ("PassageShingles", "SourceId"),
        ("Mentions", "SourceId"),
        ("Claims", "SourceId"),
        ("RelationEvidence", "SourceId"),
        ("EventEvidence", "SourceId"),
        ("EventEntities", "SourceId"),
        ("SearchTexts", "SourceId"),
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
            var orphans = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM Sources s WHERE s.Id = x.{column})");
            Assert.True(orphans == 0, $"{orphans} rows of {table} have no source");
        }

        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims x WHERE NOT EXISTS (SELECT 1 FROM Passages p WHERE p.SourceId = x.SourceId AND p.Ordinal = x.PassageOrdinal)"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Mentions m WHERE NOT EXISTS (SELECT 1 FROM Entities e WHERE e.Id = m.EntityId)"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources s WHERE NOT EXISTS (SELECT 1 FROM Passages p WHERE p.SourceId = s.Id)"));
    }

    /// <summary>
    /// Every stored source is whole: its passages, claims (one per sentence), shingles and search rows number exactly what
    /// the pipeline makes of its file (found in one of <paramref name="folders"/>, with its folder's sources.yaml).
    /// </summary>
    public static void AssertEverySourceComplete(string dbPath, params string[] folders)
    {
        using var c = Open(dbPath);
        foreach (var (id, key) in c.Query<(string, string)>("SELECT Id, FileKey FROM Sources"))
        {
            var name = Path.GetFileName(key);
            var file = folders.Select(f => System.IO.Path.Combine(f, key)).First(File.Exists);
            var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text!;
            var sidecarPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, SourcesSidecar.FileName);
            var sidecar = File.Exists(sidecarPath) ? SourcesSidecar.Parse(File.ReadAllText(sidecarPath)) : SourcesSidecar.Empty;
            var (article, _) = ArticleReader.Read(name, text, sidecar.For(name));
            var expected = Pipeline.Default.Process(article);
            Assert.Equal(expected.Passages.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE SourceId = @id", new { id }));
            Assert.Equal(expected.Sentences.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SourceId = @id", new { id }));
            // The shingle rows and the source's hash list (which is how they are deleted) agree.
            var hashes = expected.Fingerprints.Values.SelectMany(h => h).Distinct().Count();
            Assert.Equal(hashes, c.ExecuteScalar<long>("SELECT COUNT(DISTINCT Hash) FROM PassageShingles WHERE SourceId = @id", new { id }));
            Assert.Equal(hashes * 8, c.ExecuteScalar<long>("SELECT COALESCE(length(Shingles), 0) FROM Sources WHERE Id = @id", new { id }));
            Assert.Equal(expected.Claims.Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SourceId = @id", new { id }));
            Assert.Equal(expected.Claims.Count + 1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchTexts WHERE SourceId = @id", new { id }));
        }
    }

    public static long Sources(string dbPath)
    {
        using var c = Open(dbPath);
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources");
    }
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("atlas-rel-").FullName;

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

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
