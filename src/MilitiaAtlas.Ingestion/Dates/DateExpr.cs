namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>What a parsed phrase is; decides which modifiers and range ends it accepts.</summary>
internal enum DateShape
{
    Day,
    DayNoYear,
    Month,
    MonthNoYear,
    Year,
    Decade,
    Range,
    RelativeDay,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
    Unresolvable,
}

/// <summary>
/// One end of a parsed phrase: a fixed ISO value, a rule over the reference day, or neither (a phrase
/// anchored to something the text does not date, which stays null).
/// </summary>
internal sealed class DatePoint
{
    public static readonly DatePoint Unresolvable = new(null, null);

    private readonly Func<DateOnly, string?>? _rule;

    private DatePoint(string? value, Func<DateOnly, string?>? rule)
    {
        Value = value;
        _rule = rule;
    }

    /// <summary>The ISO value when the text fixes it by itself.</summary>
    public string? Value { get; }

    public bool IsRelative => Value is null;

    public static DatePoint At(string iso) => new(iso, null);

    public static DatePoint Relative(Func<DateOnly, string?> rule) => new(null, rule);

    /// <summary>The same point with its ISO value passed through <paramref name="map"/> (a day to its month).</summary>
    public DatePoint Then(Func<string, string> map) =>
        Value is not null ? At(map(Value)) : _rule is null ? this : Relative(r => _rule(r) is { } v ? map(v) : null);

    public string? Resolve(DateReference? reference) =>
        Value ?? (_rule is null || reference is null ? null : reference.Resolve(_rule));
}

/// <summary>
/// A parsed phrase before resolution. <see cref="BareMonth"/> is the month of a <see cref="DateShape.MonthNoYear"/>,
/// which a range may still fix from its other end ("from May to June 2004"), or of a <see cref="DateShape.DayNoYear"/>,
/// with <see cref="BareDay"/>, which a bare second day may close ("between February 3 and 21").
/// </summary>
internal sealed record DateExpr(DateShape Shape, DatePrecision Precision, DatePoint Start, DatePoint? End = null, int BareMonth = 0, int BareDay = 0)
{
    /// <summary>What the phrase means when the reference is too coarse for this reading ("this week" on a page dated only by its month: the month).</summary>
    public DateExpr? Coarser { get; init; }

    public static DateExpr At(DateShape shape, DatePrecision precision, string date, string? end = null) =>
        new(shape, precision, DatePoint.At(date), end is null ? null : DatePoint.At(end));

    public static DateExpr Relative(DateShape shape, DatePrecision precision, Func<DateOnly, string?> rule) =>
        new(shape, precision, DatePoint.Relative(rule));
}

/// <summary>A phrase parsed from a token up to <see cref="End"/> (exclusive token index).</summary>
internal readonly record struct Parsed(int End, DateExpr Expr);

/// <summary>A phrase kept for output, in UTF-16 offsets of the text.</summary>
internal readonly record struct DateCandidate(int Start, int End, DateExpr Expr, int Order)
{
    public int Length => End - Start;
}
