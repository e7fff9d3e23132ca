using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Claims (one per body sentence) with their speaker and the entities they name; relation evidence
/// keyed by the (subject, predicate, object) triple; events and their evidence. Rows that belong to a
/// source cascade from it; entity ids carry no foreign key so curation can re-point them.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000004_Claims")]
public sealed class ClaimsAndEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE Claims (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Ordinal INTEGER NOT NULL,
                PassageOrdinal INTEGER NOT NULL,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                SpeakerId TEXT NULL,
                Quoted INTEGER NOT NULL,
                PRIMARY KEY (SourceId, Ordinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_Claims_Speaker ON Claims (SpeakerId) WHERE SpeakerId IS NOT NULL;");
        migrationBuilder.Sql("""
            CREATE TABLE ClaimEntities (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                EntityId TEXT NOT NULL,
                PRIMARY KEY (SourceId, ClaimOrdinal, EntityId)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_ClaimEntities_Entity ON ClaimEntities (EntityId);");
        migrationBuilder.Sql("""
            CREATE TABLE RelationEvidence (
                SubjectId TEXT NOT NULL,
                Predicate TEXT NOT NULL,
                ObjectId TEXT NOT NULL,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                PRIMARY KEY (SubjectId, Predicate, ObjectId, SourceId, ClaimOrdinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_RelationEvidence_Object ON RelationEvidence (ObjectId);");
        migrationBuilder.Sql("CREATE INDEX IX_RelationEvidence_Source ON RelationEvidence (SourceId);");
        migrationBuilder.Sql("""
            CREATE TABLE Events (
                Id TEXT NOT NULL PRIMARY KEY,
                Date TEXT NULL,
                EndDate TEXT NULL,
                Precision TEXT NOT NULL,
                DateText TEXT NOT NULL,
                Summary TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql("CREATE INDEX IX_Events_Date ON Events (Date);");
        migrationBuilder.Sql("""
            CREATE TABLE EventEvidence (
                EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                Date TEXT NULL,
                EndDate TEXT NULL,
                Precision TEXT NOT NULL,
                DateText TEXT NOT NULL,
                DateStart INTEGER NOT NULL,
                DateEnd INTEGER NOT NULL,
                PRIMARY KEY (EventId, SourceId, ClaimOrdinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_EventEvidence_Source ON EventEvidence (SourceId);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE EventEvidence; DROP TABLE Events; DROP TABLE RelationEvidence; DROP TABLE ClaimEntities; DROP TABLE Claims;");
    }
}
