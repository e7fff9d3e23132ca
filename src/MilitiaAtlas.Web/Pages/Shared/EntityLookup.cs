using Dapper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Web.Pages.Search;

namespace MilitiaAtlas.Web.Pages.Citations;

/// <summary>
/// What a filter box means (the network's focus, the map's actor): an entity id as it stands, else the entity the
/// search box would suggest first for the text (any spelling, typos tolerated; docs/search.md).
/// </summary>
public sealed class EntityLookup(AtlasDatabase database, SearchQuery search)
{
    private const string ByIdSql = """
        SELECT e.Id AS Id,
               e.Type AS Type,
               e.Name AS Name
        FROM VisibleEntities e
        WHERE e.Id = @id
        """;

    public sealed record Found(string Id, string Type, string Name);

    /// <summary>The entity <paramref name="text"/> names, or null when it names none (or is empty).</summary>
    public async Task<Found?> FindAsync(string? text, CancellationToken ct)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > SearchQuery.MaxQueryLength)
        {
            return null;
        }

        await using (var conn = await database.OpenAsync(ct))
        {
            if (await conn.QuerySingleOrDefaultAsync<Found>(new CommandDefinition(ByIdSql, new { id = text }, cancellationToken: ct)) is { } byId)
            {
                return byId;
            }
        }

        var hits = await search.SuggestAsync(text, ct);
        return hits.Count == 0 ? null : new Found(hits[0].Id, hits[0].Type, hits[0].Name);
    }
}
