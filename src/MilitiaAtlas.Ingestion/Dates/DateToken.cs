using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Dates;

internal enum DateTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// A token of the date scanner. <see cref="Value"/> is the number's value when the token is a run of at most
/// four ASCII digits without separators, else -1; <see cref="Digits"/> counts its digits.
/// </summary>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, int Value, int Digits);

/// <summary>
/// Splits a span into letter runs, digit runs and single symbols. Digits joined by "," or "." stay one
/// token ("1,000", "3.5") so that a part of a bigger number can never be read as a year.
/// </summary>
internal static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text, TextSpan span)
    {
        // About one token to five characters: room enough that the list seldom grows.
        var tokens = new List<DateToken>(4 + ((span.End - span.Start) / 5));
        var i = span.Start;
        while (i < span.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                var digits = 0;
                var plain = true;
                while (i < span.End)
                {
                    var ch = text[i];
                    if (char.IsAsciiDigit(ch))
                    {
                        // Only the first few digits matter: longer runs are never dates and must not overflow.
                        if (digits < 5)
                        {
                            value = (value * 10) + (ch - '0');
                        }

                        digits++;
                        i++;
                    }
                    else if ((ch == ',' || ch == '.') && i + 1 < span.End && char.IsAsciiDigit(text[i + 1]))
                    {
                        plain = false;
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new DateToken(start, i, DateTokenKind.Number, plain && digits <= 4 ? value : -1, digits));
            }
            else if (char.IsLetter(c))
            {
                while (i < span.End && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new DateToken(start, i, DateTokenKind.Word, -1, 0));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(start, i, DateTokenKind.Symbol, -1, 0));
            }
        }

        return tokens;
    }
}
