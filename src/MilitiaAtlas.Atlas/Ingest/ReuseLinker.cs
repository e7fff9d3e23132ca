using System.Buffers.Binary;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Links a source's body passages to the passages of other sources they reproduce. A passage counts as
/// a copy when at least half of its sampled shingles occur in one other source (the one with most of them;
/// among equals, the earliest published, so a copy of a copy points at the first). The earlier-published
/// source is the original; when the dates cannot be ordered (unknown, or one is only a month), the
/// source stored first is.
/// </summary>
/// <remarks>
/// <para>A shingle held by more than <see cref="MaxHolders"/> passages is stock phrasing (a template, a slogan, a
/// standard sign-off) and carries no evidence of copying. When a source would take a shingle past that count, the
/// shingle goes into StockShingles and its rows leave PassageShingles; later sources skip it without reading or
/// storing holders. So PassageShingles holds at most <see cref="MaxHolders"/> rows per shingle, and linking one
/// source reads a bounded number of rows however large the corpus grows (docs/performance.md). A shingle stays
/// stock when the sources that made it so are replaced: it is common phrasing, whichever articles showed it.</para>
/// <para>PassageShingles is keyed by hash, then the source's number (Sources.Num), with no index by source. A source's hashes are also kept as one
/// blob on its row (Sources.Shingles), which is how a replaced source's rows are found and deleted.</para>
/// </remarks>
public static class ReuseLinker
{
    /// <summary>A shingle found in more passages than this is too common to be evidence of copying.</summary>
    public const int MaxHolders = 16;

    // The passages of other sources that hold any of a source's hashes: at most MaxHolders rows per hash, none for stock
    // shingles. IN sorts the hashes, so the index is read in order.
    private const string HoldersSql = """
        SELECT p.Hash,
               p.SourceNum,
               p.PassageOrdinal
        FROM PassageShingles p
        WHERE p.Hash IN (SELECT value FROM json_each(@p0))
          AND p.SourceNum <> @p1
        """;

    /// <summary>
    /// Stores a new source's sampled shingles, one row per (hash, passage), and links its passages to those they copy.
    /// The source row must hold the same hashes in Sources.Shingles (<see cref="Pack"/>).
    /// </summary>
    public static void StoreAndLink(WriteSession sql, long sourceNum, IReadOnlyDictionary<int, long[]> fingerprints)
    {
        var stock = Stock(sql);
        var mirror = Mirrored(sql);
        Dictionary<long, List<(long Source, int Ordinal)>> holders;
        if (mirror is not null)
        {
            holders = mirror.Holders(fingerprints.Values.SelectMany(h => h).Where(h => !stock.Contains(h)), sourceNum);
        }
        else
        {
            var json = Json(fingerprints, stock);
            holders = json is null ? [] : Holders(sql, sourceNum, json);
        }

        Store(sql, mirror, sourceNum, fingerprints, holders, stock);
        Link(sql, sourceNum, fingerprints, holders);
        if (mirror?.Rows > ShingleMirror.MaxRows)
        {
            mirror.Flush(sql, stock);
            sql.Shingles = null;
        }
    }

    /// <summary>
    /// Keeps PassageShingles in memory for the rest of the run. The writer calls it as its first transaction begins, when
    /// the run is large for the store (<see cref="ShingleMirror.Worthwhile"/>).
    /// </summary>
    public static void Mirror(WriteSession sql) => sql.Shingles = ShingleMirror.Load(sql);

    /// <summary>Writes the rows a mirrored batch kept in memory; the writer calls it before it commits.</summary>
    public static void FinishBatch(WriteSession sql) => Mirrored(sql)?.Flush(sql, Stock(sql));

    private static ShingleMirror? Mirrored(WriteSession sql) => sql.Shingles;

    // Every stock shingle, read once per transaction (WriteSession.StockShingles), since most sources hit some.
    private static HashSet<long> Stock(WriteSession sql) => sql.StockShingles;

    /// <summary>
    /// Inserts the rows of the shingles that are not stock. A shingle that this source takes past <see cref="MaxHolders"/>
    /// passages becomes stock: it is recorded as such and its rows are deleted.
    /// </summary>
    private static void Store(WriteSession sql, ShingleMirror? mirror, long sourceNum, IReadOnlyDictionary<int, long[]> fingerprints,
        Dictionary<long, List<(long Source, int Ordinal)>> holders, HashSet<long> stock)
    {
        var own = new Dictionary<long, int>();
        foreach (var hashes in fingerprints.Values)
        {
            foreach (var hash in hashes)
            {
                own[hash] = own.GetValueOrDefault(hash) + 1;
            }
        }

        foreach (var (hash, mine) in own)
        {
            if (!stock.Contains(hash) && (holders.TryGetValue(hash, out var others) ? others.Count : 0) + mine > MaxHolders)
            {
                sql.Execute("INSERT OR IGNORE INTO StockShingles (Hash) VALUES (@p0)", hash);
                sql.Execute("DELETE FROM PassageShingles WHERE Hash = @p0", hash);
                mirror?.RemoveHash(hash);
                stock.Add(hash);
            }
        }

        foreach (var (ordinal, hashes) in fingerprints)
        {
            foreach (var hash in hashes)
            {
                if (stock.Contains(hash))
                {
                    continue;
                }

                if (mirror is not null)
                {
                    mirror.Add(hash, sourceNum, ordinal);
                }
                else
                {
                    sql.Execute("INSERT OR IGNORE INTO PassageShingles (Hash, SourceNum, PassageOrdinal) VALUES (@p0, @p1, @p2)", hash, sourceNum, ordinal);
                }
            }
        }
    }

