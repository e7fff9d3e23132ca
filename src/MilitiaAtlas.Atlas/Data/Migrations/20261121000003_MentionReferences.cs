using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>Mentions by title ("the Foreign Secretary") cite an actor but are neither aliases nor names.</summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000003_MentionReferences")]
public sealed class MentionReferences : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions ADD COLUMN Reference INTEGER NOT NULL DEFAULT 0;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions DROP COLUMN Reference;");
    }
}
