using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// Splits a sentence into words, numbers, possessive markers and punctuation, each with its span.
/// Words keep inner apostrophes and hyphens ("Shi'ite", "al-Rashidi", "Iran-backed"); dotted acronyms
/// and initials keep their periods ("U.S.", "L."); a trailing 's or ’s is its own token.
/// </summary>
public static class Tokenizer
{
    // One string per ASCII character, so a punctuation token takes no new one.
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<Token> Tokenize(string text, TextSpan sentence)
    {
        // About one token to five characters of English: room enough that the list seldom grows.
        var tokens = new List<Token>(4 + ((sentence.End - sentence.Start) / 5));
        var i = sentence.Start;
        var end = sentence.End;
        var newLine = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newLine |= c == '\n' && !IsSoftBreak(text, i);
                i++;
                continue;
            }

            var before = tokens.Count;

            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))
                && tokens.Count > 0 && tokens[^1].Span.End == i && tokens[^1].IsWord)
            {
                tokens.Add(new Token(new TextSpan(i, i + 2), text.Substring(i, 2), TokenKind.Possessive, false));
                i += 2;
                MarkNewLine(text, tokens, before, ref newLine);
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var digits = true;
                while (i < end)
                {
                    var ch = text[i];
                    if (char.IsLetterOrDigit(ch) || ch == '\u0301' || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        digits &= char.IsDigit(ch);
                        i++;
                    }
                    else if ((ch == '-' || ch == '\u2011') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(ch) && i + 1 < end && char.IsLetter(text[i + 1])
                        && !((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))))
                    {
                        i++;
                    }
                    else if (ch == '.' && IsDottedAcronymSoFar(text, start, i) && (i + 1 >= end || !char.IsLower(text[i + 1])))
                    {
                        i++;
                        if (i < end && char.IsUpper(text[i]) && i + 1 < end && text[i + 1] == '.')
                        {
                            continue;
                        }

                        break;
                    }
                    else if ((ch == ',' || ch == '.') && digits && i + 1 < end && char.IsDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // "anti-ISIL", "counter-Daesh": the prefix is its own word, so the name stands alone. A prefix with a capital
                // inside a sentence before a name belongs to it: "the Counter-Daesh Coalition" (not "Counter-Terrorism Listings").
                var dash = text.IndexOf('-', start, i - start);
                // Nor after a capitalized word of the sentence: "the First of October Anti-Fascist Resistance Groups".
                if (dash > start && dash + 1 < i && char.IsUpper(text[dash + 1]) && NameLexicon.HyphenPrefixes.Contains(text[start..dash])
                    && (char.IsLower(text[start]) || OpensClause(tokens)
                        || (NameLexicon.IsEnglishWord(text[(dash + 1)..i].ToLowerInvariant()) && !InsideName(tokens, text, start))))
                {
                    tokens.Add(new Token(new TextSpan(start, dash), text[start..dash], TokenKind.Word, OpensClause(tokens)));
                    tokens.Add(new Token(new TextSpan(dash, dash + 1), "-", TokenKind.Punct, false));
                    start = dash + 1;
                }

                var word = text[start..i];
                var isAbbrev = i < end && text[i] == '.' && Segmentation.Lexicon.Abbreviations.Contains(word) && char.IsUpper(word[0]);
                if (isAbbrev)
                {
                    i++;
                    word += ".";
                }

                tokens.Add(new Token(new TextSpan(start, i), word, digits ? TokenKind.Number : TokenKind.Word, OpensClause(tokens)));
                MarkNewLine(text, tokens, before, ref newLine);
                continue;
            }

            tokens.Add(new Token(new TextSpan(i, i + 1), c < Ascii.Length ? Ascii[c] : c.ToString(), TokenKind.Punct, false));
            i++;
            MarkNewLine(text, tokens, before, ref newLine);
        }

        return tokens;
    }

    /// <summary>
    /// True when the line break at <paramref name="at"/> falls inside a sentence of text wrapped at a fixed width: the line
    /// it ends is long (60 characters or more), ends in a word or a comma, is prose (no label's colon, half its words in lower
    /// case) and not a form's aligned fields (a run of three spaces) or a table row, and either the next line goes on in lower case or another line near it in the block is
    /// about as long (a wrapped paragraph's lines fill one width; a heading block's lines do not). A name may run over such a
    /// break ("the Supreme / Court in Brisk").
    /// </summary>
    internal static bool IsSoftBreak(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\r')
        {
            end--;
        }

        if (end == 0 || !(char.IsLetterOrDigit(text[end - 1]) || text[end - 1] == ','))
        {
            return false;
        }

        var start = text.LastIndexOf('\n', end - 1) + 1;
        var length = end - start;
        var line = text.AsSpan(start, length);
        if (length < 60 || line.IndexOf("   ", StringComparison.Ordinal) >= 0 || line.IndexOf('|') >= 0 || line.IndexOf('\t') >= 0 || !Segmentation.ParagraphSplitter.IsProseLine(line, 0))
        {
            return false;
        }

        var next = at + 1;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return true;
        }

        // Up to six lines either side in the block: one about as long (within an eighth) makes the block wrapped.
        var alike = 0;
        var from = start;
        for (var k = 0; k < 6 && from > 1 && text[from - 2] != '\n'; k++)
        {
            var s = text.LastIndexOf('\n', from - 2) + 1;
            alike += Math.Abs(from - 1 - s - length) * 8 <= length ? 1 : 0;
            from = s;
        }

        var to = at + 1;
        for (var k = 0; k < 6 && to < text.Length && alike < 1; k++)
        {
            var e = text.IndexOf('\n', to);
            e = e < 0 ? text.Length : e;
            if (e == to)
            {
                break;
            }

            alike += Math.Abs(e - to - length) * 8 <= length ? 1 : 0;
            to = e + 1;
        }

        return alike >= 1;
    }

    private static void MarkNewLine(string text, List<Token> tokens, int firstNew, ref bool newLine)
    {
        if (newLine && firstNew < tokens.Count && firstNew > 0)
        {
            tokens[firstNew] = tokens[firstNew] with { NewLineBefore = true };
        }
        else if (firstNew < tokens.Count && firstNew > 0 && tokens[firstNew].Span.Start - tokens[firstNew - 1].Span.End >= 3
            && IsColumnGap(text.AsSpan(tokens[firstNew - 1].Span.End, tokens[firstNew].Span.Start - tokens[firstNew - 1].Span.End)))
        {
            tokens[firstNew] = tokens[firstNew] with { GapBefore = true };
        }

        newLine = false;
    }

    /// <summary>
    /// A tab or three spaces inside a line part columns ("KVA      Kessa Velt Archive", "Name\tRole"): names do not run across
    /// them, as across a line break.
    /// </summary>
    private static bool IsColumnGap(ReadOnlySpan<char> gap) => gap.Contains('\t') || gap.Contains("   ", StringComparison.Ordinal);

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`';

    // A token at the start of a sentence or right after an opening quote, bracket or dash at the start.
    /// <summary>
    /// After a line's short label and its colon ("Position: Supreme commander of …", "Q: What …"), a word opens a
    /// clause as it would a sentence: its capital is the line's, not a name's.
    /// </summary>
    /// <summary>
    /// The next word opens a sentence: the first, after opening marks only, after a label's colon, or after a cell's "|"
    /// ("3 May 2021 | Quotes the minister as saying …").
    /// </summary>
    private static bool OpensClause(List<Token> tokens) => tokens.Count == 0 || IsOpening(tokens) || AfterLabel(tokens) || tokens[^1].Text == "|";

    private static bool AfterLabel(List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != ":")
        {
            return false;
        }

        var k = tokens.Count - 2;
        var words = 0;
        while (k >= 0 && tokens[k].Kind == TokenKind.Word && words < 4)
        {
            words++;
            if (k == 0 || tokens[k].NewLineBefore)
            {
                return char.IsUpper(tokens[k].Text[0]);
            }

            k--;
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="start"/> follows a capitalized word that does not open the sentence, one space before it.</summary>
    private static bool InsideName(List<Token> tokens, string text, int start) =>
        tokens.Count >= 2 && tokens[^1].IsCapitalized && tokens[^1].Span.End == start - 1 && text[start - 1] == ' ';

    private static bool IsOpening(List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Punct || t.Text is not ("\"" or "“" or "‘" or "'" or "(" or "[" or "—" or "–" or "-" or "…" or "*" or "_"))
            {
                return false;
            }
        }

        return true;
    }

    // "U" or "U.S" so far: single capitals separated by periods.
    private static bool IsDottedAcronymSoFar(string text, int start, int i)
    {
        for (var k = start; k < i; k++)
        {
            var ch = text[k];
            var even = (k - start) % 2 == 0;
            if (even ? !char.IsUpper(ch) : ch != '.')
            {
                return false;
            }
        }

        return i > start;
    }
}
