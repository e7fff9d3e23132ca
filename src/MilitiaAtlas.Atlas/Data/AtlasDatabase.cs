using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Atlas.Files;

namespace MilitiaAtlas.Atlas.Data;

public sealed class AtlasOptions
{
    public const string Section = "Atlas";

    /// <summary>The SQLite file. Relative paths are resolved against the current directory.</summary>
    public string Database { get; set; } = Path.Combine("data", "atlas.db");

    /// <summary>Files larger than this are refused at ingest.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary><c>sources.yaml</c> and <c>curation.yaml</c> files larger than this are refused (about 70,000 sidecar entries).</summary>
    public long MaxSidecarBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Reading and extracting one file may take this long; a file that takes longer is refused and the ingest goes on.</summary>
    public double MaxSecondsPerFile { get; set; } = 60;

    /// <inheritdoc cref="InputLimits.MarkdownDepth"/>
    public int MaxMarkdownDepth { get; set; } = InputLimits.Default.MarkdownDepth;

    /// <inheritdoc cref="InputLimits.YamlDepth"/>
    public int MaxYamlDepth { get; set; } = InputLimits.Default.YamlDepth;

    /// <inheritdoc cref="InputLimits.YamlAliasNodes"/>
    public long MaxYamlAliasNodes { get; set; } = InputLimits.Default.YamlAliasNodes;

    /// <inheritdoc cref="InputLimits.Passages"/>
    public int MaxPassages { get; set; } = InputLimits.Default.Passages;

    /// <inheritdoc cref="InputLimits.HtmlDepth"/>
    public int MaxHtmlDepth { get; set; } = InputLimits.Default.HtmlDepth;

    /// <inheritdoc cref="InputLimits.ExpandedBytes"/>
    public long MaxExpandedBytes { get; set; } = InputLimits.Default.ExpandedBytes;

    /// <summary>
    /// Follow symbolic links wherever they lead (<c>--follow-links</c>). Off: a link is followed only when its target is
    /// inside a folder given to ingest. Unsafe on folders you did not make: a link can lead to any file the process may read.
    /// </summary>
    public bool FollowLinks { get; set; }

    /// <summary>The parser limits above, for the text pipeline.</summary>
    public InputLimits Limits() => new()
    {
        MarkdownDepth = MaxMarkdownDepth,
        YamlDepth = MaxYamlDepth,
        YamlAliasNodes = MaxYamlAliasNodes,
        Passages = MaxPassages,
        HtmlDepth = MaxHtmlDepth,
        ExpandedBytes = MaxExpandedBytes,
    };

    /// <summary>The folder ingested when the server starts on an empty database.</summary>
    public string SeedsPath { get; set; } = "seeds";

    public bool SeedOnStartup { get; set; } = true;

    /// <summary>
    /// A curation file (docs/curation.md) applied after every ingest, besides any <c>curation.yaml</c>
    /// directly inside a folder given to ingest. Relative paths are resolved against the current directory.
    /// </summary>
    public string? CurationFile { get; set; }
}

/// <summary>Opens connections and contexts on the configured SQLite file, and migrates it.</summary>
public sealed class AtlasDatabase
{
    public AtlasDatabase(IOptions<AtlasOptions> options)
    {
        FilePath = Path.GetFullPath(options.Value.Database);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(ConnectionString);
        c.Open();
        return c;
    }

    /// <summary>
    /// A connection for a long run of writes (ingest). In WAL mode, <c>synchronous=NORMAL</c> syncs at
    /// checkpoints instead of at every commit: a committed batch can be lost to a power cut (not to a crash of
    /// the process), and the file is never corrupted (docs/reliability.md). A larger page cache (128 MB) keeps
    /// the indexes that every source touches in memory as the database grows. Checkpointing every 32 MB of log instead of every 4 MB
    /// copies an index page that several batches touched once, not once per batch.
    /// </summary>
    public SqliteConnection OpenForWriting()
    {
        var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192;";
        cmd.ExecuteNonQuery();
        return c;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync(ct);
        return c;
    }

