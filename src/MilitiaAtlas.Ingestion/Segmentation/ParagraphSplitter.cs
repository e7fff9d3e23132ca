using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Segmentation;

/// <summary>
/// A paragraph before classification; IsMarkupHeading is set when the source format says so, IsComment when a web page
/// marks it as a reader's comment.
/// </summary>
public sealed record RawParagraph(TextSpan Span, bool IsMarkupHeading = false, bool IsComment = false)
{
    /// <summary>The text of a subtitle cue: spoken words or an on-screen caption ("[Marie Tessier, historian]"), never a heading of the page.</summary>
    public bool IsCue { get; init; }
}

/// <summary>
/// Cuts stored text into paragraphs with exact spans. Plain text splits on blank lines; Markdown uses
/// Markdig's block spans. A paragraph that a blank line cut mid-sentence ("Lieutenant\n\nGeneral …")
/// is joined with the next one, so the sentence stays whole.
/// </summary>
public static partial class ParagraphSplitter
{
    // Only block spans are used, so no inline parsers: inline parsing would cost time (nested brackets are
    // quadratic) and nothing here reads its result.
    private static readonly MarkdownPipeline Markdown = BlocksOnly();

    /// <summary>
    /// The paragraphs of an article: the blocks its document marks (a web page, a PDF, a Word file), each trimmed, or else
    /// its text cut by <see cref="Split(string, ArticleFormat, InputLimits?)"/>.
    /// </summary>
    public static IReadOnlyList<RawParagraph> Split(Article article, InputLimits? limits = null)
    {
        if (article.Blocks is not { } blocks)
        {
            return Split(article.Text, article.Format, limits);
        }

        var result = new List<RawParagraph>(blocks.Count);
        foreach (var block in blocks)
        {
            var span = Trim(article.Text, block.Span.Start, block.Span.End);
            if (!span.IsEmpty)
            {
                result.Add(new RawParagraph(span, block.Kind == BlockKind.Heading, block.Kind == BlockKind.Comment));
            }
        }

        return result;
    }

    /// <summary>
    /// Splits <paramref name="text"/>. Markdown nested deeper than <see cref="InputLimits.MarkdownDepth"/> is refused
    /// (<see cref="InputRefusedException"/>) before Markdig sees it: Markdig throws past 128 levels.
    /// </summary>
    public static IReadOnlyList<RawParagraph> Split(string text, ArticleFormat format, InputLimits? limits = null)
    {
        if (format == ArticleFormat.Markdown)
        {
            var max = (limits ?? InputLimits.Default).MarkdownDepth;
            var (depth, line) = MarkdownDepth(text);
            if (depth > max)
            {
                throw new InputRefusedException(
                    $"Markdown nested {depth} levels deep (block quotes and lists, line {line}), over the limit of {max} (Atlas:MaxMarkdownDepth)");
            }
        }

        var raw = format == ArticleFormat.Markdown ? SplitMarkdown(text) : SplitPlain(text);
        return JoinBrokenSentences(text, raw);
    }

    private static MarkdownPipeline BlocksOnly()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    /// <summary>
    /// An upper bound on how deeply block containers nest, and the (1-based) line where it is deepest. A block quote or
    /// a list level can only open with a marker at the start of a line (after other markers), and a nested list item
    /// must be indented past its parent's marker, by two columns at least. So each line counts its chain of leading
    /// markers (<c>&gt;</c>, <c>-</c>, <c>+</c>, <c>*</c>, <c>1.</c>, <c>1)</c>) plus half the white space among them; a
    /// line with no marker adds nothing. One pass, no allocation.
    /// </summary>
    public static (int Depth, int Line) MarkdownDepth(string text)
    {
        int deepest = 0, deepestLine = 0, lineNumber = 1, i = 0;
        while (i < text.Length)
        {
            var lineStart = i;
            int markers = 0, columns = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ')
                {
                    columns++;
                    i++;
                }
                else if (c == '\t')
                {
                    columns += 4;
                    i++;
                }
                else if (c == '>')
                {
                    markers++;
                    i++;
                }
                else if (c is '-' or '+' or '*' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t' or '\n'))
                {
                    markers++;
                    i++;
                }
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(text, i) is var end and > 0)
                {
                    markers++;
                    i = end;
                }
                else
                {
                    break;
                }
            }

            var nl = text.IndexOf('\n', i);
            var depth = markers == 0 || IsThematicBreak(text.AsSpan(lineStart, (nl < 0 ? text.Length : nl) - lineStart))
                ? 0
                : markers + (columns / 2);
            if (depth > deepest)
            {
                deepest = depth;
                deepestLine = lineNumber;
            }

            if (nl < 0)
            {
                break;
            }

            i = nl + 1;
            lineNumber++;
        }

