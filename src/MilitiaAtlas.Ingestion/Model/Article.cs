namespace MilitiaAtlas.Ingestion.Model;

/// <summary>Publication facts about an article. Published is ISO and only as precise as known.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    string? Published = null,
    string? Url = null)
{
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Fields set here win over the fields of <paramref name="fallback"/>.</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) => new(
        Title ?? fallback.Title,
        Outlet ?? fallback.Outlet,
        Author ?? fallback.Author,
        Published ?? fallback.Published,
        Url ?? fallback.Url);
}

public enum ArticleFormat
{
    PlainText,
    Markdown,
}

/// <summary>
/// An article ready for the pipeline: its stored text (decoded, LF line endings, front matter removed)
/// and everything known about it.
/// </summary>
public sealed record Article(string File, ArticleFormat Format, string Text, ArticleMetadata Metadata);

/// <summary>Something worth telling the user about an input that still went in.</summary>
public sealed record IngestWarning(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
