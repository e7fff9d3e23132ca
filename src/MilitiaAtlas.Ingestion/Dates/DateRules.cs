using System.Globalization;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// ISO formatting and the resolution rules for relative phrases, each a function of the reference day.
/// docs/dates.md states every rule in words.
/// </summary>
internal static class DateRules
{
    /// <summary>How far after the reference a yearless "Sept. 8" may fall and still be in the reference year.</summary>
    public const int YearlessDaySlackDays = 31;

    public static string Iso(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Iso(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Iso(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    public static string Iso(DateOnly day) => Iso(day.Year, day.Month, day.Day);

    public static string MonthOf(DateOnly day) => Iso(day.Year, day.Month);

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>True when some year has this day (Feb 29 counts; a leap year has it).</summary>
    public static bool CanBeDay(int month, int day) => IsValid(2000, month, day);

    /// <summary>"in June", "late August": the most recent such month on or before the reference month.</summary>
    public static string MonthOnOrBefore(DateOnly reference, int month) =>
        Iso(month <= reference.Month ? reference.Year : reference.Year - 1, month);

    /// <summary>"last June": the most recent such month strictly before the reference month.</summary>
    public static string MonthBefore(DateOnly reference, int month) =>
        Iso(month < reference.Month ? reference.Year : reference.Year - 1, month);

    /// <summary>"next June": the first such month strictly after the reference month.</summary>
    public static string MonthAfter(DateOnly reference, int month) =>
        Iso(month > reference.Month ? reference.Year : reference.Year + 1, month);

    /// <summary>
    /// "Sept. 8" without a year: the reference year, unless that day falls more than
    /// <see cref="YearlessDaySlackDays"/> days after the reference, then the year before (news reports
    /// the past, and announces only the near future). Null when the chosen year has no such day (Feb 29).
    /// </summary>
    public static string? YearlessDay(DateOnly reference, int month, int day)
    {
        var year = reference.Year;
        if (!IsValid(year, month, day) || new DateOnly(year, month, day) > reference.AddDays(YearlessDaySlackDays))
        {
            year--;
        }

        return IsValid(year, month, day) ? Iso(year, month, day) : null;
    }

    /// <summary>"Tuesday", "last Tuesday": the most recent such weekday strictly before the reference day.</summary>
    public static string WeekdayBefore(DateOnly reference, DayOfWeek weekday)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        return Iso(reference.AddDays(-(back == 0 ? 7 : back)));
    }

    /// <summary>"on Tuesday" in a story: the most recent such weekday, the reference day itself included.</summary>
    public static string WeekdayOnOrBefore(DateOnly reference, DayOfWeek weekday) =>
        Iso(reference.AddDays(-(((int)reference.DayOfWeek - (int)weekday + 7) % 7)));

    /// <summary>The Monday of the Monday-to-Sunday week that holds <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>"next Tuesday": the first such weekday strictly after the reference day.</summary>
    public static string WeekdayAfter(DateOnly reference, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return Iso(reference.AddDays(ahead == 0 ? 7 : ahead));
    }
}
