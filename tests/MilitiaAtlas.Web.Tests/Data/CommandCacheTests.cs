using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Tests.Data;

/// <summary>What the writer keeps per transaction: kept while it is open, read again after it ends either way.</summary>
public sealed class CommandCacheTests
{
    private static List<long> Load(CommandCache sql) => sql.Query("SELECT Hash FROM StockShingles ORDER BY Hash", r => r.GetInt64(0));

    [Fact]
    public void A_value_kept_per_transaction_is_read_once_and_forgotten_when_the_transaction_ends()
    {
        using var app = new AtlasApp();
        using var conn = app.Database.OpenForWriting();
        using var sql = new CommandCache(conn, null);

        var loads = 0;
        List<long> Kept() => sql.PerTransaction("stock", s =>
        {
            loads++;
            return Load(s);
        });

        // Without a transaction nothing is kept.
        Kept();
        Kept();
        Assert.Equal(2, loads);

        var tx = conn.BeginTransaction();
        sql.Transaction = tx;
        var first = Kept();
        first.Add(7);
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 7L);
        Assert.Same(first, Kept());
        Assert.Equal(3, loads);

        // Rolled back: the kept value held a row the database no longer has, so it must be read again.
        tx.Rollback();
        tx.Dispose();
        tx = conn.BeginTransaction();
        sql.Transaction = tx;
        Assert.Empty(Kept());
        Assert.Equal(4, loads);

        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 9L);
        tx.Commit();
        tx.Dispose();
        sql.Transaction = conn.BeginTransaction();
        Assert.Equal([9L], Kept());
        Assert.Equal(5, loads);
        sql.Transaction!.Rollback();
        sql.Transaction = null;
    }

    [Fact]
    public void A_value_kept_across_transactions_stays_after_commits_and_goes_after_a_rollback_or_another_connections_commit()
    {
        using var app = new AtlasApp();
        using var conn = app.Database.OpenForWriting();
        using var sql = new CommandCache(conn, null);
        var value = new object();

        Assert.Throws<InvalidOperationException>(() => sql.KeepAcrossTransactions("mirror", value));

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
        sql.KeepAcrossTransactions("mirror", value);
        sql.Execute("INSERT INTO StockShingles (Hash) VALUES (@p0)", 1L);
        Commit();
        Assert.Same(value, sql.KeptAcrossTransactions<object>("mirror"));
        Begin();
        Assert.Same(value, sql.KeptAcrossTransactions<object>("mirror"));

        // A transaction that ends without Committed (rolled back, or abandoned) takes the value with it.
        RollBack();
        Assert.Null(sql.KeptAcrossTransactions<object>("mirror"));

        // Another connection's commit between two transactions of this one also drops it.
        Begin();
        sql.KeepAcrossTransactions("mirror", value);
        Commit();
        using (var other = app.Database.OpenForWriting())
        using (var cmd = other.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO StockShingles (Hash) VALUES (2)";
            cmd.ExecuteNonQuery();
        }

        Assert.Same(value, sql.KeptAcrossTransactions<object>("mirror"));
        Begin();
        Assert.Null(sql.KeptAcrossTransactions<object>("mirror"));
        sql.KeepAcrossTransactions("mirror", value);
        Commit();

        // Forgotten on request.
        sql.ForgetAcrossTransactions("mirror");
        Assert.Null(sql.KeptAcrossTransactions<object>("mirror"));
    }
}
