using System.Globalization;
using System.Text;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// Keys that make different spellings of one name equal. <see cref="Fold"/> is the lookup form
/// (case, diacritics, apostrophes, hyphens, name particles, a leading "the", -isation). <see cref="Translit"/>
/// also folds the usual romanization variants of Arabic and Persian names (q/k, ou/oo/u, ee/i, ei/ai/ay, doubled
/// letters), by the rules of Data/transliteration.txt. <see cref="Skeleton"/> keeps only consonants, for multi-word
/// names.
/// </summary>
public static class NameKey
{
    /// <summary>Particles and a leading "the" that <see cref="Fold"/> leaves out (Data/name-particles.txt [key-particles]).</summary>
    private static readonly HashSet<string> Particles =
        new(LexiconFile.Load("name-particles.txt").Words("key-particles"), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lower"/> is a word <see cref="Fold"/> leaves out ("al", "et", "the").</summary>
    public static bool IsKeyParticle(string lower) => Particles.Contains(lower);

    private static readonly LexiconFile TranslitRules = LexiconFile.Load("transliteration.txt");

    /// <summary>The rewrite rules of Data/transliteration.txt, in order: each replaces every From in a word by its To.</summary>
    private static readonly Rule[] Rewrites = ReadRules("rewrite");

    /// <summary>The ending rules of Data/transliteration.txt: the first whose From ends a word replaces that ending.</summary>
    private static readonly Rule[] Endings = ReadRules("endings");

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
                // Letters with no decomposition that stand for a plain one in other spellings: Turkish dotless ı, Polish ł,
                // Nordic ø, South Slavic đ, Maltese ħ ("Tambarı" is "Tambari").
                sb.Append(c switch
                {
                    'ı' => 'i',
                    'ł' or 'Ł' => 'l',
                    'ø' or 'Ø' => 'o',
                    'đ' or 'Đ' => 'd',
                    'ħ' or 'Ħ' => 'h',
                    _ => char.ToLowerInvariant(c),
                });
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleSpans = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word in lower case is a name particle, which <see cref="Fold"/> leaves out.</summary>
    internal static bool IsParticle(ReadOnlySpan<char> lower) => ParticleSpans.Contains(lower);

    /// <summary>The lookup form of a name: <see cref="Normalize"/>, then particles and a leading "the" removed, -isation as -ization.</summary>
    /// <remarks>
    /// Called for every name candidate of every article and for every name the writer indexes, so a name in ASCII (most
    /// of them) is folded in one pass without intermediate strings; it gives what <see cref="FoldAny"/> gives (a test
    /// holds the two to the same answers).
    /// </remarks>
    public static string Fold(string name)
    {
        if (System.Text.Ascii.IsValid(name))
        {
            return FoldAscii(name);
        }

        // Curly apostrophes, dashes and quotation marks are the only letters outside ASCII in many names ("Kata’ib"): read as
        // their ASCII twins they fold the same without the full Unicode pass.
        if (name.Length <= 256 && !name.AsSpan().ContainsAnyExcept(AsciiOrPunctuation))
        {
            Span<char> plain = stackalloc char[name.Length];
            for (var i = 0; i < name.Length; i++)
            {
                plain[i] = name[i] switch
                {
                    '’' or 'ʼ' or '‘' or 'ʿ' or 'ʾ' => '\'',
                    '–' or '—' or '“' or '”' => ' ',
                    var c => c,
                };
            }

            return FoldAscii(plain);
        }

        return FoldAny(name);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiOrPunctuation =
        System.Buffers.SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)) + "’ʼ‘ʿʾ–—“”");

    private static string FoldAscii(ReadOnlySpan<char> name)
    {
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

    /// <summary>
    /// A transliteration-tolerant form of <see cref="Fold"/>: each word rewritten by the rules of
    /// Data/transliteration.txt (<see cref="TranslitWord"/>).
    /// </summary>
    public static string Translit(string name)
    {
        var folded = Fold(name);

        // The rules never lengthen a word (ReadRules checks), so the words are rewritten in place, in one buffer.
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] != ' ')
            {
                continue;
            }

            if (start > 0)
            {
                buffer[n++] = ' ';
            }

            var word = buffer.Slice(n, i - start);
            folded.AsSpan(start, i - start).CopyTo(word);
            n += TranslitInPlace(word);
            start = i + 1;
        }

        return new string(buffer[..n]);
    }

    /// <summary>Consonants only, per word: "haidar abadi" and "haider abadi" both give "hdr bd".</summary>
    public static string Skeleton(string name) =>
        string.Join(' ', Translit(name).Split(' ').Select(w =>
        {
            if (IsOrdinalWord(w))
            {
                return w;
            }

            var s = new StringBuilder();
            foreach (var c in w)
            {
                if ("aeiouy".IndexOf(c) < 0 && (s.Length == 0 || s[^1] != c))
                {
                    s.Append(c);
                }
            }

            // A word of vowels keeps its first letter ("Oya" → "o"); a word the key left empty ("al" alone) stays empty.
            return s.Length > 0 ? s.ToString() : w.Length > 0 ? w[..1] : w;
        }));

    /// <summary>
    /// A regnal or ordinal number in Roman numerals of two letters or more, lower case, made of i, v and x only ("ii", "vii",
    /// "viii", "xiv"): the number that tells a king from his son or grandson. Words with l, c, d or m are left to the rules
    /// ("Li", "Dix" are names).
    /// </summary>
    internal static bool IsOrdinalWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 7 || w.IndexOfAnyExcept("ivx") >= 0)
        {
            return false;
        }

        var i = 0;
        while (i < w.Length && i < 3 && w[i] == 'x')
        {
            i++;
        }

        var rest = w[i..];
        return rest is "" or "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix";
    }

    /// <summary>One lower-case word rewritten by the rules of Data/transliteration.txt.</summary>
    internal static string TranslitWord(string w)
    {
        Span<char> buffer = w.Length <= 256 ? stackalloc char[w.Length] : new char[w.Length];
        w.CopyTo(buffer);
        var n = TranslitInPlace(buffer);
        return buffer[..n].SequenceEqual(w) ? w : new string(buffer[..n]);
    }

    /// <summary>
    /// Rewrites a word where it stands and gives its new length: the rewrite rules in order, each over the whole
    /// word, left to right (as <see cref="string.Replace(string, string)"/> would); then a doubled letter written once;
    /// then the first ending rule that ends the word.
    /// </summary>
    private static int TranslitInPlace(Span<char> word)
    {
        if (IsOrdinalWord(word))
        {
            // "Tomas IV" and "Tomas VI": a regnal number is compared letter for letter, never with doubled letters folded.
            return word.Length;
        }

        var n = word.Length;
        foreach (var rule in Rewrites)
        {
            n = ReplaceInPlace(word, n, rule);
        }

        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (m == 0 || word[m - 1] != word[i])
            {
                word[m++] = word[i];
            }
        }

        n = m;
        foreach (var rule in Endings)
        {
            if (word[..n].EndsWith(rule.From, StringComparison.Ordinal))
            {
                rule.To.CopyTo(word[(n - rule.From.Length)..]);
                return n - rule.From.Length + rule.To.Length;
            }
        }

        return n;
    }

    /// <summary>Replaces every From of the first n characters by To, left to right; To is never longer than From.</summary>
    private static int ReplaceInPlace(Span<char> word, int n, Rule rule)
    {
        var from = rule.From.AsSpan();
        var at = word[..n].IndexOf(from);
        if (at < 0)
        {
            return n;
        }

        // Writing never overtakes reading: w <= r at every step, since To is no longer than From.
        var w = at;
        var r = at;
        while (r < n)
        {
            if (r + from.Length <= n && word.Slice(r, from.Length).SequenceEqual(from))
            {
                rule.To.CopyTo(word[w..]);
                w += rule.To.Length;
                r += from.Length;
            }
            else
            {
                word[w++] = word[r++];
            }
        }

        return w;
    }

    private static Rule[] ReadRules(string list) =>
        TranslitRules.Lines(list).Select(line =>
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[1].Length > parts[0].Length)
            {
                throw new InvalidOperationException($"transliteration.txt [{list}]: a rule is \"from to\", to no longer than from: {line}");
            }

            return new Rule(parts[0], parts[1]);
        }).ToArray();

    /// <summary>A transliteration rule: From, where it stands in a word, is written To.</summary>
    private readonly record struct Rule(string From, string To);

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
