using System.Globalization;

namespace MilitiaAtlas.Web.Pages.Citations;

/// <summary>A year filter's value (the network's and the map's from and to): four digits, or nothing.</summary>
public static class YearFilter
{
    /// <summary>The year, or null with no error when empty; null with an error naming <paramref name="name"/> when it is not YYYY.</summary>
    public static (int? Year, string? Error) Parse(string? value, string name)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return (null, null);
        }

        return value.Length == 4 && value.All(char.IsAsciiDigit)
            ? (int.Parse(value, CultureInfo.InvariantCulture), null)
            : (null, $"{name} must be a year (YYYY)");
    }
}
