using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// A database location that cannot be written. Tests run as root in CI containers, where permission bits
/// stop nothing, so each case uses a failure that holds for root too (docs/reliability.md says which):
/// a folder path that runs through a file (ENOTDIR), a database SQLite must treat as read-only (its
/// header's write version above 2: the same SQLITE_READONLY error a read-only file gives, at the same
/// point), and a per-process file size limit (writes past it fail as on a full disk).
/// </summary>
public sealed class ReadOnlyLocationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void An_ingest_into_a_folder_that_cannot_be_created_fails_with_one_clear_line()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Path("not-a-folder"), "a file where the database folder should be");
        var db = temp.Path("not-a-folder/data/atlas.db");
        var good = FaultCorpus.Write(temp.Path("corpus"), 1);

        using var run = AtlasProcess.Run(Patience, "ingest", good, "--db", db);

        Assert.Equal(1, run.ExitCode);
        AssertOneClearLine(run.Stderr, "error: cannot open the database " + db);
        Assert.True(File.Exists(temp.Path("not-a-folder")));
    }

    [Fact]
    public void The_server_does_not_start_on_a_database_it_cannot_create_and_says_why()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Path("not-a-folder"), "");
        var db = temp.Path("not-a-folder/atlas.db");

        using var run = AtlasProcess.Run(Patience, "--db", db, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        AssertOneClearLine(run.Stderr, "error: cannot open the database " + db);
    }

    [Fact]
    public void An_ingest_into_a_read_only_database_fails_clearly_and_leaves_the_file_untouched()
    {
        using var temp = new TempFolder();
        var db = AtlasProcess.IngestSeeds(temp.Path("atlas.db"));

        MarkReadOnly(db);
        var before = SHA256.HashData(File.ReadAllBytes(db));
        var more = FaultCorpus.Write(temp.Path("more"), 2);

        using var ingest = AtlasProcess.Run(Patience, "ingest", more, "--db", db);

        Assert.Equal(1, ingest.ExitCode);
        AssertOneClearLine(ingest.Stderr, $"error: cannot open the database {db}: the database is read-only");
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.True(!File.Exists(db + "-wal") || new FileInfo(db + "-wal").Length == 0);
        MarkWritable(db);
        Assert.Equal(5, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
    }

    [Fact]
    public void An_immutable_database_is_refused_by_ingest_and_the_server_and_is_left_untouched()
    {
        using var temp = new TempFolder();
        var db = AtlasProcess.IngestSeeds(temp.Path("atlas.db"));

        var before = SHA256.HashData(File.ReadAllBytes(db));
        var more = FaultCorpus.Write(temp.Path("more"), 2);
        var refusal = $"error: cannot open the database {db}: the database is read-only: the system refuses to open the file for writing";
        using (Immutable.Set(db))
        {
            AssertRefused(refusal, "ingest", more, "--db", db);
            AssertRefused(refusal, "--db", db, "--urls", "http://127.0.0.1:0");
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.Equal(5, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
    }

    [Fact]
    public void A_database_path_that_is_a_folder_is_refused_as_a_folder_by_ingest_and_the_server()
    {
        using var temp = new TempFolder();
        var db = temp.Path("atlas.db");
        Directory.CreateDirectory(db);
        var corpus = FaultCorpus.Write(temp.Path("corpus"), 1);
        var refusal = $"error: cannot open the database {db}: it is a folder, not a file";

        AssertRefused(refusal, "ingest", corpus, "--db", db);
        AssertRefused(refusal, "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Empty(Directory.GetFileSystemEntries(db));
    }

    [Fact]
    public void An_ingest_onto_a_full_disk_fails_each_file_clearly_and_the_database_stays_consistent()
    {
        using var temp = new TempFolder();
        var db = AtlasProcess.IngestSeeds(temp.Path("atlas.db"));

        var corpus = FaultCorpus.Write(temp.Path("more"), 12);
        var limitKb = new FileInfo(db).Length / 1024 + 160;

        using (var full = AtlasProcess.StartWithFileSizeLimit(limitKb, "ingest", corpus, "--db", db))
        {
            full.WaitForExit(Patience);
            Assert.Equal(1, full.ExitCode);
            Assert.DoesNotContain("Unhandled exception", full.Stderr, StringComparison.Ordinal);
            var errors = full.Stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.Matches(@"^error: .*/more/article-\d{3}\.txt: cannot store: .*(disk I/O error|disk is full)", e));
        }

        var stored = StoreChecks.Sources(db);
        Assert.InRange(stored, 5, 5 + 11);
        StoreChecks.AssertConsistent(db);

        // With room again, the same command stores the rest.
        using var again = AtlasProcess.Run(Patience, "ingest", corpus, "--db", db);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(5 + 12, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, corpus, RepoPaths.Seeds);
    }

    [Fact]
    public void Migrating_a_database_path_through_a_file_throws_one_exception_that_names_it()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Path("file"), "");
        var database = new AtlasDatabase(Options.Create(new AtlasOptions { Database = temp.Path("file/atlas.db") }));

        var ex = Assert.Throws<DatabaseUnavailableException>(database.Migrate);

        Assert.StartsWith("cannot open the database " + temp.Path("file/atlas.db") + ": ", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The atlas run with <paramref name="args"/> ends with exit code 1 and one line that starts as given.</summary>
    internal static void AssertRefused(string line, params string[] args)
    {
        using var run = AtlasProcess.Run(Patience, args);
        Assert.Equal(1, run.ExitCode);
        AssertOneClearLine(run.Stderr, line);
    }

    /// <summary>One "error: …" line that starts as given, and no exception dump.</summary>
    internal static void AssertOneClearLine(string stderr, string start)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    // Bytes 18 and 19 of a SQLite file are its read and write format versions; a write version above 2
    // makes every SQLite open the file read-only (https://www.sqlite.org/fileformat.html, 1.3.3).
    private static void MarkReadOnly(string db) => SetWriteVersion(db, 3);

    private static void MarkWritable(string db) => SetWriteVersion(db, 2);

    private static void SetWriteVersion(string db, byte version)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var f = new FileStream(db, FileMode.Open, FileAccess.ReadWrite);
        f.Position = 18;
        f.WriteByte(version);
    }
}
