using CsvHelper;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>
/// How the atlas writes every CSV file (the export verb, the API, the pages' download buttons): RFC 4180 with CRLF,
/// UTF-8 with a byte order mark (so a spreadsheet reads names in any script), lists inside one cell joined by
/// <see cref="ListSeparator"/>, and spreadsheet safety: a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a formula, gets a leading apostrophe
/// (CsvHelper's injection escape), so it opens as text. Numbers are numbers and are never changed.
/// </summary>
public static class SpreadsheetCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Between the items of a list written in one cell (aliases, ids, names).</summary>
    public const string ListSeparator = "; ";

    /// <summary>The characters that make a text cell a possible formula when it starts with one (OWASP's list).</summary>
    public const string FormulaStarts = "=+-@\t\r";

    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = FormulaStarts,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
    };

    /// <summary>Writes the header of <typeparamref name="T"/> (a [CsvRecord] type) and the rows; the stream stays open.</summary>
    public static async Task WriteAsync<T>(Stream output, IEnumerable<T> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, ct);
        await csv.FlushAsync(ct);
    }

    public static string List(IEnumerable<string?> items) => string.Join(ListSeparator, items.Where(i => !string.IsNullOrEmpty(i)));
}
