using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Each event participant row carries its event's cue word and year, indexed with the entity, so that
/// matching a new report to a stored event (EventWriter) reads only the events of that entity, cue and
/// year, not every event the entity ever took part in: the cost of one report no longer grows with the
/// corpus (docs/performance.md). The new index starts with EntityId, so it replaces the old one.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000009_EventMatchIndex")]
public sealed class EventMatchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE EventEntities ADD COLUMN Cue TEXT NOT NULL DEFAULT '';");
        migrationBuilder.Sql("ALTER TABLE EventEntities ADD COLUMN Year TEXT NOT NULL DEFAULT '';");
        migrationBuilder.Sql("""
            UPDATE EventEntities
            SET Cue = COALESCE((SELECT e.Cue FROM Events e WHERE e.Id = EventEntities.EventId), ''),
                Year = COALESCE((SELECT substr(e.Date, 1, 4) FROM Events e WHERE e.Id = EventEntities.EventId), '');
            """);
        migrationBuilder.Sql("DROP INDEX IX_EventEntities_Entity;");
        migrationBuilder.Sql("CREATE INDEX IX_EventEntities_Match ON EventEntities (EntityId, Cue, Year);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP INDEX IX_EventEntities_Match;");
        migrationBuilder.Sql("CREATE INDEX IX_EventEntities_Entity ON EventEntities (EntityId);");
        migrationBuilder.Sql("ALTER TABLE EventEntities DROP COLUMN Year;");
        migrationBuilder.Sql("ALTER TABLE EventEntities DROP COLUMN Cue;");
    }
}
