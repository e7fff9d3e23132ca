using System.Globalization;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// The publication date a relative phrase is resolved against, as the first and last day it may mean
/// ("2015" is 2015-01-01 … 2015-12-31). A rule is resolved at both ends; when the answers differ the
/// reference is too coarse for the phrase and the answer is null. Every rule is monotone (a later
/// reference never gives an earlier answer), so agreeing ends mean every day between agrees too.
/// </summary>
internal sealed class DateReference
{
    private readonly DateOnly _first;
    private readonly DateOnly _last;

    private DateReference(DateOnly first, DateOnly last)
    {
        _first = first;
        _last = last;
    }

    /// <summary>Null when there is no reference or it is not a recognisable date.</summary>
    public static DateReference? Parse(string? reference)
    {
        var iso = PublishedDate.Normalize(reference);
        if (iso is null)
        {
            return null;
        }

        var year = int.Parse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (iso.Length == 4)
        {
            return new DateReference(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var month = int.Parse(iso.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (iso.Length == 7)
        {
            return new DateReference(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        var day = new DateOnly(year, month, int.Parse(iso.AsSpan(8, 2), CultureInfo.InvariantCulture));
        return new DateReference(day, day);
    }

    public string? Resolve(Func<DateOnly, string?> rule)
    {
        var atFirst = rule(_first);
        if (_first == _last)
        {
            return atFirst;
        }

        var atLast = rule(_last);
        return atFirst == atLast ? atFirst : null;
    }
}
