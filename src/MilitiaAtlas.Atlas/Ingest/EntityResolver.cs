using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Resolves one source's article-level actors to atlas entities, incrementally: each actor's keys
/// (gazetteer id, transliteration key and consonant skeleton of every full name) are looked up in
/// EntityKeys, so the cost is per mention, never a scan over all entities. A surname-only actor
/// joins an entity only when exactly one entity of its type carries that surname.
/// </summary>
public static class EntityResolver
{
    private const string LookupSql = "SELECT EntityId FROM EntityKeys WHERE Type = @p0 AND Key = @p1";

    // The entities found under each key looked up in the open transaction, with the keys this writer added since: a
    // batch's articles name the same countries and groups again and again, so most lookups are answered from
    // WriteSession.EntityKeys. Only Resolve adds keys in the writer's transaction, and Refresh, which deletes entities,
    // drops them. The surface counts the transaction's sources added wait in WriteSession.PendingSurfaces, summed over
    // the batch, so a name that recurs in many of its articles is one upsert, not one per article; FlushSurfaces writes
    // them before anything reads or changes EntitySurfaces in the transaction (the batch's refresh, a replaced source).
    private static Dictionary<(string Type, string Key), List<string>> Keys(WriteSession sql) => sql.EntityKeys;

    private static Dictionary<(string EntityId, string Surface), long> Pending(WriteSession sql) => sql.PendingSurfaces;

    /// <summary>Writes the surface counts the open transaction's sources added (<see cref="WriteSession.PendingSurfaces"/>).</summary>
    public static void FlushSurfaces(WriteSession sql) => Write(sql, Pending(sql));

