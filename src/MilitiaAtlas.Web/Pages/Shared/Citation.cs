using System.Globalization;

namespace MilitiaAtlas.Web.Pages.Citations;

/// <summary>A claim cited on a page: where it is, what it says, and whether it is a copy of another source's paragraph.</summary>
public sealed record Citation(string SourceId, string SourceTitle, long PassageOrdinal, long Start, long End, string Quote, bool Copy)
{
    /// <summary>The reader URL that highlights exactly the cited span and scrolls to its paragraph.</summary>
    public string Url => Links.Cited(SourceId, Start, End, PassageOrdinal);

    /// <summary>
    /// Whether the sentence as written opens with a quotation mark: a page shows it as it stands then, for quotation
    /// marks of its own around it would double them.
    /// </summary>
    public bool OpensWithQuote => Quote.TrimStart() is [var first, ..] && QuotationMarks.Contains(first);

    private const string QuotationMarks = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\u300C\u300E";
}

/// <summary>A citation as a page shows it: its number, and an id for its tooltip that no other element of the page has.</summary>
public sealed record CitedAt(Citation Citation, int Number, string TipId);

/// <summary>Numbers citations in the order a page shows them, so each statement carries [1], [2]….</summary>
public sealed class CitationList
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public List<Citation> All { get; } = [];

    public int Number(Citation c)
    {
        var key = c.Url;
        if (!_numbers.TryGetValue(key, out var n))
        {
            All.Add(c);
            n = _numbers[key] = All.Count;
        }

        return n;
    }

    private int _shown;

    /// <summary>
    /// A citation shown once more: its number, and a tooltip id of its own (a citation shown twice on a page has two
    /// tooltips, and ids must not repeat).
    /// </summary>
    public CitedAt Cite(Citation c) => new(c, Number(c), $"cite-tip-{++_shown}");
}

/// <summary>Dates shown only as precisely as the source allows: "7 April 2014", "June 2014", "2014", "1980–1988", "c. 2014".</summary>
public static class DateDisplay
{
    public static string Format(string? date, string? endDate, string precision)
    {
        if (date is null)
        {
            return "undated";
        }

        var start = One(date);
        return precision switch
        {
            "range" when endDate is not null => $"{start}–{One(endDate)}",
            "approximate" => "c. " + start,
            _ => start,
        };
    }

    private static string One(string iso)
    {
        var parts = iso.Split('-');
        var year = parts[0];
        if (parts.Length == 1)
        {
            return year;
        }

        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(int.Parse(parts[1], CultureInfo.InvariantCulture));
        return parts.Length == 2 ? $"{month} {year}" : $"{int.Parse(parts[2], CultureInfo.InvariantCulture)} {month} {year}";
    }
}
