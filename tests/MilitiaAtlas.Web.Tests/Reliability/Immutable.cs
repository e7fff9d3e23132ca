using System.Diagnostics;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// <c>chattr +i</c> on a file or folder until disposed. The system then refuses to open the file for writing, and to
/// create, delete or rename anything in the folder, even for root, which the tests run as (permission bits would stop
/// nothing). A real OS failure, not a simulation; it needs CAP_LINUX_IMMUTABLE and a file system that has the attribute
/// (ext4, xfs, btrfs; the test machines' /tmp is ext4).
/// </summary>
internal sealed class Immutable : IDisposable
{
    private readonly string _path;

    private Immutable(string path)
    {
        _path = path;
        Chattr("+i", path);
    }

    public static Immutable Set(string path) => new(path);

    public void Dispose() => Chattr("-i", _path);

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} {path} failed: {error}");
    }
}
