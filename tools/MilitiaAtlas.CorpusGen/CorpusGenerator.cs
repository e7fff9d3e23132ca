using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MilitiaAtlas.CorpusGen;

/// <summary>One generated article file and its sources.yaml entry.</summary>
public sealed record GeneratedArticle(int Index, string FileName, string Title, string Outlet, string Author, string Published, string Url, string Text);

/// <summary>What <see cref="CorpusGenerator.Write"/> wrote.</summary>
public sealed record GenerateReport(string Folder, int Articles, long Bytes, TimeSpan Elapsed);

/// <summary>
/// A deterministic synthetic corpus for measuring ingest at scale: news-style English articles about
/// invented armed groups, their leaders and spokesmen, real places from the gazetteer and invented
/// villages, in several page layouts (plain text, Markdown with front matter; footers, captions, comment
/// threads, related-story lists), with transliteration variants and typos, quotes with speakers,
/// relations, absolute and relative dates, and paragraphs that later articles copy from earlier ones.
/// The same count and seed give byte-identical files, and the first N articles of a larger run are the
/// same as a run of N: article i depends only on the seed and the articles before it.
/// </summary>
public static class CorpusGenerator
{
    private const int PoolSize = 400;
    private static readonly DateOnly First = new(2012, 1, 1);
    private static readonly int Span = new DateOnly(2022, 12, 31).DayNumber - First.DayNumber;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The articles, in order. Lazy: the caller decides how many to take.</summary>
    public static IEnumerable<GeneratedArticle> Articles(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var world = World.Build(new Rng(Rng.Mix(seed, 1)));
        var outlets = Outlets.Build(new Rng(Rng.Mix(seed, 2)), world);
        var pool = new List<PoolEntry>(PoolSize + 1);
        for (var i = 1; i <= count; i++)
        {
            var rng = new Rng(Rng.Mix(seed, 1000UL + (ulong)i));
            var published = First.AddDays(rng.Next(Span + 1));
            var article = ArticleComposer.Compose(rng, world, outlets, published, pool, out var entry);
            pool.Add(entry);
            if (pool.Count > PoolSize)
            {
                pool.RemoveAt(0);
            }

            var slug = ArticleComposer.Slug(article.Title);
            var name = $"s{seed.ToString(CultureInfo.InvariantCulture)}-{i.ToString("D6", CultureInfo.InvariantCulture)}-{slug}{(article.Markdown ? ".md" : ".txt")}";
            var dated = published.ToString(rng.Chance(0.03) ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var url = $"https://www.{article.Outlet.Domain}/{published.ToString("yyyy/MM", CultureInfo.InvariantCulture)}/{slug}";
            yield return new GeneratedArticle(i, name, article.Title, article.Outlet.Name, article.Author, dated, url, article.Text);
        }
    }

    /// <summary>Writes the articles and sources.yaml into <paramref name="folder"/> (created when missing).</summary>
    public static GenerateReport Write(string folder, int count, int seed)
    {
        var sw = Stopwatch.StartNew();
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        var written = new List<GeneratedArticle>(count);
        long bytes = 0;
        foreach (var a in Articles(count, seed))
        {
            var data = Utf8.GetBytes(a.Text);
            File.WriteAllBytes(Path.Combine(full, a.FileName), data);
            bytes += data.Length;
            written.Add(a with { Text = "" });
        }

        File.WriteAllBytes(Path.Combine(full, "sources.yaml"), Utf8.GetBytes(SourcesYaml.Write(written, seed)));
        return new GenerateReport(full, count, bytes, sw.Elapsed);
    }
}
