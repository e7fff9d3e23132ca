using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Web.Generate;

namespace MilitiaAtlas.Web.Tests.Generate;

/// <summary>The synthetic corpus behind bench/run: deterministic, realistic enough to make every stage work.</summary>
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
        var seedActors = new Regex(@"\b(?:Amiri|Soleimani|Khazali|Badr|Hezbollah|Sistani|Abadi|Sadr|Quds|Diyala|Kataib|Asaib|Hashid|Aboudi|Maliki|Khamenei)\b", RegexOptions.IgnoreCase);

        foreach (var a in CorpusGenerator.Articles(300, 4))
        {
            var m = seedActors.Match(a.Text + "\n" + a.Title + "\n" + a.Author);
            Assert.False(m.Success, $"{a.FileName} names \"{m.Value}\"");
        }
    }

    [Fact]
    public void Is_fast()
    {
        var sw = Stopwatch.StartNew();
        var bytes = CorpusGenerator.Articles(1000, 2).Sum(a => (long)a.Text.Length);

        Assert.True(bytes > 3_000_000);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"1,000 articles took {sw.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Ingesting_generated_articles_gives_entities_claims_with_speakers_events_and_reuse()
    {
        using var app = new AtlasApp();
        var corpus = Path.Combine(app.Folder, "corpus");
        CorpusGenerator.Write(corpus, 30, 1);

        var report = app.Ingest(corpus);

        Assert.False(report.AnyFailed, string.Join("; ", report.Files.Where(f => f.Error is not null).Select(f => f.Error)));
        Assert.Equal(30, report.Files.Count);
        using var c = app.Database.Open();
        Assert.Equal(30L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'person'") >= 50);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'group'") >= 20);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'place'") >= 20);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SpeakerId IS NOT NULL") >= 30);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Events") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM RelationEvidence") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE ReusedFromSourceNum IS NOT NULL") >= 1);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'comment'") >= 1);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'boilerplate'") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'caption'") >= 1);
    }

    [Fact]
    public void The_generate_verb_takes_a_count_a_seed_and_a_folder()
    {
        var command = AtlasCommandLine.Parse(["generate", "--articles", "25", "--out", "corpus", "--seed", "9"]);

        Assert.Null(command.Error);
        Assert.Equal("generate", command.Verb);
        Assert.Equal(25, command.Articles);
        Assert.Equal(9, command.Seed);
        Assert.Equal("corpus", command.Out);
        Assert.NotNull(AtlasCommandLine.Parse(["generate", "--articles", "25"]).Error);
        Assert.NotNull(AtlasCommandLine.Parse(["generate", "--articles", "0", "--out", "x"]).Error);
    }
}
