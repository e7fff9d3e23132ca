using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>One article file to ingest: its full path, and its key (path relative to the folder it was found under).</summary>
public sealed record InputFile(string FullPath, string Key);

/// <summary>
/// Expands command-line paths into article files. Folders are walked recursively (symlinked folders
/// once each, so a link loop ends); only article extensions are taken from folders, while a file named
/// explicitly is always tried. Paths that cannot be walked become errors, not exceptions.
/// </summary>
public static class InputFiles
{
    public static (List<InputFile> Files, List<(string Path, string Error)> Errors) Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var errors = new List<(string, string)>();
        foreach (var raw in paths)
        {
            var full = Path.GetFullPath(raw);
            if (File.Exists(full))
            {
                files.Add(new InputFile(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                Walk(full, full, files, errors, new HashSet<string>(StringComparer.Ordinal));
            }
            else
            {
                errors.Add((raw, "no such file or folder"));
            }
        }

        return (files, errors);
    }

    private static void Walk(string root, string dir, List<InputFile> files, List<(string, string)> errors, HashSet<string> visited)
    {
        string real;
        try
        {
            real = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir;
        }
        catch (IOException ex)
        {
            errors.Add((dir, "cannot follow link: " + ex.Message));
            return;
        }

        if (!visited.Add(real))
        {
            return;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(dir);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            errors.Add((dir, "cannot read folder: " + ex.Message));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                Walk(root, entry, files, errors, visited);
            }
            else if (ArticleReader.Extensions.Contains(Path.GetExtension(entry)))
            {
                files.Add(new InputFile(entry, Path.GetRelativePath(root, entry).Replace('\\', '/')));
            }
            else if (!File.Exists(entry) && new FileInfo(entry).LinkTarget is not null)
            {
                errors.Add((entry, "broken link"));
            }
        }
    }
}
