using System.Globalization;

namespace MilitiaAtlas.Web.Pages.Citations;

/// <summary>A claim cited on a page: where it is, what it says, and whether it is a copy of another source's paragraph.</summary>
public sealed record Citation(string SourceId, string SourceTitle, long PassageOrdinal, long Start, long End, string Quote, bool Copy)
{
    /// <summary>The reader URL that highlights exactly the cited span and scrolls to its paragraph.</summary>
    public string Url => Links.Cited(SourceId, Start, End, PassageOrdinal);
}

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
