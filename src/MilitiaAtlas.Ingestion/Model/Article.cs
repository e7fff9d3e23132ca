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

/// <summary>What an article was read from. Text and Markdown are stored as written; the others as their readable text.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
    Pdf,
    Word,
}

public static class ArticleFormats
{
    /// <summary>A format's stored name (<c>Sources.Format</c>): "text", "markdown", "html", "pdf", "docx".</summary>
    public static string Name(ArticleFormat format) => format switch
    {
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Html => "html",
        ArticleFormat.Pdf => "pdf",
        ArticleFormat.Word => "docx",
        _ => "text",
    };
}

/// <summary>What a block of a converted document is, as its format says: its own markup, not a guess from the text.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,

    /// <summary>A reader's comment under a web page's article.</summary>
    Comment,
}

/// <summary>A block of a converted document's text (a web page's paragraph, a PDF paragraph rebuilt from its lines).</summary>
public sealed record TextBlock(TextSpan Span, BlockKind Kind);

/// <summary>
/// An article ready for the pipeline: its stored text (decoded, LF line endings, front matter removed)
/// and everything known about it. A document read from a web page, a PDF or a Word file also brings its
/// <see cref="Blocks"/>: the paragraphs its format marks, which the pipeline takes instead of cutting the text at blank lines.
/// </summary>
public sealed record Article(string File, ArticleFormat Format, string Text, ArticleMetadata Metadata)
{
    /// <summary>The document's own blocks, in text order, or null for text and Markdown (cut by <c>ParagraphSplitter</c>).</summary>
    public IReadOnlyList<TextBlock>? Blocks { get; init; }
}

/// <summary>Something worth telling the user about an input that still went in.</summary>
public sealed record IngestWarning(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
