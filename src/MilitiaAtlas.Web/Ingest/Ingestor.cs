using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Web.Data;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Ingest;

public enum IngestStatus
{
    Added,
    Updated,
    Unchanged,
    Failed,
}

public sealed record IngestFileResult(string Path, IngestStatus Status, string? SourceId, string? Error, IReadOnlyList<string> Warnings, int Passages = 0);

public sealed record IngestReport(IReadOnlyList<IngestFileResult> Files)
{
    public bool AnyFailed => Files.Any(f => f.Status == IngestStatus.Failed);

    public int Count(IngestStatus status) => Files.Count(f => f.Status == status);

    public string Summary =>
        $"{Count(IngestStatus.Added)} added, {Count(IngestStatus.Updated)} updated, {Count(IngestStatus.Unchanged)} unchanged, {Count(IngestStatus.Failed)} failed";
}

/// <summary>
/// Reads files, runs the pipeline and stores each source atomically: a file that fails leaves nothing
/// behind and does not stop the batch; an unchanged file is skipped; a changed file replaces its source
/// under the same id. Reading and extraction run ahead on worker threads (a bounded, ordered window),
/// while one writer stores the sources in order, several to a transaction with a savepoint for each
/// (docs/performance.md, docs/decisions/005-batched-ingest-writes.md).
/// </summary>
public sealed class Ingestor(AtlasDatabase database, IOptions<AtlasOptions> options, ILogger<Ingestor> log)
{
    /// <summary>Bumped when the pipeline's output changes, so that re-ingesting refreshes stored sources.</summary>
    public const string PipelineVersion = "4";

    /// <summary>
    /// How many files are read and extracted ahead of the writer. With four, the writer of a 10k ingest waited about 2 s
    /// in all for the next file in order while the workers had finished the others; with sixteen, 0.3 s
    /// (docs/performance.md).
    /// </summary>
    private static readonly int Ahead = Math.Max(16, 4 * Environment.ProcessorCount);

    /// <summary>Bounds the bytes of the files in flight as well, so that a run of very large files does not hold sixteen of them at once.</summary>
    private const long AheadBytes = 32L * 1024 * 1024;

    private readonly Pipeline _pipeline = Pipeline.Default;

    public IngestReport Ingest(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var given = paths.ToList();
        var (files, errors) = InputFiles.Expand(given);
        var results = new List<IngestFileResult>();
        foreach (var (path, error) in errors)
        {
            log.LogError("Ingest failed for {File}: {Reason}", LogText.Printable(path), LogText.Printable(error));
            results.Add(new IngestFileResult(path, IngestStatus.Failed, null, error, []));
        }

        var profile = new IngestProfile();
        var total = Stopwatch.StartNew();
        using (var writer = new SourceWriter(database, profile, files.Count, Log))
        {
            foreach (var prepared in PrepareAhead(files, profile, ct))
            {
                if (prepared.Failure is not null)
                {
                    writer.Pass(prepared.Failure);
                    continue;
                }

                writer.Store(prepared);
            }

            writer.Flush();
            results.AddRange(writer.Results);
        }

        // Last and over everything stored, so that the analysts' corrections outlive the re-extraction of changed sources.
        using (profile.Time(IngestProfile.Stage.Curation))
        {
            Curation.Run(database, Curation.FilesFor(options.Value.CurationFile, given), log);
            Search.SearchIndex.RebuildEntities(database);
        }

        profile.Report(log, files.Count, total.Elapsed);
        return new IngestReport(results);
    }

    /// <summary>
    /// Reads and extracts files on worker threads, at most <see cref="Ahead"/> in flight, and yields them in
    /// the order given, so that ids and resolution do not depend on thread timing.
    /// </summary>
    private static long SizeOf(InputFile file)
    {
        try
        {
            return new FileInfo(file.FullPath).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // Prepare reports why the file cannot be read.
        }
    }

