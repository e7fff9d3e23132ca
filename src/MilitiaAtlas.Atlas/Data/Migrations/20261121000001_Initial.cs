using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>Sources, their passages and sentences, and the reuse index. Written by hand (no EF Design package here).</summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE Sources (
                Id TEXT NOT NULL PRIMARY KEY,
                FileKey TEXT NOT NULL,
                File TEXT NOT NULL,
                Title TEXT NOT NULL,
                Outlet TEXT NULL,
                Author TEXT NULL,
                Published TEXT NULL,
                Url TEXT NULL,
                Format TEXT NOT NULL,
                Text TEXT NOT NULL,
                ContentHash TEXT NOT NULL,
                IngestedAt TEXT NOT NULL,
                Warnings TEXT NULL
            );
            """);
        migrationBuilder.Sql("CREATE UNIQUE INDEX IX_Sources_FileKey ON Sources (FileKey);");
        migrationBuilder.Sql("""
            CREATE TABLE Passages (
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Ordinal INTEGER NOT NULL,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                Kind TEXT NOT NULL,
                ReusedFromSourceId TEXT NULL,
                ReusedFromOrdinal INTEGER NULL,
                PRIMARY KEY (SourceId, Ordinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_Passages_ReusedFrom ON Passages (ReusedFromSourceId) WHERE ReusedFromSourceId IS NOT NULL;");
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
        migrationBuilder.Sql("""
            CREATE TABLE PassageShingles (
                Hash INTEGER NOT NULL,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                PassageOrdinal INTEGER NOT NULL,
                PRIMARY KEY (Hash, SourceId, PassageOrdinal)
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql("CREATE INDEX IX_PassageShingles_Source ON PassageShingles (SourceId);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE PassageShingles; DROP TABLE Sentences; DROP TABLE Passages; DROP TABLE Sources;");
    }
}
