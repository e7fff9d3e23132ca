using Microsoft.Data.Sqlite;

namespace MilitiaAtlas.Web.Data;

/// <summary>
/// A consistent copy of the database through SQLite's online backup API: readers and the ingester may
/// keep working while it runs. The copy is written to a temporary file, checked, and moved into place, so
/// a failed backup never leaves a half-written file under the target name.
/// </summary>
public static class Backup
{
    public static long Run(AtlasDatabase database, string target)
    {
        var dir = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        if (string.Equals(Path.GetFullPath(target), database.FilePath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the backup must not overwrite the database itself");
        }

        var temp = target + ".partial";
        File.Delete(temp);
        using (var source = database.Open())
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
        {
            copy.Open();
            source.BackupDatabase(copy);
            using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var result = check.ExecuteScalar() as string;
            if (result != "ok")
            {
                throw new InvalidOperationException("the copy failed its integrity check: " + result);
            }

            check.CommandText = "PRAGMA journal_mode=DELETE;";
            check.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        File.Move(temp, target, overwrite: true);
        return new FileInfo(target).Length / 4096;
    }
}
