using Dapper;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Pages;

/// <summary>What the atlas holds, for the home page.</summary>
public sealed class HomeQuery(AtlasDatabase database)
{
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM Sources) AS Sources,
               (SELECT COUNT(*) FROM Passages WHERE Kind = 'body') AS BodyPassages,
               (SELECT COUNT(*) FROM Sentences) AS Sentences,
               (SELECT COUNT(*) FROM Passages WHERE ReusedFromSourceId IS NOT NULL) AS ReusedPassages
        """;

    private const string LatestSql = """
        SELECT Id AS Id,
               Title AS Title,
               Outlet AS Outlet,
               Published AS Published
        FROM Sources
        ORDER BY Published IS NULL, Published DESC, Title
        LIMIT 10
        """;

    public sealed record Counts(long Sources, long BodyPassages, long Sentences, long ReusedPassages);

    public sealed record SourceRow(string Id, string Title, string? Outlet, string? Published);

    public sealed record Result(Counts Counts, IReadOnlyList<SourceRow> Latest);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        var counts = await conn.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, cancellationToken: ct));
        var latest = await conn.QueryAsync<SourceRow>(new CommandDefinition(LatestSql, cancellationToken: ct));
        return new Result(counts, latest.ToList());
    }
}
