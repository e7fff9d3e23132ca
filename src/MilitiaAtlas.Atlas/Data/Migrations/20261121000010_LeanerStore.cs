using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Fewer rows and index entries per article (docs/performance.md):
/// <list type="bullet">
/// <item>Sentences goes: every body sentence is a claim with the same ordinal, passage and span, so the
/// Claims table already holds each sentence.</item>
/// <item>PassageShingles loses its source index and its foreign key (whose cascade needed that index).
/// A source's distinct shingle hashes are kept instead as one blob on its row (Sources.Shingles, 8 bytes
/// each, big-endian, ascending), which is what deletes a replaced source's shingles: one primary-key
/// lookup per hash.</item>
/// </list>
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000010_LeanerStore")]
public sealed class LeanerStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE Sentences;");
        migrationBuilder.Sql("ALTER TABLE Sources ADD COLUMN Shingles BLOB NULL;");
        migrationBuilder.Sql("""
            UPDATE Sources
            SET Shingles = (SELECT unhex(group_concat(printf('%016x', h.Hash), ''))
                            FROM (SELECT DISTINCT Hash FROM PassageShingles WHERE SourceId = Sources.Id ORDER BY Hash) h);
            """);
        migrationBuilder.Sql("""
            CREATE TABLE PassageShingles_New (
                Hash INTEGER NOT NULL,
                SourceId TEXT NOT NULL,
                PassageOrdinal INTEGER NOT NULL,
                PRIMARY KEY (Hash, SourceId, PassageOrdinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("INSERT INTO PassageShingles_New (Hash, SourceId, PassageOrdinal) SELECT Hash, SourceId, PassageOrdinal FROM PassageShingles;");
        migrationBuilder.Sql("DROP TABLE PassageShingles;");
        migrationBuilder.Sql("ALTER TABLE PassageShingles_New RENAME TO PassageShingles;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE PassageShingles_Old (
                Hash INTEGER NOT NULL,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                PassageOrdinal INTEGER NOT NULL,
                PRIMARY KEY (Hash, SourceId, PassageOrdinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("INSERT INTO PassageShingles_Old SELECT Hash, SourceId, PassageOrdinal FROM PassageShingles WHERE SourceId IN (SELECT Id FROM Sources);");
        migrationBuilder.Sql("DROP TABLE PassageShingles;");
        migrationBuilder.Sql("ALTER TABLE PassageShingles_Old RENAME TO PassageShingles;");
        migrationBuilder.Sql("CREATE INDEX IX_PassageShingles_Source ON PassageShingles (SourceId);");
        migrationBuilder.Sql("ALTER TABLE Sources DROP COLUMN Shingles;");
        migrationBuilder.Sql("""
            CREATE TABLE Sentences (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Ordinal INTEGER NOT NULL,
                PassageOrdinal INTEGER NOT NULL,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                PRIMARY KEY (SourceId, Ordinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("INSERT INTO Sentences SELECT SourceId, Ordinal, PassageOrdinal, Start, \"End\" FROM Claims;");
    }
}
