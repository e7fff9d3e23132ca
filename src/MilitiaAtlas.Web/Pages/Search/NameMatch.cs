using System.Globalization;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Web.Pages.Search;

/// <summary>How a name was found, strongest last; the ranking compares tiers before scores.</summary>
public enum MatchTier
{
    Fuzzy,
    Skeleton,
    Translit,
    Exact,
}

/// <summary>A name or query in the keyed forms of <see cref="NameKey"/>, with its words aligned across the forms.</summary>
public sealed record NameForms(string Fold, string Translit, string Skeleton, IReadOnlyList<string> Words, IReadOnlyList<string> Skeletons)
{
    public static readonly NameForms Empty = new("", "", "", [], []);

    public bool IsEmpty => Fold.Length == 0;

    public static NameForms Of(string name)
    {
        var fold = NameKey.Fold(name);
        if (fold.Length == 0)
        {
            return Empty;
        }

        var translit = NameKey.Translit(name);
        var skeleton = NameKey.Skeleton(name);
        return new NameForms(fold, translit, skeleton, translit.Split(' '), skeleton.Split(' '));
    }

    /// <summary>From keys already stored (SearchNames), without recomputing them.</summary>
    public static NameForms FromKeys(string fold, string translit, string skeleton) =>
        fold.Length == 0 ? Empty : new NameForms(fold, translit, skeleton, translit.Split(' '), skeleton.Split(' '));
}

/// <summary>
/// Scores a name against a query, word by word, over transliteration keys: equal words, a typed
/// prefix, a small edit distance, the same consonants. Pure, so the ranking can be tested without a database.
/// </summary>
internal static class NameMatch
{
    /// <summary>
    /// Below this a fuzzy candidate is noise, not a result. One exact word of a two-word query in a
    /// two-word name ("ansar militia" against "Ansar Brigade") still passes.
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>A word of the query that scores this much against a word of a name is highlighted in it.</summary>
    public const double HighlightThreshold = 0.7;

    public static MatchTier Tier(NameForms query, NameForms name)
    {
        if (query.IsEmpty || name.IsEmpty)
        {
            return MatchTier.Fuzzy;
        }

        if (name.Fold == query.Fold)
        {
            return MatchTier.Exact;
        }

        if (name.Translit == query.Translit)
        {
            return MatchTier.Translit;
        }

        // One word's consonants say too little ("hshm" is Hashem and Hashim); a whole name's say enough.
        return query.Words.Count > 1 && name.Skeleton == query.Skeleton ? MatchTier.Skeleton : MatchTier.Fuzzy;
    }

    /// <summary>
    /// 0..1: the mean over query words of the best score against a distinct word of the name, shrunk
    /// by a tenth for every word of the name left unmatched, so that the closer-sized name wins.
    /// </summary>
    public static double Score(NameForms query, NameForms name)
    {
        if (query.IsEmpty || name.IsEmpty)
        {
            return 0;
        }

        var used = new bool[name.Words.Count];
        var total = 0.0;
        for (var i = 0; i < query.Words.Count; i++)
        {
            var best = 0.0;
            var at = -1;
            for (var j = 0; j < name.Words.Count; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var s = Word(query.Words[i], query.Skeletons[i], name.Words[j], name.Skeletons[j]);
                if (s > best)
                {
                    (best, at) = (s, j);
                }
            }

            if (at >= 0)
            {
                used[at] = true;
            }

            total += best;
        }

        var unmatched = used.Count(u => !u);
        return total / query.Words.Count / (1 + 0.1 * unmatched);
    }

    /// <summary>One query word against one name word, both transliteration keys, with their consonant skeletons.</summary>
    public static double Word(string q, string qSkeleton, string n, string nSkeleton)
    {
        if (q == n)
        {
            return 1;
        }

        // A prefix is what someone still typing has entered.
        if (q.Length >= 2 && n.StartsWith(q, StringComparison.Ordinal))
        {
            return 0.7 + 0.3 * q.Length / n.Length;
        }

        var best = 0.0;

        // The first three or four letters typed with a slip after the first ("ame" for "ami…"): one letter off within
        // the typed length, below a true prefix. A longer word is judged whole (the edit distance below).
        if (q.Length is 3 or 4 && n.Length > q.Length && q[0] == n[0] && NameKey.Distance(q, n[..q.Length], 1) <= 1)
        {
            best = 0.45 + 0.2 * q.Length / n.Length;
        }

        var allowed = Allowed(q);
        if (allowed > 0)
        {
            var d = NameKey.Distance(q, n, allowed);
            if (d <= allowed)
            {
                best = Math.Max(best, 1 - 0.15 * d);
            }
        }

        if (q.Length >= 4 && qSkeleton.Length >= 3 && qSkeleton == nSkeleton)
        {
            best = Math.Max(best, 0.8);
        }

        return best;
    }

    /// <summary>The edits a typed word of this length may hold and still be the same word: none below four letters, two from eight.</summary>
    private static int Allowed(string word) => word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;

    /// <summary>
    /// Whether the query is a misspelling of the name (what "did you mean" offers): every query word is a word of the
    /// name, or one within the edits its length allows (<see cref="Allowed"/>), or one with the same consonants; and at
    /// least one is not the very word. A prefix is not a misspelling: "ameri" is how "american" starts, not a way to
    /// write it.
    /// </summary>
    public static bool IsMisspelling(NameForms query, NameForms name)
    {
        if (query.IsEmpty || name.IsEmpty || query.Fold == name.Fold || query.Translit == name.Translit)
        {
            return false;
        }

        var exact = 0;
        for (var i = 0; i < query.Words.Count; i++)
        {
            var q = query.Words[i];
            var found = false;
            for (var j = 0; j < name.Words.Count && !found; j++)
            {
                var n = name.Words[j];
                if (q == n)
                {
                    exact++;
                    found = true;
                }
                else if (Allowed(q) is var allowed and > 0 && Math.Abs(q.Length - n.Length) <= allowed && NameKey.Distance(q, n, allowed) <= allowed)
                {
                    found = true;
                }
                else if (q.Length >= 4 && query.Skeletons[i].Length >= 3 && query.Skeletons[i] == name.Skeletons[j])
                {
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return exact < query.Words.Count;
    }

    /// <summary>The character spans of <paramref name="text"/> to highlight: the words that match a query word (all of it when the whole name matched).</summary>
    public static IReadOnlyList<(int Start, int End)> Highlights(string text, NameForms query, MatchTier tier)
    {
        if (tier != MatchTier.Fuzzy)
        {
            return text.Length == 0 ? [] : [(0, text.Length)];
        }

        var spans = new List<(int Start, int End)>();
        foreach (var (start, end) in WordSpans(text))
        {
            var word = NameForms.Of(text[start..end]);
            if (word.IsEmpty)
            {
                continue;
            }

            for (var i = 0; i < query.Words.Count; i++)
            {
                if (Word(query.Words[i], query.Skeletons[i], word.Words[0], word.Skeletons[0]) >= HighlightThreshold)
                {
                    spans.Add((start, end));
                    break;
                }
            }
        }

        return spans;
    }

    /// <summary>Runs of letters, digits and combining marks (apostrophes inside a word included).</summary>
    private static IEnumerable<(int Start, int End)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (Tokenizer.IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
