using MilitiaAtlas.Atlas.Files;
using MilitiaAtlas.Documents;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// One article file to ingest: the path it was found under (what messages show, and whose folder's
/// <c>sources.yaml</c> applies), its key (that path relative to the folder it was found under), and the real file to
/// read (the same path, or the file a symbolic link inside the input leads to).
/// </summary>
public sealed record InputFile(string FullPath, string Key)
{
    public string ReadPath { get; init; } = FullPath;
}

/// <summary>
/// Expands command-line paths into article files (docs/ingestion.md, docs/reliability.md). Folders are walked
/// recursively; only article extensions are taken from folders, while a file named explicitly is always tried. The
/// walk decides by each entry's type without opening it: regular files and folders only, so devices, pipes and
/// sockets are refused by type. A symbolic link is followed only when its target resolves inside one of the input
/// folders, unless <c>followLinks</c> (<c>--follow-links</c>, unsafe on untrusted input). Every real file and folder
/// is visited once, decided by device and inode whatever the links, so a link loop or a link to a parent ends.
/// Paths that cannot be walked become errors, not exceptions.
/// </summary>
public static class InputFiles
{
    /// <summary>
    /// What a walk found: the article files in order, the paths refused with why, the paths passed over with why (every
    /// entry of a folder is one of the three), and where links may lead.
    /// </summary>
    public sealed record InputSet(List<InputFile> Files, List<(string Path, string Error)> Errors, List<(string Path, string Reason)> Skipped, IReadOnlyList<string> Roots, bool FollowLinks)
    {
        /// <inheritdoc cref="InputFiles.Companion"/>
        public (string? ReadPath, string? Error) Companion(string path) => InputFiles.Companion(path, Roots, FollowLinks);
    }

    public static InputSet Expand(IEnumerable<string> paths, bool followLinks = false)
    {
        var walk = new Walk(followLinks);
        var roots = new List<(string Raw, string Full, FileKind Kind)>();
        foreach (var raw in paths)
        {
            var full = Path.GetFullPath(raw);
            var kind = FileKind.Of(full, followLinks: true);
            if (!kind.Exists)
            {
                walk.Errors.Add((raw, FileKind.Of(full, followLinks: false).Type == FileType.SymbolicLink ? "broken link" : "no such file or folder"));
                continue;
            }

            // A path given on the command line is trusted as given, links and all: it is what the user chose.
            if (kind.Type == FileType.Directory)
            {
                walk.Roots.Add(FileKind.RealPath(full));
            }

            roots.Add((raw, full, kind));
        }

        foreach (var (raw, full, kind) in roots)
        {
            switch (kind.Type)
            {
                case FileType.Directory:
                    if (walk.Seen.Add(kind.Identity))
                    {
                        walk.Folder(full, full);
                    }

                    break;
                case FileType.Regular:
                    if (walk.Seen.Add(kind.Identity))
                    {
                        walk.Files.Add(new InputFile(full, Path.GetFileName(full)) { ReadPath = FileKind.RealPath(full) });
                    }

                    break;
                default:
                    walk.Errors.Add((raw, RegularFile.NotRegular(kind.Type)));
                    break;
            }
        }

        return new InputSet(walk.Files, walk.Errors, walk.Skipped, walk.Roots, followLinks);
    }

    /// <summary>
    /// The file to read for a companion file at <paramref name="path"/> (<c>sources.yaml</c>, <c>curation.yaml</c>), by
    /// the rules of the walk: null when there is none, an error when it is a link that leads outside the input or to
    /// something other than a regular file.
    /// </summary>
    public static (string? ReadPath, string? Error) Companion(string path, IReadOnlyList<string> roots, bool followLinks)
    {
        var kind = FileKind.Of(path, followLinks: false);
        if (kind.Type == FileType.Missing)
        {
            return (null, null);
        }

        var read = path;
        if (kind.Type == FileType.SymbolicLink)
        {
            (kind, read, var error) = Follow(path, roots, followLinks);
            if (error is not null && kind.IsRegular)
            {
                return (null, error);
            }
        }

        // By type first: a link to a device is refused as a device, wherever it is.
        return kind.IsRegular ? (read, null) : (null, kind.Exists ? RegularFile.NotRegular(kind.Type) : "broken link");
    }

