using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Reuse;

/// <summary>
/// A passage's fingerprint for finding copies: hashes of its five-word shingles over a normalized
/// word stream (case, punctuation, quotes and editorial brackets folded), keeping only the hashes
/// that fall in a fixed residue class. Two texts that share a run of words share the same sampled
/// hashes, so containment can be estimated from an index of samples alone.
/// </summary>
public static class Fingerprint
{
    public const int ShingleWords = 5;
    public const int SampleModulus = 4;

    /// <summary>Passages shorter than this many words are never matched: short lines repeat by chance.</summary>
    public const int MinWords = 12;

    public static long[] Of(string text, TextSpan span)
    {
        var words = Words(text, span);
        if (words.Count < MinWords)
        {
            return [];
        }

        var hashes = new HashSet<long>();
        long fallback = long.MaxValue;
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = Hash(words, i);
            if ((ulong)h % SampleModulus == 0)
            {
                hashes.Add(h);
            }

            fallback = Math.Min(fallback, h);
        }

        if (hashes.Count == 0)
        {
            hashes.Add(fallback);
        }

        var result = hashes.ToArray();
        Array.Sort(result);
        return result;
    }

    internal static List<string> Words(string text, TextSpan span)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        for (var i = span.Start; i <= span.End; i++)
        {
            var c = i < span.End ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '[' or ']' or '\'' or '’' or '‘' or '-' or '­')
            {
                // Editorial brackets ("[O]fficial"), apostrophes and hyphens join the word.
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        return words;
    }

    private static long Hash(List<string> words, int start)
    {
        // FNV-1a over the shingle's characters with a separator; stable across runs and platforms.
        var h = 14695981039346656037UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            foreach (var c in words[w])
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ ' ') * 1099511628211UL;
        }

        return (long)h;
    }
}
