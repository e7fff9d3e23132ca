using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// The entities a claim names are the entities of the mentions inside it, so they are read from Mentions
/// instead of being stored a second time (docs/performance.md): each mention carries the ordinal of the
/// claim it is in, indexed with its entity, and ClaimEntities goes. A curation that moves mentions between
/// entities now moves the claims' entities with them.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000011_ClaimEntitiesFromMentions")]
public sealed class ClaimEntitiesFromMentions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions ADD COLUMN ClaimOrdinal INTEGER NULL;");
        migrationBuilder.Sql("""
            UPDATE Mentions
            SET ClaimOrdinal = (SELECT c.Ordinal
                                FROM Claims c
                                WHERE c.SourceId = Mentions.SourceId
                                  AND c.Start <= Mentions.Start
                                  AND Mentions.Start < c."End");
            """);
        migrationBuilder.Sql("DROP INDEX IX_Mentions_Entity;");
        migrationBuilder.Sql("CREATE INDEX IX_Mentions_Entity ON Mentions (EntityId, SourceId, ClaimOrdinal);");
        migrationBuilder.Sql("DROP TABLE ClaimEntities;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE ClaimEntities (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                EntityId TEXT NOT NULL,
                PRIMARY KEY (SourceId, ClaimOrdinal, EntityId)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_ClaimEntities_Entity ON ClaimEntities (EntityId);");
        migrationBuilder.Sql("INSERT OR IGNORE INTO ClaimEntities SELECT SourceId, ClaimOrdinal, EntityId FROM Mentions WHERE ClaimOrdinal IS NOT NULL;");
        migrationBuilder.Sql("DROP INDEX IX_Mentions_Entity;");
        migrationBuilder.Sql("CREATE INDEX IX_Mentions_Entity ON Mentions (EntityId);");
        migrationBuilder.Sql("ALTER TABLE Mentions DROP COLUMN ClaimOrdinal;");
    }
}
