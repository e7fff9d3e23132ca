using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// kill -9 during an ingest, with a real child process: what was committed is whole, what was not left no
/// trace, and running the same ingest again completes it.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Files = 14;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void An_ingest_killed_mid_transaction_leaves_no_partial_source_and_a_rerun_completes()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var temp = new TempFolder();
        var corpus = FaultCorpus.Write(temp.Path("corpus"), Files);
        var db = temp.Path("data/atlas.db");
        PrepareWithSlowTransactions(db);

        // Round 1: the fourth source's write is held open (a trigger burns CPU inside it for seconds, after
        // its source, passages, sentences, entities and mentions were written and before its claims, events
        // and search rows). Sources are committed in batches, each in its own savepoint (decision 005), so
        // the transaction that is open when the test kills also holds the sources stored before the fourth.
        int reported;
        using (var first = AtlasProcess.Start("ingest", corpus, "--db", db))
        {
            WaitForAnOpenWriteTransaction(db);
            Thread.Sleep(500);
            reported = AtlasProcess.Count(first.Stderr, ": Added,");
            first.Kill();
            Assert.Equal(137, first.ExitCode); // 128 + SIGKILL
        }

        output.WriteLine($"round 1 killed after {reported} reported sources at {sw.Elapsed.TotalSeconds:0.0} s");
        var afterFirst = StoreChecks.Sources(db);
        Assert.Equal(reported, afterFirst); // a source is reported added only once its batch committed
        Assert.InRange(afterFirst, 0, 3); // the fourth, killed mid-transaction, left nothing
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, corpus);

        // Round 2: normal speed, killed right after two more commits, wherever it happens to be.
        using (var c = StoreChecks.Open(db))
        {
            c.Execute("DROP TRIGGER SlowClaims; DROP TABLE Burn;");
        }

        using (var second = AtlasProcess.Start("ingest", corpus, "--db", db))
        {
            second.WaitForStderr(e => AtlasProcess.Count(e, ": Added,") >= 2, Patience);
            second.Kill();
        }

        output.WriteLine($"round 2 killed at {sw.Elapsed.TotalSeconds:0.0} s");
        var afterSecond = StoreChecks.Sources(db);
        Assert.True(afterSecond >= afterFirst + 2);
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, corpus);

        // Round 3: the same command again runs to the end; what was stored is unchanged, the rest is added.
        output.WriteLine($"checks done at {sw.Elapsed.TotalSeconds:0.0} s");
        using var third = AtlasProcess.Run(Patience, "ingest", corpus, "--db", db);
        output.WriteLine($"round 3 done at {sw.Elapsed.TotalSeconds:0.0} s");
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Contains($"{Files - afterSecond} added, 0 updated, {afterSecond} unchanged, 0 failed", third.Stdout, StringComparison.Ordinal);
        Assert.Equal(Files, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, corpus);
    }

    /// <summary>
    /// Returns once another process holds SQLite's write lock: a <c>BEGIN IMMEDIATE</c> of our own then fails
    /// as busy within a second. When it succeeds instead, it is rolled back at once and tried again.
    /// </summary>
    private static void WaitForAnOpenWriteTransaction(string db)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var probe = new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, DefaultTimeout = 1 }.ToString();
        while (sw.Elapsed < Patience)
        {
            using var c = new SqliteConnection(probe);
            c.Open();
            try
            {
                c.Execute("BEGIN IMMEDIATE");
                c.Execute("ROLLBACK");
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 5)
            {
                return;
            }

            Thread.Sleep(50);
        }

        Assert.Fail("no write transaction was ever open");
    }

    /// <summary>Creates the schema, then a trigger that holds the fourth source's transaction open for seconds.</summary>
    private static void PrepareWithSlowTransactions(string db)
    {
        new AtlasDatabase(Options.Create(new AtlasOptions { Database = db })).Migrate();
        using var c = StoreChecks.Open(db);
        c.Execute("CREATE TABLE Burn (x INTEGER)");
        c.Execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 12000) INSERT INTO Burn SELECT x FROM n");
        c.Execute("""
            CREATE TRIGGER SlowClaims AFTER INSERT ON Claims WHEN NEW.Ordinal = 1 AND (SELECT COUNT(*) FROM Sources) = 4
            BEGIN
                SELECT COUNT(*) FROM Burn a, Burn b WHERE a.x * b.x = -1;
            END;
            """);
    }
}
