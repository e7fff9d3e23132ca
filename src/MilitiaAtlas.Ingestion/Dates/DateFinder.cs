using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// The date stage: finds date expressions in a span of text and resolves them against the source's
/// publication date. Pure — relative phrases are resolved only against the reference passed in, never
/// against the clock. The forms, rules and precisions are documented in docs/dates.md.
/// </summary>
public static class DateFinder
{
    /// <summary>
    /// Finds date expressions inside <paramref name="span"/> of <paramref name="text"/>, in text order.
    /// </summary>
    /// <param name="text">The stored text.</param>
    /// <param name="span">The part of the text to read (usually one body sentence).</param>
    /// <param name="reference">
    /// The source's publication date as an ISO string at its own precision ("2015-02-03", "2015-02", "2015"),
    /// or null. Relative expressions need it; without it, or when it is too coarse for the phrase, they are
    /// returned with Date = null (never guessed).
    /// </param>
    /// <returns>The mentions; where matches overlap, only the longest is kept.</returns>
    /// <param name="order">Whether the document writes numeric dates day first or month first (<see cref="NumericDates.OrderIn"/>).</param>
    /// <param name="twoFigureYears">Whether the document writes a year of one or two figures with our era's name (<see cref="EraYears.WritesTwoFigureYears"/>).</param>
    public static IReadOnlyList<DateMention> Find(string text, TextSpan span, string? reference, NumericOrder order = NumericOrder.Unknown, bool twoFigureYears = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span must lie inside the text.");
        }

        var tokens = DateTokenizer.Tokenize(text, span);
        var candidates = new DateScanner(text, tokens, order, twoFigureYears).Scan();
        if (candidates.Count == 0)
        {
            return [];
        }

        // Reading the reference costs more than most sentences: only when a phrase needs it.
        DateReference? anchor = null;
        var anchorRead = false;
        var mentions = new List<DateMention>();
        foreach (var c in KeepLongest(candidates, span))
        {
            var expr = c.Expr;
            if (!anchorRead && (expr.Start.IsRelative || (expr.End?.IsRelative ?? false)))
            {
                anchor = DateReference.Parse(reference);
                anchorRead = true;
            }

            var mentionSpan = new TextSpan(c.Start, c.End);
            var start = expr.Start.Resolve(anchor);
            if (start is null && anchor is not null && expr.Coarser is { } coarser && coarser.Start.Resolve(anchor) is { } coarse)
            {
                (expr, start) = (coarser, coarse);
            }

            mentions.Add(new DateMention(
                mentionSpan,
                mentionSpan.Slice(text),
                start,
                expr.End?.Resolve(anchor),
                expr.Precision,
                expr.Start.IsRelative || (expr.End?.IsRelative ?? false)));
        }

        return mentions;
    }

    /// <summary>
    /// Longest first (earlier start, then earlier found, on ties); a candidate overlapping one already kept is
    /// dropped. Marking covered characters keeps this linear in the span's length.
    /// </summary>
    private static List<DateCandidate> KeepLongest(List<DateCandidate> candidates, TextSpan span)
    {
        if (candidates.Count == 1)
        {
            return candidates;
        }

        candidates.Sort(static (a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Order.CompareTo(b.Order));

        var covered = new bool[span.Length];
        var kept = new List<DateCandidate>();
        foreach (var c in candidates)
        {
            var free = true;
            for (var p = c.Start; p < c.End && free; p++)
            {
                free = !covered[p - span.Start];
            }

            if (!free)
            {
                continue;
            }

            for (var p = c.Start; p < c.End; p++)
            {
                covered[p - span.Start] = true;
            }

            kept.Add(c);
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
