using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// The search index (docs/search.md). Each FTS5 table indexes a plain table that holds the rows
/// (external content), because plain tables can carry B-tree indexes: exact-key lookups and the
/// per-source and per-entity deletes of index maintenance then never scan the whole index. Triggers
/// keep each FTS5 table in step with its content table; the foreign keys cascade, so a deleted
/// source or entity takes its search rows with it.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000006_Search")]
public sealed class SearchIndexTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE SearchNames (
                Id INTEGER PRIMARY KEY,
                EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
                Name TEXT NOT NULL,
                Fold TEXT NOT NULL,
                Translit TEXT NOT NULL,
                Skeleton TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql("CREATE INDEX IX_SearchNames_Entity ON SearchNames (EntityId);");
        migrationBuilder.Sql("CREATE INDEX IX_SearchNames_Fold ON SearchNames (Fold);");
        migrationBuilder.Sql("CREATE INDEX IX_SearchNames_Translit ON SearchNames (Translit);");
        migrationBuilder.Sql("CREATE INDEX IX_SearchNames_Skeleton ON SearchNames (Skeleton);");
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE SearchNamesFts USING fts5 (
                Translit,
                Skeleton,
                content = 'SearchNames',
                content_rowid = 'Id',
                tokenize = 'trigram remove_diacritics 1'
            );
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchNames_Insert AFTER INSERT ON SearchNames BEGIN
                INSERT INTO SearchNamesFts (rowid, Translit, Skeleton) VALUES (new.Id, new.Translit, new.Skeleton);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchNames_Delete AFTER DELETE ON SearchNames BEGIN
                INSERT INTO SearchNamesFts (SearchNamesFts, rowid, Translit, Skeleton) VALUES ('delete', old.Id, old.Translit, old.Skeleton);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchNames_Update AFTER UPDATE ON SearchNames BEGIN
                INSERT INTO SearchNamesFts (SearchNamesFts, rowid, Translit, Skeleton) VALUES ('delete', old.Id, old.Translit, old.Skeleton);
                INSERT INTO SearchNamesFts (rowid, Translit, Skeleton) VALUES (new.Id, new.Translit, new.Skeleton);
            END;
            """);

        migrationBuilder.Sql("""
            CREATE TABLE SearchTexts (
                Id INTEGER PRIMARY KEY,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Kind TEXT NOT NULL,
                Ordinal INTEGER NOT NULL,
                Text TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql("CREATE INDEX IX_SearchTexts_Source ON SearchTexts (SourceId);");
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE SearchTextsFts USING fts5 (
                Text,
                content = 'SearchTexts',
                content_rowid = 'Id',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchTexts_Insert AFTER INSERT ON SearchTexts BEGIN
                INSERT INTO SearchTextsFts (rowid, Text) VALUES (new.Id, new.Text);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchTexts_Delete AFTER DELETE ON SearchTexts BEGIN
                INSERT INTO SearchTextsFts (SearchTextsFts, rowid, Text) VALUES ('delete', old.Id, old.Text);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER SearchTexts_Update AFTER UPDATE ON SearchTexts BEGIN
                INSERT INTO SearchTextsFts (SearchTextsFts, rowid, Text) VALUES ('delete', old.Id, old.Text);
                INSERT INTO SearchTextsFts (rowid, Text) VALUES (new.Id, new.Text);
            END;
            """);

        // Sources stored before this migration are skipped by ingest while unchanged, so they would
        // never reach the index: this row asks for one full build (SearchIndex.BuildIfPending).
        // An empty database needs none, since ingest indexes each source it stores.
        migrationBuilder.Sql("CREATE TABLE SearchIndexPending (Id INTEGER PRIMARY KEY CHECK (Id = 1));");
        migrationBuilder.Sql("INSERT INTO SearchIndexPending (Id) SELECT 1 WHERE EXISTS (SELECT 1 FROM Sources);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE SearchIndexPending;
            DROP TABLE SearchTextsFts;
            DROP TABLE SearchTexts;
            DROP TABLE SearchNamesFts;
            DROP TABLE SearchNames;
            """);
    }
}
