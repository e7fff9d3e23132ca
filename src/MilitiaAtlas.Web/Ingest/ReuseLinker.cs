using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Links a source's body passages to the passages of other sources they reproduce. A passage counts as
/// a copy when at least half of its sampled shingles occur in one other source. The earlier-published
/// source is the original; when the dates cannot be ordered (unknown, or one is only a month), the
/// source stored first is.
/// </summary>
/// <remarks>
/// A shingle held by more than about <see cref="MaxHolders"/> passages is stock phrasing (a template, a
/// slogan, a standard sign-off) and carries no evidence of copying, so it is skipped: the cost of linking
/// one source stays bounded however large the corpus grows (docs/performance.md).
/// </remarks>
public static class ReuseLinker
{
    /// <summary>A shingle found in more passages than this is too common to be evidence of copying.</summary>
    public const int MaxHolders = 16;

    // One statement: the new source's sampled shingles, each joined to the passages of other sources that
    // hold it, skipping shingles held by more than MaxHolders passages (the subquery stops counting there).
    private const string MatchesSql = """
        SELECT n.PassageOrdinal,
               o.SourceId,
               o.PassageOrdinal
        FROM PassageShingles n
        JOIN PassageShingles o ON o.Hash = n.Hash AND o.SourceId <> n.SourceId
        WHERE n.SourceId = @p0
          AND (SELECT COUNT(*) FROM (SELECT 1 FROM PassageShingles c WHERE c.Hash = n.Hash LIMIT @p1)) <= @p2
        """;

    public static void Link(CommandCache sql, string sourceId)
    {
        // Hits per (passage, other source, other passage), from the shingles that are not stock phrasing.
        var hits = new Dictionary<(int Ordinal, string Other, int OtherOrdinal), int>();
        foreach (var key in sql.Query(MatchesSql, r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2)), sourceId, MaxHolders + 2, MaxHolders + 1))
        {
            hits[key] = hits.GetValueOrDefault(key) + 1;
        }

        if (hits.Count == 0)
        {
            return;
        }

        var counts = sql.Query("SELECT PassageOrdinal, COUNT(*) FROM PassageShingles WHERE SourceId = @p0 GROUP BY PassageOrdinal",
            r => (Ordinal: r.GetInt32(0), Samples: r.GetInt32(1)), sourceId).ToDictionary(r => r.Ordinal, r => r.Samples);
        var published = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Published(string id)
        {
            if (!published.TryGetValue(id, out var p))
            {
                published[id] = p = sql.Scalar<string>("SELECT Published FROM Sources WHERE Id = @p0", id);
            }

            return p;
        }

        foreach (var byPassage in hits.GroupBy(h => h.Key.Ordinal).OrderBy(g => g.Key))
        {
            var n = counts.GetValueOrDefault(byPassage.Key);
            var best = byPassage.GroupBy(h => h.Key.Other)
                .Select(g => (Source: g.Key, Hits: g.Sum(x => x.Value), Top: g.OrderByDescending(x => x.Value).ThenBy(x => x.Key.OtherOrdinal).First().Key.OtherOrdinal))
                .OrderByDescending(x => x.Hits)
                .ThenBy(x => x.Source, StringComparer.Ordinal)
                .First();
            if (n == 0 || best.Hits < Math.Max(Math.Min(2, n), (n + 1) / 2))
            {
                continue;
            }

            var otherIsCopy = Compare(Published(sourceId), Published(best.Source)) < 0;
            if (otherIsCopy)
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceId = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceId = @p2 AND Ordinal = @p3 AND ReusedFromSourceId IS NULL
                    """, sourceId, byPassage.Key, best.Source, best.Top);
            }
            else
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceId = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceId = @p2 AND Ordinal = @p3
                    """, best.Source, best.Top, sourceId, byPassage.Key);
            }
        }
    }

    /// <summary>Negative when <paramref name="a"/> is known to be earlier than <paramref name="b"/>; 0 when they cannot be ordered.</summary>
    internal static int Compare(string? a, string? b)
    {
        if (a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        {
            return 0;
        }

        return string.CompareOrdinal(a, b);
    }
}
