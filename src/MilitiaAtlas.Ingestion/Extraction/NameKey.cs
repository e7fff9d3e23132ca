using System.Globalization;
using System.Text;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// Keys that make different spellings of one name equal. <see cref="Fold"/> is the lookup form
/// (case, diacritics, apostrophes, hyphens, name particles, a leading "the", -isation). <see cref="Translit"/>
/// also folds the usual romanization variants of Arabic and Persian names: q/k, ou/oo/u, ee/i,
/// ei/ai/ay, doubled letters. <see cref="Skeleton"/> keeps only consonants, for multi-word names.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ed", "es", "et", "aw", "the",
    };

    /// <summary>Lower case, no diacritics, apostrophes dropped, dots dropped, hyphens and spaces folded to one space.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark || Tokenizer.IsApostrophe(c) || c is 'ʿ' or 'ʾ' or '‘' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleSpans = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lookup form of a name: <see cref="Normalize"/>, then particles and a leading "the" removed, -isation as -ization.</summary>
    /// <remarks>
    /// Called for every name candidate of every article and for every name the writer indexes, so a name in ASCII (most
    /// of them) is folded in one pass without intermediate strings; it gives what <see cref="FoldAny"/> gives (a test
    /// holds the two to the same answers).
    /// </remarks>
    public static string Fold(string name)
    {
        if (!System.Text.Ascii.IsValid(name))
        {
            return FoldAny(name);
        }

        // The folded form is never longer than the name: -isation and -ization are as long, particles only go.
        Span<char> output = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        Span<char> word = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        var w = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            if (c is '\'' or '`' or '.')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                word[w++] = char.ToLowerInvariant(c);
                continue;
            }

            if (w == 0)
            {
                continue;
            }

            // A word ends.
            var done = word[..w];
            w = 0;
            if (ParticleSpans.Contains(done))
            {
                continue;
            }

            if (n > 0)
            {
                output[n++] = ' ';
            }

            done.CopyTo(output[n..]);
            n += done.Length;
            if (done.EndsWith("isation", StringComparison.Ordinal))
            {
                "ization".AsSpan().CopyTo(output[(n - 7)..]);
            }
        }

        return new string(output[..n]);
    }

    /// <summary><see cref="Fold"/> for any text, through <see cref="Normalize"/>.</summary>
    internal static string FoldAny(string name)
    {
        var words = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Particles.Contains(w)).Select(w => w.EndsWith("isation", StringComparison.Ordinal) ? w[..^7] + "ization" : w);
        return string.Join(' ', words);
    }

    /// <summary>A transliteration-tolerant form of <see cref="Fold"/>.</summary>
    public static string Translit(string name) => string.Join(' ', Fold(name).Split(' ').Select(TranslitWord));

    /// <summary>Consonants only, per word: "haidar abadi" and "haider abadi" both give "hdr bd".</summary>
    public static string Skeleton(string name) =>
        string.Join(' ', Translit(name).Split(' ').Select(w =>
        {
            var s = new StringBuilder();
            foreach (var c in w)
            {
                if ("aeiouy".IndexOf(c) < 0 && (s.Length == 0 || s[^1] != c))
                {
                    s.Append(c);
                }
            }

            return s.Length == 0 ? w[..1] : s.ToString();
        }));

    internal static string TranslitWord(string w)
    {
        var s = w.Replace("ph", "f").Replace("q", "k").Replace("ck", "k").Replace("dh", "d").Replace("kh", "h").Replace("gh", "g")
            .Replace("ou", "u").Replace("oo", "u").Replace("ee", "i").Replace("ie", "i")
            .Replace("ei", "ai").Replace("ay", "ai").Replace("ey", "ai").Replace("w", "u").Replace("j", "y");
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        // Word-final -ah/-a and -eh/-e are one ending ("Ansarollah", "Ansarullah"); -ollah/-ullah/-allah one suffix.
        var r = sb.ToString();
        r = r.EndsWith("ulah", StringComparison.Ordinal) || r.EndsWith("olah", StringComparison.Ordinal) ? r[..^4] + "alah" : r;
        return r;
    }

    /// <summary>Damerau-Levenshtein distance with a cap (returns cap + 1 when larger).</summary>
    public static int Distance(string a, string b, int cap = 3)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
