using System.Globalization;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>Lower case as <see cref="string.ToLowerInvariant"/> gives it, without the Unicode pass for text whose only characters outside ASCII are punctuation.</summary>
public static class Casing
{
    /// <summary>
    /// <paramref name="s"/> in lower case. The runtime lowers ASCII itself but sends any other text through ICU, and most
    /// sentences hold a curly quotation mark or a dash: punctuation, spaces and currency signs have no case, so such text
    /// is lowered letter by letter here. Text with any other character outside ASCII takes the runtime's way.
    /// </summary>
    public static string Lower(string s)
    {
        if (System.Text.Ascii.IsValid(s))
        {
            return s.ToLowerInvariant();
        }

        foreach (var c in s)
        {
            if (c >= 0x80 && !IsCaseless(c))
            {
                return s.ToLowerInvariant();
            }
        }

        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        });
    }

    // Unicode gives case only to letters, letter-like numbers (Ⅻ), some symbols (Ⓐ) and one combining mark: none of these.
    private static bool IsCaseless(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol;
}
