namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// The one rule for the name an actor is shown under, in an article (<see cref="DocumentResolver"/>) and in the atlas
/// (the web project's EntityResolver, over every source's surfaces). Curation and gazetteer names override it there.
/// </summary>
public static class DisplayNames
{
    /// <summary>
    /// The display name among <paramref name="surfaces"/> (each written form and how often it is used):
    /// <list type="bullet">
    /// <item>a form written all in capitals (a heading's, a list's, an acronym) is left out when a form of as many words or
    /// more is written the reading way (mixed case, not filed "Last, First");</item>
    /// <item>a full form counts its own uses and those of its last word alone: "Rashidi" three times makes
    /// "Omar al-Rashidi" the name over a one-off "Omar al-Rashdii";</item>
    /// <item>a group named by its members is shown in the plural, however often its adjective is used ("Zayudis", not
    /// "Zayudi"): the plural takes the singular's uses;</item>
    /// <item>a name of several words wins over one word, except one filed "Last, First" in a list when the name is also
    /// written the reading way ("Omar Benali" over "Benali, Omar"): that is how a list files a name, not how a reader says
    /// it. With no reading form, the filed name stays ahead of a nickname the list gives ("Commander Blue");</item>
    /// <item>then the most used, then the longest, then one whose last word is also used alone (a surname: "Ramon Vega"
    /// and "Vega" over a nickname "El Toro" used as often), then the fuller (more letters: a nickname is shorter than the
    /// name it stands in), then the first in ordinal order, so the choice never depends on the order the forms come in.</item>
    /// </list>
    /// </summary>
    public static string Choose(IEnumerable<(string Surface, long Count)> surfaces)
    {
        var given = surfaces.ToList();
        // "KESSA VELT MUSEUM" in a heading beside "Kessa Velt Museum" in the text: a form written in capitals gives way to one
        // written the reading way (mixed case, not filed "Last, First") with as many words.
        var reading = given.Where(s => s.Surface.Any(char.IsLower) && !s.Surface.Contains(',', StringComparison.Ordinal)).Select(s => WordCount(s.Surface)).DefaultIfEmpty(0).Max();
        if (reading > 1 && given.Any(s => !s.Surface.Any(char.IsLower) && WordCount(s.Surface) <= reading))
        {
            given = given.Where(s => s.Surface.Any(char.IsLower) || WordCount(s.Surface) > reading).ToList();
        }

        var lone = given.Where(s => WordCount(s.Surface) == 1).GroupBy(s => NameKey.Fold(s.Surface)).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
        // Initials count for no word: "Joseph Maphosa" is the name over a list's "J. M. MAPHOSA".
        var forms = given.Select(s => (s.Surface, Count: s.Count + lone.GetValueOrDefault(NameKey.Fold(s.Surface).Split(' ')[^1]), Words: NameWords(s.Surface),
            Backed: WordCount(s.Surface) > 1 && lone.ContainsKey(NameKey.Fold(s.Surface).Split(' ')[^1]))).ToList();
        forms = forms.Select(f => forms.Any(g => g.Surface == f.Surface + "s") ? f with { Count = 0 }
            : forms.FirstOrDefault(g => f.Surface == g.Surface + "s") is { Surface: not null } single ? f with { Count = f.Count + single.Count } : f).ToList();
        var multi = forms.Where(f => f.Words > 1 && !(f.Surface.Contains(',', StringComparison.Ordinal) && ReadingFormOf(f.Surface, forms.Select(g => g.Surface)))).ToList();
        var pool = multi.Count > 0 ? multi : forms;
        return pool.OrderByDescending(f => f.Count).ThenByDescending(f => f.Words).ThenByDescending(f => f.Backed).ThenByDescending(f => f.Surface.Length).ThenBy(f => f.Surface, StringComparer.Ordinal).First().Surface;
    }

    /// <summary>Whether a name written the reading way shares a word with the surname part of <paramref name="filed"/> ("Benali, Omar").</summary>
    private static bool ReadingFormOf(string filed, IEnumerable<string> surfaces)
    {
        var surname = NameKey.Fold(filed.Split(',')[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return surfaces.Any(g => WordCount(g) > 1 && !g.Contains(',', StringComparison.Ordinal) && NameKey.Fold(g).Split(' ').Intersect(surname).Any());
    }

    /// <summary>Words of a written form that are not initials ("J." or "J").</summary>
    private static int NameWords(string s) =>
        s.Split((char[])[' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Count(w => !(w.Length <= 2 && char.IsLetter(w[0]) && (w.Length == 1 || w[1] == '.')));

    /// <summary>Words of a written form: split at spaces, line breaks and no-break spaces.</summary>
    public static int WordCount(string s) => s.Split((char[])[' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Length;
}
