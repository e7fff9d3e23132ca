using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Pages.Sources;

/// <summary>One source with its passages, cut into plain and highlighted segments for the reader.</summary>
public sealed class SourceReaderQuery(AtlasDatabase database)
{
    private const string SourceSql = """
        SELECT Id, File, Title, Outlet, Author, Published, Url, Text, Warnings
        FROM Sources
        WHERE Id = @id
        """;

    private const string PassagesSql = """
        SELECT p.Ordinal AS Ordinal,
               p.Start AS Start,
               p."End" AS End,
               p.Kind AS Kind,
               o.Id AS ReusedFromSourceId,
               p.ReusedFromOrdinal AS ReusedFromOrdinal,
               o.Title AS ReusedFromTitle
        FROM Passages p
        LEFT JOIN Sources o ON o.Num = p.ReusedFromSourceNum
        WHERE p.SourceNum = (SELECT Num FROM Sources WHERE Id = @id)
        ORDER BY p.Ordinal
        """;

    private const string ReusedBySql = """
        SELECT DISTINCT s.Id AS Id,
               s.Title AS Title
        FROM Passages p
        JOIN Sources s ON s.Num = p.SourceNum
        WHERE p.ReusedFromSourceNum = (SELECT Num FROM Sources WHERE Id = @id)
        ORDER BY s.Title
        """;

    public sealed record SourceRecord(string Id, string File, string Title, string? Outlet, string? Author, string? Published, string? Url, string Text, string? Warnings);

    public sealed record PassageRecord(long Ordinal, long Start, long End, string Kind, string? ReusedFromSourceId, long? ReusedFromOrdinal, string? ReusedFromTitle);

    public sealed record SourceLink(string Id, string Title);

    public sealed record Segment(string Text, bool Highlighted);

    public sealed record PassageView(PassageRecord Passage, IReadOnlyList<Segment> Segments)
    {
        public bool HasHighlight => Segments.Any(s => s.Highlighted);
    }

    public sealed record Result(SourceRecord Source, IReadOnlyList<PassageView> Passages, IReadOnlyList<SourceLink> ReusedBy, Highlight? Highlight);

    public async Task<Result?> RunAsync(string id, string? hl, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        var source = await conn.QuerySingleOrDefaultAsync<SourceRecord>(new CommandDefinition(SourceSql, new { id }, cancellationToken: ct));
        if (source is null)
        {
            return null;
        }

        var passages = await conn.QueryAsync<PassageRecord>(new CommandDefinition(PassagesSql, new { id }, cancellationToken: ct));
        var reusedBy = await conn.QueryAsync<SourceLink>(new CommandDefinition(ReusedBySql, new { id }, cancellationToken: ct));
        var highlight = Highlight.Parse(hl, source.Text.Length);
        var views = passages.Select(p => new PassageView(p, Cut(source.Text, p, highlight))).ToList();
        return new Result(source, views, reusedBy.ToList(), highlight);
    }

    private static List<Segment> Cut(string text, PassageRecord p, Highlight? h)
    {
        int start = (int)p.Start, end = (int)p.End;
        if (h is null || h.End <= start || h.Start >= end)
        {
            return [new Segment(text[start..end], false)];
        }

        var a = Math.Max(start, h.Start);
        var b = Math.Min(end, h.End);
        var result = new List<Segment>(3);
        if (a > start)
        {
            result.Add(new Segment(text[start..a], false));
        }

        result.Add(new Segment(text[a..b], true));
        if (b < end)
        {
            result.Add(new Segment(text[b..end], false));
        }

        return result;
    }
}

/// <summary>A cited span from <c>?hl=START-END</c>; anything malformed or out of range is no highlight.</summary>
public sealed record Highlight(int Start, int End)
{
    public static Highlight? Parse(string? value, int textLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 40)
        {
            return null;
        }

        var dash = value.IndexOf('-', 1);
        if (dash < 0
            || !int.TryParse(value.AsSpan(0, dash), System.Globalization.NumberStyles.None, null, out var start)
            || !int.TryParse(value.AsSpan(dash + 1), System.Globalization.NumberStyles.None, null, out var end))
        {
            return null;
        }

        return start < end && end <= textLength ? new Highlight(start, end) : null;
    }
}
