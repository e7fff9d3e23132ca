using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Word;

/// <summary>
/// A Word document (.docx) read with the Open XML SDK (docs/ingestion.md, "Word"): its paragraphs in order (tables' cells
/// and text boxes too, each once), headings by their style ("heading 1", "Title") or outline level, a footnote or endnote
/// reference as "[n]" where it stands, and the notes themselves after the body under a "Notes" heading; the core
/// properties (title, creator, created) as metadata. Deleted text of tracked changes and field codes are not text.
/// Before anything is parsed, the zip's declared sizes are checked against <see cref="InputLimits.ExpandedBytes"/>, and
/// the SDK holds each XML part to the same bound as it reads: a decompression bomb is refused, not inflated.
/// </summary>
internal static class WordArticleReader
{
    private const int MaxZipEntries = 10_000;

    public static ConvertedDocument Convert(byte[] bytes, InputLimits limits, CancellationToken ct)
    {
        CheckZip(bytes, limits.ExpandedBytes);
        using var stream = new MemoryStream(bytes, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.ExpandedBytes });
        var main = doc.MainDocumentPart ?? throw new InputRefusedException("not a Word document: it has no main document part");
        var body = main.Document?.Body ?? throw new InputRefusedException("not a Word document: its main part has no body");
        var styles = new StyleTable(main.StyleDefinitionsPart?.Styles);
        var notes = new Notes(main);
        var text = new BlockText();
        var count = 0;
        foreach (var p in body.Descendants<Paragraph>())
        {
            if (++count % 256 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (p.Ancestors<AlternateContentFallback>().Any())
            {
                continue; // the same text box again, for older readers
            }

            var sb = new StringBuilder();
            Runs(p, sb, notes);
            text.Add(sb.ToString(), styles.IsHeading(p) ? BlockKind.Heading : BlockKind.Paragraph);
        }

        notes.AddTo(text);
        var props = doc.PackageProperties;
        var embedded = new ArticleMetadata(Title: Blank(props.Title), Author: Blank(props.Creator));
        var created = new ArticleMetadata(Published: props.Created is { } when ? when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        var (stored, blocks) = text.Build();
        return new ConvertedDocument(stored, blocks, embedded, created, []);
    }

    /// <summary>Refuses a zip that declares more entries or more inflated bytes than a document may have.</summary>
    private static void CheckZip(byte[] bytes, long max)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxZipEntries)
        {
            throw new InputRefusedException($"the Word file holds {zip.Entries.Count:N0} parts, over the limit of {MaxZipEntries:N0}");
        }

        var total = zip.Entries.Sum(e => e.Length);
        if (total > max)
        {
            throw new InputRefusedException(
                $"the Word file's parts inflate to {total:N0} bytes, over the limit of {max:N0} (Atlas:MaxExpandedBytes); refused as a possible decompression bomb");
        }
    }

    /// <summary>The text of a paragraph's own runs: nested paragraphs (a text box) are read as paragraphs of their own.</summary>
    private static void Runs(OpenXmlElement e, StringBuilder sb, Notes notes)
    {
        foreach (var child in e.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case FootnoteReference f:
                    sb.Append('[').Append(notes.Number(f.Id?.Value, footnote: true)).Append(']');
                    break;
                case EndnoteReference n:
                    sb.Append('[').Append(notes.Number(n.Id?.Value, footnote: false)).Append(']');
                    break;
                case Paragraph or TextBoxContent or DeletedText or DeletedRun or FieldCode or AlternateContentFallback or FootnoteReferenceMark or EndnoteReferenceMark:
                    break;
                default:
                    Runs(child, sb, notes);
                    break;
            }
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : BlockText.Normalize(s).Replace('\n', ' ');

    /// <summary>Which paragraph styles are headings: by name ("heading 1", "Title", "Subtitle") or outline level, through "based on".</summary>
    private sealed class StyleTable(Styles? styles)
    {
        private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];

        public bool IsHeading(Paragraph p)
        {
            if (p.ParagraphProperties?.OutlineLevel?.Val?.Value is int level && level < 9)
            {
                return true;
            }

            var id = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            for (var hops = 0; id is not null && hops < 8 && _byId.TryGetValue(id, out var style); hops++)
            {
                var name = style.StyleName?.Val?.Value?.ToLowerInvariant() ?? "";
                if (name.StartsWith("heading", StringComparison.Ordinal) || name is "title" or "subtitle"
                    || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9)
                {
                    return true;
                }

                id = style.BasedOn?.Val?.Value;
            }

            return false;
        }
    }

    /// <summary>Footnotes and endnotes, numbered in the order the text refers to them.</summary>
    private sealed class Notes(MainDocumentPart main)
    {
        private readonly List<(long Id, bool Footnote)> _order = [];

        public int Number(long? id, bool footnote)
        {
            var key = (id ?? -1, footnote);
            var at = _order.IndexOf(key);
            if (at < 0)
            {
                _order.Add(key);
                at = _order.Count - 1;
            }

            return at + 1;
        }

        public void AddTo(BlockText text)
        {
            if (_order.Count == 0)
            {
                return;
            }

            var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id?.Value is not null)
                .GroupBy(f => f.Id!.Value).ToDictionary(g => g.Key, g => (OpenXmlElement)g.First()) ?? [];
            var endnotes = main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(f => f.Id?.Value is not null)
                .GroupBy(f => f.Id!.Value).ToDictionary(g => g.Key, g => (OpenXmlElement)g.First()) ?? [];
            text.Add("Notes", BlockKind.Heading);
            for (var i = 0; i < _order.Count; i++)
            {
                var (id, footnote) = _order[i];
                if (!(footnote ? footnotes : endnotes).TryGetValue(id, out var note))
                {
                    continue;
                }

                var sb = new StringBuilder();
                foreach (var p in note.Elements<Paragraph>())
                {
                    if (sb.Length > 0)
                    {
                        sb.Append('\n');
                    }

                    Runs(p, sb, this);
                }

                text.Add($"[{i + 1}] {sb.ToString().Trim()}", BlockKind.Paragraph);
            }
        }
    }
}
