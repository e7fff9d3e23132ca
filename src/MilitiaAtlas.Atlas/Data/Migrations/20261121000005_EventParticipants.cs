using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Who took part in an event and where, as each source says it (rows go with their source), and the
/// happening's cue word, which cross-source merging compares.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000005_EventParticipants")]
public sealed class EventParticipants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Events ADD COLUMN Cue TEXT NOT NULL DEFAULT '';");
        migrationBuilder.Sql("""
            CREATE TABLE EventEntities (
                EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
                EntityId TEXT NOT NULL,
                Role TEXT NOT NULL,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                PRIMARY KEY (EventId, EntityId, SourceId)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_EventEntities_Entity ON EventEntities (EntityId);");
        migrationBuilder.Sql("CREATE INDEX IX_EventEntities_Source ON EventEntities (SourceId);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE EventEntities; ALTER TABLE Events DROP COLUMN Cue;");
    }
}
