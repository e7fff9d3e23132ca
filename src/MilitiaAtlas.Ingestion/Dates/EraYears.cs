using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// Whether a document writes a year of one or two figures with our era's name ("AD 69", "69-70 CE"). Its story is then set in
/// the first century, and the scanner reads a month or a preposition of time before such a number as a year ("in March 70",
/// "around 79"). Read once per document, as <see cref="NumericDates.OrderIn"/> is; the scanner itself uses no regular expressions.
/// </summary>
internal static partial class EraYears
{
    public static bool WritesTwoFigureYears(string text) =>
        (text.Contains("AD", StringComparison.Ordinal) || text.Contains("CE", StringComparison.Ordinal)) && TwoFigureEraYear().IsMatch(text);

    [GeneratedRegex(@"\bAD\s\d{1,2}(?!\d)|(?<![\d.,])\b\d{1,2}(?:[-–]\d{1,2})?\s(?:AD|CE)\b")]
    private static partial Regex TwoFigureEraYear();
}
