using System.Globalization;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>
/// Reads date phrases off a token list. Every parse starts at a token and looks a bounded number of
/// tokens ahead (the longest phrase, "from Tuesday, Sept. 8-10, 2015 to …", is a few dozen tokens at most),
/// so a scan is linear in the number of tokens. No regular expressions, so nothing can backtrack.
/// The forms and rules are listed in docs/dates.md.
/// </summary>
internal sealed class DateScanner
{
    private const int FirstBareYear = 1900;

    /// <summary>
    /// The first year a history may give bare ("in 1772", "by 1826"): before 1900 a year needs a preposition of time before it
    /// and no noun after it ("in 1500 cases" counts cases).
    /// </summary>
    private const int FirstOlderYear = 1500;
    private const int LastBareYear = 2099;
    private const int FirstWrittenYear = 1000;

    /// <summary>The first year of three figures a date may give ("June 870", "in 923"); below it only with our era's name ("AD 69").</summary>
    private const int FirstEarlyYear = 100;
    private const int LastWrittenYear = 2999;

    private readonly string _text;
    private readonly List<DateToken> _tokens;
    private readonly (bool Done, Parsed? Result, bool HasModifier)[] _modified;

    private readonly NumericOrder _order;

    /// <summary>Whether the document writes a year of one or two figures with our era's name (<see cref="EraYears"/>): then "in March 70" is one too.</summary>
    private readonly bool _twoFigureYears;

    public DateScanner(string text, List<DateToken> tokens, NumericOrder order = NumericOrder.Unknown, bool twoFigureYears = false)
    {
        _text = text;
        _tokens = tokens;
        _order = order;
        _twoFigureYears = twoFigureYears;
        _modified = new (bool, Parsed?, bool)[tokens.Count];
    }

    /// <summary>Every phrase found, overlapping ones included; the caller keeps the longest.</summary>
    public List<DateCandidate> Scan()
    {
        var found = new List<DateCandidate>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!CanStart(i))
            {
                continue;
            }

            if (Range(i) is { } range)
            {
                Add(found, i, range);
            }

            // A bare month name is a date only after a cue ("in June", "since May"): "May" and "June"
            // are also a verb and a given name.
            if (Modified(i, out var modified) is { } single && (modified || single.Expr.Shape != DateShape.MonthNoYear || HasMonthCue(i)))
            {
                Add(found, i, single);
            }

