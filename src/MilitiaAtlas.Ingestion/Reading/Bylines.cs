using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>
/// Byline lines: the one home of what a byline looks like, for the passage classifier (a byline passage) and for the
/// article's author when its metadata names none (docs/ingestion.md, "Metadata precedence").
/// <list type="bullet">
/// <item>"By NAME" ("By Laura Benton", "By Laura Benton and Omar Haddad", "By Laura Benton, Kessa Wire"): the name or names up
/// to a comma, a bar, a dash or " in "/" for ", of two to four capitalized words each, none a month or a weekday.</item>
/// <item>"NAME, OUTLET" ("Laura Benton, Kessa Wire"): a short line alone near the top whose first part is a person's name,
/// by its given name (the given-name lists), and whose second part is one to four capitalized words or an acronym.</item>
/// </list>
/// </summary>
public static partial class Bylines
{
    /// <summary>How far into the text a byline is looked for: where headlines, bylines and datelines sit.</summary>
    private const int HeadLength = 1500;

    /// <summary>A "By NAME" line, the classifier's byline cue.</summary>
    public static bool IsByLine(string line) => ByLine().IsMatch(line);

    /// <summary>The author a line names as a byline, or null when it is no byline.</summary>
    public static string? AuthorOf(string line)
    {
        line = line.Trim().Trim('*', '_').Trim();
        if (line.Length > 160 || line.Contains('\n'))
        {
            return null;
        }

        if (IsByLine(line))
        {
            var names = line[2..].TrimStart();
            var cut = NamesEnd().Match(names);
            if (cut.Success)
            {
                names = names[..cut.Index];
            }

            names = names.Trim();
            var people = PeopleSeparator().Split(names);
            return people.All(IsPersonName) ? names : null;
        }

        var agency = NameThenOutlet().Match(line);
        return agency.Success && IsPersonName(agency.Groups["name"].Value)
            && NameLexicon.IsGivenName(agency.Groups["name"].Value.Split(' ')[0])
            ? agency.Groups["name"].Value
            : null;
    }

    /// <summary>The author named by the first byline among the first lines of <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        var head = text.Length > HeadLength ? text[..HeadLength] : text;
        var lines = 0;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (AuthorOf(line) is { } author)
            {
                return author;
            }

            if (++lines >= 8)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Two to four capitalized words, none a month, a weekday or another calendar word.</summary>
    private static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => char.IsUpper(w[0]) && !NameLexicon.CalendarWords.Contains(w.TrimEnd('.')) && !NameLexicon.Months.Contains(w.TrimEnd('.')));
    }

    [GeneratedRegex(@"^By\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&|\||[-–—]|in|for)\s*[\p{Lu}].*)?$")]
    private static partial Regex ByLine();

    /// <summary>Where the names of a "By" line end: a comma (an outlet or a role follows), a bar, a dash, " in CITY", " for OUTLET".</summary>
    [GeneratedRegex(@"\s*(?:,|\||\s[-–—]\s|\sin\s|\sfor\s)")]
    private static partial Regex NamesEnd();

    [GeneratedRegex(@"\s+(?:and|&)\s+")]
    private static partial Regex PeopleSeparator();

    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){1,3}),\s(?:\p{Lu}{2,8}|[\p{Lu}][\p{L}&.'’-]+(?:\s[\p{Lu}][\p{L}&.'’-]+){0,3})$")]
    private static partial Regex NameThenOutlet();
}
