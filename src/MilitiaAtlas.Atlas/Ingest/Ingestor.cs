using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Files;
using MilitiaAtlas.Documents;

namespace MilitiaAtlas.Atlas.Ingest;

public enum IngestStatus
{
    Added,
    Updated,
    Unchanged,
    Failed,

    /// <summary>Not read, for a reason the result's <see cref="IngestFileResult.Error"/> gives: not an article, hidden, a sidecar.</summary>
    Skipped,
}

/// <summary>One file's fate. <see cref="Error"/> is why it failed, or why it was skipped.</summary>
public sealed record IngestFileResult(string Path, IngestStatus Status, string? SourceId, string? Error, IReadOnlyList<string> Warnings, int Passages = 0);

public sealed record IngestReport(IReadOnlyList<IngestFileResult> Files)
{
    public bool AnyFailed => Files.Any(f => f.Status == IngestStatus.Failed);

    public int Count(IngestStatus status) => Files.Count(f => f.Status == status);

    public string Summary =>
        $"{Count(IngestStatus.Added)} added, {Count(IngestStatus.Updated)} updated, {Count(IngestStatus.Unchanged)} unchanged, {Count(IngestStatus.Failed)} failed, {Count(IngestStatus.Skipped)} skipped";
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
    public const string PipelineVersion = "5";

    /// <summary>
    /// How many files are read and extracted ahead of the writer. With four, the writer of a 10k ingest waited about 2 s
    /// in all for the next file in order while the workers had finished the others; with sixteen, 0.3 s
    /// (docs/performance.md).
    /// </summary>
    private static readonly int Ahead = Math.Max(16, 4 * Environment.ProcessorCount);

    /// <summary>Bounds the bytes of the files in flight as well, so that a run of very large files does not hold sixteen of them at once.</summary>
    private const long AheadBytes = 32L * 1024 * 1024;

    /// <summary>How long the writer waits past a file's time limit before it abandons the worker (see <see cref="PrepareAhead"/>).</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(15);

    private readonly Pipeline _pipeline = Pipeline.Default;

    private readonly InputLimits _limits = options.Value.Limits();

    private readonly TimeSpan _timeLimit = TimeSpan.FromSeconds(options.Value.MaxSecondsPerFile);

    private string TookTooLong => $"took more than {_timeLimit.TotalSeconds:0.###} s to read and extract (Atlas:MaxSecondsPerFile); refused";

