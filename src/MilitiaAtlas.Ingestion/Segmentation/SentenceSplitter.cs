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
