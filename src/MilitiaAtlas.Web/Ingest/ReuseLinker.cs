using System.Buffers.Binary;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Links a source's body passages to the passages of other sources they reproduce. A passage counts as
/// a copy when at least half of its sampled shingles occur in one other source (the one with most of them;
/// among equals, the earliest published, so a copy of a copy points at the first). The earlier-published
/// source is the original; when the dates cannot be ordered (unknown, or one is only a month), the
/// source stored first is.
/// </summary>
/// <remarks>
/// <para>A shingle held by more than <see cref="MaxHolders"/> passages of other sources is stock phrasing (a
/// template, a slogan, a standard sign-off) and carries no evidence of copying, so it is skipped: the cost
/// of linking one source stays bounded however large the corpus grows (docs/performance.md).</para>
/// <para>PassageShingles is keyed by hash only (no index by source). A source's hashes are also kept as one
/// blob on its row (Sources.Shingles), which is how a replaced source's rows are found and deleted.</para>
/// </remarks>
public static class ReuseLinker
{
    /// <summary>A shingle found in more passages than this is too common to be evidence of copying.</summary>
    public const int MaxHolders = 16;

    private const string HoldersSql = """
        SELECT SourceId, PassageOrdinal
        FROM PassageShingles
        WHERE Hash = @p0
          AND SourceId <> @p1
        LIMIT @p2
        """;

    /// <summary>
    /// Stores a new source's sampled shingles, one row per (hash, passage). The source row must hold the
    /// same hashes in Sources.Shingles (<see cref="Pack"/>).
    /// </summary>
    public static void Store(CommandCache sql, string sourceId, IReadOnlyDictionary<int, long[]> fingerprints)
    {
        foreach (var (ordinal, hashes) in fingerprints)
        {
            foreach (var hash in hashes)
            {
                sql.Execute("INSERT OR IGNORE INTO PassageShingles (Hash, SourceId, PassageOrdinal) VALUES (@p0, @p1, @p2)", hash, sourceId, ordinal);
            }
        }
    }

    /// <summary>Deletes a source's shingle rows (before the source itself is deleted).</summary>
    public static void Forget(CommandCache sql, string sourceId)
    {
        foreach (var hash in StoredHashes(sql, sourceId))
        {
            sql.Execute("DELETE FROM PassageShingles WHERE Hash = @p0 AND SourceId = @p1", hash, sourceId);
        }
    }

    /// <summary>A source's distinct shingle hashes as stored in Sources.Shingles: 8 bytes each, big-endian, ascending; null when none.</summary>
    public static byte[]? Pack(IReadOnlyDictionary<int, long[]> fingerprints)
    {
        var hashes = new SortedSet<long>(fingerprints.Values.SelectMany(h => h));
        if (hashes.Count == 0)
        {
            return null;
        }

        var blob = new byte[hashes.Count * 8];
        var i = 0;
        foreach (var hash in hashes)
        {
            BinaryPrimitives.WriteInt64BigEndian(blob.AsSpan(i, 8), hash);
            i += 8;
        }

        return blob;
    }

    /// <summary>Links a stored source, reading its shingles back (after a source it copied was replaced).</summary>
    public static void Link(CommandCache sql, string sourceId)
    {
        var fingerprints = new Dictionary<int, List<long>>();
        foreach (var hash in StoredHashes(sql, sourceId))
        {
            foreach (var ordinal in sql.Query("SELECT PassageOrdinal FROM PassageShingles WHERE Hash = @p0 AND SourceId = @p1", r => r.GetInt32(0), hash, sourceId))
            {
                if (!fingerprints.TryGetValue(ordinal, out var list))
                {
                    fingerprints[ordinal] = list = [];
                }

                list.Add(hash);
            }
        }

        Link(sql, sourceId, fingerprints.ToDictionary(f => f.Key, f => f.Value.ToArray()));
    }

    /// <summary>Links a source whose sampled shingles (by passage ordinal) are given.</summary>
    public static void Link(CommandCache sql, string sourceId, IReadOnlyDictionary<int, long[]> fingerprints)
    {
        // Hits per (passage, other source, other passage), from the shingles that are not stock phrasing.
        var hits = new Dictionary<(int Ordinal, string Other, int OtherOrdinal), int>();
        var counts = new Dictionary<int, int>();
        var holders = new Dictionary<long, List<(string Source, int Ordinal)>>();
        foreach (var (ordinal, hashes) in fingerprints)
        {
            var distinct = hashes.Distinct().ToArray();
            counts[ordinal] = distinct.Length;
            foreach (var hash in distinct)
            {
                if (!holders.TryGetValue(hash, out var list))
                {
                    holders[hash] = list = sql.Query(HoldersSql, r => (r.GetString(0), r.GetInt32(1)), hash, sourceId, MaxHolders + 1);
                }

                if (list.Count > MaxHolders)
                {
                    continue;
                }

                foreach (var (other, otherOrdinal) in list)
                {
                    var key = (ordinal, other, otherOrdinal);
                    hits[key] = hits.GetValueOrDefault(key) + 1;
                }
            }
        }

        if (hits.Count == 0)
        {
            return;
        }

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
                .ThenBy(x => Published(x.Source) ?? "~", StringComparer.Ordinal)
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

    private static List<long> StoredHashes(CommandCache sql, string sourceId)
    {
        var blob = sql.Scalar<byte[]>("SELECT Shingles FROM Sources WHERE Id = @p0", sourceId);
        var hashes = new List<long>();
        for (var i = 0; blob is not null && i + 8 <= blob.Length; i += 8)
        {
            hashes.Add(BinaryPrimitives.ReadInt64BigEndian(blob.AsSpan(i, 8)));
        }

        return hashes;
    }
}
