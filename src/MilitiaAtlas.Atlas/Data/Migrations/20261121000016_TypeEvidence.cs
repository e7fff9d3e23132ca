using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Each entity keeps the evidence behind its type (issue 16): TypeEvidence holds, per source, one row for each cue that
/// pointed one of the entity's names toward a type ("head noun 'Brigade'", "'X fighters'", a gazetteer hit) and for
/// the rule that decided when the weighed cues did not, with how often and how strongly it did so and the first
/// mention that gave it (its span and sentence), so the profile can cite it. Rows belong to their source (replaced with
/// it) and follow their entity through merges. Entities.CuratedType marks a type an analyst set, which then is the
/// deciding reason. Existing sources get their rows when they are next re-extracted (Ingestor.PipelineVersion).
/// Down drops both.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000016_TypeEvidence")]
public sealed class TypeEvidence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE TypeEvidence (
                SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
                Start INTEGER NOT NULL,
                Cue TEXT NOT NULL,
                Type TEXT NOT NULL,
                EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
                "End" INTEGER NOT NULL,
                CueStart INTEGER NULL,
                CueEnd INTEGER NULL,
                Weight INTEGER NOT NULL,
                Count INTEGER NOT NULL,
                ClaimOrdinal INTEGER NULL,
                PRIMARY KEY (SourceNum, Start, Cue, Type)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_TypeEvidence_Entity ON TypeEvidence (EntityId);");
        migrationBuilder.Sql("ALTER TABLE Entities ADD COLUMN CuratedType INTEGER NOT NULL DEFAULT 0;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE TypeEvidence;");
        migrationBuilder.Sql("ALTER TABLE Entities DROP COLUMN CuratedType;");
    }
}
