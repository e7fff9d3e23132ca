using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Where the words written with a place's or a group's name begin and end ("northern Tamaro", "Kessa, Tamaro", "Kessa
/// fighters"), or null (decision 018). Start, End and Surface stay the name itself; the export's mention span runs from
/// ExtentStart (or TitleStart) to ExtentEnd (docs/export-format.md). Down drops them.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000021_MentionExtents")]
public sealed class MentionExtents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions ADD COLUMN ExtentStart INTEGER NULL;");
        migrationBuilder.Sql("ALTER TABLE Mentions ADD COLUMN ExtentEnd INTEGER NULL;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions DROP COLUMN ExtentEnd;");
        migrationBuilder.Sql("ALTER TABLE Mentions DROP COLUMN ExtentStart;");
    }
}
