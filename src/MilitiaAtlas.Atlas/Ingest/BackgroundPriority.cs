using System.Runtime.InteropServices;

namespace MilitiaAtlas.Atlas.Ingest;

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
    /// The extraction workers' nice value, below the writer's. The writer is the ingest's bottleneck, and with sixteen
    /// files in flight two workers shared the cores with it: on two cores it spent 3.3 s of a 30 s ingest of 10,000
    /// articles waiting for a core (its /proc schedstat). At nice 19 against 10, a worker that shares the writer's core
    /// gets about an eighth of it; the workers still use every cycle the writer leaves.
    /// </summary>
    public const int WorkerNice = 19;

    [ThreadStatic]
    private static bool _threadLowered;

    /// <summary>Whether <see cref="Lower"/> has lowered this process (the ingest command).</summary>
    public static bool Lowered { get; private set; }

    // The thread that called Lower: the command's main thread, which runs the writer.
    private static int MainThreadId { get; set; } = -1;

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

                Lowered = ok;
                MainThreadId = Environment.CurrentManagedThreadId;
                return ok;
            }

            System.Diagnostics.Process.GetCurrentProcess().PriorityClass = System.Diagnostics.ProcessPriorityClass.BelowNormal;
            Lowered = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or PlatformNotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Lowers the calling thread to <paramref name="nice"/>, once per thread (Linux only; elsewhere nothing happens).
    /// Called by the extraction workers of a lowered process (<see cref="Lowered"/>): in the web host the same pool threads
    /// serve requests, and are never lowered.
    /// </summary>
    public static bool LowerThisThread(int nice)
    {
        if (_threadLowered || !OperatingSystem.IsLinux())
        {
            return _threadLowered;
        }

        if (Environment.CurrentManagedThreadId == MainThreadId)
        {
            // A task run inline on the writer's thread (Task.Wait may do that) must not lower the writer.
            return false;
        }

        try
        {
            _threadLowered = SetPriority(0, GetTid(), nice) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _threadLowered = false;
        }

        return _threadLowered;
    }

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetTid();

    // setpriority(PRIO_PROCESS, tid, nice): on Linux, PRIO_PROCESS with a thread id sets that thread's nice value.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int prio);
}
