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
    /// <summary>A passage's public id, in the export, the API and the reader's anchors ("p3"; the anchor adds "#").</summary>
    public static string Format(long ordinal) => $"p{ordinal}";

    public static string KindName(PassageKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A sentence inside a body passage.</summary>
public sealed record Sentence(int PassageOrdinal, TextSpan Span);
