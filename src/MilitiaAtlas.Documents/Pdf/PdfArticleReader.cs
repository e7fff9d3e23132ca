using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace MilitiaAtlas.Documents.Pdf;

/// <summary>
/// A PDF's text layer read in reading order (docs/ingestion.md, "PDF"). PdfPig gives letters with their positions; words
/// are built from them, words into blocks (Docstrum), and the blocks put in reading order, so two columns read one after
/// the other. Then: running headers and footers (a line near the top or bottom edge that recurs on many pages, digits
/// aside) and page numbers are dropped; paragraphs are rebuilt from the layout (a wider gap between lines, an indented
/// first line, a short last line); a word broken by a hyphen at a line end is joined; a paragraph that runs on into the
/// next column or page continues; a short block in a larger or bold font is a heading. A PDF with no text layer (a scan)
/// is refused: no OCR.
/// </summary>
internal static partial class PdfArticleReader
{
    /// <summary>How near the top or bottom edge (a share of the page's height) a running header or footer stands.</summary>
    private const double EdgeBand = 0.12;

    public static ConvertedDocument Convert(byte[] bytes, InputLimits limits, CancellationToken ct)
    {
        PdfStreams.CheckExpansion(bytes, limits.ExpandedBytes);
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InputRefusedException("the PDF is encrypted: it cannot be read without its password");
        }

