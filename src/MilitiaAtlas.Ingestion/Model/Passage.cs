namespace MilitiaAtlas.Ingestion.Model;

public enum PassageKind
{
    Body,
    Heading,
    Byline,
    Caption,
    Boilerplate,
    Comment,
}

/// <summary>A paragraph of the stored text. Ordinal starts at 1; the public id is "p{Ordinal}".</summary>
public sealed record Passage(int Ordinal, TextSpan Span, PassageKind Kind)
{
    public string Id => PassageIds.Format(Ordinal);
}

public static class PassageIds
{
    public static string Format(int ordinal) => $"p{ordinal}";

    public static string KindName(PassageKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A sentence inside a body passage.</summary>
public sealed record Sentence(int PassageOrdinal, TextSpan Span);
