using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Segmentation;

/// <summary>
/// The words that head a page's service section (Data/closing-words.txt): "TICKETS AND ENQUIRIES", "HOW TO BUY COPIES",
/// "CITING THIS ENTRY". <see cref="PassageClassifier"/> asks them about a late heading.
/// </summary>
internal static class ClosingWords
{
    private static readonly HashSet<string> Words;
    private static readonly string[] Phrases;
    private static readonly HashSet<string> Participles;
    private static readonly HashSet<string> AboutNouns;

    static ClosingWords()
    {
        var file = LexiconFile.Load("closing-words.txt");
        Words = file.WordSet("service-words");
        Phrases = [.. file.Phrases("service-phrases")];
        Participles = file.WordSet("service-participles");
        AboutNouns = file.WordSet("about-nouns");
    }

    /// <summary>Whether "About the X" names the page's makers or its publication ("digest", "author"), not a thing of the story.</summary>
    public static bool IsAboutNoun(string word) => AboutNouns.Contains(word);

    /// <summary>Whether a word is a participle of imprints, credits and notices ("printed", "licensed"), not a story's verb.</summary>
    public static bool IsServiceParticiple(string word) => Participles.Contains(word);

    /// <summary>
    /// Whether a heading's words say the section serves the reader: a service word, a service phrase first, last or after
    /// "and", or an invitation ("JOIN US").
    /// </summary>
    public static bool IsServiceHeading(string heading) => IsServicePhraseHeading(heading) || HasServiceWord(heading);

    /// <summary>Whether a service phrase heads the section ("SMALL PRINT", "HOW TO ORDER"): first, last or after "and".</summary>
    public static bool IsServicePhraseHeading(string heading)
    {
        var trimmed = heading.Trim().TrimEnd(':');
        foreach (var phrase in Phrases)
        {
            if (trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == phrase.Length || !char.IsLetter(trimmed[phrase.Length])))
            {
                return true;
            }

            // "DESK HOURS AND FINE PRINT", "CLUB EDIT HISTORY": the phrase after "and", or ending the heading.
            if (trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && trimmed.Length > phrase.Length && trimmed[^(phrase.Length + 1)] == ' ')
            {
                return true;
            }

            var and = trimmed.IndexOf(" and " + phrase, StringComparison.OrdinalIgnoreCase);
            if (and < 0)
            {
                and = trimmed.IndexOf(" & " + phrase, StringComparison.OrdinalIgnoreCase);
            }

            if (and >= 0)
            {
                var after = trimmed.IndexOf(phrase, and, StringComparison.OrdinalIgnoreCase) + phrase.Length;
                if (after == trimmed.Length || !char.IsLetter(trimmed[after]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasServiceWord(string heading)
    {
        var trimmed = heading.Trim().TrimEnd(':');
        var words = trimmed.Split([' ', '\t', '&', '/', ',', '-', '—', '–', '|', '(', ')', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);

        // "JOIN US", "VISIT US", "PLAY WITH US": a short heading that invites the reader.
        if (words.Length is > 1 and <= 4 && words[^1].Equals("us", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (Words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
