using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Curation made in the browser (docs/curation.md, decision 016). <c>CurationRecords</c>: one curation operation each,
/// written in the curation file's vocabulary (<c>Operation</c>, one YAML entry), with who made it, when and why, and when
/// and by whom it was undone; <c>Effects</c> is what its applications changed (JSON), which undo reverses.
/// <c>CurationRecordEntities</c>: the entities a record touched, for an entity's history. <c>ConfirmedRelations</c>:
/// relations an analyst checked. Down drops them.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000020_CurationRecords")]
public sealed class CurationRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE CurationRecords (
                Id INTEGER PRIMARY KEY,
                Verb TEXT NOT NULL,
                Operation TEXT NOT NULL,
                Reason TEXT NOT NULL,
                CreatedBy TEXT NOT NULL,
                CreatedAt TEXT NOT NULL,
                UndoneBy TEXT NULL,
                UndoneAt TEXT NULL,
                Effects TEXT NOT NULL DEFAULT '[]'
            );
            """);
        migrationBuilder.Sql("""
            CREATE TABLE CurationRecordEntities (
                EntityId TEXT NOT NULL,
                RecordId INTEGER NOT NULL REFERENCES CurationRecords (Id) ON DELETE CASCADE,
                PRIMARY KEY (EntityId, RecordId)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("""
            CREATE TABLE ConfirmedRelations (
                SubjectId TEXT NOT NULL,
                Predicate TEXT NOT NULL,
                ObjectId TEXT NOT NULL,
                PRIMARY KEY (SubjectId, Predicate, ObjectId)
            ) WITHOUT ROWID;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE ConfirmedRelations;");
        migrationBuilder.Sql("DROP TABLE CurationRecordEntities;");
        migrationBuilder.Sql("DROP TABLE CurationRecords;");
    }
}
