using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Documents;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Adding;

public enum JobState
{
    Waiting,
    Fetching,
    Ingesting,
    Done,
    Failed,
}

/// <summary>One file's fate in a job: the ingester's status, the source it made, and its reason when it failed or was passed over.</summary>
public sealed record JobFile(string Name, string Status, string? SourceId, string? Link, string? Reason);

/// <summary>
/// What an editor asked to add: files already written into <see cref="Folder"/>, or a URL to fetch into it first. Each
/// file sits in a folder of its own named by its content's hash (<c>added/HASH/NAME</c>, the source's file key), so adding
/// the same file again finds the same source, and two files of one name do not meet.
/// </summary>
public sealed class SourceJob(string user, string folder, string? url)
{
    public string Id { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string User { get; } = user;

    public string Folder { get; } = folder;

    public string? Url { get; } = url;

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    public JobState State { get; internal set; } = JobState.Waiting;

    /// <summary>Why the whole job failed (a refused fetch), in words.</summary>
    public string? Error { get; internal set; }

    public IReadOnlyList<JobFile> Files { get; internal set; } = [];

    /// <summary>The reader of the one source the job added, to open when it is done.</summary>
    public string? Open => State == JobState.Done && Files.Count(f => f.Link is not null) == 1 ? Files.Single(f => f.Link is not null).Link : null;
}

/// <summary>
/// The sources editors add in the browser, ingested in the background one job at a time (the store has one writer;
/// decision 010): jobs wait in a bounded queue, a single reader of the queue fetches, ingests with the <see cref="Ingestor"/>
/// the command line uses, records each file's fate, and deletes the job's folder. Jobs are kept in memory for a day.
/// </summary>
public sealed class SourceJobs(Ingestor ingestor, UrlFetcher fetcher, IOptions<AddingOptions> options, ILogger<SourceJobs> log) : BackgroundService
{
    private static readonly JsonSerializerOptions SidecarJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Channel<SourceJob> _queue = Channel.CreateBounded<SourceJob>(options.Value.MaxWaitingJobs);
    private readonly ConcurrentDictionary<string, SourceJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Where job folders are made; each is deleted when its job ends.</summary>
    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "militia-atlas-add");

    public SourceJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>A new job folder, for the caller to write files into with <see cref="WriteFile"/>.</summary>
    public static string NewFolder() => Directory.CreateDirectory(Path.Combine(WorkRoot, Guid.NewGuid().ToString("n"))).FullName;

    /// <summary>
    /// Writes one file to add into <paramref name="folder"/> under <c>added/HASH/</c>, with its publication facts as the
    /// folder's <c>sources.yaml</c> when given (written as JSON, which YAML reads, so no value can break out of its field).
    /// </summary>
    public static void WriteFile(string folder, string fileName, byte[] bytes, SidecarEntry? facts = null)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(facts is null ? bytes : [.. bytes, .. JsonSerializer.SerializeToUtf8Bytes(facts)]))[..16];
        var dir = Directory.CreateDirectory(Path.Combine(folder, "added", hash)).FullName;
        File.WriteAllBytes(Path.Combine(dir, fileName), bytes);
        if (facts is not null)
        {
            File.WriteAllText(Path.Combine(dir, "sources.yaml"), JsonSerializer.Serialize(new Dictionary<string, SidecarEntry> { [fileName] = facts }, SidecarJson));
        }
    }

    /// <summary>Queues a job; false when too many are waiting (its folder is deleted then).</summary>
    public bool Enqueue(SourceJob job)
    {
        Prune();
        if (!_queue.Writer.TryWrite(job))
        {
            TryDelete(job.Folder);
            return false;
        }

        _jobs[job.Id] = job;
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Adding sources failed for job {Job}", job.Id);
                job.Error = "The sources could not be added: " + ex.Message;
                job.State = JobState.Failed;
            }
            finally
            {
                TryDelete(job.Folder);
            }
        }
    }

    private async Task RunAsync(SourceJob job, CancellationToken ct)
    {
        if (job.Url is not null)
        {
            job.State = JobState.Fetching;
            try
            {
                var page = await fetcher.FetchAsync(job.Url, ct);
                WriteFile(job.Folder, FileNameFor(page), page.Body, new SidecarEntry { Url = page.Url.AbsoluteUri });
            }
            catch (FetchRefusedException ex)
            {
                job.Error = ex.Message;
                job.State = JobState.Failed;
                return;
            }
        }

        job.State = JobState.Ingesting;
        var report = await Task.Run(() => ingestor.Ingest([job.Folder], ct), ct);
        job.Files = report.Files
            .Where(f => !string.Equals(Path.GetFileName(f.Path), "sources.yaml", StringComparison.Ordinal))
            .Select(f => new JobFile(
                Path.GetFileName(f.Path),
                f.Status.ToString().ToLowerInvariant(),
                f.SourceId,
                f.SourceId is not null && f.Status != IngestStatus.Failed ? Links.Source(f.SourceId) : null,
                f.Error))
            .ToList();
        log.LogInformation("{User} added sources: {Summary}", LogText.Printable(job.User), report.Summary);
        job.State = job.Files.Any(f => f.Link is not null) ? JobState.Done : JobState.Failed;
        if (job.State == JobState.Failed && job.Files.Count == 0)
        {
            job.Error = "Nothing was read.";
        }
    }

    /// <summary>A file name for a fetched page: its path's last segment when that names a format the atlas reads, else one by its media type.</summary>
    public static string FileNameFor(FetchedPage page)
    {
        var name = SafeFileName(Uri.UnescapeDataString(page.Url.AbsolutePath));
        if (DocumentReader.Extensions.Contains(Path.GetExtension(name)))
        {
            return name;
        }

        var extension = page.MediaType switch
        {
            "application/pdf" => ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
            "text/plain" => ".txt",
            "text/markdown" => ".md",
            _ => ".html",
        };
        return (name.Length == 0 ? "page" : Path.GetFileNameWithoutExtension(name)) + extension;
    }

    /// <summary>A file name that is only a name: letters, digits, dot, dash and underscore, no leading dot, at most 100 characters.</summary>
    public static string SafeFileName(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in Path.GetFileName(name))
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        var safe = sb.ToString().TrimStart('.', '-');
        if (safe.Length > 100)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(100 - extension.Length)] + extension;
        }

        return safe;
    }

    private void Prune()
    {
        foreach (var old in _jobs.Values.Where(j => j.Created < DateTimeOffset.UtcNow.AddDays(-1) && j.State is JobState.Done or JobState.Failed))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A job folder left behind is only a stray temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A file's publication facts, as <c>sources.yaml</c> names them (docs/ingestion.md).</summary>
public sealed record SidecarEntry
{
    [System.Text.Json.Serialization.JsonPropertyName("title")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("outlet")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Outlet { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("published")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Published { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("url")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
}