        return (deepest, deepestLine);
    }

    /// <summary>"- - - -", "***", "_ _ _": a rule, not nested lists.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in trimmed)
        {
            if (c == trimmed[0])
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>After an ordered-list marker ("12." or "3)") followed by white space: the index past the delimiter; else 0.</summary>
    private static int OrderedMarkerEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 9 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j < text.Length && text[j] is '.' or ')' && (j + 1 == text.Length || text[j + 1] is ' ' or '\t' or '\n') ? j + 1 : 0;
    }

    private static List<RawParagraph> SplitPlain(string text)
    {
        var result = new List<RawParagraph>();
        var start = -1;
        var lastContentEnd = -1;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = pos < text.Length ? text.IndexOf('\n', pos) : -1;
            var lineEnd = nl < 0 ? text.Length : nl;
            var blank = IsBlank(text.AsSpan(pos, lineEnd - pos));
            if (blank)
            {
                if (start >= 0)
                {
                    Add(result, text, start, lastContentEnd);
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = pos;
                }

                lastContentEnd = lineEnd;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        if (start >= 0)
        {
            Add(result, text, start, lastContentEnd);
        }

        return result;
    }

    private static List<RawParagraph> SplitMarkdown(string text)
    {
        var doc = Markdig.Markdown.Parse(text, Markdown);
        var result = new List<RawParagraph>();
        foreach (var block in doc.Descendants<LeafBlock>())
        {
            if (block is ThematicBreakBlock || block.Span.IsEmpty)
            {
                continue;
            }

            var end = Math.Min(text.Length, block.Span.End + 1);
            var before = result.Count;
            Add(result, text, block.Span.Start, end);
            if (block is HeadingBlock && result.Count > before)
            {
                result[^1] = result[^1] with { IsMarkupHeading = true };
            }
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static void Add(List<RawParagraph> result, string text, int start, int end)
    {
        var span = Trim(text, start, end);
        if (span.IsEmpty)
        {
            return;
        }

        // Paragraphs separated by a single line break: every line but the last ends a sentence.
        var lines = SplitLines(text, span);

        // A subtitle cue ("17" / "00:02:44,213 --> 00:02:52,643" / its text): the number and the timecode are the file's
        // structure, not its content; the paragraph is the cue's text.
        if (lines.Count > 2 && IsCueNumber(text, lines[0]) && CueTime().IsMatch(text.AsSpan(lines[1].Start, lines[1].Length)))
        {
            result.Add(new RawParagraph(new TextSpan(lines[2].Start, lines[^1].End)) { IsCue = true });
            return;
        }

        // A rule line ("-----") inside a block parts what is above it from what it opens (a block that opens with one is read
        // with it: the classifier reads what a rule sets apart).
        if (lines.Count > 2 && lines.FindIndex(1, l => IsRule(text, l)) is var rule and > 0)
        {
            Add(result, text, span.Start, lines[rule].Start);
            Add(result, text, lines[rule].Start, span.End);
            return;
        }

        // A script's or a transcript's exchange, one speaker's line under another's ("VELT: Their rifles …" / "> ORVANO: Then
        // we …"), or a film page's quotes under their heading ("MEMORABLE LINES" / "Kessa Velt: We …" / "Orvano Brisk: Then …"): each
        // line is said by its own speaker, so each is a paragraph (without a quotation's "> "), and the heading one of its own.
        var spokenFrom = lines.Count > 2 && CapitalsHeading(text, lines[0]) ? 1 : 0;
        if (lines.Count - spokenFrom > 1 && lines.Skip(spokenFrom).All(l => SpokenLine(text, l)))
        {
            if (spokenFrom == 1)
            {
                result.Add(new RawParagraph(lines[0]));
            }

            foreach (var line in lines.Skip(spokenFrom))
            {
                var at = line.Start;
                while (at < line.End && text[at] is '>' or ' ')
                {
                    at++;
                }

                result.Add(new RawParagraph(new TextSpan(at, line.End)));
            }

            return;
        }

        // "3. THE SIEGE" / a paragraph: a section's heading in capitals over its one paragraph.
        if (lines.Count == 2 && CapitalsHeading(text, lines[0]) && lines[1].Length > 100 && EndsSentence(text, lines[1]))
        {
            result.Add(new RawParagraph(lines[0]));
            result.Add(new RawParagraph(lines[1]));
            return;
        }

        if (LinePerParagraph(text, lines))
        {
            // A numbered entry with its field lines under it ("2. LAST, First" / "a.k.a.: …" / "DOB: …") is one record.
            for (var i = 0; i < lines.Count; i++)
            {
                var last = i;
                if (EntryNumber().IsMatch(text.AsSpan(lines[i].Start, lines[i].Length)))
                {
                    while (last + 1 < lines.Count && Lexicon.FieldStart().IsMatch(text.AsSpan(lines[last + 1].Start, lines[last + 1].Length)))
                    {
                        last++;
                    }
                }

                last = last - i >= 2 ? last : i;
                // A quotation's line that ends on a comma inside its closing mark, and the line after it that names its speaker
                // in lower case ("… the town will not forget," / "said Dr. Ana Velt, who led the survey."): one sentence broken
                // at the attribution, so one paragraph.
                while (last + 1 < lines.Count && EndsOnQuotedComma(text, lines[last]) && char.IsLower(text[lines[last + 1].Start]))
                {
                    last++;
                }

                result.Add(new RawParagraph(new TextSpan(lines[i].Start, lines[last].End)));
                i = last;
            }

            return;
        }

        result.Add(new RawParagraph(span));
    }

    /// <summary>
    /// Whether a block's lines are its paragraphs. Yes when every line but the last ends a sentence and the lines are long,
    /// and when three lines or more hold a paragraph-long one (over 100 characters): a file written one paragraph, heading,
    /// byline or list item per line. No for text wrapped at a fixed width, a record indented under its heading, a pipe
    /// table, a block of short lines (a field list: "AKAs: X" and its further names; an address) and two lines (a
    /// headline and its lede).
    /// </summary>
    private static bool LinePerParagraph(string text, List<TextSpan> lines) =>
        lines.Count > 1 && !IsHardWrapped(text, lines) && !IsIndentedRecord(text, lines) && !IsTable(text, lines)
        && ((lines.Count > 2 && lines.Max(l => l.Length) > 100) || (lines.Take(lines.Count - 1).All(l => EndsSentence(text, l)) && lines.Average(l => l.Length) > 60));

    [GeneratedRegex(@"^\(?\d{1,3}[.)]\s+\S")]
    private static partial Regex EntryNumber();

    /// <summary>Whether a line ends on a comma and a closing quotation mark (",\"", ",”"): the quotation goes on to its attribution.</summary>
    private static bool EndsOnQuotedComma(string text, TextSpan line) =>
        line.Length > 2 && text[line.End - 1] is '"' or '”' or '\'' or '’' && text[line.End - 2] == ',';

    /// <summary>
    /// A line a speaker's label opens ("ORVANO:", "MR. VELT:", "> CAPTAIN KESSA:", a statement's "Q3:" or "A3:", a film page's
    /// "Kessa Velt:"; not a record's "DOB:"), with a sentence after it that ends as speech does.
    /// </summary>
    private static bool SpokenLine(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).TrimEnd();
        if ((SpeakerLine().Match(text, line.Start, line.Length) is { Success: true } m ? m : NamedSpeakerLine().Match(text, line.Start, line.Length)) is not { Success: true } found
            || s.Length == 0 || s[^1] is not ('.' or '?' or '!' or '"' or '”' or '…'))
        {
            return false;
        }

        return !Extraction.NameLexicon.IsFieldLabel(found.Groups["label"].Value);
    }

    [GeneratedRegex(@"^(?:>\s?)?(?<label>[QA]\d{1,3}|\p{Lu}[\p{Lu}.'’ -]{1,30}):\s+\S+\s+\S+\s+\S")]
    private static partial Regex SpeakerLine();

    // A name in mixed case of two to five words opening a line, particles allowed inside ("Kessa Velt:", "A. M. Velder:",
    // "Idris bin Haddu:"), then a sentence.
    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}.'’-]*(?: \p{Ll}{1,5})?(?: \p{Lu}[\p{L}.'’-]*(?: \p{Ll}{1,5})?){0,3} \p{Lu}[\p{L}.'’-]*):\s+\S+\s+\S+\s+\S")]
    private static partial Regex NamedSpeakerLine();

    /// <summary>
    /// A short line in capitals with no colon (SentenceSplitter.IsCapitalsLine, at most nine words): a heading
    /// ("MEMORABLE LINES", "3. THE SIEGE").
    /// </summary>
    private static bool CapitalsHeading(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.Length <= 60 && s.Count(' ') <= 8 && !s.Contains(':') && SentenceSplitter.IsCapitalsLine(text, line.Start, line.End);
    }

    // A list item's marker opening a line: "- ", "* ", "• ", "3. ", "(b) ".
    [GeneratedRegex(@"^(?:[-*•–]\s|\(?(?:\d{1,3}|[a-z])[.)]\s)")]
    private static partial Regex ListMarker();

    private static bool IsCueNumber(string text, TextSpan line) => line.Length is > 0 and <= 5 && text.AsSpan(line.Start, line.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    [GeneratedRegex(@"^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")]
    private static partial Regex CueTime();

    private static List<TextSpan> SplitLines(string text, TextSpan span)
    {
        var lines = new List<TextSpan>();
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i == span.End || text[i] == '\n')
            {
                var line = Trim(text, start, i);
                if (!line.IsEmpty)
                {
                    lines.Add(line);
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>
    /// True when a block's line breaks fall inside its sentences: the text was wrapped at a fixed width, so its lines are
    /// one paragraph. A break is inside a sentence when the line does not end a sentence, clause or label and either the
    /// next line goes on in lower case, the line fills most of a width of at most 100 characters, or (at any width) the
    /// line is long and stops on a word in lower case. A third of the breaks
    /// so placed makes the block wrapped; fewer is a file written one paragraph (or heading, byline, list item) per line,
    /// whose rare breaks inside a sentence <see cref="JoinBrokenSentences"/> mends.
    /// </summary>
    private static bool IsHardWrapped(string text, List<TextSpan> lines)
    {
        var width = 0;
        foreach (var line in lines)
        {
            width = Math.Max(width, line.Length);
        }

        var inside = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            if (EndsSentence(text, line) || text[line.End - 1] is ':' or ';')
            {
                continue;
            }

            // Wider than 100 characters, a long line that stops on a word in lower case ("… and the") was cut inside a sentence.
            if (char.IsLower(text[lines[i + 1].Start]) || (width <= 100 && line.Length * 10 >= width * 7)
                || (line.Length >= 60 && char.IsLower(text[line.End - 1]) && LastWordIsLower(text, line) && IsProseLine(text, line, 8) && IsProseLine(text, lines[i + 1], 0)
                    && !ListMarker().IsMatch(text.AsSpan(lines[i + 1].Start, lines[i + 1].Length))))
            {
                inside++;
            }
        }

        return inside * 3 >= lines.Count - 1;
    }

    private static readonly System.Buffers.SearchValues<char> RuleChars = System.Buffers.SearchValues.Create("-=_*~—");

    private static bool IsRule(string text, TextSpan line) =>
        line.Length >= 3 && text.AsSpan(line.Start, line.Length).IndexOfAnyExcept(RuleChars) < 0;

    /// <summary>Whether a line's last word, set off by a space, is in lower case ("… and the"; not a record's ",XYZ").</summary>
    private static bool LastWordIsLower(string text, TextSpan line)
    {
        var k = line.End - 1;
        while (k > line.Start && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return char.IsLower(text[k]) && k > line.Start && text[k - 1] == ' ';
    }

    private static bool IsProseLine(string text, TextSpan line, int spaces) => IsProseLine(text.AsSpan(line.Start, line.Length), spaces);

    /// <summary>
    /// A line of running prose: <paramref name="spaces"/> spaces or more, no comment mark opening it, no pipe (a table's or a
    /// menu's), no label's colon, no record's comma-joined fields ("2019-03-02,b,Kessa"), and at least half its words in
    /// lower case (a heading's are capitalized). One home for the test, which the tokenizer's soft line breaks use too.
    /// </summary>
    internal static bool IsProseLine(ReadOnlySpan<char> span, int spaces)
    {
        if (span.Length == 0 || span[0] is '#' || span.Contains('|') || span.Count(' ') < spaces || span.IndexOf(": ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        int joined = 0, words = 0, lower = 0;
        for (var k = 0; k < span.Length; k++)
        {
            joined += k + 1 < span.Length && span[k] == ',' && span[k + 1] is not ' ' && !char.IsDigit(span[k + 1]) ? 1 : 0;
            if (char.IsLetter(span[k]) && (k == 0 || span[k - 1] is ' ' or '(' or '"' or '“'))
            {
                words++;
                lower += char.IsLower(span[k]) ? 1 : 0;
            }
        }

        return joined < 2 && lower * 2 >= words;
    }

    /// <summary>A table written with pipes: most of its lines hold two or more "|" (a header row and its rows read together).</summary>
    private static bool IsTable(string text, List<TextSpan> lines)
    {
        var rows = 0;
        foreach (var line in lines)
        {
            if (text.AsSpan(line.Start, line.Length).Count('|') >= 2)
            {
                rows++;
            }
        }

        return rows * 2 > lines.Count;
    }

    /// <summary>A heading line with every further line indented under it ("7. NAME" / "   Also known as: …").</summary>
    private static bool IsIndentedRecord(string text, List<TextSpan> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (text[lines[i].Start - 1] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return lines[0].Start == 0 || text[lines[0].Start - 1] is not (' ' or '\t');
    }

    private static bool EndsSentence(string text, TextSpan line)
    {
        var c = text[line.End - 1];
        return c is '.' or '!' or '?' or '"' or '”' or '’' or ')' || (c == ']' && text[line.Start..line.End].Contains('.', StringComparison.Ordinal));
    }

    /// <summary>Trims whitespace (including no-break spaces and BOMs) from both ends of a range.</summary>
    public static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';

    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<RawParagraph> JoinBrokenSentences(string text, List<RawParagraph> paragraphs)
    {
        var result = new List<RawParagraph>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            if (result.Count > 0 && !p.IsMarkupHeading && !result[^1].IsMarkupHeading && ContinuesInto(text, result[^1].Span, p.Span, headline: result.Count == 1 && result[0] == paragraphs[0]))
            {
                result[^1] = new RawParagraph(new TextSpan(result[^1].Span.Start, p.Span.End));
            }
            else
            {
                result.Add(p);
            }
        }

        return result;
    }

    /// <summary>
    /// True when a paragraph ends mid-sentence: it is prose (several words, no closing punctuation)
    /// and it ends on a title that needs a name ("Lieutenant"), or the next one starts in lower case. The article's first
    /// paragraph is most often its headline, which may well end on a role noun ("Rebels name new commander"): it runs on
    /// only into a paragraph that starts in lower case.
    /// </summary>
    private static bool ContinuesInto(string text, TextSpan first, TextSpan next, bool headline)
    {
        var a = first.Slice(text);

        // No paragraph opens on a full stop or a comma: "Syria" / ". Near Raqqa, four strikes …" is one line broken before it.
        if (text[next.Start] is '.' or ',' or ';')
        {
            return true;
        }

        if (a.Contains('\n') || CountWords(a) < 4)
        {
            return false;
        }

        var last = a[^1];
        if (".!?:;\"”’)]…".Contains(last))
        {
            return false;
        }

        var lastWord = a[(a.LastIndexOf(' ') + 1)..];
        var b = next.Slice(text);
        if (PassageClassifier.IsCommentHeader(b.Split('\n')[0]))
        {
            return false;
        }

        // A headline: the first paragraph, short, no comma or quotation in it.
        headline = headline && CountWords(a) <= 16 && a.IndexOfAny([',', '"', '\u201C', '\u201D']) < 0;
        return (!headline && Lexicon.TitlesNeedingName.Contains(lastWord)) || char.IsLower(b[0]);
    }

    internal static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !IsSpace(c);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
