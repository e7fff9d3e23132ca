using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// A relation stated only inside a quotation is the speaker's (issue 17): RelationEvidence.Quoted marks such evidence,
/// so the export can say whose statement the relation is (relations[].statedBy) instead of presenting it as the
/// source's. Existing rows were found outside quotations (quoted text was skipped), so they keep 0. Down drops the column.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000015_RelationQuotes")]
public sealed class RelationQuotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE RelationEvidence ADD COLUMN Quoted INTEGER NOT NULL DEFAULT 0;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE RelationEvidence DROP COLUMN Quoted;");
    }
}
