using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Tests.Data;

/// <summary>The quick check that lets an up-to-date database skip EF Core's migrator.</summary>
public sealed class MigrateTests
{
    [Fact]
    public void The_newest_migration_known_without_EF_is_EFs_last_migration()
    {
        using var app = new AtlasStore();
        using var ctx = app.Database.CreateContext();
        Assert.Equal(ctx.Database.GetMigrations().Last(), AtlasDatabase.LatestMigration);
    }

    [Fact]
    public void A_database_that_lacks_the_newest_migration_or_WAL_is_migrated_the_full_way()
    {
        using var app = new AtlasStore();
        var db = app.Database;
        db.Migrate();
        var schema = Schema(db);

        // Take the newest migration back with its own Down, whichever it is: its tables, indexes or columns go, and its
        // history row.
        using (var ctx = db.CreateContext())
        {
            ctx.GetService<IMigrator>().Migrate(ctx.Database.GetMigrations().SkipLast(1).Last());
        }

        Assert.NotEqual(schema, Schema(db));
        db.Migrate();
        Assert.Equal(schema, Schema(db));

        // Leaving WAL needs the only connection to the file: the pooled ones of the steps above are closed first.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var c = db.Open())
        {
            Assert.Equal(AtlasDatabase.LatestMigration, c.ExecuteScalar<string>("SELECT MAX(MigrationId) FROM __EFMigrationsHistory"));
            Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'CurationRecords'"));
            Assert.Equal("delete", c.ExecuteScalar<string>("PRAGMA journal_mode = DELETE"));
        }

        db.Migrate();
        using (var c = db.Open())
        {
            Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        }
    }

    private static List<string> Schema(AtlasDatabase db)
    {
        using var c = db.Open();
        // Each table's and index's definition too: a migration may only add columns.
        return c.Query<string>("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1").ToList();
    }
}
