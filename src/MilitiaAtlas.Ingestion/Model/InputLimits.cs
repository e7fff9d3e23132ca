namespace MilitiaAtlas.Ingestion.Model;

/// <summary>
/// Explicit bounds on what one input may make a parser do, checked before the parser is asked to do it
/// (docs/reliability.md, "Limits"). An input past a bound is refused with <see cref="InputRefusedException"/>,
/// which names the bound; it never reaches a parser that would overflow the stack or run for minutes.
/// The host sets them from configuration (<c>Atlas:Max…</c>); the defaults are far above any real article.
/// </summary>
public sealed record InputLimits
{
    public static InputLimits Default { get; } = new();

    /// <summary>Block quotes and list levels nested in Markdown (a real document rarely passes ten).</summary>
    public int MarkdownDepth { get; init; } = 32;

    /// <summary>Mappings and sequences nested in YAML (front matter, <c>sources.yaml</c>, <c>curation.yaml</c>).</summary>
    public int YamlDepth { get; init; } = 32;

    /// <summary>YAML nodes reached through aliases (<c>*name</c>), counted as if expanded: what stops an alias bomb.</summary>
    public long YamlAliasNodes { get; init; } = 100_000;

    /// <summary>Passages (paragraphs) in one article.</summary>
    public int Passages { get; init; } = 200_000;

    /// <summary>
    /// Elements nested in a web page (real pages stay under a hundred). Checked on the parsed tree, before the
    /// article extractor, whose walks recurse, sees it.
    /// </summary>
    public int HtmlDepth { get; init; } = 256;

    /// <summary>
    /// Bytes a document may expand to when its compressed parts are inflated: a Word file's XML parts, a PDF's streams
    /// (images aside). What stops a decompression bomb: a small file that inflates to gigabytes.
    /// </summary>
    public long ExpandedBytes { get; init; } = 256L * 1024 * 1024;
}

/// <summary>An input refused because it passes one of the <see cref="InputLimits"/>, or holds nothing to store; the message says which and why.</summary>
public sealed class InputRefusedException(string reason) : Exception(reason);
