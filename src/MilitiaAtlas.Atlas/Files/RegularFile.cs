using Mono.Unix;
using Mono.Unix.Native;

namespace MilitiaAtlas.Atlas.Files;

/// <summary>The bytes of a file, or the reason they were not read.</summary>
public readonly record struct FileRead(byte[]? Bytes, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads a whole file only if it is a regular file of at most a given size, decided on the open handle, so that a
/// file swapped for a device, a pipe or a link after the walk looked at it is still refused. On Linux and macOS the
/// file is opened with <c>O_NONBLOCK</c> (opening a named pipe never waits for a writer) and <c>O_NOFOLLOW</c> (the
/// walk has already resolved the links it follows), checked with <c>fstat</c>, and read to at most the limit and one
/// byte: a file that grows past the limit while it is read is refused too. Articles, <c>sources.yaml</c> and
/// <c>curation.yaml</c> are read this way, each against its own limit.
/// </summary>
public static class RegularFile
{
    /// <param name="path">The file (not a link to it).</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="setting">The setting that holds <paramref name="maxBytes"/>, named in the refusal.</param>
    public static FileRead Read(string path, long maxBytes, string setting)
    {
        if (OperatingSystem.IsWindows())
        {
            return ReadPortable(path, maxBytes, setting);
        }

        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOFOLLOW | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            var errno = Stdlib.GetLastError();
            return new FileRead(null, errno == Errno.ELOOP
                ? "cannot read: it became a symbolic link after the folder was listed"
                : "cannot read: " + UnixMarshal.GetErrorDescription(errno));
        }

        try
        {
            if (Syscall.fstat(fd, out var stat) != 0)
            {
                return new FileRead(null, "cannot read: " + UnixMarshal.GetErrorDescription(Stdlib.GetLastError()));
            }

            // Mono.Unix's FileTypes are the S_IFMT bits of the mode.
            var type = FileKind.TypeOf((FileTypes)(int)(stat.st_mode & FilePermissions.S_IFMT));
            if (type != FileType.Regular)
            {
                return new FileRead(null, NotRegular(type));
            }

            if (stat.st_size > maxBytes)
            {
                return new FileRead(null, TooLarge(stat.st_size, maxBytes, setting));
            }

            using var stream = new UnixStream(fd, ownsHandle: false);
            return ReadBounded(stream, stat.st_size, maxBytes, setting);
        }
        finally
        {
            _ = Syscall.close(fd); // read-only: nothing to lose if close fails
        }
    }

    /// <summary>The refusal of a file by its type: "not a regular file (a named pipe)".</summary>
    public static string NotRegular(FileType type) => $"not a regular file ({FileKind.Describe(type)}); refused";

    public static string TooLarge(long size, long max, string setting) =>
        $"file is {size:N0} bytes, over the {max:N0}-byte limit ({setting})";

    private static FileRead ReadPortable(string path, long maxBytes, string setting)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return stream.Length > maxBytes
                ? new FileRead(null, TooLarge(stream.Length, maxBytes, setting))
                : ReadBounded(stream, stream.Length, maxBytes, setting);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileRead(null, "cannot read: " + ex.Message);
        }
    }

    /// <summary>Reads to the end, but never more than <paramref name="maxBytes"/> and one byte: a file may grow (or a stat may lie).</summary>
    private static FileRead ReadBounded(Stream stream, long expected, long maxBytes, string setting)
    {
        var buffer = new byte[Math.Min(expected, maxBytes)];
        var total = Fill(stream, buffer, 0);
        if (total < buffer.Length)
        {
            return new FileRead(buffer[..total], null); // shrank while read
        }

        // As long as stated: usually the end. Anything more is read only up to the limit.
        var probe = new byte[1];
        if (stream.Read(probe, 0, 1) <= 0)
        {
            return new FileRead(buffer, null);
        }

        using var extra = new MemoryStream();
        extra.Write(probe);
        var chunk = new byte[64 * 1024];
        while (buffer.Length + extra.Length <= maxBytes)
        {
            var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length - extra.Length));
            if (n <= 0)
            {
                return new FileRead([.. buffer, .. extra.ToArray()], null);
            }

            extra.Write(chunk, 0, n);
        }

        return new FileRead(null, $"file grew past the {maxBytes:N0}-byte limit ({setting}) while it was read");
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="from"/> until it is full or the stream ends; returns the bytes now in it.</summary>
    private static int Fill(Stream stream, byte[] buffer, int from)
    {
        var total = from;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n <= 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