    public AtlasDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<AtlasDbContext>()
            .UseSqlite(ConnectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

    /// <summary>
    /// Creates the folder and the file when missing (unless <c>create</c> is false), applies migrations,
    /// and turns on WAL. A location that cannot be created, opened or written (a read-only or immutable file, a
    /// read-only folder, a full disk, a path through a file, a path that names a folder or a device) fails with one
    /// <see cref="DatabaseUnavailableException"/> naming the file, before anything is written.
    /// </summary>
    public void Migrate() => Migrate(create: true);

    /// <inheritdoc cref="Migrate()"/>
    public void Migrate(bool create)
    {
        // Decided before SQLite opens anything: it reports a folder as a disk I/O error, and would write a device's
        // -journal beside it.
        var kind = FileKind.Of(FilePath, followLinks: true);
        if (kind.Exists && !kind.IsRegular)
        {
            throw Unavailable(FileKind.NotAFile(kind.Type));
        }

        if (!kind.Exists && !create)
        {
            throw Unavailable("there is no such file");
        }

        try
        {
            var dir = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            if (IsCurrent())
            {
                return;
            }

            using (var db = CreateContext())
            {
                db.Database.Migrate();
            }

            using var c = Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL;";
            cmd.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw Unavailable(Describe(ex), ex);
        }
    }

    private DatabaseUnavailableException Unavailable(string reason, Exception? inner = null) =>
        new($"cannot open the database {FilePath}: {reason}", inner);

    /// <summary>The id of the newest migration this build has (the ids sort by date).</summary>
    public static readonly string LatestMigration = typeof(AtlasDatabase).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Max(StringComparer.Ordinal)!;

    /// <summary>
    /// Whether an existing file already has every migration and WAL, read with two statements on a plain connection:
    /// EF Core's migrator (its model, its lock and its history queries) took about a quarter of a second of every
    /// command's start, the larger part of an ingest of a few files. Anything else (no file, an older or newer
    /// schema, not a database) goes the full way, which reports problems as before.
    /// </summary>
    private bool IsCurrent()
    {
        if (!File.Exists(FilePath))
        {
            return false;
        }

        try
        {
            using var c = Open();

            // SQLite opens a file it may not write (an immutable file, read-only permissions or file system) read-only
            // without a word, and in WAL mode even the write lock below is taken (it lives in the -shm file).
            if (SQLitePCL.raw.sqlite3_db_readonly(c.Handle, "main") == 1)
            {
                throw Unavailable("the database is read-only: the system refuses to open the file for writing (an immutable file, read-only permissions or a read-only file system)");
            }

            // Taking the write lock and letting it go proves the file can be written (a read-only file, or one whose
            // header forbids writing, fails here); the full way then says why, in one line, as it always did.
            using (var tx = c.BeginTransaction())
            {
                tx.Rollback();
            }

            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT (SELECT MAX(MigrationId) FROM __EFMigrationsHistory),
                       (SELECT journal_mode FROM pragma_journal_mode)
                """;
            using var r = cmd.ExecuteReader();
            return r.Read() && !r.IsDBNull(0) && r.GetString(0) == LatestMigration
                && string.Equals(r.GetString(1), "wal", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>A storage failure in words a user can act on, with SQLite's own message kept.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 8 } => $"the database is read-only ({ex.Message})",
        SqliteException { SqliteErrorCode: 10 } => $"a disk I/O error: the disk may be full or failing ({ex.Message})",
        SqliteException { SqliteErrorCode: 13 } => $"the disk is full ({ex.Message})",
        SqliteException { SqliteErrorCode: 14 } => $"the file cannot be opened or created ({ex.Message})",
        SqliteException { SqliteErrorCode: 26 } => $"the file is not a SQLite database ({ex.Message})",
        _ => ex.Message,
    };
}

/// <summary>The database file cannot be created, opened or written; the message names the file and the reason.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner) : Exception(message, inner);
