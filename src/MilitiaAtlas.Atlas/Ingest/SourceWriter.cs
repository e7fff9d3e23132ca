using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

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

    /// <summary>
    /// Reads and extracts the file again, for a replay after a rollback. Set by the ingestor, so that a batch keeps only
    /// the file of each stored source, not its extraction (about 60 KB an article; a batch holds thousands).
    /// </summary>
    public Func<PreparedSource>? Again { get; init; }

    /// <summary>What a batch keeps of a stored source for a replay: the file and how to prepare it again, when it can be.</summary>
    public PreparedSource ForReplay() => Again is null ? this : this with { Article = null, Processed = null };
}

/// <summary>
/// Stores prepared sources in order on one connection. Several sources share a transaction (at most
/// <see cref="MaxBatch"/> of them, or <see cref="MaxBatchTime"/> of writing). A source that fails is reported
/// and leaves nothing behind: the transaction is rolled back and the batch's other sources are read, extracted and
/// stored again in the same order (so they get the same ids), and the batch goes on. That replay costs
/// time only when a store fails, which is rare; a savepoint per source instead cost every statement of
/// every source (decision 005). A result is final only once its batch committed.
/// </summary>
/// <remarks><paramref name="planned"/> is how many sources the run will offer at most: with the rows already stored,
/// it decides whether the reuse linker and the event writer keep what they look up in memory for the run
/// (<see cref="ShingleMirror.Worthwhile"/>, decision 008).</remarks>
internal sealed class SourceWriter(AtlasDatabase database, IngestProfile profile, int planned, Action<IngestFileResult, TimeSpan> log) : IDisposable
{
    public const int MaxBatch = 4096;

    /// <summary>
    /// Bounds how long the write lock is held, so concurrent ingests and readers' checkpoints get their turn, and how
    /// long new sources stay unseen. Readers are never blocked (WAL). Longer batches write an index page that several
    /// sources touched once instead of once per commit: at 10k articles, 5 s batches instead of 1 s cut the commit time
    /// from 35.6 to 12.6 s, and 10 s instead of 5 s the whole ingest from 48.5 to 43.3 s (docs/performance.md). The
    /// busy timeout (30 s) leaves another writer room to wait for a whole batch.
    /// </summary>
    public static readonly TimeSpan MaxBatchTime = TimeSpan.FromSeconds(10);

    private readonly List<(IngestFileResult Result, TimeSpan Elapsed)> _pending = [];

    // The sources stored in the open transaction, with their place in _pending: what a rollback replays.
    private readonly List<(PreparedSource Source, int Index)> _stored = [];
    private readonly Stopwatch _batchAge = new();

    // Entities the open batch's sources touched; their names are refreshed once, when the batch commits.
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private SqliteConnection? _conn;
    private SqliteTransaction? _tx;
    private WriteSession? _sql;
    private bool _planned;

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

        try
        {
            var result = SourceStore.Write(_sql!, source, profile, _touched);
            _pending.Add((result, sw.Elapsed + source.Extraction));
            _stored.Add((source.ForReplay(), _pending.Count - 1));
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            _pending.Add((Failed(source, ex), sw.Elapsed + source.Extraction));
            RollBackAndReplay();
        }

        if (_pending.Count >= MaxBatch || _batchAge.Elapsed >= MaxBatchTime)
        {
            Flush();
        }
    }

    /// <summary>
    /// Finishes the open batch (the names of the entities it touched), commits it and reports its results.
    /// If either step fails, the whole batch fails with the reason and nothing of it is stored.
    /// </summary>
    public void Flush()
    {
        if (_tx is not null)
        {
            string? failure = null;
            try
            {
                SourceStore.FinishBatch(_sql!, _touched, profile);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                failure = "cannot store: " + AtlasDatabase.Describe(ex.InnerException ?? ex);
            }

            if (failure is null)
            {
                using (profile.Time(IngestProfile.Stage.Commit))
                {
                    try
                    {
                        _tx.Commit();
                        _sql!.Committed();
                    }
                    catch (Exception ex) when (ex is DbException or InvalidOperationException)
                    {
                        failure = "cannot store: " + AtlasDatabase.Describe(ex.InnerException ?? ex);
                    }
                }
            }

            if (failure is null)
            {
                EndTransaction();
            }
            else
            {
                AbandonBatch(failure);
            }
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
        _sql ??= new WriteSession(_conn, null);
        _tx = _conn.BeginTransaction();
        _sql.Transaction = _tx;
        if (!_planned)
        {
            _planned = true;
            try
            {
                if (ShingleMirror.Worthwhile(_sql.Scalar<long>("SELECT COALESCE(MAX(Num), 0) FROM Sources"), planned))
                {
                    ReuseLinker.Mirror(_sql);
                    EventWriter.Mirror(_sql);
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                EndTransaction();
                throw;
            }
        }

        _batchAge.Restart();
    }

    /// <summary>
    /// Undoes the open transaction after a source failed, then stores the batch's earlier sources again. One
    /// that fails this time is reported failed and replayed around in turn; if no transaction can be begun,
    /// the rest are reported failed with the reason.
    /// </summary>
    private void RollBackAndReplay()
    {
        var again = _stored.ToList();
        EndTransaction();
        for (var i = 0; i < again.Count; i++)
        {
            var (source, index) = again[i];
            var elapsed = _pending[index].Elapsed;
            try
            {
                Begin();
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                foreach (var (rest, restIndex) in again.Skip(i))
                {
                    _pending[restIndex] = (Failed(rest, ex), _pending[restIndex].Elapsed);
                }

                return;
            }

            var full = source.Processed is null && source.Again is not null ? source.Again() : source;
            if (full.Failure is { } failure)
            {
                // The file changed or went away since it was first read.
                _pending[index] = (failure, elapsed);
                continue;
            }

            try
            {
                _pending[index] = (SourceStore.Write(_sql!, full, profile, _touched), elapsed);
                _stored.Add((full.ForReplay(), index));
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                _pending[index] = (Failed(source, ex), elapsed);
                RollBackAndReplay();
            }
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
        _touched.Clear();
        _stored.Clear();
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
