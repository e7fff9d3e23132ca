using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>The extraction workers of the ingest command yield the cores to the writer; only the thread that asks is lowered.</summary>
public sealed class BackgroundPriorityTests
{
    // The nice value of the calling thread: field 19 of /proc/thread-self/stat, counted after the command name's ')'.
    private static int ThreadNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_worker_thread_is_lowered_below_the_writer_and_other_threads_keep_their_priority()
    {
        Assert.True(OperatingSystem.IsLinux(), "the project runs and is measured on Linux");
        Assert.True(BackgroundPriority.WorkerNice > BackgroundPriority.Nice);
        var before = ThreadNice();
        int? worker = null, again = null;
        var lowered = false;
        var thread = new Thread(() =>
        {
            lowered = BackgroundPriority.LowerThisThread(BackgroundPriority.WorkerNice);
            worker = ThreadNice();
            BackgroundPriority.LowerThisThread(BackgroundPriority.WorkerNice);
            again = ThreadNice();
        });
        thread.Start();
        thread.Join();

        Assert.True(lowered);
        Assert.Equal(BackgroundPriority.WorkerNice, worker);
        Assert.Equal(BackgroundPriority.WorkerNice, again);
        Assert.Equal(before, ThreadNice());
    }
}
