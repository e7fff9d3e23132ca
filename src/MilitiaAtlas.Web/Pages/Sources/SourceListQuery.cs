using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Pages.Sources;

/// <summary>Every source with its metadata and passage counts, newest first.</summary>
public sealed class SourceListQuery(AtlasDatabase database)
{
    private const string Sql = """
        SELECT s.Id AS Id,
               s.Title AS Title,
               s.Outlet AS Outlet,
               s.Author AS Author,
               s.Published AS Published,
               (SELECT COUNT(*) FROM Passages p WHERE p.SourceNum = s.Num AND p.Kind = 'body') AS BodyPassages,
               (SELECT COUNT(*) FROM Passages p WHERE p.SourceNum = s.Num AND p.ReusedFromSourceNum IS NOT NULL) AS ReusedPassages,
               (SELECT COUNT(*) FROM Claims x WHERE x.SourceNum = s.Num) AS Sentences
        FROM Sources s
        ORDER BY s.Published IS NULL, s.Published DESC, s.Title
        """;

    // A nominal record: Dapper maps computed columns through setters, which also works on an empty result.
    public sealed record Row
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Author { get; init; }
        public string? Published { get; init; }
        public long BodyPassages { get; init; }
        public long ReusedPassages { get; init; }
        public long Sentences { get; init; }
    }

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        return (await conn.QueryAsync<Row>(new CommandDefinition(Sql, cancellationToken: ct))).ToList();
    }
}
