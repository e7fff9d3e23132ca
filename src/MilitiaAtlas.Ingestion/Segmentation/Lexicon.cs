using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Segmentation;

/// <summary>General English-language knowledge the text stages share: abbreviations and titles.</summary>
public static partial class Lexicon
{
    /// <summary>
    /// A record's field at the start of a line: a short label, a colon, a value ("a.k.a.: …", "DOB: …", "Leader(s): …",
    /// "Other information: …"). The paragraph splitter keeps a numbered entry with its fields together; the passage
    /// classifier reads a run of them as content, not headings.
    /// </summary>
    [GeneratedRegex(@"^\p{L}[\p{L}.()'’/ -]{0,30}?\s*:[ \t]+\S")]
    public static partial Regex FieldStart();

    /// <summary>Words written with a period that do not end a sentence (compared without the period).</summary>
    public static readonly IReadOnlySet<string> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "sen", "rep", "gov", "pres", "amb", "atty", "supt",
        "gen", "maj", "lt", "col", "capt", "cpt", "cmdr", "cdr", "sgt", "cpl", "pvt", "adm", "brig", "lieut", "insp",
        "st", "jr", "sr", "mt", "ft", "no", "nos", "vol", "fig", "approx", "est", "dept", "univ", "assn",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "sdn", "bhd", "pty", "pte", "plc", "bros", "vs", "v", "al", "cf", "ca", "e.g", "i.e", "etc.,",
    };

    /// <summary>Titles that are followed by a name and never end a sentence.</summary>
    public static readonly IReadOnlySet<string> TitlesNeedingName = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Lieutenant", "General", "Major", "Colonel", "Captain", "Sergeant", "Admiral", "Brigadier", "Commander",
        "Corporal", "Private", "Marshal", "President", "Minister", "Senator", "Governor", "Ambassador", "Secretary",
        "Sheikh", "Shaykh", "Ayatollah", "Imam", "Mullah", "Emir", "Amir", "King", "Prince", "Princess", "Queen",
        "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Judge", "Justice", "Chief",
        "Lt.", "Gen.", "Maj.", "Col.", "Capt.", "Sgt.", "Adm.", "Brig.", "Cmdr.", "Sen.", "Rep.", "Gov.",
    };

    /// <summary>Words that start sentences: after "U.S." or a similar dotted acronym they signal a new sentence.</summary>
    public static readonly IReadOnlySet<string> SentenceStarters = new HashSet<string>(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Yet", "So", "In", "On", "At",
        "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "When", "While",
        "After", "Before", "Since", "If", "As", "Although", "Though", "However", "Still", "Meanwhile", "Now",
        "Today", "Yesterday", "Last", "Earlier", "Later", "Some", "Many", "Most", "Other", "Officials", "What",
        "Why", "How", "Who", "Where", "For", "From", "With", "Without", "Under", "By", "One", "Two", "Three",
    };
}
