using System.Text;

namespace MilitiaAtlas.CorpusGen;

/// <summary>
/// Transliteration variants of romanized names (ou/u, doubled letters, q/k, -ollah/-allah, ee/i) and the
/// occasional typo, the way different outlets and hurried writers spell the same actor.
/// </summary>
internal static class Spelling
{
    /// <summary>The name itself first, then up to <paramref name="max"/> - 1 distinct variants.</summary>
    public static string[] Variants(string name, int max = 3)
    {
        var result = new List<string> { name };
        foreach (var rule in Rules)
        {
            if (result.Count >= max)
            {
                break;
            }

            var v = rule(name);
            if (v != name && !result.Contains(v))
            {
                result.Add(v);
            }
        }

        return result.ToArray();
    }

    private static readonly Func<string, string>[] Rules =
    [
        s => s.Replace("ollah", "allah", StringComparison.Ordinal),
        s => s.Replace("ou", "u", StringComparison.Ordinal),
        CollapseDouble,
        s => s.Replace("ee", "i", StringComparison.Ordinal),
        s => s.Replace("ei", "ai", StringComparison.Ordinal),
        QToK,
        s => s.Replace("ay", "ai", StringComparison.Ordinal),
    ];

    /// <summary>"Hammadi" → "Hamadi": the first doubled consonant written once.</summary>
    private static string CollapseDouble(string s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] == s[i - 1] && char.IsLetter(s[i]) && !"aeiou".Contains(char.ToLowerInvariant(s[i])))
            {
                return s.Remove(i, 1);
            }
        }

        return s;
    }

    /// <summary>"al-Qubaisi" → "al-Kubaisi": a word-initial Q as K.</summary>
    private static string QToK(string s)
    {
        var sb = new StringBuilder(s);
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] == 'Q' && (i == 0 || sb[i - 1] is ' ' or '-'))
            {
                sb[i] = 'K';
                return sb.ToString();
            }
        }

        return s;
    }

    /// <summary>A plausible slip of the keyboard inside the last word: two letters swapped, one dropped or one doubled.</summary>
    public static string Typo(string name, Rng rng)
    {
        var start = name.LastIndexOfAny([' ', '-']) + 1;
        var word = name[start..];
        if (word.Length < 5)
        {
            return name;
        }

        var i = rng.Between(2, word.Length - 2);
        var chars = word.ToCharArray();
        string typo;
        switch (rng.Next(3))
        {
            case 0:
                (chars[i], chars[i - 1]) = (chars[i - 1], chars[i]);
                typo = new string(chars);
                break;
            case 1:
                typo = word.Remove(i, 1);
                break;
            default:
                typo = word.Insert(i, word[i].ToString());
                break;
        }

        return name[..start] + typo;
    }
}
