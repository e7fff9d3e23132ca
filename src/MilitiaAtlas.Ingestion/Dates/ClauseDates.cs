using System.Globalization;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// What a date's own clause changes about it (docs/dates.md): a clause told in the future ("He will meet us on
/// Thursday", "would see them in July") takes the next such weekday, month or day on or after the publication date,
/// not the last one before it; a yearless day in a sentence the story dates from its own last date ("Two weeks
/// later, on 20 October") is in the story's year. Pure.
/// </summary>
public static partial class ClauseDates
{
    /// <summary>
    /// Whether <paramref name="before"/>, the sentence up to a date, is told in the future: a future word, then at most fourteen
    /// words with no clause opening or agent between ("plans to review the decision in the light of the statement by X on 2
    /// October" dates the statement, not the review).
    /// </summary>
    public static bool IsFuture(ReadOnlySpan<char> before) => FutureWords().IsMatch(before);

    /// <summary><paramref name="mention"/> moved to the next such weekday, month or day on or after the reference; itself when nothing moves.</summary>
    public static DateMention Forward(DateMention mention, string? reference)
    {
        if (!mention.Relative || mention.Date is null || mention.EndDate is not null || PublishedDate.Normalize(reference) is not { Length: 10 } iso
            || HasYear().IsMatch(mention.Text))
        {
            return mention;
        }

        var day = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = FirstWord().Match(mention.Text).Value;
        if (mention.Precision == DatePrecision.Day && DateWords.Weekday(first) is { } weekday && !Directed().IsMatch(mention.Text))
        {
            return mention with { Date = DateRules.WeekdayAfter(day, weekday) };
        }

        if (mention.Precision == DatePrecision.Month && MonthIn(mention.Text) is var month and > 0 && mention.Date.Length == 7)
        {
            return mention with { Date = DateRules.Iso(month >= day.Month ? day.Year : day.Year + 1, month) };
        }

        if (mention.Precision == DatePrecision.Day && mention.Date.Length == 10 && DateOnly.ParseExact(mention.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var d
            && d < day && DateRules.IsValid(d.Year + 1, d.Month, d.Day) && (DateWords.Month(first, out _) > 0 || (first.Length > 0 && char.IsAsciiDigit(first[0]))))
        {
            return mention with { Date = DateRules.Iso(d.Year + 1, d.Month, d.Day) };
        }

        return mention;
    }

    /// <summary>A yearless day or month moved into <paramref name="anchor"/>'s year (the story's), on or after it; null when it has a year or no date.</summary>
    public static DateMention? InStoryYear(DateMention mention, string anchor)
    {
        if (!mention.Relative || mention.Date is not { Length: >= 7 } date || mention.EndDate is not null || HasYear().IsMatch(mention.Text)
            || mention.Precision is not (DatePrecision.Day or DatePrecision.Month) || DateWords.Weekday(FirstWord().Match(mention.Text).Value) is not null
            || !int.TryParse(anchor.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var month = int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var anchorMonth = anchor.Length >= 7 ? int.Parse(anchor.AsSpan(5, 2), CultureInfo.InvariantCulture) : 1;
        var y = month < anchorMonth ? year + 1 : year;
        if (date.Length == 7)
        {
            return mention with { Date = DateRules.Iso(y, month) };
        }

        var dd = int.Parse(date.AsSpan(8, 2), CultureInfo.InvariantCulture);
        return DateRules.IsValid(y, month, dd) ? mention with { Date = DateRules.Iso(y, month, dd) } : null;
    }

    /// <summary>
    /// A yearless day or month that names its month ("on 14 March", "In May") moved into the story's year when the
    /// story stands in an earlier year than the reference ("on the morning of 12 March 1958" in a piece of 2008,
    /// "in early June 1971" in a blog of 2021) and the date follows where the story stands: within four months of a
    /// day (or up to a month before it), six of a month, a year of a year that opened its sentence ("In 1971, …"; "the 2012 massacres" in passing is an
    /// aside). A retelling goes on in its own year. Not when the date read from the
    /// reference is one of its last ninety days: a recent day is news. A range ("on 12-13 December") moves with its first
    /// day. Null otherwise.
    /// </summary>
    public static DateMention? AfterStoryDay(DateMention mention, string story, string? reference, bool storyOpened = false)
    {
        if (!mention.Relative || mention.Date is not { Length: 7 or 10 } date || (mention.EndDate is { } end && end.Length != date.Length) || !(story.Length is 7 or 10 || (story.Length == 4 && storyOpened))
            || HasYear().IsMatch(mention.Text) || MonthIn(mention.Text) == 0 || OwnYearWord().IsMatch(mention.Text)
            || DateWords.Weekday(FirstWord().Match(mention.Text).Value) is not null || PublishedDate.Normalize(reference) is not { Length: >= 4 } iso
            || !NarrativeDates.TryParse(story, out var sy, out var sm, out var sd))
        {
            return null;
        }

        if (sy >= int.Parse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture))
        {
            return null;
        }

        var month = int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = date.Length == 10 ? int.Parse(date.AsSpan(8, 2), CultureInfo.InvariantCulture) : 1;

        // Where the story stands, the day moves into its year or the next: up to four months after a day (or a month before
        // it: "the strike was called for 14 May 1931 …; the docks came out two days early, on 12 May"), six after a month, a year
        // after a year.
        // A month is read from the first of the story's month: "late in June" after "On 15 June" is that June.
        var from = new DateOnly(sy, sm > 0 ? sm : 1, sd > 0 && date.Length == 10 ? sd : 1);
        var reach = sd > 0 ? 120 : sm > 0 ? 183 : 366;
        var back = sd > 0 && date.Length == 10 ? 31 : 0;
        var year = 0;
        var moved = default(DateOnly);
        foreach (var y in (int[])[sy, sy + 1])
        {
            if (DateRules.IsValid(y, month, day) && new DateOnly(y, month, day) is var m && from.DayNumber - m.DayNumber <= back && m.DayNumber - from.DayNumber <= reach)
            {
                (year, moved) = (y, m);
                break;
            }
        }

        if (year == 0)
        {
            return null;
        }

        // "on the night of March 3" in a letter of 14 March: the recent date it reads as stays, whatever the story's year;
        // not a day within a month of a story day two or more years old (but not that day itself), which is the story's.
        // An anniversary ("On 11 July 1995 … On 11 July, thousands gathered") is the recent day: the story's own day is not.
        var nearOldDay = sd > 0 && date.Length == 10 && moved != from && Math.Abs(from.DayNumber - moved.DayNumber) <= 31 && sy < int.Parse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1;
        if (!nearOldDay && iso.Length == 10 && DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var published
            && int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) is var readYear
            && new DateOnly(readYear, month, date.Length == 10 ? day : DateTime.DaysInMonth(readYear, month)) is var asRead && asRead <= published && published.DayNumber - asRead.DayNumber <= 90)
        {
            return null;
        }

        // "on 12-13 December": a range moves with its first day.
        var shift = year - int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var movedEnd = mention.EndDate is { } last && int.TryParse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var ly)
            ? (ly + shift).ToString("D4", CultureInfo.InvariantCulture) + last[4..] : null;
        return mention with { Date = date.Length == 10 ? DateRules.Iso(year, month, day) : DateRules.Iso(year, month), EndDate = movedEnd };
    }

