using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// How often each entity is written each way, kept up to date as sources come and go, so that naming an
/// entity or listing its spellings reads a handful of rows instead of every mention in the corpus.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000007_EntitySurfaces")]
public sealed class EntitySurfaces : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE EntitySurfaces (
                EntityId TEXT NOT NULL,
                Surface TEXT NOT NULL,
                Count INTEGER NOT NULL,
                PRIMARY KEY (EntityId, Surface)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("""
            INSERT INTO EntitySurfaces (EntityId, Surface, Count)
            SELECT EntityId, Surface, COUNT(*)
            FROM Mentions
            WHERE Reference = 0
            GROUP BY EntityId, Surface;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE EntitySurfaces;");
    }
}
