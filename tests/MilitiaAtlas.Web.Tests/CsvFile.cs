using System.Globalization;
using CsvHelper;

namespace MilitiaAtlas.Web.Tests;

/// <summary>A CSV file as a spreadsheet reads it, for the export tests of both test projects.</summary>
internal static class CsvFile
{
    /// <summary>The records after the header, each as its cells by column name.</summary>
    public static List<Dictionary<string, string>> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i), StringComparer.Ordinal));
        }

        Assert.NotEmpty(reader.Headers);
        return rows;
    }

    /// <summary>
    /// Whether a spreadsheet opening the file would run the cell as a formula: it starts with = + - @, a tab or a CR and
    /// is not a plain number (a negative longitude is a number).
    /// </summary>
    public static bool OpensAsFormula(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal)
        && !double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
