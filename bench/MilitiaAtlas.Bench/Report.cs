namespace MilitiaAtlas.Bench;

/// <summary>The plain-text tables printed to the console.</summary>
public sealed class Report(TextWriter output)
{
    private readonly TextWriter _out = output;

    public void Header(MachineInfo m, BenchOptions o)
    {
        _out.WriteLine("Extraction throughput: Pipeline.Default.Process on one thread");
        _out.WriteLine("  MB/s = 10^6 bytes of stored article text per second, the text's size counted as UTF-8 bytes");
        _out.WriteLine("  (the pipeline works on UTF-16 strings; chars/s is shown too). Reading files is not timed.");
        _out.WriteLine("  MB/s is wall-clock; 'cpu' is per second of this thread's CPU time (differs when other processes share the cores).");
        _out.WriteLine($"  machine  {m.LogicalCores} logical cores, {m.Cpu}; {m.Os}");
        _out.WriteLine($"  runtime  {m.Runtime}, {m.Configuration}, GC {m.Gc}; load average at start {m.LoadAverageAtStart ?? "n/a"}");
        _out.WriteLine($"  commit   {m.Commit ?? "n/a"}{(m.SrcHasUncommittedChanges == true ? " (src/ has uncommitted changes)" : "")}");
        _out.WriteLine($"  each measurement: whole passes for at least {o.Seconds:0.#} s after a warm-up");
        if (m.Configuration != "Release")
        {
            _out.WriteLine("  WARNING: not a Release build; figures are not meaningful (use bench/run-extraction.sh)");
        }

        _out.WriteLine();
    }

    public void Corpus(Measurement m)
    {
        _out.WriteLine($"{"corpus",-22} {"articles",8} {"chars",11} {"MB (UTF-8)",10} {"passes",7} {"s",6} {"MB/s",7} {"cpu",6} {"Mchars/s",8} {"articles/s",10} {"alloc B/B",9}");
        _out.WriteLine(new string('-', 113));
        _out.WriteLine($"{m.Name,-22} {m.Articles,8} {m.CharsPerPass,11:N0} {m.Utf8BytesPerPass / 1e6,10:0.000} {m.Passes,7} {m.Seconds,6:0.0} {m.MbPerSecond,7:0.00} {Cpu(m),6} {m.CharsPerSecond / 1e6,8:0.00} {m.ArticlesPerSecond,10:0.0} {m.AllocatedBytesPerTextByte,9:0}");
        if (m.Groups.Count > 1)
        {
            foreach (var g in m.Groups)
            {
                _out.WriteLine($"{"  " + g.Group,-22} {g.Articles,8} {g.Chars,11:N0} {g.Utf8Bytes / 1e6,10:0.000} {m.Passes,7} {g.Seconds,6:0.0} {g.MbPerSecond,7:0.00} {(g.MbPerCpuSecond is { } gc ? gc.ToString("0.00") : "n/a"),6} {g.Chars * (double)m.Passes / g.Seconds / 1e6,8:0.00} {g.ArticlesPerSecond,10:0.0} {"",9}");
            }
        }

        _out.WriteLine($"  warm-up {m.WarmupSeconds:0.0} s; rounds of >= 0.5 s: min {m.RoundMbPerSecondMin:0.00}, median {m.RoundMbPerSecondMedian:0.00}, max {m.RoundMbPerSecondMax:0.00} MB/s;"
            + $" GCs gen0/1/2 {m.Gen0Collections}/{m.Gen1Collections}/{m.Gen2Collections}; {m.EntitiesPerPass} entities, {m.MentionsPerPass} mentions per pass");
        if (m.Stages is { } s)
        {
            Stages(s);
        }

        _out.WriteLine();
    }

    public void Scales(IReadOnlyList<Measurement> scales)
    {
        if (scales.Count == 0)
        {
            return;
        }

        // The ratio uses CPU time where there is one: it is steadier than wall time on a shared machine.
        static double Rate(Measurement m) => m.MbPerCpuSecond ?? m.MbPerSecond;
        var baseRate = Rate(scales[0]);
        _out.WriteLine("Linearity: the seeds' body paragraphs concatenated into longer synthetic articles (same number of articles per size;\n  the sizes are measured in alternating half-second slices, so outside load falls on all of them alike)");
        _out.WriteLine($"{"size",-6} {"articles",8} {"KB/article",10} {"passes",7} {"MB/s",7} {"cpu",6} {"vs " + scales[0].Name,7} {"ms/article",10} {"entities",8} {"mentions",8} {"resolution",10}");
        _out.WriteLine(new string('-', 97));
        foreach (var m in scales)
        {
            var resolution = m.Stages?.Shares.GetValueOrDefault("resolution") is { } r ? $"{r,10:P0}" : $"{"",10}";
            _out.WriteLine($"{m.Name,-6} {m.Articles,8} {m.Utf8BytesPerPass / 1e3 / m.Articles,10:0.0} {m.Passes,7} {m.MbPerSecond,7:0.00} {Cpu(m),6} {Rate(m) / baseRate,7:0.00} {1000 / m.ArticlesPerSecond,10:0.00} {m.EntitiesPerPass,8} {m.MentionsPerPass,8} {resolution}");
        }

        _out.WriteLine("  (vs: ratio of cpu MB/s to the smallest size; entities and mentions: per pass over all articles of that size;");
        _out.WriteLine("   resolution: its share of pipeline time in the stage run)");
        foreach (var m in scales.Where(m => m.Stages is not null))
        {
            _out.Write($"  {m.Name,-4} stages:");
            foreach (var (stage, share) in m.Stages!.Shares)
            {
                _out.Write($" {stage} {share:P0},");
            }

            _out.WriteLine($" not split out {m.Stages.NotSplitShare:P0}");
        }

        _out.WriteLine();
    }

    public void Verdict(Measurement main, BenchOptions o, bool pass)
    {
        var judged = main.MbPerCpuSecond is { } cpu ? $"{cpu:0.00} MB/s of CPU time (wall clock {main.MbPerSecond:0.00})" : $"{main.MbPerSecond:0.00} MB/s wall clock";
        _out.WriteLine($"target >= {o.MinMbPerSecond:0.0} MB/s on one core, '{main.Name}': {(pass ? "met" : "NOT met")} at {judged}"
            + (o.Check ? "" : " [informational; --check makes a miss exit 1]"));
    }

    private static string Cpu(Measurement m) => m.MbPerCpuSecond is { } c ? c.ToString("0.00") : "n/a";

    private void Stages(StageSplit s)
    {
        _out.WriteLine($"  stages (separate run of {s.Passes} passes alternating Process and a timed copy of its stages; shares of Process time):");
        foreach (var (stage, seconds) in s.SecondsByStage)
        {
            _out.WriteLine($"    {stage,-14} {seconds / s.ProcessSeconds,6:P1}  {seconds * 1000 / s.Passes,8:0.000} ms/pass  {s.BytesByStage[stage] / 1024.0 / s.Passes,8:0} KB allocated/pass");
        }

        _out.WriteLine($"    {"not split out",-14} {s.NotSplitShare,6:P1}  {(s.ProcessSeconds - s.SecondsByStage.Values.Sum()) * 1000 / s.Passes,8:0.000} ms/pass"
            + "  (stages of Process the copy does not time, e.g. ones added since, and glue)");
    }
}
