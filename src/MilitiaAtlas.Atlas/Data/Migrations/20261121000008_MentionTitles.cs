using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Where the title attached to a person's name begins ("Foreign Minister" in "Foreign Minister Amina Yusuf"),
/// or null. Start, End and Surface stay the name itself, so aliases, display names and highlights are unchanged;
/// the export's mention span runs from the title to the end of the name (docs/export-format.md).
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000008_MentionTitles")]
public sealed class MentionTitles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions ADD COLUMN TitleStart INTEGER NULL;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Mentions DROP COLUMN TitleStart;");
    }
}
