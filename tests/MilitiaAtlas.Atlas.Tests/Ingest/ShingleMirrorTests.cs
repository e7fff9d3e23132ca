using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>The in-memory copy of PassageShingles answers as the table would, and writes to it what it added.</summary>
public sealed class ShingleMirrorTests
{
    private static List<(long Hash, long Source, int Ordinal)> Table(WriteSession sql) =>
        sql.Query("SELECT Hash, SourceNum, PassageOrdinal FROM PassageShingles ORDER BY 1, 2, 3", r => (r.GetInt64(0), r.GetInt64(1), r.GetInt32(2)));

    private static List<(long, int)> Sorted(List<(long Source, int Ordinal)> list) => [.. list.Order()];

    [Fact]
    public void Holders_removals_and_the_flush_match_the_table()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);
        sql.Transaction = conn.BeginTransaction();

        var mirror = ShingleMirror.Load(sql);
        Assert.Equal(0, mirror.Rows);
        mirror.Add(10, 1, 0);
        mirror.Add(10, 1, 0); // the same row twice is one row, as INSERT OR IGNORE makes it
        mirror.Add(10, 2, 3);
        mirror.Add(10, 3, 1);
        mirror.Add(20, 2, 0);
        mirror.Add(30, 3, 4);
        Assert.Equal(5, mirror.Rows);

        // A source's own rows are not among its holders; hashes nobody else holds are absent.
        var holders = mirror.Holders([10, 20, 30, 40, 10], 3);
        Assert.Equal([10L, 20L], holders.Keys.Order());
        Assert.Equal([(1L, 0), (2L, 3)], Sorted(holders[10]));
        Assert.Equal([(2L, 0)], holders[20]);

        // Nothing reaches the table before the flush; a hash that became stock meanwhile never does.
        Assert.Empty(Table(sql));
        mirror.RemoveHash(20);
        mirror.Flush(sql, [20]);
        Assert.Equal([(10L, 1L, 0), (10L, 2L, 3), (10L, 3L, 1), (30L, 3L, 4)], Table(sql));
        Assert.Equal(4, mirror.Rows);

        // Taking out one source's rows keeps the others', whichever place in a hash's list they held.
        mirror.Remove(10, 2);
        mirror.Remove(30, 3);
        Assert.Equal(2, mirror.Rows);
        Assert.Equal([(1L, 0), (3L, 1)], Sorted(mirror.Holders([10, 30], 99)[10]));
        Assert.False(mirror.Holders([30], 99).ContainsKey(30));
        mirror.Remove(10, 1);
        Assert.Equal([(3L, 1)], mirror.Holders([10], 99)[10]);

        // Loading the table gives the same answers as the mirror that wrote it.
        var loaded = ShingleMirror.Load(sql);
        Assert.Equal(4, loaded.Rows);
        Assert.Equal([(1L, 0), (2L, 3), (3L, 1)], Sorted(loaded.Holders([10], 99)[10]));
        sql.Transaction.Dispose();
        sql.Transaction = null;
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    [InlineData(400, 100, true)]
    [InlineData(10_000, 100, false)]
    [InlineData(10_000, 3_000, true)]
    [InlineData(0, 100_000, false)]
    public void The_mirror_is_kept_when_the_run_adds_many_sources_for_those_stored_and_stays_bounded(long stored, int adding, bool worthwhile) =>
        Assert.Equal(worthwhile, ShingleMirror.Worthwhile(stored, adding));
}
