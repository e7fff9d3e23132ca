using Microsoft.Data.Sqlite;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Data;

/// <summary>What the write session keeps: for the open transaction, or across transactions while only it writes.</summary>
public sealed class WriteSessionTests
{
    [Fact]
    public void The_stock_shingles_are_read_once_per_transaction_and_again_after_it_ends()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);

        // Without a transaction nothing is kept: each use reads again.
        Assert.NotSame(sql.StockShingles, sql.StockShingles);

        var tx = conn.BeginTransaction();
        sql.Transaction = tx;
        var first = sql.StockShingles;
        first.Add(7);
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 7L);
        Assert.Same(first, sql.StockShingles);
        sql.EntityKeys[("group", "t:jabhat uadi")] = ["jabhat-wadi"];
        Assert.Single(sql.EntityKeys);

        // Rolled back: the kept set held a row the database no longer has, so it is read again.
        tx.Rollback();
        tx.Dispose();
        tx = conn.BeginTransaction();
        sql.Transaction = tx;
        Assert.Empty(sql.StockShingles);
        Assert.Empty(sql.EntityKeys);

        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 9L);
        tx.Commit();
        tx.Dispose();
        sql.Transaction = conn.BeginTransaction();
        Assert.Equal([9L], sql.StockShingles);
        sql.Transaction!.Rollback();
        sql.Transaction = null;
    }

    [Fact]
    public void A_mirror_stays_after_commits_and_goes_after_a_rollback_or_another_connections_commit()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);
        var mirror = new EventWriter.CandidateMirror();

        Assert.Throws<InvalidOperationException>(() => sql.EventCandidates = mirror);

        void Begin() => sql.Transaction = conn.BeginTransaction();
        void Commit()
        {
            sql.Transaction!.Commit();
            sql.Committed();
            sql.Transaction.Dispose();
            sql.Transaction = null;
        }

        void RollBack()
        {
            sql.Transaction!.Dispose();
            sql.Transaction = null;
        }

        Begin();
        sql.EventCandidates = mirror;
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 1L);
        Commit();
        Assert.Same(mirror, sql.EventCandidates);
        Begin();
        Assert.Same(mirror, sql.EventCandidates);

        // A transaction that ends without Committed (rolled back, or abandoned) takes the mirror with it.
        RollBack();
        Assert.Null(sql.EventCandidates);

        // Another connection's commit between two transactions of this one also drops it.
        Begin();
        sql.EventCandidates = mirror;
        Commit();
        using (var other = app.Database.OpenForWriting())
        using (var cmd = other.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO StockShingles (Hash) VALUES (2)";
            cmd.ExecuteNonQuery();
        }

        Assert.Same(mirror, sql.EventCandidates);
        Begin();
        Assert.Null(sql.EventCandidates);
        sql.EventCandidates = mirror;
        Commit();

        // Forgotten on request.
        sql.EventCandidates = null;
        Assert.Null(sql.EventCandidates);
    }

    [Fact]
    public void Statements_bind_read_and_fail_as_ADO_NET_would()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);

        // Values of every bound type come back as stored; NULL is default for Scalar and IsDBNull for a row.
        Assert.Equal(42L, sql.Scalar<long>("SELECT @p0", 42));
        Assert.Equal(2.5, sql.Scalar<double>("SELECT @p0", 2.5));
        Assert.Equal("Ḥashd al-Sha‘bī", sql.Scalar<string>("SELECT @p0", "Ḥashd al-Sha‘bī"));
        Assert.Equal(new byte[] { 1, 2, 3 }, sql.Scalar<byte[]>("SELECT @p0", new byte[] { 1, 2, 3 }));
        Assert.Equal(1L, sql.Scalar<long>("SELECT @p0", true));
        Assert.Null(sql.Scalar<long?>("SELECT @p0", (object?)null));
        Assert.Null(sql.Scalar<string>("SELECT 1 WHERE 0"));
        var row = sql.Query("SELECT NULL, @p0, @p1", r => (r.IsDBNull(0), r.GetInt32(1), r.GetString(2)), 7, "x").Single();
        Assert.Equal((true, 7, "x"), row);

        // The same parameter twice, and rows changed.
        Assert.Equal(14L, sql.Scalar<long>("SELECT @p0 + @p0", 7));
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 5L);
        Assert.Equal(1, sql.Execute("DELETE FROM StockShingles WHERE Hash = @p0", 5L));
        Assert.Equal(0, sql.Execute("DELETE FROM StockShingles WHERE Hash = @p0", 5L));

        // A constraint failure is the SqliteException ADO.NET raises, and the statement is usable after it.
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 6L);
        var ex = Assert.Throws<SqliteException>(() => sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 6L));
        Assert.Equal(19, ex.SqliteErrorCode);
        Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 8L);
        Assert.Equal(2L, sql.Scalar<long>("SELECT COUNT(*) FROM StockShingles"));

        Assert.Throws<SqliteException>(() => sql.Execute("INSERT INTO NoSuchTable VALUES (1)"));
        Assert.Throws<NotSupportedException>(() => sql.Execute("SELECT 1; SELECT 2"));
        Assert.Throws<NotSupportedException>(() => sql.Scalar<long>("SELECT @p0", DateTime.UnixEpoch));
        Assert.Throws<InvalidOperationException>(() => sql.Scalar<long>("SELECT @p0 + @p1", 1));
    }

    [Fact]
    public async Task A_statement_waits_while_another_connection_holds_the_write_lock()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);
        using var other = app.Database.OpenForWriting();
        var tx = other.BeginTransaction();
        using (var cmd = other.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO StockShingles (Hash) VALUES (1)";
            cmd.ExecuteNonQuery();
        }

        var released = Task.Run(async () =>
        {
            await Task.Delay(400);
            tx.Commit();
            tx.Dispose();
        });

        // Busy at first; written once the other transaction commits, well within the connection's timeout.
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 2L);
        await released;
        Assert.Equal(2L, sql.Scalar<long>("SELECT COUNT(*) FROM StockShingles"));
    }

    [Fact]
    public void A_parameter_takes_the_value_its_number_gives_even_when_a_statement_leaves_some_out()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var sql = new WriteSession(conn, null);

        Assert.Equal("c|a|c", sql.Scalar<string>("SELECT @p2 || '|' || @p0 || '|' || @p2", "a", "b", "c"));
        Assert.Throws<InvalidOperationException>(() => sql.Scalar<string>("SELECT @p3", "a"));
        Assert.Throws<NotSupportedException>(() => sql.Scalar<string>("SELECT @name", "a"));
    }
}
