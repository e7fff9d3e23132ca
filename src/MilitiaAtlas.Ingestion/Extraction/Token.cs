using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

public enum TokenKind
{
    Word,
    Number,
    Possessive,
    Punct,
}

/// <summary>A token of a sentence with its exact span.</summary>
public sealed record Token(TextSpan Span, string Text, TokenKind Kind, bool SentenceStart)
{
    /// <summary>A line break stands between this token and the one before: names do not run across it.</summary>
    public bool NewLineBefore { get; init; }

    /// <summary>A column gap (a tab, or three spaces or more) stands between this token and the one before, on one line.</summary>
    public bool GapBefore { get; init; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital, looking past a lower-case name particle ("al-Rashidi", "el-Sisi").</summary>
    public bool IsCapitalized { get; } = Kind == TokenKind.Word && char.IsUpper(Text[NameLexicon.ParticlePrefixLength(Text)]);

    /// <summary>An acronym such as ISIS, SDF or U.S.: two or more letters, all capitals.</summary>
    public bool IsAcronym { get; } = Kind == TokenKind.Word && AcronymShape(Text);

    /// <summary>The text in lower case (computed once: every stage asks for it, many times).</summary>
    public string Lower { get; } = Kind == TokenKind.Punct ? Text : Casing.Lower(Text);

    /// <summary>The text without trailing full stops ("Gen." → "Gen"), as titles are compared.</summary>
    public string Undotted { get; } = Text.TrimEnd('.');

    private static bool AcronymShape(string text)
    {
        var letters = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        // "ISIS", "U.S.", and letter-digit names such as "M23" or "G5".
        return letters >= 2 || (letters >= 1 && digits >= 1 && char.IsUpper(text[0]) && text.Length <= 6 && !text.Contains('-'));
    }

    public override string ToString() => Text;
}
