using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>Entities, the keys that resolve spellings to them across articles, and every mention's span.</summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000002_Entities")]
public sealed class Entities : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE Entities (
                Id TEXT NOT NULL PRIMARY KEY,
                Type TEXT NOT NULL,
                Name TEXT NOT NULL,
                PlaceId TEXT NULL,
                Country TEXT NULL,
                Lat REAL NULL,
                Lon REAL NULL,
                Curated INTEGER NOT NULL DEFAULT 0,
                CuratedName INTEGER NOT NULL DEFAULT 0,
                Rejected INTEGER NOT NULL DEFAULT 0
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE EntityKeys (
                Type TEXT NOT NULL,
                Key TEXT NOT NULL,
                EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
                PRIMARY KEY (Type, Key, EntityId)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_EntityKeys_Entity ON EntityKeys (EntityId);");
        migrationBuilder.Sql("""
            CREATE TABLE Mentions (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                EntityId TEXT NOT NULL REFERENCES Entities (Id),
                Surface TEXT NOT NULL,
                PRIMARY KEY (SourceId, Start)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_Mentions_Entity ON Mentions (EntityId);");
        migrationBuilder.Sql("""
            CREATE TABLE CuratedAliases (
                EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
                Alias TEXT NOT NULL,
                PRIMARY KEY (EntityId, Alias)
            ) WITHOUT ROWID;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE CuratedAliases; DROP TABLE Mentions; DROP TABLE EntityKeys; DROP TABLE Entities;");
    }
}