    public IngestReport Ingest(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var given = paths.ToList();
        var input = InputFiles.Expand(given, options.Value.FollowLinks);
        var files = input.Files;
        var results = new List<IngestFileResult>();
        foreach (var (path, error) in input.Errors)
        {
            results.Add(Refused(path, error));
        }

        foreach (var (path, reason) in input.Skipped)
        {
            log.LogInformation("Skipped {File}: {Reason}", LogText.Printable(path), LogText.Printable(reason));
            results.Add(new IngestFileResult(path, IngestStatus.Skipped, null, reason, []));
        }

        var profile = new IngestProfile();
        var total = Stopwatch.StartNew();
        var sidecars = new Sidecars(this, input);
        using (var writer = new SourceWriter(database, profile, files.Count, Log))
        {
            foreach (var prepared in PrepareAhead(files, sidecars, profile, ct))
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

        results.AddRange(sidecars.Refused);

        // Last and over everything stored, so that the analysts' corrections outlive the re-extraction of changed sources.
        using (profile.Time(IngestProfile.Stage.Curation))
        {
            EntityResolver.JoinDefinedAcronyms(database);
            EntityResolver.JoinContextTyped(database);
            var curation = Curation.Run(database, CurationFiles.For(options.Value.CurationFile, given), log, path => ReadCompanion(input, path), _limits);
            results.AddRange(curation.Where(w => w.Refused).Select(w => new IngestFileResult(w.File, IngestStatus.Failed, null, w.Problem, [])));
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
            return new FileInfo(file.ReadPath).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // Prepare reports why the file cannot be read.
        }
    }

    private IEnumerable<PreparedSource> PrepareAhead(List<InputFile> files, Sidecars sidecars, IngestProfile profile, CancellationToken ct)
    {
        var window = new Queue<(Task<PreparedSource> Task, long Bytes, InputFile File)>();
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
                    var sidecar = sidecars.For(file);
                    window.Enqueue((Task.Run(() => Prepare(file, sidecar, profile), ct), bytes, file));
                    inFlight += bytes;
                }

                ct.ThrowIfCancellationRequested();
                var (head, headBytes, headFile) = window.Dequeue();
                inFlight -= headBytes;
                if (!head.IsCompleted)
                {
                    // The writer is idle until the next file in order is extracted. Extraction stops itself at the time
                    // limit; this wait is the backstop for a stage that does not check its clock in time. A worker still
                    // running after it is abandoned, and the ingest goes on without its file.
                    using (profile.Time(IngestProfile.Stage.Waiting))
                    {
                        if (!((IAsyncResult)head).AsyncWaitHandle.WaitOne(_timeLimit + Backstop))
                        {
                            yield return PreparedSource.Failed(headFile, TookTooLong);
                            continue;
                        }
                    }
                }

                yield return head.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // On cancellation or an error in the writer, let the workers finish before the caller moves on.
            foreach (var (pending, _, _) in window)
            {
                try
                {
                    // Bounded like the writer's wait: a worker stuck past its time limit is left behind.
                    pending.Wait(_timeLimit + Backstop, CancellationToken.None);
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
        using var deadline = new CancellationTokenSource(_timeLimit);
        try
        {
            var read = RegularFile.Read(file.ReadPath, options.Value.MaxFileBytes, "Atlas:MaxFileBytes");
            if (!read.Ok)
            {
                return PreparedSource.Failed(file, read.Error!);
            }

            var name = Path.GetFileName(file.FullPath);
            var document = DocumentReader.Read(name, read.Bytes!, sidecar.For(name), _limits, deadline.Token);
            if (!document.Ok)
            {
                return PreparedSource.Failed(file, document.Error!);
            }

            var article = document.Article!;
            var warnings = document.Warnings.Select(w => w.ToString())
                .Concat(sidecar.ProblemsFor(name).Select(p => "sources.yaml: " + p)).ToList();
            var processed = _pipeline.Process(article, _limits, deadline.Token);
            profile.Add(IngestProfile.Stage.Extraction, sw.Elapsed);
            return new PreparedSource(file, article, processed, ContentHash(article), warnings, null, sw.Elapsed)
            {
                Again = () => Prepare(file, sidecar, profile),
            };
        }
        catch (InputRefusedException ex)
        {
            return PreparedSource.Failed(file, ex.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return PreparedSource.Failed(file, TookTooLong);
        }
        catch (Exception ex)
        {
            // One file, one fate: whatever a parser or a stage throws ends this file, never the run. The message names
            // the exception, not the text (article text is never logged).
            return PreparedSource.Failed(file, $"cannot extract: {ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()}");
        }
    }

    private void Problem(string path, string problem) =>
        log.LogWarning("Problem in {File}: {Problem}", LogText.Printable(path), LogText.Printable(problem));

    /// <summary>A file refused before it was read: logged, and reported in its place.</summary>
    private IngestFileResult Refused(string path, string reason)
    {
        log.LogError("Ingest failed for {File}: {Reason}", LogText.Printable(path), LogText.Printable(reason));
        return new IngestFileResult(path, IngestStatus.Failed, null, reason, []);
    }

    /// <summary><c>sources.yaml</c> or <c>curation.yaml</c>: by the walk's rules for links and types, and within <see cref="AtlasOptions.MaxSidecarBytes"/>.</summary>
    private FileRead ReadCompanion(InputFiles.InputSet input, string path)
    {
        var (readPath, error) = input.Companion(path);
        return readPath is null
            ? new FileRead(null, error ?? "cannot read: no such file")
            : RegularFile.Read(readPath, options.Value.MaxSidecarBytes, "Atlas:MaxSidecarBytes");
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

    /// <summary>
    /// The <c>sources.yaml</c> of each folder, read once. A sidecar that cannot be used at all (a link outside the input,
    /// not a regular file, too large, past a YAML limit) is a failed file of its own; its folder's articles still go in,
    /// without its metadata.
    /// </summary>
    private sealed class Sidecars(Ingestor ingestor, InputFiles.InputSet input)
    {
        private readonly Dictionary<string, SourcesSidecar> _byFolder = new(StringComparer.Ordinal);

        public List<IngestFileResult> Refused { get; } = [];

        public SourcesSidecar For(InputFile file)
        {
            var dir = Path.GetDirectoryName(file.FullPath)!;
            if (_byFolder.TryGetValue(dir, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(dir, SourcesSidecar.FileName);
            var sidecar = Read(path);
            foreach (var problem in sidecar.Problems.Where(p => !sidecar.Entries.Keys.Any(k => p.StartsWith(k + ":", StringComparison.Ordinal))))
            {
                ingestor.Problem(path, problem);
            }

            _byFolder[dir] = sidecar;
            return sidecar;
        }

        private SourcesSidecar Read(string path)
        {
            if (!FileKind.Of(path, followLinks: false).Exists)
            {
                return SourcesSidecar.Empty;
            }

            var read = ingestor.ReadCompanion(input, path);
            if (!read.Ok)
            {
                return Refuse(path, read.Error!);
            }

            var decoded = TextDecoder.Decode(read.Bytes);
            if (!decoded.Ok && !string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(read.Bytes!)))
            {
                return Refuse(path, $"cannot be read as text ({decoded.Error})");
            }

            try
            {
                return SourcesSidecar.Parse(decoded.Text ?? "", ingestor._limits);
            }
            catch (InputRefusedException ex)
            {
                return Refuse(path, ex.Message);
            }
        }

        private SourcesSidecar Refuse(string path, string reason)
        {
            Refused.Add(ingestor.Refused(path, reason + "; its entries are not used"));
            return SourcesSidecar.Empty;
        }
    }

    internal static string ContentHash(Article a)
    {
        var m = a.Metadata;
        var material = string.Join('\u0001', PipelineVersion, a.Format, m.Title, m.Outlet, m.Author, m.Published, m.Url, a.Text);
        if (a.Blocks is { } blocks)
        {
            // A converted document's blocks are part of what it is: the same text cut otherwise is another source.
            material += '\u0001' + string.Join(',', blocks.Select(b => $"{b.Span.Start}-{b.Span.End}:{(int)b.Kind}"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
