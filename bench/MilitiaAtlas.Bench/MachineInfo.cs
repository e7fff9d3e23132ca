using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace MilitiaAtlas.Bench;

/// <summary>What the figures were measured on: enough to tell whether two runs can be compared.</summary>
public sealed record MachineInfo(
    string MeasuredAtUtc,
    int LogicalCores,
    string Cpu,
    string Os,
    string Runtime,
    string Configuration,
    string Gc,
    string? LoadAverageAtStart,
    string? Commit,
    bool? SrcHasUncommittedChanges)
{
    public static MachineInfo Read()
    {
        var root = Corpus.FindRepoRoot();
        var commit = Git(root, "rev-parse --short HEAD")?.Trim();
        var dirty = Git(root, "status --porcelain -- src");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return new MachineInfo(
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            Environment.ProcessorCount,
            CpuModel() ?? RuntimeInformation.ProcessArchitecture.ToString(),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            configuration,
            (GCSettings.IsServerGC ? "server" : "workstation") + ", " + GCSettings.LatencyMode,
            LoadAverage(),
            string.IsNullOrEmpty(commit) ? null : commit,
            dirty is null ? null : dirty.Length > 0);
    }

    private static string? CpuModel()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? Git(string root, string arguments)
    {
        try
        {
            var psi = new ProcessStartInfo("git", $"-C \"{root}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi);
            if (p is null)
            {
                return null;
            }

            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
