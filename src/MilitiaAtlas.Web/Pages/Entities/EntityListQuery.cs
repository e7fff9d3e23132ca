using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Pages.Entities;

/// <summary>One page of people, groups or places with their counts, filtered by name and sorted.</summary>
public sealed class EntityListQuery(AtlasDatabase database)
{
    public const int PageSize = 50;

    // The counts are EntityCounts's, the one definition the home page, the profile and the API share. The page is chosen
    // first (by name, or by mentions alone), then only its rows are counted in full.
    private static readonly string Sql = $"""
        WITH page AS (
            SELECT e.Id AS Id,
                   {EntityCounts.Mentions} AS Mentions
            FROM VisibleEntities e
            WHERE e.Type = @type
              AND (@filter IS NULL OR e.Name LIKE @filter ESCAPE '\' OR EXISTS (
                    SELECT 1 FROM Mentions m WHERE m.EntityId = e.Id AND m.Surface LIKE @filter ESCAPE '\'))
            ORDER BY CASE WHEN @sort = 'name' THEN e.Name END,
                     Mentions DESC,
                     e.Name
            LIMIT @limit OFFSET @offset
        )
        SELECT e.Id AS Id,
               e.Name AS Name,
               e.Curated AS Curated,
               {EntityCounts.Columns}
        FROM page
        JOIN VisibleEntities e ON e.Id = page.Id
        ORDER BY CASE WHEN @sort = 'name' THEN e.Name END,
                 page.Mentions DESC,
                 e.Name
        """;

    private const string CountSql = """
        SELECT COUNT(*)
        FROM VisibleEntities e
        WHERE e.Type = @type
          AND (@filter IS NULL OR e.Name LIKE @filter ESCAPE '\' OR EXISTS (
                SELECT 1 FROM Mentions m WHERE m.EntityId = e.Id AND m.Surface LIKE @filter ESCAPE '\'))
        """;

    public sealed record Row
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public long Curated { get; init; }
        public long Mentions { get; init; }
        public long Sources { get; init; }
        public long IndependentSources { get; init; }
        public long Relations { get; init; }
        public long Events { get; init; }
    }

    public sealed record Result(string Type, IReadOnlyList<Row> Rows, long Total, int Page, int Pages, string? Filter, string Sort);

    public Task<Result> RunAsync(string type, string? filter, string? sort, int page, CancellationToken ct) =>
        RunAsync(type, filter, sort, page, PageSize, ct);

    /// <summary>Every row that matches, on one page (the list's CSV download).</summary>
    public Task<Result> AllAsync(string type, string? filter, string? sort, CancellationToken ct) =>
        RunAsync(type, filter, sort, 1, int.MaxValue, ct);

    private async Task<Result> RunAsync(string type, string? filter, string? sort, int page, int pageSize, CancellationToken ct)
    {
        filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim()[..Math.Min(filter.Trim().Length, 100)];
        sort = sort == "name" ? "name" : "mentions";
        var like = filter is null ? null : "%" + filter.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        await using var conn = await database.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, new { type, filter = like }, cancellationToken: ct));
        var pages = (int)Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(Sql,
            new { type, filter = like, sort, limit = pageSize, offset = (long)(page - 1) * pageSize }, cancellationToken: ct));
        return new Result(type, rows.ToList(), total, page, pages, filter, sort);
    }
}
