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
        // The normalized words, written one after another into one buffer; ends[k] is where word k ends in it.
        var chars = new char[span.Length];
        var ends = new List<int>(span.Length / 5 + 1);
        var n = 0;
        var wordStart = 0;
        for (var i = span.Start; i <= span.End; i++)
        {
            var c = i < span.End ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c);
            }
            else if (c is '[' or ']' or '\'' or '’' or '‘' or '-' or '­')
            {
                // Editorial brackets ("[O]fficial"), apostrophes and hyphens join the word.
            }
            else if (n > wordStart)
            {
                ends.Add(n);
                wordStart = n;
            }
        }

        if (ends.Count < MinWords)
        {
            return [];
        }

        var hashes = new HashSet<long>();
        long fallback = long.MaxValue;
        for (var w = 0; w + ShingleWords <= ends.Count; w++)
        {
            var h = Hash(chars, ends, w);
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

    private static long Hash(char[] chars, List<int> ends, int start)
    {
        // FNV-1a over the shingle's characters with a separator after each word; stable across runs and platforms.
        var h = 14695981039346656037UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            for (var k = w == 0 ? 0 : ends[w - 1]; k < ends[w]; k++)
            {
                h = (h ^ chars[k]) * 1099511628211UL;
            }

            h = (h ^ ' ') * 1099511628211UL;
        }

        return (long)h;
    }
}