    private IEnumerable<PreparedSource> PrepareAhead(List<InputFile> files, IngestProfile profile, CancellationToken ct)
    {
        var sidecars = new Dictionary<string, SourcesSidecar>(StringComparer.Ordinal);
        var window = new Queue<(Task<PreparedSource> Task, long Bytes)>();
        var inFlight = 0L;
        var next = 0;
        try
        {
            while (next < files.Count || window.Count > 0)
            {
                while (next < files.Count && window.Count < Ahead)
                {
                    var bytes = SizeOf(files[next]);
                    if (window.Count > 0 && inFlight + bytes > AheadBytes)
                    {
                        break;
                    }

                    var file = files[next++];
                    var sidecar = SidecarFor(file, sidecars);
                    window.Enqueue((Task.Run(() => Prepare(file, sidecar, profile), ct), bytes));
                    inFlight += bytes;
                }

                ct.ThrowIfCancellationRequested();
                var (head, headBytes) = window.Dequeue();
                inFlight -= headBytes;
                if (!head.IsCompleted)
                {
                    // The writer is idle until the next file in order is extracted.
                    using (profile.Time(IngestProfile.Stage.Waiting))
                    {
                        ((IAsyncResult)head).AsyncWaitHandle.WaitOne();
                    }
                }

                yield return head.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // On cancellation or an error in the writer, let the workers finish before the caller moves on.
            foreach (var (pending, _) in window)
            {
                try
                {
                    pending.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Already abandoned.
                }
            }
        }
    }

    private PreparedSource Prepare(InputFile file, SourcesSidecar sidecar, IngestProfile profile)
    {
        if (BackgroundPriority.Lowered)
        {
            // The ingest command: the writer is the bottleneck, so the workers yield the cores to it.
            BackgroundPriority.LowerThisThread(BackgroundPriority.WorkerNice);
        }

        var sw = Stopwatch.StartNew();
        try
        {
            var info = new FileInfo(file.FullPath);
            var max = options.Value.MaxFileBytes;
            if (info.Length > max)
            {
                return PreparedSource.Failed(file, $"file is {info.Length:N0} bytes, over the {max:N0}-byte limit (Atlas:MaxFileBytes)");
            }

            var decoded = TextDecoder.Decode(File.ReadAllBytes(file.FullPath));
            if (!decoded.Ok)
            {
                return PreparedSource.Failed(file, decoded.Error!);
            }

            var name = Path.GetFileName(file.FullPath);
            var (article, readWarnings) = ArticleReader.Read(name, decoded.Text!, sidecar.For(name));
            var warnings = decoded.Warnings.Concat(readWarnings).Select(w => w.ToString())
                .Concat(sidecar.ProblemsFor(name).Select(p => "sources.yaml: " + p)).ToList();
            var processed = _pipeline.Process(article);
            profile.Add(IngestProfile.Stage.Extraction, sw.Elapsed);
            return new PreparedSource(file, article, processed, ContentHash(article), warnings, null, sw.Elapsed)
            {
                Again = () => Prepare(file, sidecar, profile),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PreparedSource.Failed(file, "cannot read: " + ex.Message);
        }
    }

    private void Log(IngestFileResult r, TimeSpan elapsed)
    {
        if (r.Status == IngestStatus.Failed)
        {
            log.LogError("Ingest failed for {File}: {Reason}", LogText.Printable(r.Path), LogText.Printable(r.Error));
            return;
        }

        foreach (var w in r.Warnings)
        {
            log.LogWarning("Ingest warning for {File}: {Warning}", LogText.Printable(r.Path), LogText.Printable(w));
        }

        log.LogInformation("Ingested {File} as {SourceId}: {Status}, {Passages} passages in {ElapsedMs:0.0} ms",
            LogText.Printable(r.Path), r.SourceId, r.Status, r.Passages, elapsed.TotalMilliseconds);
    }

    private SourcesSidecar SidecarFor(InputFile file, Dictionary<string, SourcesSidecar> cache)
    {
        var dir = Path.GetDirectoryName(file.FullPath)!;
        if (cache.TryGetValue(dir, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(dir, SourcesSidecar.FileName);
        var sidecar = SourcesSidecar.Empty;
        if (File.Exists(path))
        {
            try
            {
                sidecar = SourcesSidecar.Parse(TextDecoder.Decode(File.ReadAllBytes(path)).Text ?? "");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                sidecar = new SourcesSidecar(new Dictionary<string, ArticleMetadata>(), ["cannot read: " + ex.Message]);
            }

            foreach (var problem in sidecar.Problems.Where(p => !sidecar.Entries.Keys.Any(k => p.StartsWith(k + ":", StringComparison.Ordinal))))
            {
                log.LogWarning("Problem in {File}: {Problem}", LogText.Printable(path), LogText.Printable(problem));
            }
        }

        cache[dir] = sidecar;
        return sidecar;
    }

    internal static string ContentHash(Article a)
    {
        var m = a.Metadata;
        var material = string.Join('\u0001', PipelineVersion, a.Format, m.Title, m.Outlet, m.Author, m.Published, m.Url, a.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
