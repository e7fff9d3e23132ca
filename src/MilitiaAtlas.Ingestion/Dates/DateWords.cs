using System.Collections.Frozen;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>The words the date scanner knows, looked up without allocating (case-insensitive).</summary>
internal static class DateWords
{
    private static readonly string[] MonthNames = NameLexicon.MonthNames;

    // Indexed by DayOfWeek: Sunday is 0.
    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    // Indexed from twenty: "twenty" is 2.
    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Plural nouns and units that make a preceding number a count or a measure, not a year or a day.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNouns = Set("""
        people persons fighters militants militiamen gunmen insurgents rebels troops soldiers men women children civilians
        members families refugees residents police policemen officers prisoners detainees hostages casualties deaths
        victims votes voters seats dollars euros pounds dinars rials riyals lira liras tomans
        km kilometers kilometres miles meters metres feet yards tons tonnes kg kilograms barrels rounds rockets missiles
        shells mortars drones vehicles cars trucks tanks weapons guns rifles homes houses buildings villages hours hrs
        gmt utc percent per times cases units
        """);

    /// <summary>Words that label a number ("Resolution 1973", "Route 2010"): what follows is a name, not a year.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = Set("""
        resolution route highway road street flight article room number apartment page model code channel line
        brigade battalion division regiment squadron unit vision agenda
        """);

    /// <summary>Words that make a following number a quantity ("about 2000", "nearly 1990").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers = Set("""
        about some nearly almost approximately roughly around estimated
        """);

    /// <summary>Head words of a name that a yearless day may open ("the March 9 Movement", "the June 4 Alliance").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameHeads = Set("""
        movement group alliance coalition front brigade brigades battalion battalions commission committee revolution
        uprising agreement accord accords declaration memorial organization organisation
        """);

    /// <summary>Words after which a bare month name is used as a date ("in June", "since May").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthCues = Set("""
        in since until till through by during before after from to early late mid that
        """);

    /// <summary>Words that make "X of June" a date ("the first week of March"), unlike "the Queen of May".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartsOfTime = Set("""
        week weeks month day days part half rest remainder course first last
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seasons = Set("spring summer autumn fall winter");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalParts = Set("first second third fourth last");

    /// <summary>"st", "nd", "rd", "th" (Data/plain-words.txt [ordinal-suffixes]; the name finder reads them here too).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalSuffixes =
        NameLexicon.OrdinalSuffixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make a following weekday part of a holiday's or an event's name ("Good Friday").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedDayPrefixes = Set("""
        good black bloody holy ash palm easter super cyber maundy great
        """);

    /// <summary>Every lower-case word a phrase can start with; a scan skips the other words at once.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = Set("""
        early late mid earlier later end beginning start middle first second third fourth last spring summer autumn fall
        winter around circa this next yesterday today tonight tomorrow from between following same that a an one two three four five six seven eight nine
        ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
        eighty ninety
        """);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>1-12 for a month name or abbreviation ("June", "Sept", "Dec"), 0 otherwise; full is set for whole names.</summary>
    public static int Month(ReadOnlySpan<char> word, out bool full)
    {
        full = false;
        for (var m = 0; m < MonthNames.Length; m++)
        {
            if (word.Equals(MonthNames[m], StringComparison.OrdinalIgnoreCase))
            {
                full = true;
                return m + 1;
            }
        }

        if (word.Length == 3)
        {
            for (var m = 0; m < MonthNames.Length; m++)
            {
                if (word.Equals(MonthNames[m].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
                {
                    return m + 1;
                }
            }
        }

        return word.Equals("sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    /// <summary>The weekday a full weekday name names, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        for (var d = 0; d < WeekdayNames.Length; d++)
        {
            if (word.Equals(WeekdayNames[d], StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)d;
            }
        }

        return null;
    }

    /// <summary>1 for "a", "an"; 1-99 for "one" … "twelve", "twenty", "twenty-five" (with a hyphen); 0 otherwise.</summary>
    public static int Number(ReadOnlySpan<char> word)
    {
        for (var t = 2; t < TensWords.Length; t++)
        {
            if (word.StartsWith(TensWords[t], StringComparison.OrdinalIgnoreCase))
            {
                var rest = word[TensWords[t].Length..];
                if (rest.Length == 0)
                {
                    return 10 * t;
                }

                var ones = rest[0] == '-' ? Number(rest[1..]) : 0;
                return ones is >= 1 and <= 9 ? 10 * t + ones : 0;
            }
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        for (var n = 0; n < NumberWords.Length; n++)
        {
            if (word.Equals(NumberWords[n], StringComparison.OrdinalIgnoreCase))
            {
                return n + 1;
            }
        }

        return 0;
    }

    public static bool IsStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    public static bool IsCountNoun(ReadOnlySpan<char> word) => CountNouns.Contains(word);

    public static bool IsLabel(ReadOnlySpan<char> word) => Labels.Contains(word);

    public static bool IsQuantifier(ReadOnlySpan<char> word) => Quantifiers.Contains(word);

    public static bool IsMonthCue(ReadOnlySpan<char> word) => MonthCues.Contains(word);

    public static bool IsNameHead(ReadOnlySpan<char> word) => NameHeads.Contains(word);

    public static bool IsPartOfTime(ReadOnlySpan<char> word) => PartsOfTime.Contains(word);

    public static bool IsSeason(ReadOnlySpan<char> word) => Seasons.Contains(word);

    public static bool IsOrdinalPart(ReadOnlySpan<char> word) => OrdinalParts.Contains(word);

    public static bool IsOrdinalSuffix(ReadOnlySpan<char> word) => OrdinalSuffixes.Contains(word);

    public static bool IsNamedDayPrefix(ReadOnlySpan<char> word) => NamedDayPrefixes.Contains(word);
}
