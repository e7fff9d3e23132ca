using System.Globalization;
using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>How a document writes numeric dates: "22/07/2025" (day first, as most of the world) or "7/22/2025" (month first).</summary>
public enum NumericOrder
{
    Unknown,
    DayFirst,
    MonthFirst,
}

/// <summary>
/// The order of a document's numeric dates, told by the dates themselves: one with a first part above 12 says day first,
/// one with a second part above 12 says month first. A document that says both, or neither, is Unknown, and then only a
/// date that is certain on its own is read ("10/12/2008" is never guessed).
/// </summary>
public static partial class NumericDates
{
    public static NumericOrder OrderOf(int first, int second) => (first, second) switch
    {
        ( > 12 and <= 31, >= 1 and <= 12) => NumericOrder.DayFirst,
        ( >= 1 and <= 12, > 12 and <= 31) => NumericOrder.MonthFirst,
        _ => NumericOrder.Unknown,
    };

    public static NumericOrder OrderIn(string text)
    {
        var found = NumericOrder.Unknown;
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return found;
        }

        foreach (Match m in Numeric().Matches(text))
        {
            var order = OrderOf(int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
            if (order == NumericOrder.Unknown)
            {
                continue;
            }

            if (found != NumericOrder.Unknown && found != order)
            {
                return NumericOrder.Unknown;
            }

            found = order;
        }

        return found;
    }

    [GeneratedRegex(@"(?<![\d/])(\d{1,2})/(\d{1,2})/\d{4}(?![\d/])")]
    private static partial Regex Numeric();
}
