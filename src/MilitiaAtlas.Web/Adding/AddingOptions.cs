namespace MilitiaAtlas.Web.Adding;

/// <summary>The limits of adding sources in the browser (docs/security.md, "Adding sources"), under <c>Atlas:Add</c>.</summary>
public sealed class AddingOptions
{
    public const string Section = "Atlas:Add";

    /// <summary>Files one upload may hold.</summary>
    public int MaxFiles { get; set; } = 20;

    /// <summary>The bytes of one upload, all its files together; each file is also held to <c>Atlas:MaxFileBytes</c>.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How long fetching a URL may take, every redirect included.</summary>
    public double FetchSeconds { get; set; } = 20;

    /// <summary>Redirects a fetch follows, each to an address checked again.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Characters of pasted text.</summary>
    public int MaxPastedChars { get; set; } = 2_000_000;

    /// <summary>Jobs waiting for the writer; past that, adding is refused until some are done.</summary>
    public int MaxWaitingJobs { get; set; } = 50;
}
