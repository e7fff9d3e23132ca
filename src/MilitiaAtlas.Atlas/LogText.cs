using System.Globalization;
using System.Text;

namespace MilitiaAtlas.Atlas;

/// <summary>
/// Text from outside (request paths, file names, problems quoting a file) made safe for one log or console
/// line: control characters, line and paragraph separators and bidirectional controls become <c>\uXXXX</c>,
/// so that no input can end a line and forge the next one, or reorder what a terminal shows.
/// </summary>
public static class LogText
{
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(Unsafe))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool Unsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
