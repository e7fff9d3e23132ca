namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>How precisely a <see cref="DateMention"/> pins its date down (docs/dates.md).</summary>
public enum DatePrecision
{
    /// <summary>A calendar day: Date is YYYY-MM-DD.</summary>
    Day,

    /// <summary>A month: Date is YYYY-MM. Also used for weeks, which a month is the honest container of.</summary>
    Month,

    /// <summary>A year: Date is YYYY.</summary>
    Year,

    /// <summary>A span of time: Date is its start and EndDate its end, each at its own precision.</summary>
    Range,

    /// <summary>A part of a year the text does not bound ("late 2014", "the end of 2011"): Date is the year.</summary>
    Approximate,
}
