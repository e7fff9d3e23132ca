using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Dates;

/// <summary>A date expression found in text, resolved as precisely as the text supports (docs/dates.md).</summary>
/// <param name="Span">The exact span of the phrase in the text ("April 7, 2014", "last June", "1980-1988").</param>
/// <param name="Text">The phrase as written; always equal to the text under <paramref name="Span"/>.</param>
/// <param name="Date">
/// The ISO start at the precision the text supports ("2014-04-07", "2014-06", "2014"); null when it cannot be
/// resolved (a relative phrase without a precise enough reference date, or one anchored to another event).
/// </param>
/// <param name="EndDate">The ISO end of a range ("1988" for 1980-1988, "2004-06" for "May 2003 to June 2004"); else null.</param>
/// <param name="Precision">How precise <paramref name="Date"/> is.</param>
/// <param name="Relative">
/// True when the value depends on an anchor outside the phrase: the reference date ("last June", "this week",
/// "Sept. 8" without a year) or, for "three months before …", another event.
/// </param>
public sealed record DateMention(
    TextSpan Span,
    string Text,
    string? Date,
    string? EndDate,
    DatePrecision Precision,
    bool Relative);
