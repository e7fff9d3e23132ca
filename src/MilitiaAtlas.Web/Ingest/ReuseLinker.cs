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
/// <para>PassageShingles is keyed by hash, then the source's number (Sources.Num), with no index by source. A source's hashes are also kept as one
/// blob on its row (Sources.Shingles), which is how a replaced source's rows are found and deleted.</para>
/// </remarks>
public static class ReuseLinker
{
    /// <summary>A shingle found in more passages than this is too common to be evidence of copying.</summary>
    public const int MaxHolders = 16;

    // The holders of each of a source's hashes in one statement: a hash and the "source:ordinal" pairs of the other
    // sources' passages that hold it; NULL when none, or when more than @p2 do (stock phrasing: at most @p2 + 1 are read).
    private const string HoldersSql = """
        SELECT j.value,
               (SELECT CASE WHEN COUNT(*) > @p2 THEN NULL ELSE group_concat(h.SourceNum || ':' || h.PassageOrdinal, ',') END
                FROM (SELECT SourceNum, PassageOrdinal
                      FROM PassageShingles
                      WHERE Hash = j.value
                        AND SourceNum <> @p1
                      LIMIT @p2 + 1) h)
        FROM json_each(@p0) j
        """;

    /// <summary>
    /// Stores a new source's sampled shingles, one row per (hash, passage). The source row must hold the
    /// same hashes in Sources.Shingles (<see cref="Pack"/>).
    /// </summary>
    public static void Store(CommandCache sql, long sourceNum, IReadOnlyDictionary<int, long[]> fingerprints)
    {
        foreach (var (ordinal, hashes) in fingerprints)
        {
            foreach (var hash in hashes)
            {
                sql.Execute("INSERT OR IGNORE INTO PassageShingles (Hash, SourceNum, PassageOrdinal) VALUES (@p0, @p1, @p2)", hash, sourceNum, ordinal);
            }
        }
    }

    /// <summary>Deletes a source's shingle rows (before the source itself is deleted).</summary>
    public static void Forget(CommandCache sql, long sourceNum)
    {
        foreach (var hash in StoredHashes(sql, sourceNum))
        {
            sql.Execute("DELETE FROM PassageShingles WHERE Hash = @p0 AND SourceNum = @p1", hash, sourceNum);
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
    public static void Link(CommandCache sql, long sourceNum)
    {
        var fingerprints = new Dictionary<int, List<long>>();
        foreach (var hash in StoredHashes(sql, sourceNum))
        {
            foreach (var ordinal in sql.Query("SELECT PassageOrdinal FROM PassageShingles WHERE Hash = @p0 AND SourceNum = @p1", r => r.GetInt32(0), hash, sourceNum))
            {
                if (!fingerprints.TryGetValue(ordinal, out var list))
                {
                    fingerprints[ordinal] = list = [];
                }

                list.Add(hash);
            }
        }

        Link(sql, sourceNum, fingerprints.ToDictionary(f => f.Key, f => f.Value.ToArray()));
    }

    /// <summary>Links a source whose sampled shingles (by passage ordinal) are given.</summary>
    public static void Link(CommandCache sql, long sourceNum, IReadOnlyDictionary<int, long[]> fingerprints)
    {
        var holders = Holders(sql, sourceNum, fingerprints.Values.SelectMany(h => h));

        // Hits per (passage, other source, other passage), from the shingles that are not stock phrasing.
        var hits = new Dictionary<(int Ordinal, long Other, int OtherOrdinal), int>();
        var counts = new Dictionary<int, int>();
        foreach (var (ordinal, hashes) in fingerprints)
        {
            var distinct = hashes.Distinct().ToArray();
            counts[ordinal] = distinct.Length;
            foreach (var hash in distinct)
            {
                if (!holders.TryGetValue(hash, out var list))
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

        var sources = new Dictionary<long, (string Id, string? Published)>();
        (string Id, string? Published) Source(long num)
        {
            if (!sources.TryGetValue(num, out var s))
            {
                sources[num] = s = sql.Query("SELECT Id, Published FROM Sources WHERE Num = @p0", r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)), num).First();
            }

            return s;
        }

        foreach (var byPassage in hits.GroupBy(h => h.Key.Ordinal).OrderBy(g => g.Key))
        {
            var n = counts.GetValueOrDefault(byPassage.Key);
            var best = byPassage.GroupBy(h => h.Key.Other)
                .Select(g => (Source: g.Key, Hits: g.Sum(x => x.Value), Top: g.OrderByDescending(x => x.Value).ThenBy(x => x.Key.OtherOrdinal).First().Key.OtherOrdinal))
                .OrderByDescending(x => x.Hits)
                .ThenBy(x => Source(x.Source).Published ?? "~", StringComparer.Ordinal)
                .ThenBy(x => Source(x.Source).Id, StringComparer.Ordinal)
                .First();
            if (n == 0 || best.Hits < Math.Max(Math.Min(2, n), (n + 1) / 2))
            {
                continue;
            }

            var otherIsCopy = Compare(Source(sourceNum).Published, Source(best.Source).Published) < 0;
            if (otherIsCopy)
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceNum = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceNum = @p2 AND Ordinal = @p3 AND ReusedFromSourceNum IS NULL
                    """, sourceNum, byPassage.Key, best.Source, best.Top);
            }
            else
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceNum = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceNum = @p2 AND Ordinal = @p3
                    """, best.Source, best.Top, sourceNum, byPassage.Key);
            }
        }
    }

    /// <summary>
    /// The passages of other sources that hold each hash, looked up in one statement. Hashes no other source holds, and
    /// stock phrasing (held by more than <see cref="MaxHolders"/> passages), are absent.
    /// </summary>
    private static Dictionary<long, List<(long Source, int Ordinal)>> Holders(CommandCache sql, long sourceNum, IEnumerable<long> hashes)
    {
        var json = new System.Text.StringBuilder("[");
        foreach (var hash in hashes.Distinct())
        {
            json.Append(json.Length > 1 ? "," : "").Append(hash.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var holders = new Dictionary<long, List<(long, int)>>();
        if (json.Length == 1)
        {
            return holders;
        }

        var rows = sql.Query(HoldersSql, r => (Hash: r.GetInt64(0), Holders: r.IsDBNull(1) ? null : r.GetString(1)), json.Append(']').ToString(), sourceNum, MaxHolders);
        foreach (var (hash, list) in rows)
        {
            if (list is null)
            {
                continue;
            }

            var parsed = new List<(long, int)>();
            foreach (var pair in list.Split(','))
            {
                var colon = pair.IndexOf(':');
                parsed.Add((long.Parse(pair.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(pair.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture)));
            }

            holders[hash] = parsed;
        }

        return holders;
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

    private static List<long> StoredHashes(CommandCache sql, long sourceNum)
    {
        var blob = sql.Scalar<byte[]>("SELECT Shingles FROM Sources WHERE Num = @p0", sourceNum);
        var hashes = new List<long>();
        for (var i = 0; blob is not null && i + 8 <= blob.Length; i += 8)
        {
            hashes.Add(BinaryPrimitives.ReadInt64BigEndian(blob.AsSpan(i, 8)));
        }

        return hashes;
    }
}
