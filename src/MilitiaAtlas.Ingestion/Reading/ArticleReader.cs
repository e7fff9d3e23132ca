using MilitiaAtlas.Ingestion.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>
/// Builds an <see cref="Article"/> from a file's decoded text. A Markdown file's YAML front matter is
/// metadata, not article text: it is parsed and removed, and the rest is stored as written. Metadata
/// precedence: sidecar, then front matter, then what is guessed from the text (title line, dateline).
/// </summary>
public static class ArticleReader
{
    /// <summary>The text formats, read here from their decoded text; the document formats are read by <c>MilitiaAtlas.Documents</c>.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".text",
    };

    public static ArticleFormat FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".md" or ".markdown" ? ArticleFormat.Markdown : ArticleFormat.PlainText;

    /// <summary>
    /// Reads an article. Throws <see cref="InputRefusedException"/> when its front matter passes the YAML limits, or
    /// when nothing but front matter is there (an empty article would be stored without a word).
    /// </summary>
    public static (Article Article, IReadOnlyList<IngestWarning> Warnings) Read(string fileName, string text, ArticleMetadata sidecar, InputLimits? limits = null)
    {
        var warnings = new List<IngestWarning>();
        var format = FormatOf(fileName);
        var frontMatter = ArticleMetadata.Empty;
        if (format == ArticleFormat.Markdown || text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var hadText = !string.IsNullOrWhiteSpace(text);
            (text, frontMatter) = SplitFrontMatter(text, warnings, limits);
            if (hadText && string.IsNullOrWhiteSpace(text))
            {
                throw new InputRefusedException("no text (the file holds only front matter)");
            }
        }

        return (Compose(fileName, format, text, sidecar, frontMatter), warnings);
    }

    /// <summary>
    /// An article from its stored text and what is known about it, at the one precedence every format shares: the
    /// sidecar, then the metadata the file carries (front matter, a web page's meta tags and JSON-LD, a Word file's core
    /// properties, a PDF's document information), then what is guessed from the text (the first line as title, a
    /// byline's name as author, a dateline), then <paramref name="fileDates"/>: dates a file records about itself (when
    /// a PDF or a Word file was created), which say when the file was made rather than when the piece was published.
    /// </summary>
    public static Article Compose(
        string fileName,
        ArticleFormat format,
        string text,
        ArticleMetadata sidecar,
        ArticleMetadata embedded,
        ArticleMetadata? fileDates = null,
        IReadOnlyList<TextBlock>? blocks = null)
    {
        var known = sidecar.Over(embedded);
        var guessed = new ArticleMetadata(Title: GuessTitle(text, format));
        if (known.Author is null)
        {
            guessed = guessed with { Author = Bylines.Find(text) };
        }

        if (known.Published is null)
        {
            guessed = guessed with { Published = FindDateline(text) };
        }

        var meta = known.Over(guessed).Over(fileDates ?? ArticleMetadata.Empty);
        if (meta.Title is null)
        {
            meta = meta with { Title = Path.GetFileNameWithoutExtension(fileName) };
        }

        return new Article(Path.GetFileName(fileName), format, text, meta) { Blocks = blocks };
    }

    private static (string Text, ArticleMetadata Meta) SplitFrontMatter(string text, List<IngestWarning> warnings, InputLimits? limits)
    {
        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        if (!body.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (text, ArticleMetadata.Empty);
        }

        var close = body.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (close >= 0 && close + 4 < body.Length && body[close + 4] is not ('\n' or ' ' or '\t'))
        {
            close = body.IndexOf("\n---", close + 4, StringComparison.Ordinal);
        }

        if (close < 0)
        {
            warnings.Add(new IngestWarning("front-matter", "front matter opened with --- but never closed; kept as text"));
            return (text, ArticleMetadata.Empty);
        }

        var yaml = body[4..(close + 1)];
        var restStart = body.IndexOf('\n', close + 1);
        var rest = restStart < 0 ? "" : body[(restStart + 1)..];
        var problems = new List<string>();
        var meta = ArticleMetadata.Empty;
        try
        {
            var stream = SafeYaml.Load(yaml, limits);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                meta = SourcesSidecar.ReadFields(map, "front matter:", problems);
            }
            else if (stream.Documents.Count > 0)
            {
                problems.Add("front matter: not a mapping of fields; ignored");
            }
        }
        catch (InputRefusedException ex)
        {
            throw new InputRefusedException("front matter: " + ex.Message);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            problems.Add($"front matter: cannot be parsed as YAML ({ex.Message.Split('\n')[0]}); ignored");
        }

        warnings.AddRange(problems.Select(p => new IngestWarning("front-matter", p)));
        return (rest, meta);
    }

    private static string? GuessTitle(string text, ArticleFormat format)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim().Trim('\u00A0', '\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            if (format == ArticleFormat.Markdown)
            {
                line = line.TrimStart('#').Trim();
            }

            return line.Length > 300 ? line[..300].TrimEnd() + "…" : line;
        }

        return null;
    }

    /// <summary>A full date near the top of the text, where datelines and bylines sit.</summary>
    private static string? FindDateline(string text)
    {
        var head = text.Length > 1500 ? text[..1500] : text;
        return PublishedDate.FindWrittenDate(head)?.Iso;
    }
}
