using System.Text;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Bench;

/// <summary>An article ready for the pipeline, with the size it counts for: UTF-16 chars and UTF-8 bytes of its stored text.</summary>
public sealed record BenchArticle(string Group, string File, Article Article)
{
    public int Chars => Article.Text.Length;

    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Article.Text);
}

/// <summary>
/// Loads articles the way the ingest verb does (decode, then read with the folder's sources.yaml), so
/// that the timed work is only <see cref="Pipeline.Process"/>; and builds the longer synthetic articles
/// of the linearity run from the seeds' body paragraphs.
/// </summary>
public static class Corpus
{
    /// <summary>The repository root: the first folder above the program that holds MilitiaAtlas.sln.</summary>
    public static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MilitiaAtlas.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MilitiaAtlas.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every article file under <paramref name="root"/> (recursive, dot-names skipped), decoded and read; refusals are reported, not thrown.</summary>
    public static List<BenchArticle> Load(string group, string root, List<string> skipped)
    {
        var articles = new List<BenchArticle>();
        Walk(group, root, articles, skipped);
        return articles;
    }

    private static void Walk(string group, string dir, List<BenchArticle> articles, List<string> skipped)
    {
        var sidecarPath = Path.Combine(dir, SourcesSidecar.FileName);
        var sidecar = File.Exists(sidecarPath)
            ? SourcesSidecar.Parse(TextDecoder.Decode(File.ReadAllBytes(sidecarPath)).Text ?? "")
            : SourcesSidecar.Empty;

        var entries = Directory.GetFileSystemEntries(dir);
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                Walk(group, entry, articles, skipped);
                continue;
            }

            if (!ArticleReader.Extensions.Contains(Path.GetExtension(entry)))
            {
                continue;
            }

            var decoded = TextDecoder.Decode(File.ReadAllBytes(entry));
            if (!decoded.Ok)
            {
                skipped.Add($"{entry}: {decoded.Error}");
                continue;
            }

            var (article, _) = ArticleReader.Read(name, decoded.Text!, sidecar.For(name));
            articles.Add(new BenchArticle(group, entry, article));
        }
    }

    /// <summary>
    /// Synthetic articles <paramref name="factor"/> times as long as a seed: article j is a title line and
    /// the body paragraphs of seeds j, j+1, …, j+factor-1 (cycling), one blank line apart. Every factor
    /// gives as many articles as there are seeds, so only the article length changes between factors.
    /// </summary>
    public static List<BenchArticle> Synthetic(IReadOnlyList<BenchArticle> seeds, int factor)
    {
        var bodies = seeds
            .Select(s => (s.File, Paragraphs: BodyParagraphs(s.Article)))
            .Where(b => b.Paragraphs.Count > 0)
            .ToList();
        var result = new List<BenchArticle>();
        for (var j = 0; j < bodies.Count; j++)
        {
            var sb = new StringBuilder();
            sb.Append("Synthetic article ").Append(j + 1).Append(" at ").Append(factor).Append("x\n\n");
            for (var k = 0; k < factor; k++)
            {
                foreach (var p in bodies[(j + k) % bodies.Count].Paragraphs)
                {
                    sb.Append(p).Append("\n\n");
                }
            }

            var name = $"synthetic-{factor}x-{j + 1}.txt";
            result.Add(new BenchArticle($"{factor}x", name, new Article(name, ArticleFormat.PlainText, sb.ToString(), ArticleMetadata.Empty)));
        }

        return result;
    }

    private static List<string> BodyParagraphs(Article article)
    {
        var processed = Pipeline.Default.Process(article);
        return processed.Passages.Where(p => p.Kind == PassageKind.Body).Select(p => p.Span.Slice(article.Text)).ToList();
    }
}
