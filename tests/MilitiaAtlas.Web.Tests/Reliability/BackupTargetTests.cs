using System.Diagnostics;
using System.Net.Sockets;
using Dapper;
using Mono.Unix.Native;
using MilitiaAtlas.Atlas.Files;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// The backup verb, run as a real child process, against targets it must refuse and failures it must survive: each
/// ends in one <c>error:</c> line with exit code 1, changes nothing at the target or in the database, and leaves no
/// <c>TARGET.partial</c>. No test points the verb at a real device: a device node of its own in a temporary folder
/// (or a link to /dev/null) shows the same thing without risking the machine's /dev/null.
/// </summary>
// Alone, after the parallel tests: the signal test must interrupt a copy of about a second, which a loaded 2-core
// machine can finish before the test thread sends the signal (it failed so twice beside the parallel tests).
[Collection(HeavyTestsRunAlone.Name)]
public sealed class BackupTargetTests(BackupTargetTests.SeededDatabase seeded) : IClassFixture<BackupTargetTests.SeededDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static TheoryData<string> BadTargets =>
    [
        "a folder", "a device", "a link to /dev/null", "a named pipe", "a socket",
        "the database", "its -wal", "its -shm", "its -journal", "a hard link to the database", "a link to the database",
        "its -wal through a linked folder", "its -journal through a linked folder", "a name whose temporary copy is the database",
    ];

    [Theory]
    [MemberData(nameof(BadTargets))]
    public void A_bad_target_is_refused_with_one_clear_line_and_nothing_is_changed_or_left_behind(string target)
    {
        using var temp = new TempFolder();
        var db = seeded.CopyTo(temp.Path(target == "a name whose temporary copy is the database" ? "atlas.db.partial" : "atlas.db"));
        var (path, reason, socket) = Make(target, temp, db);
        using var _ = socket;

        // A reader stays open, as the site would be: the database's -wal and -shm exist while the backup runs.
        using (var reader = StoreChecks.Open(db))
        {
            Assert.Equal(5, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
            var before = Entries(temp);

            ReadOnlyLocationTests.AssertRefused(
                $"error: backup: {path}: {reason}",
                "backup", "--db", db, "--out", path);
            Assert.Equal(before, Entries(temp)); // the same files, of the same kind, and nothing more
        }

        Assert.Equal(5, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
    }

    [Fact]
    public void A_backup_whose_folder_cannot_be_created_fails_with_one_clear_line_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        var db = seeded.CopyTo(temp.Path("atlas.db"));
        File.WriteAllText(temp.Path("not-a-folder"), "a file where the backup's folder should be");
        var target = temp.Path("not-a-folder/backups/atlas.db");

        ReadOnlyLocationTests.AssertRefused(
            $"error: backup: {target}: cannot create the folder {temp.Path("not-a-folder/backups")}: ",
            "backup", "--db", db, "--out", target);
        Assert.Equal([db, temp.Path("not-a-folder")], Entries(temp).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_backup_into_a_read_only_folder_fails_with_one_clear_line_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        var db = seeded.CopyTo(temp.Path("atlas.db"));
        var folder = temp.Path("frozen");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "atlas-backup.db");

        using (Immutable.Set(folder))
        {
            ReadOnlyLocationTests.AssertRefused(
                $"error: backup: {target}: the file cannot be opened or created",
                "backup", "--db", db, "--out", target);
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void A_backup_that_fails_midway_on_a_full_disk_says_why_and_leaves_no_partial_file()
    {
        using var temp = new TempFolder();
        var db = seeded.CopyTo(temp.Path("atlas.db"));
        var target = temp.Path("atlas-backup.db");

        // Every file the process writes is limited to 256 KB, half the database: the copy fails partway, as on a full disk.
        using var run = AtlasProcess.StartWithFileSizeLimit(256, "backup", "--db", db, "--out", target);
        run.WaitForExit(Patience);

        Assert.Equal(1, run.ExitCode);
        ReadOnlyLocationTests.AssertOneClearLine(run.Stderr, $"error: backup: {target}: ");
        Assert.Matches("disk I/O error|disk is full", run.Stderr);
        Assert.DoesNotContain(Entries(temp).Keys, e => e.StartsWith(target, StringComparison.Ordinal));
        StoreChecks.AssertConsistent(db);
    }

    [Fact]
    public void A_backup_of_a_missing_database_is_refused_and_creates_neither_file()
    {
        using var temp = new TempFolder();
        var db = temp.Path("missing.db");
        var target = temp.Path("atlas-backup.db");

        ReadOnlyLocationTests.AssertRefused(
            $"error: cannot open the database {db}: there is no such file",
            "backup", "--db", db, "--out", target);
        Assert.Empty(Entries(temp));
    }

    [Theory]
    [InlineData(Signum.SIGTERM)]
    [InlineData(Signum.SIGINT)]
    public void A_backup_ended_by_a_signal_midway_leaves_no_partial_file(Signum signal)
    {
        using var temp = new TempFolder();
        var db = seeded.CopyTo(temp.Path("atlas.db"));
        using (var c = StoreChecks.Open(db))
        {
            // 150 MB more, so that the copy takes about a second: time to be interrupted.
            c.Execute("CREATE TABLE Pad(b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150) INSERT INTO Pad SELECT zeroblob(1000000) FROM n;");
        }

        var target = temp.Path("atlas-backup.db");
        // On a loaded machine the copy can finish before the signal is sent: that run proves nothing, and is tried again.
        for (var attempt = 1; ; attempt++)
        {
            File.Delete(target);
            using var run = AtlasProcess.Start("backup", "--db", db, "--out", target);
            var waited = Stopwatch.StartNew();
            while (!File.Exists(target + ".partial"))
            {
                Assert.True(waited.Elapsed < Patience, $"no {target}.partial appeared; stderr:\n{run.Stderr}");
                Thread.Sleep(1);
            }

            run.Signal(signal);
            run.WaitForExit(Patience);
            if (run.ExitCode == 0 && attempt < 3)
            {
                continue;
            }

            Assert.NotEqual(0, run.ExitCode);
            Assert.DoesNotContain(Entries(temp).Keys, e => e.StartsWith(target, StringComparison.Ordinal));
            break;
        }

        Assert.Equal(5, StoreChecks.Sources(db));
    }

    /// <summary>
    /// Makes the bad target <paramref name="what"/> in the folder; returns its path, the reason the verb must give, and
    /// for a socket the socket, to keep open (closing it deletes its file).
    /// </summary>
    private static (string Path, string Reason, Socket? Socket) Make(string what, TempFolder temp, string db)
    {
        var path = temp.Path("atlas-backup.db");
        var own = (string file) => $"it is the database's own file {file}";
        switch (what)
        {
            case "a folder":
                Directory.CreateDirectory(path);
                return (path, "it is a folder, not a file", null);
            case "a device":
                // A null device of its own: character device 1,3.
                Assert.Equal(0, Syscall.mknod(path, FilePermissions.S_IFCHR | FilePermissions.DEFFILEMODE, (1 << 8) | 3));
                return (path, "it is a character device, not a file", null);
            case "a link to /dev/null":
                File.CreateSymbolicLink(path, "/dev/null");
                return (path, "it is a character device, not a file", null);
            case "a named pipe":
                Assert.Equal(0, Syscall.mkfifo(path, FilePermissions.DEFFILEMODE));
                return (path, "it is a named pipe, not a file", null);
            case "a socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return (path, "it is a socket, not a file", socket);
            case "the database":
                return (db, own(db), null);
            case "its -wal" or "its -shm" or "its -journal":
                return (db + what[4..], own(db + what[4..]), null);
            case "a hard link to the database":
                Assert.Equal(0, Syscall.link(db, path));
                return (path, own(db), null);
            case "a link to the database":
                File.CreateSymbolicLink(path, db);
                return (path, own(db), null);
            case "its -wal through a linked folder" or "its -journal through a linked folder":
                Directory.CreateSymbolicLink(temp.Path("linked"), temp.Root);
                var suffix = what[4..what.IndexOf(' ', 4)];
                return (temp.Path("linked/" + Path.GetFileName(db) + suffix), own(db + suffix), null);
            case "a name whose temporary copy is the database":
                var target = db[..^".partial".Length];
                return (target, $"its temporary copy {db} would be the database's own file {db}", null);
            default:
                throw new ArgumentOutOfRangeException(nameof(what), what, null);
        }
    }

    /// <summary>What is in the folder: each entry's path and what it is (type, device, inode, length), links not followed.</summary>
    private static Dictionary<string, FileKind> Entries(TempFolder temp) =>
        Directory.GetFileSystemEntries(temp.Root).ToDictionary(e => e, e => FileKind.Of(e, followLinks: false));

    /// <summary>The five seed articles, ingested once for the class by the real verb; each test takes a copy.</summary>
    public sealed class SeededDatabase : IDisposable
    {
        private readonly TempFolder _temp = new();

        private readonly string _db;

        public SeededDatabase() => _db = AtlasProcess.IngestSeeds(_temp.Path("seeded.db"));

        public string CopyTo(string path)
        {
            File.Copy(_db, path);
            return path;
        }

        public void Dispose() => _temp.Dispose();
    }
}
