using System.Globalization;
using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// Dates a story gives from its own last date rather than from the publication date: "four days later", "a year
/// later", "two years earlier", "that September". <see cref="DateFinder"/> keeps the counts unresolved (their anchor is
/// another happening); the event stage passes the date the narrative last stood at, and gets the date at the count's
/// own precision, or null when the anchor is too coarse for it ("four days later" after "in 2021"). Pure.
/// </summary>
public static partial class NarrativeDates
{
    /// <summary><paramref name="mention"/> resolved against <paramref name="anchor"/> (an ISO date at its own precision), or null.</summary>
    public static DateMention? Resolve(string text, DateMention mention, string? anchor)
    {
        if (anchor is null || !TryParse(anchor, out var year, out var month, out var day))
        {
            return null;
        }

        if (mention.Date is null && Count().Match(mention.Text) is { Success: true } c)
        {
            var n = DateWords.Number(c.Groups["n"].ValueSpan);
            if (n < 1 && !int.TryParse(c.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out n))
            {
                return null;
            }

            var sign = c.Groups["dir"].Value.Equals("later", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
            var unit = c.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
            string? iso = unit switch
            {
                "day" when day > 0 => DateRules.Iso(new DateOnly(year, month, day).AddDays(sign * n)),
                "week" when day > 0 => DateRules.MonthOf(new DateOnly(year, month, day).AddDays(sign * 7 * n)),
                "month" when month > 0 => DateRules.MonthOf(new DateOnly(year, month, 1).AddMonths(sign * n)),
                "year" => DateRules.Iso(year + (sign * n)),
                _ => null,
            };
            var precision = unit switch
            {
                "day" => DatePrecision.Day,
                "week" or "month" => DatePrecision.Month,
                _ => DatePrecision.Year,
            };
            return iso is null ? null : mention with { Date = iso, EndDate = null, Precision = precision, Relative = true };
        }

        // "the following year", "the next day", "the same month", "that night": one unit on from the story's date, or the same one.
        if (mention.Date is null && StoryStep().Match(mention.Text) is { Success: true } st)
        {
            var on = st.Groups["w"].Value.ToLowerInvariant() is "following" or "next" ? 1 : 0;
            var unit = st.Groups["u"].Value.ToLowerInvariant();
            var (iso, precision) = unit switch
            {
                "year" => (DateRules.Iso(year + on), DatePrecision.Year),
                "month" when month > 0 => (DateRules.MonthOf(new DateOnly(year, month, 1).AddMonths(on)), DatePrecision.Month),
                "day" or "night" or "morning" or "evening" when day > 0 => (DateRules.Iso(new DateOnly(year, month, day).AddDays(on)), DatePrecision.Day),
                _ => ((string?)null, DatePrecision.Day),
            };
            return iso is null ? null : mention with { Date = iso, EndDate = null, Precision = precision, Relative = true };
        }

        // "the following March": the first March after the story's date (the next year's when the story is past March or has no month).
        if (mention.Date is null && MonthStep().Match(mention.Text) is { Success: true } ms && DateWords.Month(ms.Groups["m"].Value, out _) is int named and > 0)
        {
            var y = month > 0 && named > month ? year : year + 1;
            return mention with { Date = DateRules.Iso(y, named), EndDate = null, Precision = DatePrecision.Month, Relative = true };
        }

        // "that September": the month of the year the story is in, not the last September before publication.
        if (mention.Precision == DatePrecision.Month && mention.Relative && MonthOnly().IsMatch(mention.Text)
            && mention.Span.Start >= 5 && text.AsSpan(mention.Span.Start - 5, 5).Equals("that ", StringComparison.OrdinalIgnoreCase)
            && DateWords.Month(mention.Text.Trim().TrimEnd('.'), out _) is int m and > 0)
        {
            return mention with { Date = DateRules.Iso(year, m), EndDate = null, Relative = true };
        }

        return null;
    }

    /// <summary>An ISO date at its own precision ("1999", "1999-04", "1999-04-06") as its parts, 0 for those it lacks.</summary>
    internal static bool TryParse(string iso, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        var parts = iso.Split('-');
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && (parts.Length < 2 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month))
            && (parts.Length < 3 || int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day));
    }

    [GeneratedRegex(@"^(?<n>[\w-]+)\s+(?<u>days?|weeks?|months?|years?)\s+(?<dir>later|earlier)$", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?<w>following|next|same|that)\s+(?<u>day|night|morning|evening|month|year)$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryStep();

    [GeneratedRegex(@"^(?:following|next)\s+(?<m>\p{L}+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthStep();

    [GeneratedRegex(@"^\p{L}+\.?$")]
    private static partial Regex MonthOnly();
}