    private static void Write(WriteSession sql, Dictionary<(string EntityId, string Surface), long> pending)
    {
        foreach (var ((id, surface), count) in pending)
        {
            sql.Execute("""
                INSERT INTO EntitySurfaces (EntityId, Surface, Count)
                VALUES (@p0, @p1, @p2)
                ON CONFLICT (EntityId, Surface) DO UPDATE SET Count = Count + excluded.Count
                """, id, surface, count);
        }

        pending.Clear();
    }

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "person",
        EntityType.Group => "group",
        _ => "place",
    };

    /// <summary>Stores the actors' mentions under resolved (or new) entities; returns each actor's entity id, in order.</summary>
    public static string[] Resolve(WriteSession sql, long sourceNum, IReadOnlyList<LocalEntity> actors, IReadOnlyList<Ingestion.Claims.Claim> claims)
    {
        var ids = new string[actors.Count];
        var pending = Pending(sql);
        var cache = Keys(sql);
        for (var a = 0; a < actors.Count; a++)
        {
            var actor = actors[a];
            var type = TypeName(actor.Type);
            // The entities each key was found under: a key the lookup found under the chosen entity is not inserted again.
            var seen = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var found = Find(sql, type, actor, seen);
            if (actor.TypeFromContext && (found is null || IsContextTyped(sql, found)))
            {
                // The article did not say what the name is ("Iran, Tamaro and Russia"); the atlas may know it as one thing.
                var elsewhere = new[] { EntityType.Person, EntityType.Group, EntityType.Place }.Where(t => t != actor.Type)
                    .Select(t => (Type: TypeName(t), Seen: new Dictionary<string, List<string>>(StringComparer.Ordinal)))
                    .Select(t => (t.Type, t.Seen, Id: Find(sql, t.Type, actor, t.Seen)))
                    .Where(t => t.Id is not null && !IsContextTyped(sql, t.Id)).ToList();
                if (elsewhere.Count == 1)
                {
                    (type, seen, found) = (elsewhere[0].Type, elsewhere[0].Seen, elsewhere[0].Id);
                }
            }

            var id = found ?? Create(sql, type, actor);
            ids[a] = id;
            if (actor.TypeFromContext && found is null)
            {
                sql.Execute("INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId) VALUES (@p0, @p1, @p2)", type, ContextTypedKey, id);
            }
            else if (!actor.TypeFromContext && found is not null)
            {
                // An article that gives the type settles it.
                sql.Execute("DELETE FROM EntityKeys WHERE Type = @p0 AND Key = @p1 AND EntityId = @p2", type, ContextTypedKey, id);
            }

            var keys = actor.Keys.AsEnumerable();
            if (found is null && actor.Keys.All(k => k.IsWeak))
            {
                keys = keys.Concat(actor.Keys.Where(k => k.Kind == KeyKind.Bare).Select(k => k.AsOneWord()));
            }

            foreach (var key in keys.Select(k => k.Stored))
            {
                if (!(seen.TryGetValue(key, out var holders) && holders.Contains(id, StringComparer.Ordinal)))
                {
                    sql.Execute("INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId) VALUES (@p0, @p1, @p2)", type, key, id);
                    if (cache.TryGetValue((type, key), out var cached) && !cached.Contains(id, StringComparer.Ordinal))
                    {
                        cached.Add(id);
                    }
                }
            }

            foreach (var m in actor.Mentions)
            {
                sql.Execute("""
                    INSERT OR IGNORE INTO Mentions (SourceNum, Start, "End", EntityId, Surface, Reference, TitleStart, ClaimOrdinal, ExtentStart, ExtentEnd)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
                    """, sourceNum, m.Span.Start, m.Span.End, id, m.Surface, m.IsReference ? 1 : 0, m.TitleStart, ClaimOrdinal(claims, m.Span.Start),
                    m.ExtentStart, m.ExtentEnd);
                if (!m.IsReference)
                {
                    pending[(id, m.Surface)] = pending.GetValueOrDefault((id, m.Surface)) + 1;
                }
            }

            WriteTypeEvidence(sql, sourceNum, id, type, actor, claims);
        }

        if (sql.Transaction is null)
        {
            // Nothing is kept outside a transaction: the counts are written now.
            Write(sql, pending);
        }

        return ids;
    }

    /// <summary>
    /// Stores why the article gave the actor its type (<see cref="LocalEntity.TypeEvidence"/>): one row per cue and type it
    /// points to, with the summed weight, how many times the article gave it and its first mention (span and sentence).
    /// When the atlas filed the actor under another type than the article's (the article gave no cue of its own), that
    /// is said first. The rows belong to the source: a replaced source takes them with it, so re-ingesting adds none twice.
    /// </summary>
    private static void WriteTypeEvidence(WriteSession sql, long sourceNum, string entityId, string type, LocalEntity actor, IReadOnlyList<Ingestion.Claims.Claim> claims)
    {
        var rows = new List<(TypeEvidence First, int Weight, int Count)>(actor.TypeEvidence.Count + 1);
        if (type != TypeName(actor.Type) && actor.Mentions.Count > 0)
        {
            var first = actor.Mentions[0].Span;
            rows.Add((new TypeEvidence(TypeCue.OtherArticles, TypeOf(type), 0, first, default), 0, 1));
        }

        foreach (var e in actor.TypeEvidence)
        {
            var k = rows.FindIndex(r => r.First.Cue == e.Cue && r.First.Type == e.Type);
            if (k < 0)
            {
                rows.Add((e, e.Weight, 1));
            }
            else
            {
                rows[k] = (rows[k].First, rows[k].Weight + e.Weight, rows[k].Count + 1);
            }
        }

        foreach (var (e, weight, count) in rows)
        {
            sql.Execute("""
                INSERT OR IGNORE INTO TypeEvidence (SourceNum, Start, Cue, Type, EntityId, "End", CueStart, CueEnd, Weight, Count, ClaimOrdinal)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
                """, sourceNum, e.Mention.Start, TypeCues.Code(e.Cue), TypeName(e.Type), entityId, e.Mention.End,
                e.CueSpan.IsEmpty ? null : e.CueSpan.Start, e.CueSpan.IsEmpty ? null : e.CueSpan.End, weight, count, ClaimOrdinal(claims, e.Mention.Start));
        }
    }

    /// <summary>The type of a stored type name ("person", "group", "place").</summary>
    private static EntityType TypeOf(string name) => name switch
    {
        "person" => EntityType.Person,
        "group" => EntityType.Group,
        _ => EntityType.Place,
    };

    /// <summary>The ordinal of the claim (sentence) a mention starting at <paramref name="start"/> is in, or null; claims are in text order.</summary>
    internal static int? ClaimOrdinal(IReadOnlyList<Ingestion.Claims.Claim> claims, int start)
    {
        var (lo, hi) = (0, claims.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = claims[mid].Span;
            if (start < span.Start)
            {
                hi = mid - 1;
            }
            else if (start >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return claims[mid].Ordinal;
            }
        }

        return null;
    }

    /// <summary>
    /// The entity of this type that shares the most keys with the actor (ties: the smallest id); one
    /// indexed lookup per key. Surname-only keys (<see cref="KeyKind.Bare"/>) count only when no strong key exists, and only
    /// when exactly one entity carries them; when several do, the entity made from that one word alone (<see cref="KeyKind.OneWord"/>), if any.
    /// Every key looked up is noted in <paramref name="seen"/> with the entities found under it.
    /// </summary>
    private static string? Find(WriteSession sql, string type, LocalEntity actor, Dictionary<string, List<string>> seen)
    {
        var strong = actor.Keys.Where(k => !k.IsWeak).Select(k => k.Stored).ToArray();
        if (strong.Length > 0)
        {
            var best = Best(Hits(sql, type, strong, seen));
            if (best is not null)
            {
                return best;
            }

            if (actor.HasFullName)
            {
                return null;
            }
        }

        var bare = actor.Keys.Where(k => k.Kind == KeyKind.Bare).ToArray();
        if (bare.Length == 0)
        {
            return null;
        }

        var hits = Hits(sql, type, bare.Select(k => k.Stored), seen);
        if (hits.Count <= 1)
        {
            return hits.Keys.FirstOrDefault();
        }

        // Several entities carry the word: the actor joins the one made from that word alone before, if any, so that a
        // bare "UN" or "Council" in many articles is one entity, not one more per article.
        return Best(Hits(sql, type, bare.Select(k => k.AsOneWord().Stored), seen));
    }

    /// <summary>How many of the keys each entity carries; every key's entities are also noted in <paramref name="seen"/>.</summary>
    private static Dictionary<string, int> Hits(WriteSession sql, string type, IEnumerable<string> keys, Dictionary<string, List<string>> seen)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var cache = Keys(sql);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (!cache.TryGetValue((type, key), out var entities))
            {
                cache[(type, key)] = entities = sql.Strings(LookupSql, type, key);
            }

            seen[key] = entities;
            foreach (var entity in entities)
            {
                hits[entity] = hits.GetValueOrDefault(entity) + 1;
            }
        }

        return hits;
    }

    private static string? Best(Dictionary<string, int> hits) =>
        hits.Count == 0 ? null : hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).First().Key;

    private static string Create(WriteSession sql, string type, LocalEntity actor)
    {
        var slug = Slugs.From(actor.Name);
        if (slug.Length == 0)
        {
            slug = type;
        }

        // The slug; else the slug and type ("jordan-person"); else numbered, the smallest number free: ids never move
        // once given. The numbered ids already given are read in one range, not probed one by one.
        var id = slug;
        if (Exists(sql, id))
        {
            id = $"{slug}-{type}";
            if (Exists(sql, id))
            {
                var prefix = id + "-";
                var taken = sql.Strings("SELECT Id FROM Entities WHERE Id > @p0 AND Id < @p1", prefix, id + ".").ToHashSet(StringComparer.Ordinal);
                var n = 2;
                while (taken.Contains(prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    n++;
                }

                id = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var p = actor.Place;
        sql.Execute("""
            INSERT INTO Entities (Id, Type, Name, PlaceId, Country, Lat, Lon)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
            """, id, type, actor.Name, p?.Id, p?.Country, p?.Lat, p?.Lon);
        return id;
    }

    private static bool Exists(WriteSession sql, string id) =>
        sql.Scalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @p0", id) > 0;

    /// <summary>The key of an entity whose type no article gave evidence for, only a listed neighbour or the name's shape.</summary>
    private static readonly string ContextTypedKey = ResolutionKey.ContextTyped.Stored;

    private static bool IsContextTyped(WriteSession sql, string id) =>
        sql.Scalar<long>("SELECT EXISTS (SELECT 1 FROM EntityKeys WHERE EntityId = @p0 AND Key = @p1)", id, ContextTypedKey) != 0;

    /// <summary>
    /// Joins each entity whose type only context gave ("Iran, Tamaro and Russia" made "Tamaro" a place) to the one entity of
    /// another type, typed from evidence, that shares one of its full-name keys, whichever article came first. Curated
    /// entities stay as they are. Returns how many entities were joined.
    /// </summary>
    public static int JoinContextTyped(AtlasDatabase database)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var weak = sql.Strings("""
            SELECT w.EntityId FROM EntityKeys w JOIN Entities e ON e.Id = w.EntityId
            WHERE w.Type IN ('person', 'group', 'place') AND w.Key = @p0 AND e.Curated = 0
            """, ContextTypedKey);
        var joined = 0;
        foreach (var id in weak)
        {
            var typed = sql.Strings($"""
                SELECT DISTINCT o.EntityId
                FROM EntityKeys k JOIN EntityKeys o ON o.Key = k.Key AND o.Type IN ('person', 'group', 'place') AND o.Type <> k.Type
                WHERE k.EntityId = @p0 AND ((k.Key >= '{ResolutionKey.TranslitPrefix}' AND k.Key < '{ResolutionKey.TranslitEnd}')
                    OR (k.Key >= '{ResolutionKey.SkeletonPrefix}' AND k.Key < '{ResolutionKey.SkeletonEnd}'))
                  AND NOT EXISTS (SELECT 1 FROM EntityKeys x WHERE x.EntityId = o.EntityId AND x.Key = @p1)
                """, id, ContextTypedKey);
            if (typed.Count == 1)
            {
                Curation.MergeInto(sql, typed[0], id);
                sql.Execute("DELETE FROM EntityKeys WHERE EntityId = @p0 AND Key = @p1", typed[0], ContextTypedKey);
                RecountSurfaces(sql, typed);
                Refresh(sql, typed);
                joined++;
            }
        }

        tx.Commit();
        return joined;
    }

    /// <summary>
    /// Joins each entity made from an acronym alone ("TLF" in an article that never spells it out) to the one entity of its
    /// type (groups: an acronym is an organization's) whose full name an article defined that acronym for ("Tamaro Liberation Front (TLF)"), whichever article came
    /// first. An acronym two full names claim stays apart, and so does an entity an analyst curated; curation runs after
    /// this and still wins. Returns how many entities were joined.
    /// </summary>
    public static int JoinDefinedAcronyms(AtlasDatabase database)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var lone = sql.Query($"""
            SELECT e.Id, e.Type, substr(o.Key, {ResolutionKey.ShortPrefixLength + 1})
            FROM EntityKeys o JOIN Entities e ON e.Id = o.EntityId
            WHERE o.Type = 'group' AND o.Key >= '{ResolutionKey.OneWordPrefix}' AND o.Key < '{ResolutionKey.OneWordEnd}' AND e.Curated = 0
              AND EXISTS (SELECT 1 FROM EntityKeys a WHERE a.EntityId = e.Id AND a.Type = o.Type
                          AND a.Key = '{ResolutionKey.AcronymPrefix}' || substr(o.Key, {ResolutionKey.ShortPrefixLength + 1}))
              AND NOT EXISTS (SELECT 1 FROM EntityKeys t WHERE t.EntityId = e.Id AND t.Key >= '{ResolutionKey.TranslitPrefix}' AND t.Key < '{ResolutionKey.TranslitEnd}')
            """, r => (Id: r.GetString(0), Type: r.GetString(1), Acronym: r.GetString(2)));
        var joined = 0;
        foreach (var (id, type, acronym) in lone)
        {
            var defined = sql.Strings($"""
                SELECT DISTINCT a.EntityId FROM EntityKeys a
                WHERE a.Type = @p0 AND a.Key = @p1 AND a.EntityId <> @p2
                  AND EXISTS (SELECT 1 FROM EntityKeys t WHERE t.EntityId = a.EntityId AND t.Key >= '{ResolutionKey.TranslitPrefix}' AND t.Key < '{ResolutionKey.TranslitEnd}')
                """, type, ResolutionKey.Acronym(acronym).Stored, id);
            if (defined.Count == 1)
            {
                Curation.MergeInto(sql, defined[0], id);
                RecountSurfaces(sql, defined);
                Refresh(sql, defined);
                joined++;
            }
        }

        tx.Commit();
        return joined;
    }

    /// <summary>Takes a source's mentions out of the surface counts, before the source is deleted.</summary>
    public static void ForgetSurfaces(WriteSession sql, long sourceNum)
    {
        FlushSurfaces(sql);
        var counts = sql.Query(
            "SELECT EntityId, Surface, COUNT(*) FROM Mentions WHERE SourceNum = @p0 AND Reference = 0 GROUP BY EntityId, Surface",
            r => (EntityId: r.GetString(0), Surface: r.GetString(1), Count: r.GetInt64(2)), sourceNum);
        foreach (var (entityId, surface, count) in counts)
        {
            sql.Execute("UPDATE EntitySurfaces SET Count = Count - @p2 WHERE EntityId = @p0 AND Surface = @p1", entityId, surface, count);
            sql.Execute("DELETE FROM EntitySurfaces WHERE EntityId = @p0 AND Surface = @p1 AND Count <= 0", entityId, surface);
        }
    }

    /// <summary>Recounts the surfaces of entities whose mentions curation (or a join after an ingest) moved.</summary>
    public static void RecountSurfaces(WriteSession sql, IEnumerable<string> entityIds)
    {
        FlushSurfaces(sql);
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            sql.Execute("DELETE FROM EntitySurfaces WHERE EntityId = @p0", id);
            sql.Execute("""
                INSERT INTO EntitySurfaces (EntityId, Surface, Count)
                SELECT EntityId, Surface, COUNT(*) FROM Mentions WHERE EntityId = @p0 AND Reference = 0 GROUP BY EntityId, Surface
                """, id);
        }
    }

    /// <summary>
    /// Re-derives the display name of touched entities (the fullest form most used across the atlas,
    /// unless curated or from the gazetteer) from their surface counts, and removes entities left without
    /// mentions. Reads a handful of rows per entity, however often the entity is mentioned.
    /// </summary>
    public static void Refresh(WriteSession sql, IEnumerable<string> entityIds)
    {
        FlushSurfaces(sql);
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            var state = sql.Query("SELECT Curated, CuratedName, PlaceId FROM Entities WHERE Id = @p0",
                r => (Curated: r.GetInt64(0), CuratedName: r.GetInt64(1), PlaceId: r.IsDBNull(2) ? null : r.GetString(2)), id).FirstOrDefault();
            if (sql.Scalar<long>("SELECT EXISTS (SELECT 1 FROM Mentions WHERE EntityId = @p0)", id) == 0)
            {
                if (state.Curated == 0)
                {
                    sql.Execute("DELETE FROM EntitySurfaces WHERE EntityId = @p0", id);
                    sql.Execute("DELETE FROM Entities WHERE Id = @p0", id);
                    // Its keys went with it (cascade).
                    sql.ForgetEntityKeys();
                }

                continue;
            }

            if (state.CuratedName != 0 || state.PlaceId is not null)
            {
                continue;
            }

            var surfaces = sql.Query("SELECT Surface, Count FROM EntitySurfaces WHERE EntityId = @p0 AND Count > 0",
                r => (Surface: r.GetString(0), Count: r.GetInt64(1)), id);
            if (surfaces.Count == 0)
            {
                continue;
            }

            var best = DisplayNames.Choose(surfaces);
            sql.Execute("UPDATE Entities SET Name = @p0 WHERE Id = @p1 AND Name <> @p0", best, id);
        }
    }
}
