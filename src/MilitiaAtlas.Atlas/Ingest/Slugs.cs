using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MilitiaAtlas.Atlas.Ingest;

public static class Slugs
{
    /// <summary>Lower-case ASCII words joined by hyphens; diacritics folded, everything else dropped.</summary>
    public static string From(string text, int maxLength = 60)
    {
        var sb = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length > maxLength)
                {
                    // Cut back to the last whole word.
                    var cut = sb.ToString().LastIndexOf('-');
                    return (cut > 0 ? sb.ToString(0, cut) : sb.ToString(0, maxLength)).Trim('-');
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString().Trim('-');
    }

    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
