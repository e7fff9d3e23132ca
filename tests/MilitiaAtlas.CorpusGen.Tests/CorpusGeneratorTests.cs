using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.CorpusGen.Tests;

/// <summary>The synthetic corpus behind bench/run: deterministic, with the layouts and furniture real pages have.</summary>
public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-generate-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A stray temp folder is harmless.
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public void The_same_count_and_seed_give_byte_identical_files()
    {
        var a = Path.Combine(_folder, "a");
        var b = Path.Combine(_folder, "b");
        CorpusGenerator.Write(a, 40, 11);
        CorpusGenerator.Write(b, 40, 11);

        var fa = Files(a);
        var fb = Files(b);
        Assert.Equal(fa.Keys.Order(), fb.Keys.Order());
        foreach (var (name, bytes) in fa)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(fb[name]), $"{name} differs between two runs");
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_corpus()
    {
        var one = CorpusGenerator.Articles(20, 11).Select(x => x.Text).ToList();
        var two = CorpusGenerator.Articles(20, 12).Select(x => x.Text).ToList();

        Assert.Empty(one.Intersect(two));
    }

    [Fact]
    public void The_first_articles_of_a_larger_run_are_a_smaller_run()
    {
        var small = CorpusGenerator.Articles(15, 5).ToList();
        var large = CorpusGenerator.Articles(60, 5).Take(15).ToList();

        Assert.Equal(small, large);
    }

    [Fact]
    public void Writes_n_article_files_and_a_sources_yaml_that_describes_each()
    {
        var report = CorpusGenerator.Write(_folder, 50, 3);

        var articles = Directory.GetFiles(_folder).Where(f => !f.EndsWith("sources.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, articles.Count);
        Assert.Equal(50, report.Articles);
        Assert.All(articles, f => Assert.True(f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal), f));
        var sidecar = SourcesSidecar.Parse(File.ReadAllText(Path.Combine(_folder, "sources.yaml")));
        Assert.Empty(sidecar.Problems);
        Assert.Equal(50, sidecar.Entries.Count);
        foreach (var f in articles)
        {
            var meta = sidecar.For(Path.GetFileName(f));
            Assert.False(string.IsNullOrWhiteSpace(meta.Title));
            Assert.False(string.IsNullOrWhiteSpace(meta.Outlet));
            Assert.False(string.IsNullOrWhiteSpace(meta.Author));
            Assert.Matches(@"^20\d\d-\d\d(-\d\d)?$", meta.Published!);
        }

        var years = sidecar.Entries.Values.Select(m => m.Published![..4]).Distinct().Count();
        Assert.True(years >= 5, $"publication dates span only {years} years");
    }

    [Fact]
    public void The_median_article_is_a_few_kilobytes()
    {
        var sizes = CorpusGenerator.Articles(200, 7).Select(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)).Order().ToList();

        var median = sizes[sizes.Count / 2];
        Assert.InRange(median, 3_000, 8_000);
    }

    [Fact]
    public void Articles_come_in_several_layouts_with_page_furniture()
    {
        var texts = CorpusGenerator.Articles(300, 9).Select(a => a.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("---\ntitle: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => !t.StartsWith("---", StringComparison.Ordinal));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\n\S[^\n]{0,40} says:\n[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [ap]m\n"));
        Assert.Contains(texts, t => t.Contains("'s picture\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\nMore Stories\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\n## Related\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("To contact the author", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("This article first appeared", StringComparison.Ordinal));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\nPhoto: [A-Z][a-z]+ [A-Z][a-z]+/"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\bthe village of [A-Z]"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\([A-Z]{3}\)"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\b(?:three|four|five|six) months ago\b"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b"));
    }

    [Fact]
    public void Never_names_an_actor_of_the_seed_corpus()
    {
        // The seed articles' people and groups, as the pipeline reads them, so that no name is written into this test.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MilitiaAtlas.sln")))
        {
            root = root.Parent;
        }

        var names = Directory.GetFiles(Path.Combine(root!.FullName, "seeds"), "*.txt")
            .SelectMany(f => MilitiaAtlas.Ingestion.Pipeline.Default.Process(ArticleReader.Read(Path.GetFileName(f), TextDecoder.Decode(File.ReadAllBytes(f)).Text!, new()).Article).Entities)
            .Where(e => e.Type != MilitiaAtlas.Ingestion.Extraction.EntityType.Place && e.Mentions.Count >= 2 && e.Name.Contains(' ', StringComparison.Ordinal)
                // Generic institutions of real countries ("Tamaran army", "Tamaran Security Forces") may be generated.
                && e.Name.Split(' ').All(w => char.IsUpper(w[0])) && MilitiaAtlas.Ingestion.Extraction.Gazetteer.Default.FindDemonym(e.Name.Split(' ')[0]) is null)
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(names.Count >= 20, $"only {names.Count} seed actors found");
        var seedActors = new Regex(@"\b(?:" + string.Join('|', names.Select(Regex.Escape)) + @")\b");

        foreach (var a in CorpusGenerator.Articles(300, 4))
        {
            var m = seedActors.Match(a.Text + "\n" + a.Title + "\n" + a.Author);
            Assert.False(m.Success, $"{a.FileName} names \"{m.Value}\"");
        }
    }

    [Fact]
    public void The_command_line_takes_a_folder_a_count_and_a_seed()
    {
        Assert.Equal(new GenerateOptions("corpus", 25, 9, null), GenerateOptions.Parse(["--articles", "25", "--out", "corpus", "--seed", "9"]));
        Assert.Equal(new GenerateOptions("corpus", 1000, 1, null), GenerateOptions.Parse(["--out", "corpus"]));
        Assert.NotNull(GenerateOptions.Parse(["--articles", "25"]).Error);
        Assert.NotNull(GenerateOptions.Parse(["--articles", "0", "--out", "x"]).Error);
        Assert.NotNull(GenerateOptions.Parse(["--out", "x", "--seed"]).Error);
        Assert.NotNull(GenerateOptions.Parse(["--out", "x", "--colour", "red"]).Error);
        Assert.True(GenerateOptions.Parse(["--help"]).Help);
    }
}
