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
}
