using System.Text.Json;

namespace MilitiaAtlas.Bench;

/// <summary>bench/results/extraction.json: the figures of the last run, kept in the repository as evidence.</summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void Write(string path, MachineInfo machine, BenchOptions options, Measurement corpus, IReadOnlyList<Measurement> scales, bool targetMet)
    {
        var baseRate = scales.Count > 0 ? scales[0].MbPerSecond : 0;
        var baseCpuRate = scales.Count > 0 ? scales[0].MbPerCpuSecond : null;
        var doc = new
        {
            benchmark = "extraction throughput: Pipeline.Default.Process, one thread",
            units = "MB = 10^6 bytes of stored article text counted as UTF-8; chars = UTF-16 code units",
            machine,
            loadAverageAtEnd = MachineInfo.LoadAverage(),
            settings = new { options.Seconds, options.WarmupSeconds, options.Scales, corpusDirs = options.CorpusDirs },
            target = new { minMbPerSecond = options.MinMbPerSecond, met = targetMet },
            corpus,
            linearity = new
            {
                description = "seeds' body paragraphs concatenated into articles 1x, 4x, 16x … as long; same number of articles per size",
                sizes = scales.Select(s => new
                {
                    factor = s.Name,
                    kbPerArticle = s.Utf8BytesPerPass / 1e3 / s.Articles,
                    mbPerSecond = s.MbPerSecond,
                    mbPerCpuSecond = s.MbPerCpuSecond,
                    relativeToSmallest = baseRate > 0 ? s.MbPerSecond / baseRate : 0,
                    cpuRelativeToSmallest = baseCpuRate is > 0 && s.MbPerCpuSecond is { } c ? c / baseCpuRate : (double?)null,
                    measurement = s,
                }),
            },
        };

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(doc, Json) + "\n");
    }
}
