using Dapper;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Pages.Curation;

/// <summary>The curation records: those that touched one entity (its history), or all of them (the curation log), newest first.</summary>
public sealed class CurationQuery(AtlasDatabase database)
{
    /// <summary>The log lists this many records, the newest.</summary>
    public const int LogLimit = 500;

    private const string RecordsSql = """
        SELECT r.Id AS Id,
               r.Verb AS Verb,
               r.Operation AS Operation,
               r.Reason AS Reason,
               r.CreatedBy AS CreatedBy,
               r.CreatedAt AS CreatedAt,
               r.UndoneBy AS UndoneBy,
               r.UndoneAt AS UndoneAt
        FROM CurationRecords r

        """;

    private const string HistorySql = RecordsSql + """
        JOIN CurationRecordEntities e ON e.RecordId = r.Id
        WHERE e.EntityId = @id
        ORDER BY r.Id DESC
        """;

    private const string LogSql = RecordsSql + """
        ORDER BY r.Id DESC
        LIMIT @limit
        """;

    private const string NamedSql = """
        SELECT DISTINCT e.Id AS Id,
               e.Type AS Type,
               e.Name AS Name
        FROM Mentions m
        JOIN Sources s ON s.Num = m.SourceNum
        JOIN VisibleEntities e ON e.Id = m.EntityId
        WHERE s.Id = @sourceId
          AND m.Start >= @start
          AND m."End" <= @end
        ORDER BY e.Name
        LIMIT @limit
        """;

    /// <summary>The reader offers to curate at most this many entities named in a highlighted span.</summary>
    public const int NamedLimit = 5;

    /// <summary>An entity named in a highlighted span of the reader.</summary>
    public sealed record Named(string Id, string Type, string Name);

    /// <summary>One record as the history shows it; <see cref="Summary"/> is its operation as the curation file writes it.</summary>
    public sealed record Row(long Id, string Verb, string Operation, string Reason, string CreatedBy, string CreatedAt, string? UndoneBy, string? UndoneAt)
    {
        public string Summary => Operation.Trim().TrimStart('-').Trim();
    }

    public async Task<IReadOnlyList<Row>> HistoryAsync(string entityId, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        return (await conn.QueryAsync<Row>(new CommandDefinition(HistorySql, new { id = entityId }, cancellationToken: ct))).ToList();
    }

    /// <summary>The entities whose mentions lie within <paramref name="start"/>–<paramref name="end"/> of a source.</summary>
    public async Task<IReadOnlyList<Named>> NamedAsync(string sourceId, int start, int end, CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        return (await conn.QueryAsync<Named>(new CommandDefinition(NamedSql, new { sourceId, start, end, limit = NamedLimit }, cancellationToken: ct))).ToList();
    }

    public async Task<IReadOnlyList<Row>> LogAsync(CancellationToken ct)
    {
        await using var conn = await database.OpenAsync(ct);
        return (await conn.QueryAsync<Row>(new CommandDefinition(LogSql, new { limit = LogLimit }, cancellationToken: ct))).ToList();
    }
}
