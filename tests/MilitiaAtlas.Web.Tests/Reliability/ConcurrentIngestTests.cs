using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// Two ingests on one database at once. Each source is stored in a transaction that takes SQLite's write
/// lock when it begins (BEGIN IMMEDIATE); the other writer waits for it (busy timeout 30 s), so both runs
/// complete and nothing is interleaved within a source.
/// </summary>
public sealed class ConcurrentIngestTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public void Two_ingest_processes_on_one_new_database_both_complete_and_every_source_is_whole()
    {
        using var temp = new TempFolder();
        var a = FaultCorpus.Write(temp.Path("a"), 8, "alpha");
        var b = FaultCorpus.Write(temp.Path("b"), 8, "beta");
        var db = temp.Path("atlas.db");

        // Both start on a database that does not exist yet: they also race to create and migrate it.
        using var first = AtlasProcess.Start("ingest", a, "--db", db);
        using var second = AtlasProcess.Start("ingest", b, "--db", db);
        first.WaitForExit(Patience);
        second.WaitForExit(Patience);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("8 added, 0 updated, 0 unchanged, 0 failed", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("8 added, 0 updated, 0 unchanged, 0 failed", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(16, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, a, b);
        Assert.DoesNotContain(FaultCorpus.Canary, first.Stderr + first.Stdout + second.Stderr + second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_ingests_of_the_same_folder_at_once_store_each_file_once()
    {
        using var temp = new TempFolder();
        var corpus = FaultCorpus.Write(temp.Path("corpus"), 8);
        var db = temp.Path("atlas.db");
        using var one = new AtlasApp(("Atlas:Database", db));
        using var two = new AtlasApp(("Atlas:Database", db));
        _ = one.Services;
        _ = two.Services;

        var reports = await Task.WhenAll(Task.Run(() => one.Ingest(corpus)), Task.Run(() => two.Ingest(corpus)));

        Assert.All(reports, r => Assert.False(r.AnyFailed, string.Join("\n", r.Files.Select(f => f.Error))));
        Assert.Equal(8, reports.Sum(r => r.Count(IngestStatus.Added)));
        Assert.Equal(8, reports.Sum(r => r.Count(IngestStatus.Unchanged)));
        Assert.Equal(8, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
        StoreChecks.AssertEverySourceComplete(db, corpus);
    }
}
