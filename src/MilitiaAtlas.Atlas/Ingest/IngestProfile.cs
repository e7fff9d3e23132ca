using System.Diagnostics;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Where an ingest's time goes, by stage of the writer, logged once at the end of every ingest
/// ("Ingest profile: …"), with the garbage collector's pauses over the same time (they stop every thread, so they are
/// also inside the stages' times). Extraction runs on worker threads, so its time overlaps the writer's. Used by
/// bench/run and docs/performance.md; costs two timestamp reads per stage per source.
/// </summary>
internal sealed class IngestProfile
{
    public enum Stage
    {
        Extraction,
        Source,
        Reuse,
        Entities,
        Claims,
        Events,
        Refresh,
        SearchTexts,
        SearchNames,
        Commit,
        Curation,

        /// <summary>The writer waiting for the next file's extraction (not a stage of its own work).</summary>
        Waiting,
    }

    private readonly long[] _ticks = new long[Enum.GetValues<Stage>().Length];

    // The process's garbage-collection pauses so far: every thread, the writer too, stops for them.
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();

    public Timer Time(Stage stage) => new(this, stage, Stopwatch.GetTimestamp());

    public void Add(Stage stage, TimeSpan elapsed) => Interlocked.Add(ref _ticks[(int)stage], elapsed.Ticks);

    public TimeSpan Total(Stage stage) => TimeSpan.FromTicks(Interlocked.Read(ref _ticks[(int)stage]));

    public void Report(ILogger log, int files, TimeSpan wall)
    {
        if (files == 0)
        {
            return;
        }

        var parts = Enum.GetValues<Stage>().Select(s => $"{s.ToString().ToLowerInvariant()} {Total(s).TotalMilliseconds:0}")
            .Append($"gc pauses {(GC.GetTotalPauseDuration() - _pausedBefore).TotalMilliseconds:0}");
        log.LogInformation("Ingest profile: {Files} files in {WallMs:0} ms; ms by stage (extraction on worker threads): {Stages}",
            files, wall.TotalMilliseconds, string.Join(", ", parts));
    }

    public readonly struct Timer(IngestProfile profile, Stage stage, long started) : IDisposable
    {
        public void Dispose() => profile.Add(stage, Stopwatch.GetElapsedTime(started));
    }
}
