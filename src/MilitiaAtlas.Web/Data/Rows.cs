namespace MilitiaAtlas.Web.Data;

// EF entity classes: the write model. Reads go through Dapper queries beside each feature.

public sealed class SourceRow
{
    /// <summary>The number that rows belonging to the source refer to it by (migration 12).</summary>
    public long Num { get; set; }

    public string Id { get; set; } = "";
    public string FileKey { get; set; } = "";
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Author { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string Format { get; set; } = "";
    public string Text { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string IngestedAt { get; set; } = "";
    public string? Warnings { get; set; }
    public List<PassageRow> Passages { get; set; } = [];
}

public sealed class PassageRow
{
    public long SourceNum { get; set; }
    public int Ordinal { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string Kind { get; set; } = "";
    public long? ReusedFromSourceNum { get; set; }
    public int? ReusedFromOrdinal { get; set; }
}

public sealed class PassageShingleRow
{
    public long Hash { get; set; }
    public long SourceNum { get; set; }
    public int PassageOrdinal { get; set; }
}