        using (pdf)
        {
            var warnings = new List<IngestWarning>();
            var lines = new List<Line>();
            var imageOnly = new List<int>();
            var pages = 0;
            foreach (var page in pdf.GetPages())
            {
                ct.ThrowIfCancellationRequested();
                pages++;
                if (page.Letters.Count == 0)
                {
                    if (page.NumberOfImages > 0)
                    {
                        imageOnly.Add(page.Number);
                    }

                    continue;
                }

                lines.AddRange(PageLines(page));
            }

            if (lines.Count == 0)
            {
                throw new InputRefusedException(imageOnly.Count > 0
                    ? $"no text layer: the PDF's {Pages(imageOnly.Count)} hold only images (a scan?); reading it would need OCR, which is not supported"
                    : $"no text: the PDF's {Pages(pages)} hold no text");
            }

            if (imageOnly.Count > 0)
            {
                warnings.Add(new IngestWarning("pdf", $"{Pages(imageOnly.Count)} ({string.Join(", ", imageOnly.Take(10))}{(imageOnly.Count > 10 ? ", …" : "")}) hold only images and were not read (no OCR)"));
            }

            var text = Paragraphs(WithoutRunningLines(lines), ct);
            var (stored, blocks) = text.Build();
            var info = pdf.Information;
            var embedded = new ArticleMetadata(Title: UsableTitle(info.Title), Author: Blank(info.Author));
            var created = new ArticleMetadata(Published: PdfDate(info.CreationDate));
            return new ConvertedDocument(stored, blocks, embedded, created, warnings);
        }
    }

    /// <summary>One line of text as laid out on its page, in reading order.</summary>
    internal sealed record Line(int Page, int Block, string Text, double Left, double Right, double Top, double Bottom, double FontSize, bool Bold, double PageHeight, double BlockLeft, double BlockRight);

    private static IEnumerable<Line> PageLines(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder).ToList();
        for (var b = 0; b < ordered.Count; b++)
        {
            var block = ordered[b];
            foreach (var line in block.TextLines)
            {
                var letters = line.Words.SelectMany(w => w.Letters).ToList();
                var size = letters.Count == 0 ? 0 : letters.Select(l => l.PointSize).OrderBy(s => s).ElementAt(letters.Count / 2);
                var bold = letters.Count > 0 && letters.Count(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) * 2 > letters.Count;
                yield return new Line(page.Number, b, Ligatures(string.Join(' ', line.Words.Select(w => w.Text))), line.BoundingBox.Left, line.BoundingBox.Right,
                    line.BoundingBox.Top, line.BoundingBox.Bottom, size, bold, page.Height, block.BoundingBox.Left, block.BoundingBox.Right);
            }
        }
    }

    /// <summary>
    /// The lines less running headers and footers: near the top or bottom edge, either a page number, or a line that
    /// (digits aside) stands near an edge on at least two pages and on at least three in ten of the pages with text.
    /// </summary>
    internal static List<Line> WithoutRunningLines(List<Line> lines)
    {
        static bool AtEdge(Line l) => l.Top > l.PageHeight * (1 - EdgeBand) || l.Bottom < l.PageHeight * EdgeBand;

        var pages = lines.Select(l => l.Page).Distinct().Count();
        var recurring = lines.Where(AtEdge).GroupBy(l => Shape(l.Text))
            .Where(g => g.Select(l => l.Page).Distinct().Count() is var n && n >= 2 && n >= Math.Ceiling(pages * 0.3))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return lines.Where(l => !(AtEdge(l) && (PageNumber().IsMatch(l.Text.Trim()) || recurring.Contains(Shape(l.Text))))).ToList();
    }

    /// <summary>A line's text with digits as "#" and in lower case: "Page 3 of 9" and "Page 4 of 9" have one shape.</summary>
    private static string Shape(string text) => Digits().Replace(text.Trim().ToLowerInvariant(), "#");

    private static BlockText Paragraphs(List<Line> lines, CancellationToken ct)
    {
        var bodySize = BodyFontSize(lines);
        var text = new BlockText();
        var paragraph = new StringBuilder();
        var kind = BlockKind.Paragraph;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                text.Add(paragraph.ToString(), kind);
                paragraph.Clear();
            }

            kind = BlockKind.Paragraph;
        }

        var groups = lines.GroupBy(l => (l.Page, l.Block)).Select(g => g.ToList()).ToList();
        foreach (var block in groups)
        {
            ct.ThrowIfCancellationRequested();
            var heading = IsHeading(block, bodySize);
            var first = block[0].Text;
            if (heading || kind == BlockKind.Heading || paragraph.Length == 0 || EndsParagraph(paragraph) || !StartsLower(first))
            {
                Flush();
            }

            kind = heading ? BlockKind.Heading : BlockKind.Paragraph;
            var spacing = LineSpacing(block);
            for (var i = 0; i < block.Count; i++)
            {
                var line = block[i];
                if (i > 0 && !heading && StartsNewParagraph(block[i - 1], line, spacing))
                {
                    Flush();
                }

                Append(paragraph, line.Text);
            }
        }

        Flush();
        return text;
    }

    /// <summary>The font size most of the text is set in, weighted by characters.</summary>
    private static double BodyFontSize(List<Line> lines) =>
        lines.GroupBy(l => Math.Round(l.FontSize, 1)).OrderByDescending(g => g.Sum(l => l.Text.Length)).Select(g => g.Key).FirstOrDefault();

    /// <summary>A short block set larger than the body text, or in bold and without a closing full stop.</summary>
    private static bool IsHeading(List<Line> block, double bodySize)
    {
        var chars = block.Sum(l => l.Text.Length);
        if (chars > 200 || block.Count > 3)
        {
            return false;
        }

        var last = block[^1].Text.TrimEnd();
        return block.All(l => l.FontSize > bodySize * 1.15) || (block.All(l => l.Bold) && !last.EndsWith('.'));
    }

    /// <summary>The usual distance between one line's top and the next's in a block (the median), or 0 when it has one line.</summary>
    private static double LineSpacing(List<Line> block)
    {
        if (block.Count < 2)
        {
            return 0;
        }

        var gaps = block.Zip(block.Skip(1), (a, b) => a.Top - b.Top).Where(g => g > 0).OrderBy(g => g).ToList();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
    }

    /// <summary>Inside a block: a gap well above the usual line spacing, an indented first line, or a short line that ends a sentence.</summary>
    private static bool StartsNewParagraph(Line previous, Line line, double spacing)
    {
        var gap = previous.Top - line.Top;
        if (spacing > 0 && gap > spacing * 1.4)
        {
            return true;
        }

        var em = Math.Max(line.FontSize, 1);
        var width = line.BlockRight - line.BlockLeft;
        if (line.Left - line.BlockLeft > em * 1.2 && previous.Left - previous.BlockLeft < em * 0.5)
        {
            return true;
        }

        return EndsSentence(previous.Text) && previous.Right < line.BlockRight - (width * 0.15);
    }

    private static bool EndsParagraph(StringBuilder paragraph)
    {
        var end = paragraph.ToString().TrimEnd();
        return end.Length > 0 && EndsSentence(end);
    }

    private static bool EndsSentence(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '’' or ')';
    }

    private static bool StartsLower(string s) => s.Length > 0 && char.IsLower(s.TrimStart()[0]);

    /// <summary>Adds a line to a paragraph: a word broken by a hyphen at the line end ("insur-" / "gents") is joined.</summary>
    private static void Append(StringBuilder paragraph, string line)
    {
        line = line.Trim();
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        var n = paragraph.Length;
        if (n >= 2 && paragraph[n - 1] is '-' or '\u00AD' && char.IsLetter(paragraph[n - 2]) && line.Length > 0 && char.IsLower(line[0]))
        {
            paragraph.Length--;
            paragraph.Append(line);
            return;
        }

        paragraph.Append(' ').Append(line);
    }

    private static string Ligatures(string s) =>
        s.IndexOfAny(['\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06']) < 0 ? s
        : s.Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl").Replace("\uFB05", "st").Replace("\uFB06", "st");

    /// <summary>A document title, unless it is a file name or a tool's placeholder ("Microsoft Word - draft.docx", "Untitled").</summary>
    private static string? UsableTitle(string? title)
    {
        var t = Blank(title);
        return t is null || FileLikeTitle().IsMatch(t) ? null : t;
    }

    /// <summary>A PDF date ("D:20240305120000+01'00'") as an ISO day.</summary>
    internal static string? PdfDate(string? value)
    {
        var m = value is null ? null : PdfDateShape().Match(value);
        return m is { Success: true } ? PublishedDate.Normalize($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}") : null;
    }

    private static string Pages(int n) => n == 1 ? "1 page" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} pages";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : BlockText.Normalize(s).Replace('\n', ' ');

    [GeneratedRegex(@"^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:Microsoft (?:Word|PowerPoint) - |untitled\b)|\.(?:docx?|pdf|odt|rtf|txt|indd|pptx?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileLikeTitle();

    [GeneratedRegex(@"^(?:D:)?(\d{4})(\d{2})(\d{2})")]
    private static partial Regex PdfDateShape();
}