    /// <summary>Whether a date phrase names its month ("On 9 January", "in March"), as a weekday or "yesterday" does not.</summary>
    public static bool NamesMonth(DateMention mention) => MonthIn(mention.Text) > 0;

    /// <summary>
    /// A yearless day or month that names its month ("27 July") moved into the year of <paramref name="anchor"/>, a date
    /// written with its year earlier in the same sentence ("In the summer of 1993 an agreement was signed on 27 July");
    /// null when it has a year, names no month, or the anchor has no year.
    /// </summary>
    public static DateMention? InSentenceYear(DateMention mention, string anchor)
    {
        if (!mention.Relative || mention.Date is not { Length: >= 7 } date || mention.EndDate is not null || HasYear().IsMatch(mention.Text)
            || mention.Precision is not (DatePrecision.Day or DatePrecision.Month) || MonthIn(mention.Text) == 0 || OwnYearWord().IsMatch(mention.Text)
            || anchor.Length < 4 || !int.TryParse(anchor.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var moved = DateRules.Iso(year, int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture)) + date[7..];
        return moved == date || (date.Length == 10 && !DateRules.IsValid(year, int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture), int.Parse(date.AsSpan(8, 2), CultureInfo.InvariantCulture)))
            ? null : mention with { Date = moved };
    }

    // "March of this year", "last March": a phrase that says which year it is in.
    [GeneratedRegex(@"\b(?:this|last|next|past|coming|year|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnYearWord();

    /// <summary>The month a phrase names ("the second week of July"), or 0.</summary>
    private static int MonthIn(string text)
    {
        foreach (Match w in Words().Matches(text))
        {
            if (DateWords.Month(w.ValueSpan, out var full) is var m and > 0 && full)
            {
                return m;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:will|would(?!\s+have\b)|shall|'ll|’ll|(?:is|are)\s+(?:due|expected|scheduled|set|planned|going)\s+to|(?:is|are|has\s+been|have\s+been)\s+(?:due|scheduled|set|planned)\b|(?:planned|scheduled|set)\s+for|(?:plans?|planned|intends?|intended|hopes?|hoped|agreed|promised|pledged|vowed)\s+to|(?:is|are)\s+to)\s+(?:(?!(?:by|that|which|who|whom|when|since|after|before|because|while|statement|report|announcement|decision)\b)[\w'’-]+,?\s+){0,14}?(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"\b\d{3,4}\b|'\d\d\b")]
    private static partial Regex HasYear();

    [GeneratedRegex(@"^\w+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:last|next|this|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Directed();
}
