using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Shingles too common to be evidence of copying (held by more than 16 passages: Ingest/ReuseLinker.MaxHolders) are
/// listed once in StockShingles instead of keeping every holder's row in PassageShingles. Linking a source used to read
/// 17 rows of each such shingle only to learn that it was stock, and every new source added its own row; at 10,000
/// articles these shingles held a third of PassageShingles (docs/performance.md). Down drops the list; the rows it
/// replaced are not brought back, so those shingles count as rare again until 17 new holders arrive.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000014_StockShingles")]
public sealed class StockShingles : Migration
{
    /// <summary>Ingest/ReuseLinker.MaxHolders when this migration was written (migrations are frozen history).</summary>
    private const int MaxHolders = 16;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE StockShingles (Hash INTEGER PRIMARY KEY);");
        migrationBuilder.Sql($"INSERT INTO StockShingles (Hash) SELECT Hash FROM PassageShingles GROUP BY Hash HAVING COUNT(*) > {MaxHolders};");
        migrationBuilder.Sql("DELETE FROM PassageShingles WHERE Hash IN (SELECT Hash FROM StockShingles);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE StockShingles;");
    }
}
