using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Resolves one source's article-level actors to atlas entities, incrementally: each actor's keys
/// (gazetteer id, transliteration key and consonant skeleton of every full name) are looked up in
/// EntityKeys, so the cost is per mention, never a scan over all entities. A surname-only actor
/// joins an entity only when exactly one entity of its type carries that surname.
/// </summary>
public static class EntityResolver
{
    private const string LookupSql = """
        SELECT EntityId AS EntityId,
               COUNT(*) AS Hits
        FROM EntityKeys
        WHERE Type = @type
          AND Key IN @keys
        GROUP BY EntityId
        ORDER BY COUNT(*) DESC, EntityId
        LIMIT 3
        """;

    private sealed record Hit
    {
        public string EntityId { get; init; } = "";
        public long Hits { get; init; }
    }

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "person",
        EntityType.Group => "group",
        _ => "place",
    };

    /// <summary>Stores the actors' mentions under resolved (or new) entities; returns each actor's entity id, in order.</summary>
    public static string[] Resolve(DbConnection conn, DbTransaction tx, string sourceId, IReadOnlyList<LocalEntity> actors)
    {
        using var sql = new CommandCache(conn, tx);
        var ids = new string[actors.Count];
        for (var a = 0; a < actors.Count; a++)
        {
            var actor = actors[a];
            var type = TypeName(actor.Type);
            var id = Find(conn, tx, type, actor) ?? Create(conn, tx, type, actor);
            ids[a] = id;
            foreach (var key in actor.Keys)
            {
                sql.Execute("INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId) VALUES (@p0, @p1, @p2)", type, key, id);
            }

            foreach (var (surface, count) in actor.Mentions.Where(m => !m.IsReference).GroupBy(m => m.Surface, StringComparer.Ordinal).Select(g => (g.Key, g.Count())))
            {
                sql.Execute("""
                    INSERT INTO EntitySurfaces (EntityId, Surface, Count)
                    VALUES (@p0, @p1, @p2)
                    ON CONFLICT (EntityId, Surface) DO UPDATE SET Count = Count + excluded.Count
                    """, id, surface, count);
            }

            foreach (var m in actor.Mentions)
            {
                sql.Execute("""
                    INSERT OR IGNORE INTO Mentions (SourceId, Start, "End", EntityId, Surface, Reference, TitleStart)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
                    """, sourceId, m.Span.Start, m.Span.End, id, m.Surface, m.IsReference ? 1 : 0, m.TitleStart);
            }
        }

        return ids;
    }

    private static string? Find(DbConnection conn, DbTransaction tx, string type, LocalEntity actor)
    {
        var strong = actor.Keys.Where(k => !k.StartsWith("b:", StringComparison.Ordinal)).ToArray();
        if (strong.Length > 0)
        {
            var hits = conn.Query<Hit>(LookupSql, new { type, keys = strong }, tx).ToList();
            if (hits.Count > 0)
            {
                return hits[0].EntityId;
            }

            if (actor.HasFullName)
            {
                return null;
            }
        }

        var bare = actor.Keys.Where(k => k.StartsWith("b:", StringComparison.Ordinal)).ToArray();
        if (bare.Length == 0)
        {
            return null;
        }

        var bareHits = conn.Query<Hit>(LookupSql, new { type, keys = bare }, tx).ToList();
        return bareHits.Count == 1 ? bareHits[0].EntityId : null;
    }

    private static string Create(DbConnection conn, DbTransaction tx, string type, LocalEntity actor)
    {
        var slug = Slugs.From(actor.Name);
        if (slug.Length == 0)
        {
            slug = type;
        }

        // The slug; else the slug and type ("jordan-person"); else numbered: ids never move once given.
        var id = slug;
        if (Exists(conn, tx, id))
        {
            id = $"{slug}-{type}";
            for (var n = 2; Exists(conn, tx, id); n++)
            {
                id = $"{slug}-{type}-{n}";
            }
        }

        var p = actor.Place;
        conn.Execute("""
            INSERT INTO Entities (Id, Type, Name, PlaceId, Country, Lat, Lon)
            VALUES (@id, @type, @name, @placeId, @country, @lat, @lon)
            """, new { id, type, name = actor.Name, placeId = p?.Id, country = p?.Country, lat = p?.Lat, lon = p?.Lon }, tx);
        return id;
    }

    private static bool Exists(DbConnection conn, DbTransaction tx, string id) =>
        conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @id", new { id }, tx) > 0;

    /// <summary>
    /// Re-derives the display name of touched entities (the fullest form most used across the atlas,
    /// unless curated or from the gazetteer) from their surface counts, and removes entities left without
    /// mentions. Reads a handful of rows per entity, however often the entity is mentioned.
    /// </summary>
    /// <summary>Takes a source's mentions out of the surface counts, before the source is deleted.</summary>
    public static void ForgetSurfaces(DbConnection conn, DbTransaction tx, string sourceId)
    {
        foreach (var (entityId, surface, count) in conn.Query<(string, string, long)>(
            "SELECT EntityId, Surface, COUNT(*) FROM Mentions WHERE SourceId = @sourceId AND Reference = 0 GROUP BY EntityId, Surface", new { sourceId }, tx).ToList())
        {
            conn.Execute("UPDATE EntitySurfaces SET Count = Count - @count WHERE EntityId = @entityId AND Surface = @surface; DELETE FROM EntitySurfaces WHERE EntityId = @entityId AND Surface = @surface AND Count <= 0",
                new { entityId, surface, count }, tx);
        }
    }

    /// <summary>Recounts the surfaces of entities whose mentions curation moved.</summary>
    public static void RecountSurfaces(DbConnection conn, DbTransaction tx, IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            conn.Execute("""
                DELETE FROM EntitySurfaces WHERE EntityId = @id;
                INSERT INTO EntitySurfaces (EntityId, Surface, Count)
                SELECT EntityId, Surface, COUNT(*) FROM Mentions WHERE EntityId = @id AND Reference = 0 GROUP BY EntityId, Surface;
                """, new { id }, tx);
        }
    }

    public static void Refresh(DbConnection conn, DbTransaction tx, IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            var state = conn.QuerySingleOrDefault<(long Curated, long CuratedName, string? PlaceId)>(
                "SELECT Curated, CuratedName, PlaceId FROM Entities WHERE Id = @id", new { id }, tx);
            if (conn.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM Mentions WHERE EntityId = @id)", new { id }, tx) == 0)
            {
                if (state.Curated == 0)
                {
                    conn.Execute("DELETE FROM EntitySurfaces WHERE EntityId = @id; DELETE FROM Entities WHERE Id = @id", new { id }, tx);
                }

                continue;
            }

            if (state.CuratedName != 0 || state.PlaceId is not null)
            {
                continue;
            }

            var surfaces = conn.Query<(string Surface, long Count)>(
                "SELECT Surface, Count FROM EntitySurfaces WHERE EntityId = @id AND Count > 0", new { id }, tx).ToList();
            if (surfaces.Count == 0)
            {
                continue;
            }

            var lone = surfaces.Where(s => !s.Surface.Contains(' ', StringComparison.Ordinal))
                .GroupBy(s => NameKey.Fold(s.Surface)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var best = surfaces
                .Select(s => (s.Surface, Words: s.Surface.Split(' ').Length, Score: s.Count + lone.GetValueOrDefault(NameKey.Fold(s.Surface).Split(' ')[^1])))
                .OrderByDescending(s => s.Words > 1)
                .ThenByDescending(s => s.Score)
                .ThenByDescending(s => s.Words)
                .ThenBy(s => s.Surface, StringComparer.Ordinal)
                .First().Surface;
            conn.Execute("UPDATE Entities SET Name = @best WHERE Id = @id", new { best, id }, tx);
        }
    }
}
