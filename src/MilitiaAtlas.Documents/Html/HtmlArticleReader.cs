using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using SmartReader;

namespace MilitiaAtlas.Documents.Html;

/// <summary>
/// A saved web page read the way a reader sees it (docs/ingestion.md, "Web pages"). The page is parsed with AngleSharp
/// (no scripts run, nothing is fetched), checked against <see cref="InputLimits.HtmlDepth"/>, and its metadata read
/// (<see cref="PageMetadata"/>); its comment threads are taken out (<see cref="Comments"/>) and its furniture removed
/// (<see cref="PageCleaner"/>); then SmartReader, a port of Mozilla's Readability, finds the article. The stored text is
/// the headline, the article's blocks, then the comments, marked as such.
/// </summary>
internal static partial class HtmlArticleReader
{
    /// <summary>A base address for the extractor, which wants one to resolve links; nothing is ever fetched from it.</summary>
    private const string NoAddress = "https://document.invalid/";

    static HtmlArticleReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ConvertedDocument Convert(byte[] bytes, InputLimits limits, CancellationToken ct)
    {
        var warnings = new List<IngestWarning>();
        var html = Decode(bytes, warnings);
        CheckOpenTags(html, limits.HtmlDepth);
        var doc = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        CheckDepth(doc, limits.HtmlDepth);
        ct.ThrowIfCancellationRequested();

        var threads = Comments.Take(doc);
        var meta = PageMetadata.Read(doc, warnings);
        PageCleaner.Clean(doc);
        ct.ThrowIfCancellationRequested();

        var found = new Reader(NoAddress, doc) { Debug = false }.GetArticle();
        ct.ThrowIfCancellationRequested();
        meta = meta.Over(new ArticleMetadata(
            Title: Blank(found.Title) ?? Blank(doc.Title),
            Outlet: Blank(found.SiteName),
            Author: Blank(found.Author) ?? (Blank(found.Byline) is { } byline ? Bylines.AuthorOf(byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline : "By " + byline) : null),
            Published: found.PublicationDate is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null));

        var text = new BlockText();
        if (meta.Title is { } title)
        {
            text.Add(title, BlockKind.Heading);
        }

        var content = new BlockText();
        if (found.IsReadable && !string.IsNullOrWhiteSpace(found.Content))
        {
            HtmlBlocks.Collect(new HtmlParser().ParseDocument(found.Content), content, BlockKind.Paragraph);
        }
        else if (doc.Body is { } body)
        {
            warnings.Add(new IngestWarning("html", "no article found on the page; its whole text is kept"));
            HtmlBlocks.Collect(body, content, BlockKind.Paragraph);
        }

        var (articleText, articleBlocks) = content.Build();
        if (articleBlocks.Count == 0 && threads.Count == 0)
        {
            // A headline alone is no article.
            return new ConvertedDocument("", [], meta, ArticleMetadata.Empty, warnings);
        }

        foreach (var block in articleBlocks)
        {
            var s = block.Span.Slice(articleText);
            if (text.Count == 1 && meta.Title is not null && string.Equals(s, meta.Title, StringComparison.OrdinalIgnoreCase))
            {
                continue; // the headline, already first
            }

            text.Add(s, block.Kind);
        }

        foreach (var thread in threads)
        {
            HtmlBlocks.Collect(thread, text, BlockKind.Comment);
        }

        var (stored, blocks) = text.Build();
        return new ConvertedDocument(stored, blocks, meta, ArticleMetadata.Empty, warnings);
    }

    /// <summary>
    /// The page's text: a byte-order mark decides; else a charset the page declares in its first bytes (a meta tag), when
    /// it is one this runtime knows; else UTF-8, with Windows-1252 for bytes that are not (<see cref="TextDecoder"/>).
    /// </summary>
    internal static string Decode(byte[] bytes, List<IngestWarning> warnings)
    {
        var hasBom = bytes.Length >= 2 && ((bytes[0] == 0xEF && bytes[1] == 0xBB) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!hasBom)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            var declared = DeclaredCharset().Match(head);
            if (declared.Success && !declared.Groups[1].Value.Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    return Encoding.GetEncoding(declared.Groups[1].Value).GetString(bytes);
                }
                catch (ArgumentException)
                {
                    warnings.Add(new IngestWarning("encoding", $"the page declares an unknown charset ({declared.Groups[1].Value}); read as UTF-8"));
                }
            }
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            throw new InputRefusedException(decoded.Error!);
        }

        warnings.AddRange(decoded.Warnings);
        return decoded.Text!;
    }

    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements the parser closes when the next one of their kind opens.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>
    /// A pass over the raw markup before it is parsed: the parser's work grows with the square of the nesting (200,000
    /// unclosed <c>div</c>s, a 1 MB file, take it a minute), so markup that opens more than four times
    /// <paramref name="max"/> elements without closing them is refused unparsed. Elements that never nest, and the text of
    /// comments, scripts and styles, are not counted; the parsed tree is then measured exactly (<see cref="CheckDepth"/>).
    /// </summary>
    private static void CheckOpenTags(string html, int max)
    {
        var open = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            int next;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                next = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            }
            else if (html[i + 1] == '/')
            {
                open = Math.Max(0, open - (NeverNest.Contains(TagName(html, i + 2)) ? 0 : 1));
                next = html.IndexOf('>', i);
            }
            else if (char.IsAsciiLetter(html[i + 1]))
            {
                var name = TagName(html, i + 1);
                next = html.IndexOf('>', i);
                if (name is "script" or "style" or "textarea" or "title" or "xmp")
                {
                    next = html.IndexOf("</" + name, i + 1, StringComparison.OrdinalIgnoreCase);
                }
                else if (!NeverNest.Contains(name) && !(next > 0 && html[next - 1] == '/') && ++open > 4 * max)
                {
                    throw new InputRefusedException($"web page opens more than {4 * max} elements without closing them, over the limit of {max} nested elements (Atlas:MaxHtmlDepth)");
                }
            }
            else
            {
                next = i + 1;
            }

            i = next < 0 ? -1 : html.IndexOf('<', next);
        }
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 16 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html[start..end].ToLowerInvariant();
    }

    /// <summary>Refuses a page nested deeper than <paramref name="max"/> elements: measured without recursion, before anything recursive walks it.</summary>
    private static void CheckDepth(IHtmlDocument doc, int max)
    {
        if (doc.DocumentElement is not { } root)
        {
            return;
        }

        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            if (depth > max)
            {
                throw new InputRefusedException($"web page nested more than {max} elements deep, over the limit of {max} (Atlas:MaxHtmlDepth)");
            }

            foreach (var child in e.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : BlockText.Normalize(s).Replace('\n', ' ');

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();
}
