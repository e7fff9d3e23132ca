using Mono.Unix;

namespace MilitiaAtlas.Atlas.Files;

/// <summary>What is at a path, decided without opening it.</summary>
public enum FileType
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
    Other,
}

/// <summary>
/// The type of a path and its identity (device and inode), from <c>lstat</c>/<c>stat</c> through Mono.Unix.
/// The ingest walk and the backup verb decide by it before they open anything, so that a device such as
/// <c>/dev/zero</c> or a named pipe is refused by type rather than read (a device reports a length of 0 and
/// never ends; opening a pipe blocks). On Windows, where there are no such files under a folder, the type
/// comes from the file system's attributes and the identity from the full path.
/// </summary>
public readonly record struct FileKind(FileType Type, ulong Device, ulong Inode)
{
    public bool IsRegular => Type == FileType.Regular;

    public bool Exists => Type != FileType.Missing;

    /// <summary>The identity of the file, the same through every link and path that reaches it.</summary>
    public (ulong Device, ulong Inode) Identity => (Device, Inode);

    /// <summary>What is at <paramref name="path"/>; a symbolic link is described as the link itself unless <paramref name="followLinks"/>.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfWindows(path, followLinks);
        }

        try
        {
            UnixFileSystemInfo info = followLinks ? new UnixFileInfo(path) : UnixFileSystemInfo.GetFileSystemEntry(path);
            if (!info.Exists)
            {
                return default;
            }

            return new FileKind(TypeOf(info.FileType), (ulong)info.Device, (ulong)info.Inode);
        }
        catch (Exception ex) when (ex is UnixIOException or IOException or InvalidOperationException or ArgumentException)
        {
            // A dangling link followed, a path through a file, a name too long: nothing usable is there.
            return default;
        }
    }

    /// <summary>The type that <c>stat</c>'s mode bits (<c>S_IFMT</c>) give, as Mono.Unix names them.</summary>
    public static FileType TypeOf(FileTypes type) => type switch
    {
        FileTypes.RegularFile => FileType.Regular,
        FileTypes.Directory => FileType.Directory,
        FileTypes.SymbolicLink => FileType.SymbolicLink,
        FileTypes.CharacterDevice => FileType.CharacterDevice,
        FileTypes.BlockDevice => FileType.BlockDevice,
        FileTypes.Fifo => FileType.Fifo,
        FileTypes.Socket => FileType.Socket,
        _ => FileType.Other,
    };

    /// <summary>
    /// The canonical absolute path of <paramref name="path"/>, every symbolic link resolved (as <c>realpath</c> does;
    /// the part past a missing component is kept as written). Throws <see cref="IOException"/> on a link loop.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        var parts = new Queue<string>(full.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var current = "/";
        var hops = 0;
        while (parts.TryDequeue(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > 40)
            {
                throw new IOException("too many levels of symbolic links: " + path);
            }

            // Go on from the link's target, then the components after the link.
            var resolved = Path.IsPathRooted(target) ? target : Path.Join(current, target);
            parts = new Queue<string>(resolved.Split('/', StringSplitOptions.RemoveEmptyEntries).Concat(parts));
            current = "/";
        }

        return current;
    }

    /// <summary>Whether <paramref name="realPath"/> is <paramref name="realRoot"/> or lies under it (both canonical).</summary>
    public static bool IsInside(string realPath, string realRoot) =>
        realPath == realRoot
        || realPath.StartsWith(realRoot.EndsWith('/') ? realRoot : realRoot + "/", StringComparison.Ordinal);

    /// <summary>How a type reads in a message: "a character device", "a named pipe".</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Regular => "a regular file",
        FileType.Directory => "a folder",
        FileType.SymbolicLink => "a symbolic link",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Fifo => "a named pipe",
        FileType.Socket => "a socket",
        FileType.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>Why a path that must name a file does not: "it is a folder, not a file".</summary>
    public static string NotAFile(FileType type) => $"it is {Describe(type)}, not a file";

    private static FileKind OfWindows(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            return default;
        }

        if (info.LinkTarget is not null && !followLinks)
        {
            return new FileKind(FileType.SymbolicLink, 0, PathIdentity(path));
        }

        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        var type = target is DirectoryInfo ? FileType.Directory : FileType.Regular;
        return new FileKind(type, 0, PathIdentity(target.FullName));
    }

    private static ulong PathIdentity(string path) => (ulong)StringComparer.OrdinalIgnoreCase.GetHashCode(Path.GetFullPath(path));
}
