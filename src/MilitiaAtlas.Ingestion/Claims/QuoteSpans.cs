using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Finds quotations in body passages: curly quotes pair by direction, straight double quotes by
/// alternation. A quotation still open at the end of a paragraph continues when the next paragraph opens
/// with a quote mark (the convention for long quotations); otherwise it ends with its paragraph.
/// Single quotes are quotes inside quotes and belong to the outer quotation.
/// </summary>
public static class QuoteSpans
{
    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<Passage> bodyPassages)
    {
        var result = new List<TextSpan>();
        int? open = null;
        var openEnd = 0;
        foreach (var p in bodyPassages)
        {
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

    private static bool IsOpeningPosition(string text, int i, TextSpan passage) =>
        i == passage.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':';
}