            if (Count(i) is { } count)
            {
                Add(found, i, count);
            }
        }

        return found;
    }

    /// <summary>Numbers, capitalized words (months, weekdays) and the few lower-case words a phrase opens with.</summary>
    private bool CanStart(int i) =>
        _tokens[i].Kind == DateTokenKind.Number
        || (_tokens[i].Kind == DateTokenKind.Word && (char.IsUpper(_text[_tokens[i].Start]) || DateWords.IsStarter(Word(i))));

    private void Add(List<DateCandidate> found, int first, Parsed parsed) =>
        found.Add(new DateCandidate(_tokens[first].Start, _tokens[parsed.End - 1].End, parsed.Expr, found.Count));

    // ---- ranges ----------------------------------------------------------------------------------

    /// <summary>
    /// "from 2007 to 2009", "between 2007 and 2009", "May 2003 to June 2004", "from 2013 until July".
    /// Without "from"/"between" both ends must be written in full, so "2013 to July" is not a range.
    /// </summary>
    private Parsed? Range(int i)
    {
        var from = Is(i, "from");
        var between = Is(i, "between");
        var j = from || between ? i + 1 : i;
        if ((from || between) && Is(j, "the"))
        {
            j++;
        }

        if (Modified(j, out _) is not { } x || !CanBeRangeEnd(x.Expr))
        {
            return null;
        }

        var s = x.End;
        var separator = between
            ? Is(s, "and") || IsRangeDash(s)
            : Is(s, "to") || Is(s, "until") || Is(s, "till") || Is(s, "through") || Is(s, "thru") || IsRangeDash(s);
        if (!separator)
        {
            return null;
        }

        var k = s + 1;
        if ((from || between) && Is(k, "the"))
        {
            k++;
        }

        if ((Modified(k, out _) ?? OlderRangeEnd(x.Expr, k, from || between)) is not { } y || !CanBeRangeEnd(y.Expr))
        {
            return from || between ? DayRange(x.Expr, k) : null;
        }

        var start = x.Expr.Start;
        var end = y.Expr.End ?? y.Expr.Start;

        // "from May to June 2004": the start month takes its year from the end, the last such month on or
        // before the end month.
        if (x.Expr.Shape == DateShape.MonthNoYear && end.Value is { Length: >= 7 } endIso)
        {
            var endYear = int.Parse(endIso.AsSpan(0, 4), CultureInfo.InvariantCulture);
            var endMonth = int.Parse(endIso.AsSpan(5, 2), CultureInfo.InvariantCulture);
            start = DatePoint.At(DateRules.Iso(x.Expr.BareMonth <= endMonth ? endYear : endYear - 1, x.Expr.BareMonth));
        }
        else if (x.Expr.Shape == DateShape.MonthNoYear && !(from || between))
        {
            return null;
        }

        // "from 25 April to 3 May 2023": the start day takes its year from the end, the last such day on or before it.
        if (x.Expr.Shape == DateShape.DayNoYear && x.Expr.BareMonth > 0 && end.Value is { Length: 10 } endDay)
        {
            var last = DateOnly.ParseExact(endDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var year = (x.Expr.BareMonth, x.Expr.BareDay).CompareTo((last.Month, last.Day)) <= 0 ? last.Year : last.Year - 1;
            if (DateRules.IsValid(year, x.Expr.BareMonth, x.Expr.BareDay))
            {
                start = DatePoint.At(DateRules.Iso(year, x.Expr.BareMonth, x.Expr.BareDay));
            }
        }

        if (!(from || between) && (start.IsRelative || end.IsRelative))
        {
            return null;
        }

        if (start.Value is { } a && end.Value is { } b && string.CompareOrdinal(a, b) >= 0)
        {
            return null;
        }

        return new Parsed(y.End, new DateExpr(DateShape.Range, DatePrecision.Range, start, end));
    }

    /// <summary>
    /// "between February 3 and 21", "from March 3 to 5, 2019": a yearless day, then a bare day of the same month (and
    /// maybe a year). Without a year both ends take the year the end day would have alone.
    /// </summary>
    private Parsed? DayRange(DateExpr start, int k)
    {
        if (start.Shape != DateShape.DayNoYear || !TryDay(k, out var last, out var next) || last <= start.BareDay
            || TryMonth(next, out _, out _, out _) || Is(next, "of") || (IsWord(next) && DateWords.IsCountNoun(Word(next))) || IsSymbol(next, '%'))
        {
            return null;
        }

        var (month, first) = (start.BareMonth, start.BareDay);
        var y = IsSymbol(next, ',') ? next + 1 : next;
        if (TryWrittenYear(y, out var year))
        {
            return DayResult(y + 1, month, first, last, year);
        }

        if (!DateRules.CanBeDay(month, last))
        {
            return null;
        }

        return new Parsed(next, new DateExpr(
            DateShape.Range,
            DatePrecision.Range,
            DatePoint.Relative(r => DateRules.YearlessDay(r, month, last) is { } e ? DateRules.Iso(int.Parse(e.AsSpan(0, 4), CultureInfo.InvariantCulture), month, first) : null),
            DatePoint.Relative(r => DateRules.YearlessDay(r, month, last))));
    }

    private static bool CanBeRangeEnd(DateExpr expr) => expr.Shape is not (DateShape.Range or DateShape.Unresolvable);

    /// <summary>
    /// The end of "from 1827 to 1830" or "between 869 and 883": after a year before 1900 that "from" or "between" opened, a
    /// later year of three or four figures needs no preposition of its own.
    /// </summary>
    private Parsed? OlderRangeEnd(DateExpr start, int k, bool opened)
    {
        if (!opened || start.Shape != DateShape.Year || start.Start.Value is not { Length: 4 } iso
            || !(IsNumber(k, 3) || IsNumber(k, 4)) || OtherEraAfter(k) || !StandsAloneAfter(k))
        {
            return null;
        }

        var first = int.Parse(iso, CultureInfo.InvariantCulture);
        var last = Value(k);
        var end = OurEraAfter(k) ? k + 2 : k + 1;
        return first < FirstBareYear && last > first && last <= LastBareYear && (IsNumber(k, 4) || EarlyYearEnds(k + 1) || OurEraAfter(k))
            ? new Parsed(end, DateExpr.At(DateShape.Year, DatePrecision.Year, DateRules.Iso(last)))
            : null;
    }

    // ---- modifiers ---------------------------------------------------------------------------------

    /// <summary>
    /// A phrase with an optional modifier: "late 2014", "mid-2014", "end of 2011", "early September",
    /// "late last year", "earlier this week", "the first half of 2014", "summer of 2014". A modifier keeps a
    /// month a month and a decade a range, and makes a year approximate.
    /// </summary>
    private Parsed? Modified(int i, out bool modified)
    {
        // A range reads its ends with this, and the scan reads every token with it: parse each token once.
        if (i < 0 || i >= _tokens.Count)
        {
            modified = false;
            return null;
        }

        if (!_modified[i].Done)
        {
            var parsed = ParseModified(i, out var hasModifier);
            _modified[i] = (true, parsed, hasModifier);
        }

        modified = _modified[i].HasModifier;
        return _modified[i].Result;
    }

    private Parsed? ParseModified(int i, out bool modified)
    {
        modified = true;
        if (Modifier(i, out var unitStart, out var yearOnly) && Unit(unitStart) is { } unit)
        {
            var precision = unit.Expr.Shape switch
            {
                DateShape.Year or DateShape.RelativeYear => DatePrecision.Approximate,
                DateShape.Month or DateShape.MonthNoYear or DateShape.RelativeMonth or DateShape.RelativeWeek when !yearOnly => DatePrecision.Month,
                DateShape.Decade when !yearOnly => DatePrecision.Range,
                _ => (DatePrecision?)null,
            };
            if (precision is { } p)
            {
                // "early last week": within the week's month, no finer.
                if (unit.Expr.Shape == DateShape.RelativeWeek && unit.Expr.End is not null)
                {
                    return unit with { Expr = unit.Expr with { Precision = p, Start = unit.Expr.Start.Then(v => v[..7]), End = null, Coarser = null } };
                }

                return unit with { Expr = unit.Expr with { Precision = p } };
            }
        }

        modified = false;
        return Unit(i);
    }

    private bool Modifier(int i, out int unitStart, out bool yearOnly)
    {
        yearOnly = false;
        unitStart = i + 1;
        if (Is(i, "early") || Is(i, "late"))
        {
            // "late in 2014" reads as "late 2014".
            unitStart = Is(i + 1, "in") ? i + 2 : i + 1;
            return true;
        }

        if ((Is(i, "earlier") || Is(i, "later")) && Is(i + 1, "in"))
        {
            unitStart = i + 2;
            return true;
        }

        if (Is(i, "mid"))
        {
            if (IsSymbol(i + 1, '-') && Touches(i + 1) && Touches(i + 2))
            {
                unitStart = i + 2;
            }

            return true;
        }

        if ((Is(i, "earlier") || Is(i, "later")) && (Is(i + 1, "this") || Is(i + 1, "last") || Is(i + 1, "next")))
        {
            return true;
        }

        if ((Is(i, "end") || Is(i, "beginning") || Is(i, "start") || Is(i, "middle")) && Is(i + 1, "of"))
        {
            unitStart = i + 2;
            return true;
        }

        if (IsWord(i) && DateWords.IsOrdinalPart(Word(i)) && (Is(i + 1, "half") || Is(i + 1, "quarter")) && Is(i + 2, "of"))
        {
            unitStart = i + 3;
            yearOnly = true;
            return true;
        }

        // "formed around 2016", "circa 1920": a year the text gives as near, not exact ("around 2000 fighters" is a count,
        // which the year's right side turns away).
        if ((Is(i, "around") || Is(i, "circa")) && i + 1 < _tokens.Count && _tokens[i + 1].Kind == DateTokenKind.Number && !AfterAmountWord(i))
        {
            yearOnly = true;
            return true;
        }

        if (IsWord(i) && DateWords.IsSeason(Word(i)))
        {
            unitStart = Is(i + 1, "of") ? i + 2 : i + 1;
            yearOnly = true;
            return true;
        }

        return false;
    }

    // ---- units -------------------------------------------------------------------------------------

    /// <summary>The longest unmodified phrase starting at token i.</summary>
    private Parsed? Unit(int i)
    {
        if (i < 0 || i >= _tokens.Count)
        {
            return null;
        }

        Parsed? best = null;
        Keep(ref best, Iso(i));
        Keep(ref best, Numeric(i));
        Keep(ref best, WeekdayDate(i));
        Keep(ref best, MonthFirst(i));
        Keep(ref best, DayFirst(i));
        Keep(ref best, YearForms(i));
        Keep(ref best, RelativeWords(i));
        return best;
    }

    private static void Keep(ref Parsed? best, Parsed? candidate)
    {
        if (candidate is { } c && (best is null || c.End > best.Value.End))
        {
            best = c;
        }
    }

    /// <summary>"2014-04-07".</summary>
    private Parsed? Iso(int i)
    {
        if (!IsNumber(i, 4) || !IsSymbol(i + 1, '-') || !Touches(i + 1) || !IsNumber(i + 2, 2) || !Touches(i + 2)
            || !IsSymbol(i + 3, '-') || !Touches(i + 3) || !IsNumber(i + 4, 2) || !Touches(i + 4) || GluedAfter(i + 4))
        {
            return null;
        }

        var (y, m, d) = (Value(i), Value(i + 2), Value(i + 4));
        return y is >= FirstWrittenYear and <= LastWrittenYear && DateRules.IsValid(y, m, d)
            ? new Parsed(i + 5, DateExpr.At(DateShape.Day, DatePrecision.Day, DateRules.Iso(y, m, d)))
            : null;
    }

    /// <summary>
    /// "22/07/2025", "7/22/2025": read when the order of day and month is certain, from the date itself (a part above 12)
    /// or from the document (<see cref="NumericOrder"/>); "10/12/2008" in a document that says nothing is no date.
    /// </summary>
    private Parsed? Numeric(int i)
    {
        if (!(IsNumber(i, 1) || IsNumber(i, 2)) || !IsSymbol(i + 1, '/') || !Touches(i + 1) || !(IsNumber(i + 2, 1) || IsNumber(i + 2, 2)) || !Touches(i + 2)
            || !IsSymbol(i + 3, '/') || !Touches(i + 3) || !IsNumber(i + 4, 4) || !Touches(i + 4) || GluedAfter(i + 4) || (i > 0 && Touches(i)))
        {
            return null;
        }

        var (a, b, y) = (Value(i), Value(i + 2), Value(i + 4));
        var order = NumericDates.OrderOf(a, b) is var own and not NumericOrder.Unknown ? own : _order;
        var (m, d) = order switch
        {
            NumericOrder.DayFirst => (b, a),
            NumericOrder.MonthFirst => (a, b),
            _ => (0, 0),
        };
        return m > 0 && y is >= FirstWrittenYear and <= LastWrittenYear && DateRules.IsValid(y, m, d)
            ? new Parsed(i + 5, DateExpr.At(DateShape.Day, DatePrecision.Day, DateRules.Iso(y, m, d)))
            : null;
    }

    /// <summary>"Tuesday, Feb. 3" and "Tuesday 3 February 2015": the weekday belongs to the date and is not resolved alone.</summary>
    private Parsed? WeekdayDate(int i)
    {
        if (WeekdayAt(i) is null)
        {
            return null;
        }

        var j = IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        Parsed? inner = null;
        Keep(ref inner, MonthFirst(j));
        Keep(ref inner, DayFirst(j));
        return inner is { } p && p.Expr.Shape is DateShape.Day or DateShape.DayNoYear or DateShape.Range ? p : null;
    }

    /// <summary>"April 7, 2014", "Sept. 8", "April 7-9, 2014", "December 2014", "June of 2014", and a bare "June".</summary>
    private Parsed? MonthFirst(int i)
    {
        if (!TryMonth(i, out var month, out var full, out var j))
        {
            return null;
        }

        // When the number turns out to be a count ("In May 20 people died"), the month may still stand alone.
        if (TryDay(j, out var day, out var k) && DayTail(month, day, k) is { } withDay)
        {
            return withDay;
        }

        // "October the 7th, 2023": spoken style, an ordinal day after "the".
        if (Is(j, "the") && TryDay(j + 1, out var spokenDay, out var afterSpoken) && afterSpoken == j + 3 && DayTail(month, spokenDay, afterSpoken) is { } spoken)
        {
            return spoken;
        }

        var y = Is(j, "of") ? j + 1 : j;
        if (TryWrittenYear(y, out var year))
        {
            return new Parsed(y + 1, DateExpr.At(DateShape.Month, DatePrecision.Month, DateRules.Iso(year, month)));
        }

        // "in February of this year", "in March of last year": the month in the year the words name from the reference.
        if (Is(j, "of") && (Is(j + 1, "this") || Is(j + 1, "last") || Is(j + 1, "next")) && Is(j + 2, "year") && full)
        {
            var shift = Is(j + 1, "last") ? -1 : Is(j + 1, "next") ? 1 : 0;
            return new Parsed(j + 3, DateExpr.Relative(DateShape.RelativeMonth, DatePrecision.Month, r => DateRules.Iso(r.Year + shift, month)));
        }

        // "since AUG 56": a service message's month and two-figure year.
        if (ShoutedMonth(i) && IsNumber(j, 2) && !GluedAfter(j))
        {
            var yy = Value(j);
            return new Parsed(j + 1, DateExpr.Relative(DateShape.Month, DatePrecision.Month, r => DateRules.Iso(TwoDigitYear(r, yy), month)));
        }

        // "in FEB": a month in capitals after a cue is a month, though abbreviated.
        if (!full && !(ShoutedMonth(i) && HasMonthCue(i)))
        {
            return null;
        }

        return new Parsed(j, new DateExpr(
            DateShape.MonthNoYear,
            DatePrecision.Month,
            DatePoint.Relative(r => DateRules.MonthOnOrBefore(r, month)),
            BareMonth: month));
    }

    /// <summary>"7 April 2014", "7th of April", "7-9 April 2014", "27 and 28 February 2025".</summary>
    private Parsed? DayFirst(int i)
    {
        // The second day of "3-7 April" is read from the first.
        if (Touches(i) && (IsRangeDash(i - 1) || IsCurrency(i - 1)))
        {
            return null;
        }

        if (!TryDay(i, out var day, out var j))
        {
            return null;
        }

        // "7-9 April", and in words "27 and 28 February", "26 to 29 November": the month must follow the second day.
        var last = 0;
        if ((IsRangeDash(j) || Is(j, "and") || Is(j, "to") || Is(j, "through") || Is(j, "until"))
            && TryDay(j + 1, out var second, out var afterSecond) && second > day && (IsRangeDash(j) || TryMonth(afterSecond, out _, out _, out _)))
        {
            last = second;
            j = afterSecond;
        }

        if (Is(j, "of"))
        {
            j++;
        }

        if (!TryMonth(j, out var month, out _, out var k))
        {
            return null;
        }

        var y = IsSymbol(k, ',') ? k + 1 : k;
        if (TryWrittenYear(y, out var year))
        {
            return DayResult(y + 1, month, day, last, year);
        }

        // "1 APR 55": a service message's date, its month in capitals and its year in two figures.
        if (last == 0 && ShoutedMonth(j) && IsNumber(k, 2) && !GluedAfter(k))
        {
            var yy = Value(k);
            return new Parsed(k + 1, DateExpr.Relative(DateShape.Day, DatePrecision.Day, r => DateRules.IsValid(TwoDigitYear(r, yy), month, day) ? DateRules.Iso(TwoDigitYear(r, yy), month, day) : null));
        }

        return DayResult(k, month, day, last, null);
    }

    /// <summary>A month written in capitals ("APR", "MAR.", "AUGUST"), as service messages write it.</summary>
    private bool ShoutedMonth(int i) => IsWord(i) && Word(i) is var w && w.Length >= 3 && !w.ContainsAnyInRange('a', 'z');

    /// <summary>A year written in two figures: the last such year on or before the reference's ("55" in 1957 is 1955).</summary>
    private static int TwoDigitYear(DateOnly reference, int yy)
    {
        var year = (reference.Year / 100 * 100) + yy;
        return year > reference.Year ? year - 100 : year;
    }

    /// <summary>What follows "Month Day": an optional second day of a range, an optional year.</summary>
    private Parsed? DayTail(int month, int day, int k)
    {
        var last = 0;
        if (IsRangeDash(k) && TryDay(k + 1, out var second, out var afterSecond) && second > day)
        {
            last = second;
            k = afterSecond;
        }

        var y = IsSymbol(k, ',') ? k + 1 : k;
        if (TryWrittenYear(y, out var year))
        {
            return DayResult(y + 1, month, day, last, year);
        }

        // "In May 20 people died": a count, not a day.
        if (IsSymbol(k, '%') || (IsWord(k) && DateWords.IsCountNoun(Word(k))))
        {
            return null;
        }

        // "the March 9 Movement", "the June 4 Alliance": a yearless day before a capitalized name head names a group.
        if (IsWord(k) && char.IsUpper(_text[_tokens[k].Start]) && DateWords.IsNameHead(Word(k)))
        {
            return null;
        }

        return DayResult(k, month, day, last, null);
    }

    private static Parsed? DayResult(int end, int month, int day, int last, int? year)
    {
        if (year is { } y)
        {
            if (!DateRules.IsValid(y, month, day) || (last > 0 && !DateRules.IsValid(y, month, last)))
            {
                return null;
            }

            return last == 0
                ? new Parsed(end, DateExpr.At(DateShape.Day, DatePrecision.Day, DateRules.Iso(y, month, day)))
                : new Parsed(end, DateExpr.At(DateShape.Range, DatePrecision.Range, DateRules.Iso(y, month, day), DateRules.Iso(y, month, last)));
        }

        if (!DateRules.CanBeDay(month, day) || (last > 0 && !DateRules.CanBeDay(month, last)))
        {
            return null;
        }

        var start = DatePoint.Relative(r => DateRules.YearlessDay(r, month, day));
        return last == 0
            ? new Parsed(end, new DateExpr(DateShape.DayNoYear, DatePrecision.Day, start, BareMonth: month, BareDay: day))
            : new Parsed(end, new DateExpr(DateShape.Range, DatePrecision.Range, start, DatePoint.Relative(r => DateRules.YearlessDay(r, month, last))));
    }

    /// <summary>"1982", "1980s", "1980-1988", "2003-04". Bare years are 1900-2099 and must stand alone.</summary>
    private Parsed? YearForms(int i)
    {
        if (EarlyYear(i) is { } early)
        {
            return early;
        }

        if (!IsNumber(i, 4) || OtherEraAfter(i))
        {
            return null;
        }

        var year = Value(i);
        if (year is < FirstOlderYear or > LastBareYear || !StandsAloneBefore(i) || (year < FirstBareYear && !OlderYearAt(i) && !OurEraBefore(i) && !OurEraAfter(i)))
        {
            return null;
        }

        // "1900s" may be a century as well as a decade: ambiguous, so not a date.
        if (year % 10 == 0 && year != FirstBareYear)
        {
            if (IsWord(i + 1) && Touches(i + 1) && Word(i + 1) is "s")
            {
                return Decade(i + 2, year);
            }

            if (IsApostrophe(i + 1) && Touches(i + 1) && IsWord(i + 2) && Touches(i + 2) && Word(i + 2) is "s")
            {
                return Decade(i + 3, year);
            }
        }

        var k = i + 1;
        if (IsRangeDash(k))
        {
            if (IsNumber(k + 1, 4) && Value(k + 1) > year && Value(k + 1) <= LastBareYear && StandsAloneAfter(k + 1))
            {
                return new Parsed(k + 2, DateExpr.At(DateShape.Range, DatePrecision.Range, DateRules.Iso(year), DateRules.Iso(Value(k + 1))));
            }

            // "2003-04": the first year after the start that ends in those digits.
            if (IsNumber(k + 1, 2) && Touches(k) && Touches(k + 1) && StandsAloneAfter(k + 1))
            {
                var end = year - (year % 100) + Value(k + 1);
                if (end <= year)
                {
                    end += 100;
                }

                return end <= LastBareYear
                    ? new Parsed(k + 2, DateExpr.At(DateShape.Range, DatePrecision.Range, DateRules.Iso(year), DateRules.Iso(end)))
                    : null;
            }
        }

        return StandsAloneAfter(i)
            ? new Parsed(i + 1, DateExpr.At(DateShape.Year, DatePrecision.Year, DateRules.Iso(year)))
            : null;
    }

    /// <summary>
    /// A year before 1000 ("in 923", "from 869 to 883", "AD 69", "69-70 AD", "869 CE"): written with our era's name, or
    /// three figures after a preposition of time and before what cannot make it a count (<see cref="EarlyYearEnds"/>).
    /// "by" and "of" are left out ("up by 150", "of 300"): before 1000 a count is likelier than a year.
    /// </summary>
    private Parsed? EarlyYear(int i)
    {
        if (!(IsNumber(i, 1) || IsNumber(i, 2) || IsNumber(i, 3)) || Value(i) < 1 || OtherEraAfter(i) || !StandsAloneBefore(i))
        {
            return null;
        }

        var year = Value(i);
        var k = i + 1;
        var last = 0;
        if (IsRangeDash(k) && Touches(k) && Touches(k + 1) && (IsNumber(k + 1, 1) || IsNumber(k + 1, 2) || IsNumber(k + 1, 3)) && Value(k + 1) > year)
        {
            last = Value(k + 1);
            k += 2;
        }

        var era = OurEraBefore(i) || OurEraAfter(k - 1);
        if (!era && !((IsNumber(i, 3) ? year >= FirstEarlyYear : _twoFigureYears) && EarlyYearAfter(i) && EarlyYearEnds(k) && !OtherEraAfter(k - 1)))
        {
            return null;
        }

        if (GluedAfter(k - 1))
        {
            return null;
        }

        var end = OurEraAfter(k - 1) ? k + 1 : k;
        return last == 0
            ? new Parsed(end, DateExpr.At(DateShape.Year, DatePrecision.Year, DateRules.Iso(year)))
            : new Parsed(end, DateExpr.At(DateShape.Range, DatePrecision.Range, DateRules.Iso(year), DateRules.Iso(last)));
    }

    private static readonly string[] EarlyYearBefore = ["in", "from", "since", "until", "till", "after", "before", "during", "around", "circa", "c"];

    /// <summary>A preposition of time before token i, or "of" after a season ("the winter of 69").</summary>
    private bool EarlyYearAfter(int i) =>
        EarlyYearBefore.Any(w => Is(i - 1, w)) || (Is(i - 1, "of") && IsWord(i - 2) && DateWords.IsSeason(Word(i - 2)));

    /// <summary>"in 1772", "by 1826 the rebels", "from 1827,": a preposition of time before, and after it an end, a mark or a word that is no noun.</summary>
    private bool OlderYearAt(int i) =>
        OlderYearBefore.Any(w => Is(i - 1, w))
        && (!IsWord(i + 1) || char.IsUpper(Word(i + 1)[0]) || OlderYearAfter.Any(w => Is(i + 1, w)));

    private static readonly string[] OlderYearBefore = ["in", "between", "by", "from", "since", "until", "till", "of", "after", "before", "during", "around", "about", "circa", "c"];

    private static readonly string[] OlderYearAfter = ["and", "or", "to", "the", "a", "an", "when", "he", "she", "they", "it", "his", "her", "their", "its", "as",
        "after", "before", "at", "in", "on", "with", "by", "for", "from", "until", "under", "while", "but", "was", "were", "had", "that", "this", "there",
        "most", "much", "some", "all", "many", "several", "few", "both", "each", "every", "no", "none", "nobody"];

    private static Parsed Decade(int end, int year) =>
        new(end, DateExpr.At(DateShape.Decade, DatePrecision.Range, DateRules.Iso(year), DateRules.Iso(year + 9)));

    /// <summary>
    /// "last June", "this week", "last month", "next year", "last night", "yesterday", "today", "Tuesday",
    /// "last Tuesday". "the last year" is the past twelve months, not a calendar year, so it is skipped.
    /// </summary>
    private Parsed? RelativeWords(int i)
    {
        // "the following year", "the next day", "the same month", "that same month", "that night": dated from the story's last date (NarrativeDates),
        // never from the publication date.
        // "in the next month", "over the next year" are the coming weeks or twelve months, not a step in a story.
        if (((Is(i, "following") || Is(i, "same") || (Is(i, "next") && !(Is(i - 2, "in") || Is(i - 2, "within") || Is(i - 2, "over") || Is(i - 2, "during") || Is(i - 2, "for") || Is(i - 2, "throughout"))))
            && (Is(i - 1, "the") || (Is(i, "same") && Is(i - 1, "that"))) || Is(i, "that")) && StoryUnit(i + 1) is { } unit)
        {
            return new Parsed(i + 2, new DateExpr(DateShape.Unresolvable, unit, DatePoint.Unresolvable));
        }

        // "the following March": the first March after the story's last date.
        if ((Is(i, "following") || Is(i, "next")) && Is(i - 1, "the") && IsWord(i + 1) && DateWords.Month(Word(i + 1), out var fullMonth) > 0 && fullMonth)
        {
            return new Parsed(i + 2, new DateExpr(DateShape.Unresolvable, DatePrecision.Month, DatePoint.Unresolvable));
        }

        var direction = Is(i, "last") ? -1 : Is(i, "next") ? 1 : Is(i, "this") ? 0 : int.MinValue;
        if (direction != int.MinValue)
        {
            return Is(i - 1, "the") ? null : Directed(i + 1, direction);
        }

        if (Is(i, "yesterday"))
        {
            return Day(i + 1, r => DateRules.Iso(r.AddDays(-1)));
        }

        if (Is(i, "today") && !IsNamePart(i))
        {
            return Day(i + 1, DateRules.Iso);
        }

        if (Is(i, "tonight"))
        {
            return Day(i + 1, DateRules.Iso);
        }

        if (Is(i, "tomorrow"))
        {
            return Day(i + 1, r => DateRules.Iso(r.AddDays(1)));
        }

        // A bare weekday is the last such day on or before the reference: a wire story of a Wednesday says "on Wednesday"
        // of that very day ("last Wednesday" is the week before).
        if (WeekdayAt(i) is { } weekday && !(IsWord(i - 1) && DateWords.IsNamedDayPrefix(Word(i - 1))))
        {
            return Day(i + 1, r => DateRules.WeekdayOnOrBefore(r, weekday));
        }

        return null;
    }

    private DatePrecision? StoryUnit(int j) =>
        Is(j, "day") || Is(j, "night") || Is(j, "morning") || Is(j, "evening") ? DatePrecision.Day
        : Is(j, "month") ? DatePrecision.Month
        : Is(j, "year") ? DatePrecision.Year
        : null;

    private Parsed? Directed(int j, int direction)
    {
        if (Is(j, "week"))
        {
            // "last week": the Monday-to-Sunday week before the reference's; "next week" the one after; "this week" its own.
            return new Parsed(j + 1, new DateExpr(DateShape.RelativeWeek, DatePrecision.Range,
                DatePoint.Relative(r => DateRules.Iso(DateRules.MondayOf(r).AddDays(7 * direction))),
                DatePoint.Relative(r => DateRules.Iso(DateRules.MondayOf(r).AddDays((7 * direction) + 6))))
            {
                Coarser = DateExpr.Relative(DateShape.RelativeWeek, DatePrecision.Month, r => DateRules.MonthOf(r.AddDays(7 * direction))),
            });
        }

        if (Is(j, "month"))
        {
            return new Parsed(j + 1, DateExpr.Relative(DateShape.RelativeMonth, DatePrecision.Month, r => DateRules.MonthOf(r.AddMonths(direction))));
        }

        if (Is(j, "year"))
        {
            return new Parsed(j + 1, DateExpr.Relative(DateShape.RelativeYear, DatePrecision.Year, r => DateRules.Iso(r.Year + direction)));
        }

        if (direction == -1 && Is(j, "night"))
        {
            return Day(j + 1, r => DateRules.Iso(r.AddDays(-1)));
        }

        if (direction == 0 && (Is(j, "morning") || Is(j, "afternoon") || Is(j, "evening")))
        {
            return Day(j + 1, DateRules.Iso);
        }

        if (TryMonth(j, out var month, out var full, out _) && full)
        {
            Func<DateOnly, string?> rule = direction switch
            {
                -1 => r => DateRules.MonthBefore(r, month),
                1 => r => DateRules.MonthAfter(r, month),
                _ => r => DateRules.Iso(r.Year, month),
            };
            return new Parsed(j + 1, DateExpr.Relative(DateShape.RelativeMonth, DatePrecision.Month, rule));
        }

        if (WeekdayAt(j) is { } weekday)
        {
            // "this Tuesday" may be the coming one or the past one: not guessed.
            return direction switch
            {
                -1 => Day(j + 1, r => DateRules.WeekdayBefore(r, weekday)),
                1 => Day(j + 1, r => DateRules.WeekdayAfter(r, weekday)),
                _ => new Parsed(j + 1, new DateExpr(DateShape.Unresolvable, DatePrecision.Day, DatePoint.Unresolvable)),
            };
        }

        return null;
    }

    private static Parsed Day(int end, Func<DateOnly, string?> rule) =>
        new(end, DateExpr.Relative(DateShape.RelativeDay, DatePrecision.Day, rule));

    // ---- counts ------------------------------------------------------------------------------------

    /// <summary>
    /// "seven months ago", "two years ago", "a week ago" (resolved against the reference) and "three months
    /// before", "two years later" (anchored to another event: kept, never resolved).
    /// </summary>
    private Parsed? Count(int i)
    {
        int n;
        if (IsWord(i) && i + 2 < _tokens.Count && _tokens[i + 1].Kind == DateTokenKind.Symbol && _text[_tokens[i + 1].Start] == '-' && IsWord(i + 2) && DateWords.Number(string.Concat(Word(i), "-", Word(i + 2))) is > 0 and var compound)
        {
            // "twenty-five years ago": the hyphen splits the number into three tokens.
            n = compound;
            i += 2;
        }
        else if (IsWord(i))
        {
            n = DateWords.Number(Word(i));
        }
        else if (IsNumber(i, 1) || IsNumber(i, 2) || IsNumber(i, 3))
        {
            n = Value(i);
        }
        else
        {
            return null;
        }

        if (n < 1 || !IsWord(i + 1) || !IsWord(i + 2))
        {
            return null;
        }

        DatePrecision p;
        if (Is(i + 1, "day") || Is(i + 1, "days"))
        {
            p = DatePrecision.Day;
        }
        else if (Is(i + 1, "week") || Is(i + 1, "weeks") || Is(i + 1, "month") || Is(i + 1, "months"))
        {
            p = DatePrecision.Month;
        }
        else if (Is(i + 1, "year") || Is(i + 1, "years"))
        {
            p = DatePrecision.Year;
        }
        else
        {
            return null;
        }

        if (Is(i + 2, "before") || Is(i + 2, "after") || Is(i + 2, "earlier") || Is(i + 2, "later") || Is(i + 2, "prior"))
        {
            return new Parsed(i + 3, new DateExpr(DateShape.Unresolvable, p, DatePoint.Unresolvable));
        }

        if (!Is(i + 2, "ago"))
        {
            return null;
        }

        // "Twenty-five years ago tonight", "three years ago today": the same day, that many years back.
        if (p == DatePrecision.Year && IsWord(i + 3) && (Is(i + 3, "today") || Is(i + 3, "tonight")))
        {
            return new Parsed(i + 4, DateExpr.Relative(DateShape.RelativeDay, DatePrecision.Day, r => DateRules.Iso(r.AddYears(-n))));
        }

        var weeks = Is(i + 1, "week") || Is(i + 1, "weeks");
        Func<DateOnly, string?> rule = p switch
        {
            DatePrecision.Day => r => DateRules.Iso(r.AddDays(-n)),
            DatePrecision.Month when weeks => r => DateRules.MonthOf(r.AddDays(-7 * n)),
            DatePrecision.Month => r => DateRules.MonthOf(r.AddMonths(-n)),
            _ => r => DateRules.Iso(r.Year - n),
        };
        var shape = p switch
        {
            DatePrecision.Day => DateShape.RelativeDay,
            DatePrecision.Year => DateShape.RelativeYear,
            _ => weeks ? DateShape.RelativeWeek : DateShape.RelativeMonth,
        };
        return new Parsed(i + 3, DateExpr.Relative(shape, p, rule));
    }

    // ---- context -----------------------------------------------------------------------------------

    /// <summary>"in June", "since May", "the first week of March", "in May and June".</summary>
    private bool HasMonthCue(int i)
    {
        var p = i - 1;
        if (IsWord(p) && DateWords.IsMonthCue(Word(p)))
        {
            return true;
        }

        if (Is(p, "of") && IsWord(p - 1) && DateWords.IsPartOfTime(Word(p - 1)))
        {
            return true;
        }

        return (Is(p, "and") || Is(p, "or")) && TryMonth(p - 1, out _, out var full, out _) && full;
    }

    /// <summary>
    /// A bare year's left side: not glued to a word, a currency sign or another number ("$1982", "A1982",
    /// "555-1982"), not labelled ("Resolution 1973", "No. 1990"), not a quantity ("about 2000", "more than 2000").
    /// </summary>
    private bool StandsAloneBefore(int i)
    {
        if (Touches(i))
        {
            var p = i - 1;
            if (_tokens[p].Kind != DateTokenKind.Symbol || IsCurrency(p))
            {
                return false;
            }

            var c = _text[_tokens[p].Start];
            if ((IsDashChar(c) || c is '/' or ':') && Touches(p) && _tokens[p - 1].Kind == DateTokenKind.Number)
            {
                return false;
            }
        }

        // "around 2016" and "circa 1920" may be years (read as approximate, Modifier); "about 2000" is a quantity.
        var prev = i - 1;
        if (IsWord(prev) && (DateWords.IsLabel(Word(prev)) || (DateWords.IsQuantifier(Word(prev)) && ((!Is(prev, "around") && !Is(prev, "circa")) || AfterAmountWord(prev)))))
        {
            return false;
        }

        if (Is(prev, "than") && (Is(prev - 1, "more") || Is(prev - 1, "fewer") || Is(prev - 1, "less")))
        {
            return false;
        }

        return !(IsSymbol(prev, '.') && (Is(prev - 1, "no") || Is(prev - 1, "nos")));
    }

    /// <summary>"rose to around 2000", "a toll of around 2000": after these, "around" measures an amount.</summary>
    private bool AfterAmountWord(int around) => Is(around - 1, "to") || Is(around - 1, "of") || Is(around - 1, "than") || Is(around - 1, "at") || Is(around - 1, "by");

    /// <summary>
    /// A bare year's right side: not glued to a word or another number ("1982b", "1982/83", "1982-555"),
    /// not a percentage, not a count ("1982 fighters").
    /// </summary>
    private bool StandsAloneAfter(int i)
    {
        var n = i + 1;
        if (n >= _tokens.Count)
        {
            return true;
        }

        if (Touches(n))
        {
            if (_tokens[n].Kind != DateTokenKind.Symbol)
            {
                return false;
            }

            var c = _text[_tokens[n].Start];
            if (c is '%' or '+')
            {
                return false;
            }

            if ((IsDashChar(c) || c is '/' or ':') && Touches(n + 1) && _tokens[n + 1].Kind == DateTokenKind.Number)
            {
                return false;
            }
        }

        return !IsSymbol(n, '%') && !(IsWord(n) && DateWords.IsCountNoun(Word(n)));
    }

    /// <summary>"USA Today": a capitalized "Today" right after a capitalized word is part of a name.</summary>
    private bool IsNamePart(int i) =>
        char.IsUpper(_text[_tokens[i].Start]) && IsWord(i - 1) && char.IsUpper(_text[_tokens[i - 1].Start]);

    // ---- token helpers -----------------------------------------------------------------------------

    private bool TryMonth(int i, out int month, out bool full, out int next)
    {
        month = 0;
        full = false;
        next = i + 1;

        // Month names are capitalized in English; "may" and "march" in lower case are a verb and a noun.
        if (!IsWord(i) || !char.IsUpper(_text[_tokens[i].Start]))
        {
            return false;
        }

        month = DateWords.Month(Word(i), out full);
        if (month == 0)
        {
            return false;
        }

        if (!full && IsSymbol(next, '.') && Touches(next))
        {
            next++;
        }

        return true;
    }

    /// <summary>A day number 1-31, with an optional ordinal suffix ("7th"); not a time ("8:30") or a measure ("7km").</summary>
    private bool TryDay(int i, out int day, out int next)
    {
        day = 0;
        next = i + 1;
        if (!IsNumber(i, 1) && !IsNumber(i, 2))
        {
            return false;
        }

        day = Value(i);
        if (day is < 1 or > 31)
        {
            return false;
        }

        if (Touches(next))
        {
            if (IsWord(next))
            {
                if (!DateWords.IsOrdinalSuffix(Word(next)))
                {
                    return false;
                }

                next++;
            }
            else if (IsSymbol(next, ':') || IsSymbol(next, '/') || IsSymbol(next, '%'))
            {
                return false;
            }
        }

        return !GluedAfter(next - 1);
    }

    /// <summary>
    /// A year written with a month: four figures (1000-2999), or three (100-999, "June 870") when what follows cannot make the
    /// number a count ("June 300 people"): an end, a mark, a word that is no noun, or a name. A day or a month already says it is
    /// a date. A year of another era ("AH", "BC") is no year of ours.
    /// </summary>
    private bool TryWrittenYear(int i, out int year)
    {
        year = 0;
        var early = IsNumber(i, 3) ? Value(i) >= FirstEarlyYear : _twoFigureYears && (IsNumber(i, 1) || IsNumber(i, 2)) && Value(i) >= 1;
        if (!(IsNumber(i, 4) || (early && EarlyYearEnds(i + 1))) || GluedAfter(i) || OtherEraAfter(i))
        {
            return false;
        }

        year = Value(i);
        return year <= LastWrittenYear && (year >= FirstEarlyYear || early);
    }

    /// <summary>True when the token after a year names another calendar or counts back ("255 AH", "500 BC", "1445 A.H.").</summary>
    private bool OtherEraAfter(int i) =>
        IsWord(i + 1) && !Touches(i + 1) && (Word(i + 1) is "AH" or "BC" or "BCE" or "BP" or "SH" or "AM"
            || (Word(i + 1) is "A" or "B" && IsSymbol(i + 2, '.') && IsWord(i + 3) && Word(i + 3) is "H" or "C"));

    /// <summary>Our era written with a year ("AD 69", "869 CE").</summary>
    private bool OurEraBefore(int i) => IsWord(i - 1) && Word(i - 1) is "AD";

    private bool OurEraAfter(int i) => IsWord(i + 1) && !Touches(i + 1) && Word(i + 1) is "AD" or "CE";

    /// <summary>
    /// What may follow a year of three figures: an end, a mark that is no percent or figure's dash, a capital (a name, "CE"), or a
    /// word that is no noun ("in 878, …", "in June 870 and", "in 923 the").
    /// </summary>
    private bool EarlyYearEnds(int n)
    {
        if (n >= _tokens.Count)
        {
            return true;
        }

        if (_tokens[n].Kind == DateTokenKind.Symbol)
        {
            var c = _text[_tokens[n].Start];
            return c is not ('%' or '+') && !(IsDashChar(c) && Touches(n + 1) && _tokens[n + 1].Kind == DateTokenKind.Number);
        }

        return IsWord(n) && (char.IsUpper(_text[_tokens[n].Start]) || OlderYearAfter.Any(w => Is(n, w)));
    }

    /// <summary>True when the next token is a word or a number touching token i.</summary>
    private bool GluedAfter(int i) =>
        i + 1 < _tokens.Count && Touches(i + 1) && _tokens[i + 1].Kind != DateTokenKind.Symbol;

    private DayOfWeek? WeekdayAt(int i) =>
        IsWord(i) && char.IsUpper(_text[_tokens[i].Start]) ? DateWords.Weekday(Word(i)) : null;

    private bool Touches(int i) => i > 0 && i < _tokens.Count && _tokens[i - 1].End == _tokens[i].Start;

    private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == DateTokenKind.Word;

    private bool IsNumber(int i, int digits) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == DateTokenKind.Number && _tokens[i].Value >= 0 && _tokens[i].Digits == digits;

    private bool IsSymbol(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == DateTokenKind.Symbol && _text[_tokens[i].Start] == c;

    private bool IsRangeDash(int i) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == DateTokenKind.Symbol && IsDashChar(_text[_tokens[i].Start]);

    private bool IsApostrophe(int i) => IsSymbol(i, '\'') || IsSymbol(i, '\u2019');

    private bool IsCurrency(int i) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == DateTokenKind.Symbol && _text[_tokens[i].Start] is '$' or '€' or '£' or '¥' or '#' or '+' or '~' or '№';

    private static bool IsDashChar(char c) => c is '-' or '\u2013' or '\u2014';

    private bool Is(int i, string word) => IsWord(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    private int Value(int i) => _tokens[i].Value;
}
