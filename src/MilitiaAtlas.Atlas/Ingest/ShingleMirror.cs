using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// PassageShingles held in memory by the writer during a large ingest, so that linking a source looks its shingles up
/// in a dictionary instead of one index seek each, and a batch's new rows are written at its end in key order instead
/// of one at a random place each (docs/performance.md, decision 008).
/// </summary>
/// <remarks>
/// <para>It is kept only while it is certain to equal the table: the writer's <see cref="WriteSession"/> drops it
/// when a batch is rolled back or another connection has committed (<see cref="WriteSession.Shingles"/>),
/// and the linker then reads the table as before. Rows added in the open batch are in the mirror at once and in the
/// table only after <see cref="Flush"/>, which the batch runs before it commits; anything that reads or deletes rows
/// by another path flushes first.</para>
/// <para>It is worth loading when the run adds many sources for the rows already stored
/// (<see cref="Worthwhile"/>): a fresh database costs nothing to mirror, while 100 articles added to 10,000 would
/// read 1.3 million rows to save 100 lookups. It is dropped when it grows past <see cref="MaxRows"/>.</para>
/// </remarks>
internal sealed class ShingleMirror
{
    /// <summary>About 45 bytes each: 6 million rows (some 40,000 articles) are about 270 MB.</summary>
    public const int MaxRows = 6_000_000;

    /// <summary>
    /// Reading a stored source's rows into memory costs about a tenth of what one source's index lookups cost, so
    /// the mirror pays when the run adds at least a quarter as many sources as are stored (with room to spare).
    /// </summary>
    private const int StoredPerAdded = 4;

    /// <summary>About how many rows an article has (the generated corpus: 130; the seeds: 60–200).</summary>
    private const int RowsPerSource = 150;

    // Each hash's rows as a linked list in _nodes (index of its first node; -1 ends a list). One array of structs
    // instead of an object per hash keeps the mirror at about 45 bytes a row, and the garbage collector has little to trace.
    private readonly Dictionary<long, int> _heads = [];
    private readonly List<(long Hash, long Source, int Ordinal)> _pending = [];
    private Node[] _nodes = new Node[1024];
    private int _used;

    private struct Node
    {
        public long Source;
        public int Ordinal;
        public int Next;
    }

    /// <summary>Rows in the mirror, flushed or not.</summary>
    public int Rows { get; private set; }

    /// <summary>Whether a run that adds <paramref name="adding"/> sources to <paramref name="stored"/> should mirror the table.</summary>
    public static bool Worthwhile(long stored, int adding) =>
        adding > 0 && stored <= (long)StoredPerAdded * adding && (stored + adding) * RowsPerSource <= MaxRows;

    /// <summary>Every row of the table (inside the caller's transaction).</summary>
    public static ShingleMirror Load(WriteSession sql)
    {
        var mirror = new ShingleMirror();
        foreach (var (hash, source, ordinal) in sql.Query("SELECT Hash, SourceNum, PassageOrdinal FROM PassageShingles", r => (r.GetInt64(0), r.GetInt64(1), r.GetInt32(2))))
        {
            mirror.Put(hash, source, ordinal);
        }

        return mirror;
    }

    /// <summary>The passages of sources other than <paramref name="sourceNum"/> that hold each hash; hashes none holds are absent.</summary>
    public Dictionary<long, List<(long Source, int Ordinal)>> Holders(IEnumerable<long> hashes, long sourceNum)
    {
        var holders = new Dictionary<long, List<(long, int)>>();
        foreach (var hash in hashes)
        {
            if (holders.ContainsKey(hash) || !_heads.TryGetValue(hash, out var node))
            {
                continue;
            }

            List<(long, int)>? list = null;
            for (; node >= 0; node = _nodes[node].Next)
            {
                if (_nodes[node].Source != sourceNum)
                {
                    (list ??= []).Add((_nodes[node].Source, _nodes[node].Ordinal));
                }
            }

            if (list is not null)
            {
                holders[hash] = list;
            }
        }

        return holders;
    }

    /// <summary>Adds a row (none when it is already there); it reaches the table with the next <see cref="Flush"/>.</summary>
    public void Add(long hash, long sourceNum, int ordinal)
    {
        if (Put(hash, sourceNum, ordinal))
        {
            _pending.Add((hash, sourceNum, ordinal));
        }
    }

    /// <summary>Takes out every row of a hash (the caller deletes them from the table, and the pending ones are skipped by <see cref="Flush"/>).</summary>
    public void RemoveHash(long hash)
    {
        if (_heads.Remove(hash, out var node))
        {
            for (; node >= 0; node = _nodes[node].Next)
            {
                Rows--;
            }
        }
    }

    /// <summary>Takes out a source's rows of a hash (after a flush, as the caller deletes them from the table).</summary>
    public void Remove(long hash, long sourceNum)
    {
        if (!_heads.TryGetValue(hash, out var head))
        {
            return;
        }

        var kept = -1;
        var last = -1;
        for (var node = head; node >= 0; node = _nodes[node].Next)
        {
            if (_nodes[node].Source == sourceNum)
            {
                Rows--;
                continue;
            }

            if (last < 0)
            {
                kept = node;
            }
            else
            {
                _nodes[last].Next = node;
            }

            last = node;
        }

        if (last < 0)
        {
            _heads.Remove(hash);
            return;
        }

        _nodes[last].Next = -1;
        _heads[hash] = kept;
    }

    /// <summary>Writes the rows added since the last flush, in key order, but those of hashes that became stock meanwhile.</summary>
    public void Flush(WriteSession sql, HashSet<long> stock)
    {
        _pending.Sort();
        foreach (var (hash, source, ordinal) in _pending)
        {
            if (!stock.Contains(hash))
            {
                sql.Execute("INSERT OR IGNORE INTO PassageShingles (Hash, SourceNum, PassageOrdinal) VALUES (@p0, @p1, @p2)", hash, source, ordinal);
            }
        }

        _pending.Clear();
    }

    private bool Put(long hash, long sourceNum, int ordinal)
    {
        var exists = _heads.TryGetValue(hash, out var head);
        for (var node = exists ? head : -1; node >= 0; node = _nodes[node].Next)
        {
            if (_nodes[node].Source == sourceNum && _nodes[node].Ordinal == ordinal)
            {
                return false;
            }
        }

        if (_used == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[_used] = new Node { Source = sourceNum, Ordinal = ordinal, Next = exists ? head : -1 };
        _heads[hash] = _used++;
        Rows++;
        return true;
    }
}