    /// <summary>Deletes a source's shingle rows (before the source itself is deleted).</summary>
    public static void Forget(WriteSession sql, long sourceNum)
    {
        var mirror = Mirrored(sql);
        mirror?.Flush(sql, Stock(sql));
        foreach (var hash in StoredHashes(sql, sourceNum))
        {
            sql.Execute("DELETE FROM PassageShingles WHERE Hash = @p0 AND SourceNum = @p1", hash, sourceNum);
            mirror?.Remove(hash, sourceNum);
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
    public static void Link(WriteSession sql, long sourceNum)
    {
        var mirror = Mirrored(sql);
        mirror?.Flush(sql, Stock(sql));
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

        var stored = fingerprints.ToDictionary(f => f.Key, f => f.Value.ToArray());
        if (mirror is not null)
        {
            Link(sql, sourceNum, stored, mirror.Holders(stored.Values.SelectMany(h => h), sourceNum));
            return;
        }

        var json = Json(stored, null);
        if (json is not null)
        {
            Link(sql, sourceNum, stored, Holders(sql, sourceNum, json));
        }
    }

    /// <summary>Links a source whose sampled shingles (by passage ordinal) and their holders in other sources are given.</summary>
    private static void Link(WriteSession sql, long sourceNum, IReadOnlyDictionary<int, long[]> fingerprints, Dictionary<long, List<(long Source, int Ordinal)>> holders)
    {
        if (holders.Count == 0)
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

        // Per passage: hits per (other source, its passage), from the shingles that are not stock phrasing.
        var hits = new Dictionary<(long Other, int OtherOrdinal), int>();
        var bySource = new Dictionary<long, (int Hits, int TopHits, int Top)>();
        foreach (var (ordinal, hashes) in fingerprints.OrderBy(f => f.Key))
        {
            hits.Clear();
            var n = 0;
            foreach (var hash in hashes.Distinct())
            {
                n++;
                if (!holders.TryGetValue(hash, out var list))
                {
                    continue;
                }

                foreach (var holder in list)
                {
                    hits[holder] = hits.GetValueOrDefault(holder) + 1;
                }
            }

            if (hits.Count == 0)
            {
                continue;
            }

            // Per other source: its hits, and its passage with most of them (among equals, the first).
            bySource.Clear();
            foreach (var ((other, otherOrdinal), count) in hits)
            {
                var (total, topHits, top) = bySource.GetValueOrDefault(other, (0, 0, int.MaxValue));
                var better = count > topHits || (count == topHits && otherOrdinal < top);
                bySource[other] = (total + count, better ? count : topHits, better ? otherOrdinal : top);
            }

            var most = bySource.Values.Max(v => v.Hits);
            if (n == 0 || most < Math.Max(Math.Min(2, n), (n + 1) / 2))
            {
                continue;
            }

            // Among the sources with most hits, the earliest published (unknown dates last), then the smallest id.
            var best = bySource.Where(b => b.Value.Hits == most)
                .Select(b => (Source: b.Key, b.Value.Top))
                .OrderBy(x => Source(x.Source).Published ?? "~", StringComparer.Ordinal)
                .ThenBy(x => Source(x.Source).Id, StringComparer.Ordinal)
                .First();
            var otherIsCopy = Compare(Source(sourceNum).Published, Source(best.Source).Published) < 0;
            if (otherIsCopy)
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceNum = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceNum = @p2 AND Ordinal = @p3 AND ReusedFromSourceNum IS NULL
                    """, sourceNum, ordinal, best.Source, best.Top);
            }
            else
            {
                sql.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceNum = @p0, ReusedFromOrdinal = @p1
                    WHERE SourceNum = @p2 AND Ordinal = @p3
                    """, best.Source, best.Top, sourceNum, ordinal);
            }
        }
    }

    /// <summary>A source's distinct hashes but the stock ones, as a JSON array for json_each; null when none is left.</summary>
    private static string? Json(IReadOnlyDictionary<int, long[]> fingerprints, HashSet<long>? stock)
    {
        var json = new System.Text.StringBuilder("[");
        foreach (var hash in fingerprints.Values.SelectMany(h => h).Distinct())
        {
            if (stock?.Contains(hash) == true)
            {
                continue;
            }

            json.Append(json.Length > 1 ? "," : "").Append(hash.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return json.Length == 1 ? null : json.Append(']').ToString();
    }

    /// <summary>
    /// The passages of other sources that hold each hash, looked up in one statement. Hashes no other source holds, and
    /// stock phrasing, are absent.
    /// </summary>
    private static Dictionary<long, List<(long Source, int Ordinal)>> Holders(WriteSession sql, long sourceNum, string json)
    {
        var holders = new Dictionary<long, List<(long, int)>>();
        foreach (var (hash, source, ordinal) in sql.Query(HoldersSql, r => (r.GetInt64(0), r.GetInt64(1), r.GetInt32(2)), json, sourceNum))
        {
            if (!holders.TryGetValue(hash, out var list))
            {
                holders[hash] = list = [];
            }

            list.Add((source, ordinal));
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

    private static List<long> StoredHashes(WriteSession sql, long sourceNum)
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
