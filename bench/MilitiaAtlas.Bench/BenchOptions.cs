using System.Globalization;

namespace MilitiaAtlas.Bench;

/// <summary>The command line of the extraction benchmark.</summary>
public sealed record BenchOptions(
    IReadOnlyList<string> CorpusDirs,
    double Seconds,
    double WarmupSeconds,
    bool Check,
    double MinMbPerSecond,
    IReadOnlyList<int> Scales,
    bool Stages,
    string? Out)
{
    public const string Usage = """
        Extraction throughput: Pipeline.Default.Process over a corpus, on one thread.

        usage: bench/run-extraction.sh [options]
          --corpus DIR      also measure the articles under DIR (.txt/.md/.markdown/.text, recursive,
                            with DIR's sources.yaml); repeatable. The seeds/ folder is always included.
          --seconds N       measure each corpus for at least N seconds (default 10)
          --warmup N        warm up for N seconds before each measurement (default 2)
          --scales LIST     article-size factors for the linearity run (default 1,4,16; "none" skips it)
          --no-stages       skip the per-stage split
          --out FILE        where to write the JSON results (default bench/results/extraction.json)
          --check           exit 1 when the corpus throughput on one core is below the target (2.5 MB/s;
                            judged on the thread's CPU time where available, else wall clock)
          --min-mbps X      the target for --check (default 2.5)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var corpus = new List<string>();
        double seconds = 10, warmup = 2, min = 2.5;
        var check = false;
        var stages = true;
        List<int> scales = [1, 4, 16];
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "--corpus":
                    corpus.Add(Value(args, ref i));
                    break;
                case "--seconds":
                    seconds = Number(args, ref i);
                    break;
                case "--warmup":
                    warmup = Number(args, ref i);
                    break;
                case "--scales":
                    var list = Value(args, ref i);
                    scales = list == "none" ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k > 0
                            ? k : throw new ArgumentException($"--scales: '{s}' is not a positive whole number"))
                        .ToList();
                    break;
                case "--no-stages":
                    stages = false;
                    break;
                case "--out":
                    output = Value(args, ref i);
                    break;
                case "--check":
                    check = true;
                    break;
                case "--min-mbps":
                    min = Number(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"unknown option '{a}'");
            }
        }

        if (seconds <= 0 || warmup < 0)
        {
            throw new ArgumentException("--seconds must be positive and --warmup not negative");
        }

        return new BenchOptions(corpus, seconds, warmup, check, min, scales, stages, output);
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private static double Number(string[] args, ref int i)
    {
        var name = args[i];
        var raw = Value(args, ref i);
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ArgumentException($"{name}: '{raw}' is not a number");
    }
}
