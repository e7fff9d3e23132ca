using System.Globalization;
using MilitiaAtlas.Bench;

// Extraction throughput: Pipeline.Default.Process (paragraphs, passage kinds, sentences, fingerprints,
// mentions, within-article resolution, and the claim, relation and event stages added since) over a
// corpus on one thread, reported in MB/s of article text.
// Reading the files (decode, front matter, sources.yaml) happens before the clock starts.
// Usage: bench/run-extraction.sh [--corpus DIR] [--seconds N] [--check] (see --help).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var root = Corpus.FindRepoRoot();
var skipped = new List<string>();
var seeds = Corpus.Load("seeds", Path.Combine(root, "seeds"), skipped);
var corpus = new List<BenchArticle>(seeds);
foreach (var dir in options.CorpusDirs)
{
    var full = Path.GetFullPath(dir);
    if (!Directory.Exists(full))
    {
        Console.Error.WriteLine($"--corpus {dir}: no such folder");
        return 2;
    }

    corpus.AddRange(Corpus.Load(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), full, skipped));
}

foreach (var s in skipped)
{
    Console.Error.WriteLine("skipped " + s);
}

if (seeds.Count == 0)
{
    Console.Error.WriteLine($"no seed articles under {Path.Combine(root, "seeds")}");
    return 2;
}

var machine = MachineInfo.Read();
var report = new Report(Console.Out);
report.Header(machine, options);

var corpusName = string.Join(" + ", corpus.Select(a => a.Group).Distinct());
var main = Runner.Measure(corpusName, corpus, options.Seconds, options.WarmupSeconds);
if (options.Stages)
{
    main = main with { Stages = Runner.MeasureStages(corpus, Math.Max(1, options.Seconds / 2)) };
}

report.Corpus(main);

// The sizes run interleaved (half-second slices in turn), so load from other processes falls on all alike.
var synthetic = options.Scales.Select(f => ($"{f}x", (IReadOnlyList<BenchArticle>)Corpus.Synthetic(seeds, f))).ToList();
var scales = Runner.MeasureInterleaved(synthetic, options.Seconds, Math.Min(options.WarmupSeconds, 1)).ToList();
if (options.Stages)
{
    for (var i = 0; i < scales.Count; i++)
    {
        scales[i] = scales[i] with { Stages = Runner.MeasureStages(synthetic[i].Item2, Math.Max(1, options.Seconds / 2)) };
    }
}

report.Scales(scales);

// "On one core": judged on the thread's CPU time where the clock exists, so a neighbour's build on a
// shared machine does not fail the check; wall-clock MB/s is printed and stored beside it.
var pass = (main.MbPerCpuSecond ?? main.MbPerSecond) >= options.MinMbPerSecond;
report.Verdict(main, options, pass);

var outPath = options.Out is { } o ? Path.GetFullPath(o) : Path.Combine(root, "bench", "results", "extraction.json");
ResultsFile.Write(outPath, machine, options, main, scales, pass);
Console.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), outPath)}");
GC.KeepAlive(Runner.Sink);

return options.Check && !pass ? 1 : 0;