    /// <summary>Where the link at <paramref name="path"/> leads: what is there, its real path, and why it is not to be followed, if so.</summary>
    private static (FileKind Kind, string Read, string? Error) Follow(string path, IReadOnlyList<string> roots, bool followLinks)
    {
        var kind = FileKind.Of(path, followLinks: true);
        if (!kind.Exists)
        {
            return (kind, path, "broken link");
        }

        string read;
        try
        {
            read = FileKind.RealPath(path);
        }
        catch (IOException ex)
        {
            return (kind, path, "cannot follow link: " + ex.Message);
        }

        return !followLinks && !roots.Any(r => FileKind.IsInside(read, r))
            ? (kind, read, $"symbolic link to {read}, outside the folders given; not followed (--follow-links follows such links)")
            : (kind, read, null);
    }

    private sealed class Walk(bool followLinks)
    {
        public List<InputFile> Files { get; } = [];

        public List<(string Path, string Error)> Errors { get; } = [];

        public List<(string Path, string Reason)> Skipped { get; } = [];

        /// <summary>The real paths of the folders given: where links may lead.</summary>
        public List<string> Roots { get; } = [];

        /// <summary>Device and inode of every file and folder taken so far.</summary>
        public HashSet<(ulong, ulong)> Seen { get; } = [];

        public void Folder(string root, string dir)
        {
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                Errors.Add((dir, "cannot read folder: " + ex.Message));
                return;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    Skipped.Add((entry, FileKind.Of(entry, followLinks: false).Type == FileType.Directory ? "hidden folder" : "hidden file"));
                }
                else
                {
                    Entry(root, entry);
                }
            }
        }

        private void Entry(string root, string entry)
        {
            var isArticle = DocumentReader.Extensions.Contains(Path.GetExtension(entry));
            var kind = FileKind.Of(entry, followLinks: false);
            var read = entry;
            if (kind.Type == FileType.SymbolicLink)
            {
                (kind, read, var error) = Follow(entry, Roots, followLinks);
                if (!kind.Exists)
                {
                    Errors.Add((entry, error!));
                    return;
                }

                if (kind.Type is not (FileType.Directory or FileType.Regular) || (kind.Type == FileType.Regular && !isArticle))
                {
                    Refuse(root, entry, kind, isArticle);
                    return;
                }

                if (error is not null)
                {
                    Errors.Add((entry, error));
                    return;
                }
            }

            switch (kind.Type)
            {
                case FileType.Directory:
                    if (Seen.Add(kind.Identity))
                    {
                        Folder(root, entry);
                    }

                    break;
                case FileType.Regular when isArticle:
                    if (Seen.Add(kind.Identity))
                    {
                        Files.Add(new InputFile(entry, Path.GetRelativePath(root, entry).Replace('\\', '/')) { ReadPath = read });
                    }

                    break;
                case FileType.Regular:
                    Skipped.Add((entry, NotAnArticle(root, entry)));
                    break;
                default:
                    Refuse(root, entry, kind, isArticle);
                    break;
            }
        }

        /// <summary>A device, pipe or socket is an error when it is named like an article, and skipped, with its type, otherwise.</summary>
        private void Refuse(string root, string entry, FileKind kind, bool isArticle)
        {
            if (isArticle)
            {
                Errors.Add((entry, RegularFile.NotRegular(kind.Type)));
            }
            else if (kind.Type == FileType.Regular)
            {
                Skipped.Add((entry, NotAnArticle(root, entry)));
            }
            else
            {
                Skipped.Add((entry, RegularFile.NotRegular(kind.Type)));
            }
        }

        /// <summary>Why a regular file of a folder is not read as an article: the sidecar, a curation file, or its type.</summary>
        private static string NotAnArticle(string root, string entry)
        {
            var name = Path.GetFileName(entry);
            if (name == SourcesSidecar.FileName)
            {
                return "the folder's sidecar: read as the metadata of its articles";
            }

            if (name == CurationFile.FileName)
            {
                return Path.GetDirectoryName(entry) == root
                    ? "the curation file: applied after the ingest"
                    : "a curation file in a subfolder: not applied (only one directly inside a folder given to ingest is)";
            }

            var ext = Path.GetExtension(entry);
            var type = ext.Length == 0 ? "unsupported type (no extension)" : $"unsupported type ({ext})";
            return DocumentReader.HintFor(ext) is { } hint ? $"{type}: {hint}" : type;
        }
    }
}
