using System.Runtime.InteropServices;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Lowers the CPU priority of the command-line ingest, so that a site served from the same machine answers first while
/// a bulk ingest runs: on two cores, an ingest at full speed took the p99 of a profile page from about 7 to 270 ms
/// (docs/performance.md). Priority only matters while the cores are contended: on an otherwise idle machine the ingest
/// runs as fast as before. Only the ingest command's process calls this (Program.cs); the web host, and an ingest run
/// inside it, never lower their threads.
/// </summary>
internal static class BackgroundPriority
{
    /// <summary>The nice value (0 to 19) the ingest runs at: 10 is the usual one for background work.</summary>
    public const int Nice = 10;

    /// <summary>
    /// Lowers every thread of this process. On Linux a nice value is per thread and a new thread takes its creator's, so
    /// each thread in /proc/self/task is lowered, and the threads started later inherit it. Elsewhere the process's
    /// priority class is set. Returns false when it could not be done (the ingest then runs at normal priority).
    /// </summary>
    public static bool Lower()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var ok = true;
                foreach (var task in Directory.GetDirectories("/proc/self/task"))
                {
                    if (int.TryParse(Path.GetFileName(task), out var tid))
                    {
                        ok &= SetPriority(0, tid, Nice) == 0;
                    }
                }

                return ok;
            }

            System.Diagnostics.Process.GetCurrentProcess().PriorityClass = System.Diagnostics.ProcessPriorityClass.BelowNormal;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or PlatformNotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // setpriority(PRIO_PROCESS, tid, nice): on Linux, PRIO_PROCESS with a thread id sets that thread's nice value.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int prio);
}
