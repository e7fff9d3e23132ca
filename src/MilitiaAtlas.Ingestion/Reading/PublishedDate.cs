using System.Globalization;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>Publication dates as ISO strings that are only as precise as the input: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public static partial class PublishedDate
{
    private static readonly string[] MonthNames = NameLexicon.MonthNames;

    /// <summary>Normalizes a metadata value; null when it is not a recognisable date.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        var iso = IsoDate().Match(v);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["m"].Success)
            {
                return Valid(year, 1, 1) ? $"{year:D4}" : null;
            }

            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["d"].Success)
            {
                return Valid(year, month, 1) ? $"{year:D4}-{month:D2}" : null;
            }

            var day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            return Valid(year, month, day) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
        }

        var found = FindWrittenDate(v);
        return found is not null && found.Value.Index == 0 ? found.Value.Iso : null;
    }

    /// <summary>
    /// The first full written date ("June 27, 2018", "27 June 2018", "Sept. 8, 2015", "2018-06-27") in
    /// <paramref name="text"/>, with its position.
    /// </summary>
    public static (string Iso, int Index, int Length)? FindWrittenDate(string text)
    {
        foreach (Match m in WrittenDate().Matches(text))
        {
            var monthText = m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value;
            var dayText = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
            var month = MonthNumber(monthText);
            if (month == 0)
            {
                continue;
            }

            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(dayText, CultureInfo.InvariantCulture);
            if (Valid(year, month, day))
            {
                return ($"{year:D4}-{month:D2}-{day:D2}", m.Index, m.Length);
            }
        }

        var iso = IsoInText().Match(text);
        if (iso.Success)
        {
            var n = Normalize(iso.Value);
            if (n is not null)
            {
                return (n, iso.Index, iso.Length);
            }
        }

        return null;
    }

    /// <summary>1-12 for an English month name or its usual abbreviation ("Sept", "Dec."); 0 otherwise.</summary>
    public static int MonthNumber(string name)
    {
        var n = name.TrimEnd('.').ToLowerInvariant();
        if (n.Length < 3)
        {
            return 0;
        }

        if (n == "sept")
        {
            return 9;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == n || (n.Length == 3 && MonthNames[i].StartsWith(n, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1000 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"\b(?:(?<mon>[A-Z][a-z]{2,8}\.?)\s(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s(?<year>\d{4})|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s(?<mon2>[A-Z][a-z]{2,8}\.?),?\s(?<year>\d{4}))\b")]
    private static partial Regex WrittenDate();
}
