using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
/// Reads files, runs the pipeline and stores each source in its own transaction: a file that fails
/// leaves nothing behind and does not stop the batch; an unchanged file is skipped; a changed file
/// replaces its source atomically under the same id.
/// </summary>
public sealed class Ingestor(AtlasDatabase database, IOptions<AtlasOptions> options, ILogger<Ingestor> log)
{
    /// <summary>Bumped when the pipeline's output changes, so that re-ingesting refreshes stored sources.</summary>
    public const string PipelineVersion = "4";

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

        var sidecars = new Dictionary<string, (SourcesSidecar Sidecar, bool Reported)>();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var sidecar = SidecarFor(file, sidecars);
            var sw = Stopwatch.StartNew();
            IngestFileResult result;
            try
            {
                result = IngestOne(file, sidecar);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result = new IngestFileResult(file.FullPath, IngestStatus.Failed, null, "cannot read: " + ex.Message, []);
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException)
            {
                result = new IngestFileResult(file.FullPath, IngestStatus.Failed, null, "cannot store: " + AtlasDatabase.Describe(ex.InnerException ?? ex), []);
            }

            Log(result, sw.Elapsed);
            results.Add(result);
        }

        // Last and over everything stored, so that the analysts' corrections outlive the re-extraction of changed sources.
        Curation.Run(database, Curation.FilesFor(options.Value.CurationFile, given), log);
        Search.SearchIndex.RebuildEntities(database);
        return new IngestReport(results);
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

    private SourcesSidecar SidecarFor(InputFile file, Dictionary<string, (SourcesSidecar Sidecar, bool Reported)> cache)
    {
        var dir = Path.GetDirectoryName(file.FullPath)!;
        if (cache.TryGetValue(dir, out var cached))
        {
            return cached.Sidecar;
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

        cache[dir] = (sidecar, true);
        return sidecar;
    }

    private IngestFileResult IngestOne(InputFile file, SourcesSidecar sidecar)
    {
        var info = new FileInfo(file.FullPath);
        var max = options.Value.MaxFileBytes;
        if (info.Length > max)
        {
            return Fail(file, $"file is {info.Length:N0} bytes, over the {max:N0}-byte limit (Atlas:MaxFileBytes)");
        }

        var decoded = TextDecoder.Decode(File.ReadAllBytes(file.FullPath));
        if (!decoded.Ok)
        {
            return Fail(file, decoded.Error!);
        }

        var name = Path.GetFileName(file.FullPath);
        var (article, readWarnings) = ArticleReader.Read(name, decoded.Text!, sidecar.For(name));
        var warnings = decoded.Warnings.Concat(readWarnings).Select(w => w.ToString())
            .Concat(sidecar.ProblemsFor(name).Select(p => "sources.yaml: " + p)).ToList();
        var processed = _pipeline.Process(article);
        var hash = ContentHash(article);

        using var db = database.CreateContext();
        using var tx = db.Database.BeginTransaction();
        var existing = db.Sources.AsNoTracking().Where(s => s.FileKey == file.Key)
            .Select(s => new { s.Id, s.ContentHash }).FirstOrDefault();
        if (existing is not null && existing.ContentHash == hash)
        {
            return new IngestFileResult(file.FullPath, IngestStatus.Unchanged, existing.Id, null, warnings, processed.Passages.Count);
        }

        var conn = db.Database.GetDbConnection();
        var dbTx = tx.GetDbTransaction();
        var affected = new List<string>();
        var entitiesBefore = new List<string>();
        var eventsBefore = new List<string>();
        string id;
        if (existing is not null)
        {
            id = existing.Id;
            entitiesBefore = conn.Query<string>("SELECT DISTINCT EntityId FROM Mentions WHERE SourceId = @id", new { id }, dbTx).ToList();
            eventsBefore = conn.Query<string>("SELECT DISTINCT EventId FROM EventEvidence WHERE SourceId = @id", new { id }, dbTx).ToList();
            affected = conn.Query<string>(
                "SELECT DISTINCT SourceId FROM Passages WHERE ReusedFromSourceId = @id AND SourceId <> @id", new { id }, dbTx).ToList();
            conn.Execute("UPDATE Passages SET ReusedFromSourceId = NULL, ReusedFromOrdinal = NULL WHERE ReusedFromSourceId = @id", new { id }, dbTx);
            EntityResolver.ForgetSurfaces(conn, dbTx, id);
            conn.Execute("DELETE FROM Sources WHERE Id = @id", new { id }, dbTx);
        }
        else
        {
            id = NewId(conn, dbTx, article.Metadata.Title ?? name, file.Key);
        }

        db.Sources.Add(ToRow(id, file, article, hash, warnings));
        db.SaveChanges();
        InsertPassagesAndSentences(conn, dbTx, id, processed);
        InsertShingles(conn, dbTx, id, processed);
        ReuseLinker.Link(conn, dbTx, id);
        foreach (var other in affected)
        {
            ReuseLinker.Link(conn, dbTx, other);
        }

        var entityIds = EntityResolver.Resolve(conn, dbTx, id, processed.Entities);
        ClaimWriter.Write(conn, dbTx, id, processed, entityIds);
        EventWriter.Write(conn, dbTx, id, processed, entityIds);
        EventWriter.RemoveOrphans(conn, dbTx, eventsBefore);
        EntityResolver.Refresh(conn, dbTx, entityIds.Concat(entitiesBefore));
        Search.SearchIndex.UpdateForSource(conn, dbTx, id, entityIds.Concat(entitiesBefore));

        tx.Commit();
        return new IngestFileResult(file.FullPath, existing is null ? IngestStatus.Added : IngestStatus.Updated, id, null, warnings, processed.Passages.Count);
    }

    private static IngestFileResult Fail(InputFile file, string reason) =>
        new(file.FullPath, IngestStatus.Failed, null, reason, []);

    private static string NewId(DbConnection conn, DbTransaction tx, string title, string key)
    {
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            slug = "source";
        }

        var taken = conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources WHERE Id = @slug", new { slug }, tx) > 0;
        return taken ? $"{slug}-{Slugs.ShortHash(key)}" : slug;
    }

    private static string ContentHash(Article a)
    {
        var m = a.Metadata;
        var material = string.Join('\u0001', PipelineVersion, a.Format, m.Title, m.Outlet, m.Author, m.Published, m.Url, a.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    private static SourceRow ToRow(string id, InputFile file, Article article, string hash, List<string> warnings)
    {
        var m = article.Metadata;
        return new SourceRow
        {
            Id = id,
            FileKey = file.Key,
            File = article.File,
            Title = m.Title ?? article.File,
            Outlet = m.Outlet,
            Author = m.Author,
            Published = m.Published,
            Url = m.Url,
            Format = article.Format == ArticleFormat.Markdown ? "markdown" : "text",
            Text = article.Text,
            ContentHash = hash,
            IngestedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Warnings = warnings.Count == 0 ? null : string.Join('\n', warnings),
        };
    }

    /// <summary>
    /// Passages and sentences through one prepared command each: a file of 100,000 tiny paragraphs
    /// is 200,000 rows, which EF's change tracker takes half a minute and most of a gigabyte to save.
    /// </summary>
    private static void InsertPassagesAndSentences(DbConnection conn, DbTransaction tx, string id, ProcessedArticle processed)
    {
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO Passages (SourceId, Ordinal, Start, \"End\", Kind) VALUES ($s, $o, $a, $b, $k)";
            Parameter(cmd, "$s").Value = id;
            var (ordinal, start, end, kind) = (Parameter(cmd, "$o"), Parameter(cmd, "$a"), Parameter(cmd, "$b"), Parameter(cmd, "$k"));
            foreach (var p in processed.Passages)
            {
                ordinal.Value = p.Ordinal;
                start.Value = p.Span.Start;
                end.Value = p.Span.End;
                kind.Value = PassageIds.KindName(p.Kind);
                cmd.ExecuteNonQuery();
            }
        }

        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO Sentences (SourceId, Ordinal, PassageOrdinal, Start, \"End\") VALUES ($s, $o, $p, $a, $b)";
            Parameter(cmd, "$s").Value = id;
            var (ordinal, passage, start, end) = (Parameter(cmd, "$o"), Parameter(cmd, "$p"), Parameter(cmd, "$a"), Parameter(cmd, "$b"));
            var n = 0;
            foreach (var sentence in processed.Sentences)
            {
                ordinal.Value = ++n;
                passage.Value = sentence.PassageOrdinal;
                start.Value = sentence.Span.Start;
                end.Value = sentence.Span.End;
                cmd.ExecuteNonQuery();
            }
        }
    }

    private static DbParameter Parameter(DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }

    private static void InsertShingles(DbConnection conn, DbTransaction tx, string id, ProcessedArticle processed)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR IGNORE INTO PassageShingles (Hash, SourceId, PassageOrdinal) VALUES ($h, $s, $p)";
        var h = cmd.CreateParameter();
        h.ParameterName = "$h";
        var s = cmd.CreateParameter();
        s.ParameterName = "$s";
        s.Value = id;
        var p = cmd.CreateParameter();
        p.ParameterName = "$p";
        cmd.Parameters.Add(h);
        cmd.Parameters.Add(s);
        cmd.Parameters.Add(p);
        foreach (var (ordinal, hashes) in processed.Fingerprints)
        {
            p.Value = ordinal;
            foreach (var hash in hashes)
            {
                h.Value = hash;
                cmd.ExecuteNonQuery();
            }
        }
    }
}
