using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Segmentation;

/// <summary>
/// Splits a passage into sentences with exact spans. A sentence ends at . ! ? or … (after any closing
/// quotes and brackets) when whitespace follows and the next word could start a sentence; it does not
/// end after abbreviations ("Maj.", "Dec.", "No. 1"), initials ("L. Paul"), or a dotted acronym
/// ("U.S.") unless the next word is a typical sentence opener.
/// </summary>
public static class SentenceSplitter
{
    private const string ClosingMarks = "\"'”’»)]";
    private const string OpeningMarks = "\"'“‘«([";

    public static IReadOnlyList<Sentence> Split(string text, Passage passage)
    {
        var result = new List<Sentence>();
        var span = passage.Span;
        var start = span.Start;
        var i = span.Start;

        // "TESTER'S NOTE" on the line above its section's first sentence: a heading in capitals is a sentence of its own, and
        // so is a line of fields kept apart by dots or bars ("Note 3 · Page 12 · Section 2") over prose (not a table's header
        // over its rows).
        // Not a record's name over its fields ("KESSA VELT" over "AKA: …"): the line after it is prose, with no label.
        if (text.IndexOf('\n', span.Start, Math.Min(span.Length, 82)) is var nl and > 0 && nl + 1 < span.End
            && (IsCapitalsLine(text, span.Start, nl) || (IsFieldsLine(text, span.Start, nl) && !IsFieldsLine(text, nl + 1, LineEnd(text, nl + 1, span.End))))
            && IsProseLine(text, nl + 1, span.End))
        {
            AddTrimmed(result, text, passage.Ordinal, start, nl);
            start = i = nl + 1;
        }

        while (i < span.End)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                // A footnote's superscript number after the full stop ("the empire.² When …") belongs to the sentence it ends.
                while (end < span.End && (text[end] is '.' or '!' or '?' or '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰' || ClosingMarks.Contains(text[end])))
                {
                    end++;
                }

                if (end < span.End && ParagraphSplitter.IsSpace(text[end]) && IsBoundary(text, i, end, span.End))
                {
                    AddTrimmed(result, text, passage.Ordinal, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        AddTrimmed(result, text, passage.Ordinal, start, span.End);
        return result;
    }

    /// <summary>A short line with three letters or more, every one a capital, and no sentence's end.</summary>
    internal static bool IsCapitalsLine(string text, int start, int end)
    {
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }

            letters += char.IsLetter(text[k]) ? 1 : 0;
        }

        return letters >= 3 && text[end - 1] is not ('.' or '!' or '?' or ':' or ',' or ';');
    }

    /// <summary>A short line of fields kept apart by a middle dot or a bar ("Note 3 · Page 12"), with no sentence's end.</summary>
    private static bool IsFieldsLine(string text, int start, int end) =>
        (text.AsSpan(start, end - start).Contains(" · ", StringComparison.Ordinal) || text.AsSpan(start, end - start).Contains(" | ", StringComparison.Ordinal))
        && text[end - 1] is not ('.' or '!' or '?' or ':' or ',' or ';');

    private static int LineEnd(string text, int start, int limit) => text.IndexOf('\n', start, limit - start) is var e and >= 0 ? e : limit;

    /// <summary>A line of prose: four words or more, lower-case letters, and no colon in its first thirty characters.</summary>
    private static bool IsProseLine(string text, int start, int limit)
    {
        var end = text.IndexOf('\n', start, limit - start);
        end = end < 0 ? limit : end;
        var spaces = 0;
        var lower = false;
        for (var k = start; k < end; k++)
        {
            if (text[k] == ':' && k - start < 30)
            {
                return false;
            }

            spaces += text[k] == ' ' ? 1 : 0;
            lower |= char.IsLower(text[k]);
        }

        return lower && spaces >= 3;
    }

    private static void AddTrimmed(List<Sentence> result, string text, int ordinal, int start, int end)
    {
        var t = ParagraphSplitter.Trim(text, start, end);
        if (!t.IsEmpty)
        {
            result.Add(new Sentence(ordinal, t));
        }
    }

    /// <summary>Decides whether the punctuation at <paramref name="mark"/> (run ending at <paramref name="end"/>) ends a sentence.</summary>
    private static bool IsBoundary(string text, int mark, int end, int limit)
    {
        var next = end;
        while (next < limit && ParagraphSplitter.IsSpace(text[next]))
        {
            next++;
        }

        if (next >= limit)
        {
            return true;
        }

        var nc = text[next];
        while (next < limit && OpeningMarks.Contains(text[next]))
        {
            next++;
        }

        if (next >= limit)
        {
            return true;
        }

        var first = text[next];
        if (char.IsLower(first) && !OpeningMarks.Contains(nc))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            // "?" and "!" end a sentence unless the next word is lower case ("…do?" he asked).
            return !char.IsLower(first);
        }

        var word = WordBefore(text, mark);
        var nextWord = WordAt(text, next, limit);
        if (word.Length == 0)
        {
            return true;
        }

        // Initials: "L. Paul Bremer", "John Q. Public".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // Dotted acronyms: "U.S.", "U.N." end a sentence only before a typical opener.
        if (word.Contains('.'))
        {
            return Lexicon.SentenceStarters.Contains(nextWord);
        }

        if (Lexicon.Abbreviations.Contains(word))
        {
            // "No. 1" and "Dec. 5" continue; "...in Dec. The next" is rare enough to accept.
            return false;
        }

        return char.IsUpper(first) || char.IsDigit(first) || OpeningMarks.Contains(nc) || !char.IsLetterOrDigit(first);
    }

    /// <summary>The token before a period, without it: "Gen" for "Maj. Gen.", "U.S" for "U.S.".</summary>
    private static string WordBefore(string text, int mark)
    {
        var s = mark;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return text[s..mark];
    }

    private static string WordAt(string text, int start, int limit)
    {
        var e = start;
        while (e < limit && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[start..e];
    }
}
