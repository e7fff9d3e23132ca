using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>A file read and run through the pipeline, ready to store; or the reason it cannot be.</summary>
internal sealed record PreparedSource(
    InputFile File,
    Article? Article,
    ProcessedArticle? Processed,
    string Hash,
    List<string> Warnings,
    string? FailureReason,
    TimeSpan Extraction)
{
    public IngestFileResult? Failure =>
        FailureReason is null ? null : new IngestFileResult(File.FullPath, IngestStatus.Failed, null, FailureReason, []);

    public static PreparedSource Failed(InputFile file, string reason) => new(file, null, null, "", [], reason, TimeSpan.Zero);
}

/// <summary>
/// Stores prepared sources in order on one connection. Several sources share a transaction (at most
/// <see cref="MaxBatch"/> of them, or <see cref="MaxBatchTime"/> of writing), each inside its own savepoint:
/// a source that fails is rolled back to its savepoint and reported, the others of the batch still go in.
/// If SQLite abandons the whole transaction (a full disk can), every source of that batch is reported as
/// failed with the reason, and nothing of them is stored. A result is final only once its batch committed.
/// </summary>
internal sealed class SourceWriter(AtlasDatabase database, IngestProfile profile, Action<IngestFileResult, TimeSpan> log) : IDisposable
{
    public const int MaxBatch = 256;

    /// <summary>Bounds how long the write lock is held, so concurrent ingests and readers' checkpoints get their turn.</summary>
    public static readonly TimeSpan MaxBatchTime = TimeSpan.FromSeconds(1);

    private const string Savepoint = "source";

    private readonly List<(IngestFileResult Result, TimeSpan Elapsed)> _pending = [];
    private readonly Stopwatch _batchAge = new();
    private SqliteConnection? _conn;
    private SqliteTransaction? _tx;
    private CommandCache? _sql;

    public List<IngestFileResult> Results { get; } = [];

    /// <summary>A file that failed before storage: reported in its place among the others.</summary>
    public void Pass(IngestFileResult failure)
    {
        _pending.Add((failure, TimeSpan.Zero));
        if (_tx is null)
        {
            Flush();
        }
    }

    public void Store(PreparedSource source)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            Begin();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            Pass(Failed(source, ex));
            return;
        }

        _tx!.Save(Savepoint);
        try
        {
            var result = SourceStore.Write(_sql!, source, profile);
            _tx.Release(Savepoint);
            _pending.Add((result, sw.Elapsed + source.Extraction));
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            var failure = Failed(source, ex);
            if (!RollBackSource())
            {
                AbandonBatch(failure.Error!);
            }

            _pending.Add((failure, sw.Elapsed + source.Extraction));
        }

        if (_pending.Count >= MaxBatch || _batchAge.Elapsed >= MaxBatchTime)
        {
            Flush();
        }
    }

    /// <summary>Commits the open batch and reports its results.</summary>
    public void Flush()
    {
        if (_tx is not null)
        {
            using (profile.Time(IngestProfile.Stage.Commit))
            {
                try
                {
                    _tx.Commit();
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException)
                {
                    AbandonBatch("cannot store: " + AtlasDatabase.Describe(ex.InnerException ?? ex));
                }
            }

            EndTransaction();
        }

        foreach (var (result, elapsed) in _pending)
        {
            log(result, elapsed);
            Results.Add(result);
        }

        _pending.Clear();
    }

    private void Begin()
    {
        if (_tx is not null)
        {
            return;
        }

        _conn ??= database.OpenForWriting();
        _sql ??= new CommandCache(_conn, null);
        _tx = _conn.BeginTransaction();
        _sql.Transaction = _tx;
        _batchAge.Restart();
    }

    private bool RollBackSource()
    {
        try
        {
            _tx!.Rollback(Savepoint);
            _tx.Release(Savepoint);
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The transaction is gone: whatever this batch stored so far is not in the database.</summary>
    private void AbandonBatch(string reason)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            var (r, elapsed) = _pending[i];
            if (r.Status is IngestStatus.Added or IngestStatus.Updated)
            {
                _pending[i] = (r with { Status = IngestStatus.Failed, SourceId = null, Error = reason, Warnings = [] }, elapsed);
            }
        }

        EndTransaction();
    }

    private void EndTransaction()
    {
        if (_tx is null)
        {
            return;
        }

        try
        {
            _tx.Dispose();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // Rolling back a transaction SQLite already abandoned.
        }

        _tx = null;
        _sql!.Transaction = null;
    }

    private static IngestFileResult Failed(PreparedSource source, Exception ex) =>
        new(source.File.FullPath, IngestStatus.Failed, null, "cannot store: " + AtlasDatabase.Describe(ex.InnerException ?? ex), []);

    public void Dispose()
    {
        // Reached without Flush only when an exception (cancellation) left the loop: the open batch is rolled back.
        EndTransaction();
        _sql?.Dispose();
        _conn?.Dispose();
    }
}
