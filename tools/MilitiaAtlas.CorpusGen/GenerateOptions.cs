using System.Globalization;

namespace MilitiaAtlas.CorpusGen;

/// <summary>The tool's command line: where to write, how many articles, and the seed that fixes the corpus.</summary>
public sealed record GenerateOptions(string? Out, int Articles, int Seed, string? Error, bool Help = false)
{
    public const string Usage = """
        usage: MilitiaAtlas.CorpusGen --out DIR [--articles N] [--seed S]
          writes a synthetic corpus of N articles (default 1000) and its sources.yaml into DIR; the same N and S give
          byte-identical files, and the first N articles of a larger run are a run of N
        """;

    public static GenerateOptions Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var articles = 1000;
        var seed = 1;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (name)
            {
                case "--help" or "-h" or "help":
                    return new GenerateOptions(null, articles, seed, null, Help: true);
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    output = value;
                    break;
                case "--articles" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out articles) && articles > 0:
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    break;
                case "--out":
                    return Fail("--out needs a folder");
                case "--articles":
                    return Fail("--articles needs a positive number");
                case "--seed":
                    return Fail("--seed needs a whole number");
                default:
                    return Fail($"unknown option '{name}'");
            }

            i++;
        }

        return output is null ? Fail("--out DIR is required") : new GenerateOptions(output, articles, seed, null);
    }

    private static GenerateOptions Fail(string error) => new(null, 0, 0, error);
}
