using Dapper;
using Microsoft.EntityFrameworkCore;
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

        // Take the newest migration back by hand: its tables go, and its history row.
        using (var c = db.Open())
        {
            c.Execute("""
                DROP TABLE ConfirmedRelations; DROP TABLE CurationRecordEntities; DROP TABLE CurationRecords;
                DELETE FROM __EFMigrationsHistory WHERE MigrationId = @id
                """, new { id = AtlasDatabase.LatestMigration });
        }

        db.Migrate();
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
}
