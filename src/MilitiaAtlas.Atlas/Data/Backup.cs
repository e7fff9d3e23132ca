using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Atlas.Files;

namespace MilitiaAtlas.Atlas.Data;

/// <summary>
/// A consistent copy of the database through SQLite's online backup API: readers and the ingester may
/// keep working while it runs. The copy is written to <c>TARGET.partial</c>, checked, and moved into place, so
/// a failed backup never leaves a half-written file under the target name, and no <c>.partial</c> either.
/// A target that is not a regular file or a new path (a folder, a device, a pipe, a socket; a link is judged by
/// what it points to), or that is one of the database's own files, is refused before anything is written.
/// </summary>
public static class Backup
{
    private static readonly string[] OwnSuffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Copies the database to <paramref name="target"/>; returns the copy's size in 4 KB pages.</summary>
    /// <exception cref="BackupException">The target was refused, or the copy could not be written; nothing is left behind.</exception>
    public static long Run(AtlasDatabase database, string target)
    {
        target = Path.GetFullPath(target);
        var temp = target + ".partial";
        Refuse(database, target, temp);

        // Ctrl-C, SIGTERM and SIGHUP end the process without running the finally below: the copy is deleted
        // first, then the signal ends the process as usual.
        var signals = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }
            .Select(s => PosixSignalRegistration.Create(s, _ => Discard(temp)))
            .ToList();
        try
        {
            CreateFolder(target);
            Discard(temp); // a copy left by a run that was killed
            Copy(database, temp);
            File.Move(temp, target, overwrite: true);
            return new FileInfo(target).Length / 4096;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new BackupException(target, AtlasDatabase.Describe(ex), ex);
        }
        finally
        {
            Discard(temp);
            signals.ForEach(s => s.Dispose());
        }
    }

    private static void Refuse(AtlasDatabase database, string target, string temp)
    {
        var own = OwnSuffixes.Select(s => Resolve(database.FilePath) + s).ToList();
        foreach (var (path, what) in new[] { (target, "it is"), (temp, $"its temporary copy {temp} would be") })
        {
            if (own.FirstOrDefault(o => SameFile(path, o)) is { } file)
            {
                throw new BackupException(target, $"{what} the database's own file {file}");
            }
        }

        var kind = FileKind.Of(target, followLinks: true);
        if (kind.Exists && !kind.IsRegular)
        {
            throw new BackupException(target, FileKind.NotAFile(kind.Type));
        }
    }

    private static void CreateFolder(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BackupException(target, $"cannot create the folder {folder}: {ex.Message}", ex);
        }
    }

    private static void Copy(AtlasDatabase database, string temp)
    {
        using var source = database.Open();
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString());
        copy.Open();
        source.BackupDatabase(copy);
        using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        var result = check.ExecuteScalar() as string;
        if (result != "ok")
        {
            throw new IOException("the copy failed its integrity check: " + result);
        }

        check.CommandText = "PRAGMA journal_mode=DELETE;";
        check.ExecuteNonQuery();
    }

    /// <summary>Deletes the temporary copy and the files SQLite keeps beside it, when they are files.</summary>
    private static void Discard(string temp)
    {
        foreach (var file in OwnSuffixes.Select(s => temp + s))
        {
            try
            {
                if (FileKind.Of(file, followLinks: false).Type is FileType.Regular or FileType.SymbolicLink)
                {
                    File.Delete(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the error that led here is the one to report.
            }
        }
    }

    /// <summary>
    /// Whether two paths name one file: the same device and inode when either exists (a hard link, a symbolic link, a
    /// path through a linked folder); else the same name in the same folder, since the database's -wal comes and goes.
    /// </summary>
    private static bool SameFile(string a, string b)
    {
        var (ka, kb) = (FileKind.Of(a, followLinks: true), FileKind.Of(b, followLinks: true));
        if (ka.Exists || kb.Exists)
        {
            return ka.Exists && kb.Exists && ka.Identity == kb.Identity;
        }

        var folder = FileKind.Of(Path.GetDirectoryName(a)!, followLinks: true);
        return folder.Exists && folder.Identity == FileKind.Of(Path.GetDirectoryName(b)!, followLinks: true).Identity
            && Path.GetFileName(a) == Path.GetFileName(b);
    }

    /// <summary>The file a link at <paramref name="path"/> ends at (SQLite keeps the -wal beside that file), or the path itself.</summary>
    private static string Resolve(string path) =>
        FileKind.Of(path, followLinks: false).Type == FileType.SymbolicLink
            ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path
            : path;
}

/// <summary>A backup refused or failed; the message is <c>TARGET: reason</c>.</summary>
public sealed class BackupException(string target, string reason, Exception? inner = null) : Exception($"{target}: {reason}", inner);
