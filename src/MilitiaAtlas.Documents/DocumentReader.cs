using System.Text;
using MilitiaAtlas.Documents.Html;
using MilitiaAtlas.Documents.Pdf;
using MilitiaAtlas.Documents.Word;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Documents;

/// <summary>What a converter read from a document: its readable text in blocks, the metadata it carries, and warnings.</summary>
internal sealed record ConvertedDocument(
    string Text,
    IReadOnlyList<TextBlock> Blocks,
    ArticleMetadata Embedded,
    ArticleMetadata FileDates,
    IReadOnlyList<IngestWarning> Warnings);

/// <summary>The outcome of reading one file: an article and its warnings, or the reason it was refused.</summary>
public sealed record DocumentRead(Article? Article, string? Error, IReadOnlyList<IngestWarning> Warnings)
{
    public bool Ok => Error is null;

    public static DocumentRead Fail(string error) => new(null, error, []);
}

/// <summary>
/// Reads one file's bytes into an article, by its format (docs/ingestion.md, "What is read"): text and Markdown through
/// <see cref="TextDecoder"/> and <see cref="ArticleReader"/>; web pages, PDF and Word files through their converters,
/// whose readable text is what is stored. The format is the extension's; a file of another extension (named on the
/// command line) is read by what its first bytes show, and as text otherwise. Pure: bytes in, an article out.
/// </summary>
public static class DocumentReader
{
    /// <summary>The extensions a folder walk takes: every format this reads.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(
        ArticleReader.Extensions.Concat([".html", ".htm", ".xhtml", ".pdf", ".docx"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Why an extension is not read, when there is more to say than that it is not: the formats people ask for.</summary>
    public static string? HintFor(string extension) => extension.ToLowerInvariant() switch
    {
        ".doc" => "Word 97-2003 documents are not read; save it as .docx",
        ".rtf" or ".odt" => "save it as .docx",
        ".mhtml" or ".mht" or ".webarchive" => "save the page as HTML",
        _ => null,
    };

    /// <summary>
    /// Reads a file. A document that cannot be read (malformed, encrypted, a scan with no text, past a limit) gives an
    /// error that says why; a document's parser failing in any way is such an error, never an exception.
    /// <paramref name="ct"/> (the file's time limit) is checked between pages and blocks.
    /// </summary>
    public static DocumentRead Read(string fileName, byte[] bytes, ArticleMetadata sidecar, InputLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= InputLimits.Default;
        var format = FormatOf(fileName, bytes);
        try
        {
            return format is ArticleFormat.PlainText or ArticleFormat.Markdown
                ? ReadText(fileName, bytes, sidecar, limits)
                : ReadDocument(fileName, format, bytes, sidecar, limits, ct);
        }
        catch (InputRefusedException ex)
        {
            return DocumentRead.Fail(ex.Message);
        }
    }

    private static DocumentRead ReadText(string fileName, byte[] bytes, ArticleMetadata sidecar, InputLimits limits)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            return DocumentRead.Fail(decoded.Error!);
        }

        var (article, warnings) = ArticleReader.Read(fileName, decoded.Text!, sidecar, limits);
        return new DocumentRead(article, null, decoded.Warnings.Concat(warnings).ToList());
    }

    private static DocumentRead ReadDocument(string fileName, ArticleFormat format, byte[] bytes, ArticleMetadata sidecar, InputLimits limits, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            return DocumentRead.Fail("empty file");
        }

        ConvertedDocument doc;
        try
        {
            doc = format switch
            {
                ArticleFormat.Html => HtmlArticleReader.Convert(bytes, limits, ct),
                ArticleFormat.Pdf => PdfArticleReader.Convert(bytes, limits, ct),
                _ => WordArticleReader.Convert(bytes, limits, ct),
            };
        }
        catch (Exception ex) when (ex is not (InputRefusedException or OperationCanceledException or OutOfMemoryException))
        {
            // A malformed file is one file's failure: the reason names the format and what its parser said (not a stack trace).
            var said = FirstLine(ex.Message);
            return DocumentRead.Fail($"cannot be read as {Describe(format)}: {(said.Length == 0 ? "the parser gave up" : said.TrimEnd('.'))}");
        }

        if (string.IsNullOrWhiteSpace(doc.Text))
        {
            return DocumentRead.Fail($"no text ({Describe(format)} with no readable text)");
        }

        var article = ArticleReader.Compose(fileName, format, doc.Text, sidecar, doc.Embedded, doc.FileDates, doc.Blocks);
        return new DocumentRead(article, null, doc.Warnings);
    }

    /// <summary>The format of a file: by extension, else by its first bytes (a PDF, a zip holding a Word document, a web page), else text.</summary>
    public static ArticleFormat FormatOf(string fileName, ReadOnlySpan<byte> bytes)
    {
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".pdf":
                return ArticleFormat.Pdf;
            case ".docx":
                return ArticleFormat.Word;
            case var ext when ArticleReader.Extensions.Contains(ext):
                return ArticleReader.FormatOf(fileName);
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return ArticleFormat.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) && bytes.IndexOf("word/"u8) >= 0)
        {
            return ArticleFormat.Word;
        }

        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Html
            : ArticleReader.FormatOf(fileName);
    }

    internal static string Describe(ArticleFormat format) => format switch
    {
        ArticleFormat.Html => "a web page",
        ArticleFormat.Pdf => "a PDF",
        ArticleFormat.Word => "a Word document",
        _ => "text",
    };

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
