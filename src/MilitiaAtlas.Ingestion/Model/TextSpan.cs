namespace MilitiaAtlas.Ingestion.Model;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in a source's stored text. Every derived item
/// carries one, which is what makes every citation exact.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && other.End > Start;

    public string Slice(string text) => text.Substring(Start, End - Start);

    public override string ToString() => $"{Start}-{End}";
}
