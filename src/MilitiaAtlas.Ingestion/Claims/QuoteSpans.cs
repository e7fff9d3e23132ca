using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Finds quotations in body passages: curly quotes pair by direction, straight double quotes by
/// alternation. A quotation still open at the end of a paragraph continues when the next paragraph opens
/// with a quote mark (the convention for long quotations); otherwise it ends with its paragraph.
/// Single quotes are quotes inside quotes and belong to the outer quotation. A paragraph set off as a block quotation
/// (indented, or opened by "&gt;") right after one that ends in a colon is a quotation whole.
/// </summary>
public static class QuoteSpans
{
    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Passage> bodyPassages)
    {
        var result = new List<TextSpan>();
        int? open = null;
        var openEnd = 0;
        Passage? previous = null;
        foreach (var p in bodyPassages)
        {
            // "X argued against it:" then an indented block with no quote marks: the block is the quotation.
            if (open is null && previous is not null && IsBlockQuote(text, previous, p))
            {
                result.Add(p.Span);
                previous = p;
                openEnd = p.Span.End;
                continue;
            }

            previous = p;
            var startsWithQuote = p.Span.Length > 0 && text[p.Span.Start] is '“' or '"';
            if (open is int carried && !startsWithQuote)
            {
                result.Add(new TextSpan(carried, openEnd));
                open = null;
            }

            var i = p.Span.Start;
            if (open is not null && startsWithQuote)
            {
                i++;
            }

            for (; i < p.Span.End; i++)
            {
                var c = text[i];
                if (open is null && (c == '“' || (c == '"' && IsOpeningPosition(text, i, p.Span))))
                {
                    open = i;
                }
                else if (open is int o && (c == '”' || c == '"'))
                {
                    result.Add(new TextSpan(o, i + 1));
                    open = null;
                }
            }

            openEnd = p.Span.End;
        }

        if (open is int unclosed)
        {
            result.Add(new TextSpan(unclosed, openEnd));
        }

        return result;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»");

    /// <summary>
    /// A passage set off as a block quotation: indented (two spaces or a tab before its first line) or opened by "&gt;", right
    /// after a passage that ends in a colon, with no quote mark of its own.
    /// </summary>
    private static bool IsBlockQuote(string text, Passage previous, Passage p)
    {
        if (p.Span.Length == 0 || !text.AsSpan(previous.Span.Start, previous.Span.Length).TrimEnd().EndsWith(":")
            || text.AsSpan(p.Span.Start, p.Span.Length).IndexOfAny(QuoteMarks) >= 0)
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, p.Span.Start - 1)) + 1;
        var indent = text.AsSpan(lineStart, p.Span.Start - lineStart);
        return (indent.Length >= 2 && indent.TrimStart(" \t").IsEmpty) || indent.Contains('\t') || indent.TrimEnd().EndsWith(">");
    }

    private static bool IsOpeningPosition(string text, int i, TextSpan passage) =>
        i == passage.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':';
}
