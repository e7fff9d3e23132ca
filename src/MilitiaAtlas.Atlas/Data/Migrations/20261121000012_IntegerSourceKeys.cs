using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// Rows that belong to a source refer to it by a small integer (Sources.Num) instead of its text id
/// (docs/performance.md, decision 006). The id, a slug of up to 32 characters plus a suffix on collision,
/// was repeated in about 670 rows and index entries per article, a third of the database; the integer
/// takes one to three bytes. The id stays the source's name everywhere outside the database (URLs,
/// the export, citations).
/// <list type="bullet">
/// <item>Sources gains Num, unique, from its rowid.</item>
/// <item>Passages, Mentions, Claims, RelationEvidence, EventEvidence, EventEntities and PassageShingles
/// are rebuilt with SourceNum (and Passages with ReusedFromSourceNum) in place of the text id.</item>
/// <item>SearchTexts keeps only its text, under an id that says whose it is: Num × 2^24 + the claim's
/// ordinal (0 for the title). Its source index goes; a source's rows are one id range.</item>
/// </list>
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000012_IntegerSourceKeys")]
public sealed class IntegerSourceKeys : Migration
{
    /// <summary>The multiplier of Sources.Num in SearchTexts.Id (Search/SearchIndex.TextIdScale).</summary>
    private const long TextIdScale = 16777216;

    /// <summary>How a child row names its source: the column, its type, and the column of Sources it refers to.</summary>
    private sealed record Key(string Column, string Type, string Parent)
    {
        public static readonly Key Text = new("SourceId", "TEXT", "Id");
        public static readonly Key Number = new("SourceNum", "INTEGER", "Num");

        /// <summary>Replaces {K} (this key's column), {T} (its type), {P} (the Sources column) and {R} (ReusedFrom's column).</summary>
        public string Fill(string template) => template
            .Replace("{K}", Column, StringComparison.Ordinal)
            .Replace("{T}", Type, StringComparison.Ordinal)
            .Replace("{P}", Parent, StringComparison.Ordinal)
            .Replace("{R}", Column.Replace("Source", "ReusedFromSource", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>
    /// A table whose rows belong to a source: its columns (the source's key written {K} {T} REFERENCES Sources ({P})),
    /// the expressions that copy a row (x is the old row, s its source, r the source it was reused from), and its indexes.
    /// </summary>
    private sealed record Child(string Name, string Columns, string Copy, string From, params string[] Indexes);

    private static readonly Child[] Children =
    [
        new("Passages", """
            {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                Ordinal INTEGER NOT NULL,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                Kind TEXT NOT NULL,
                {R} {T} NULL,
                ReusedFromOrdinal INTEGER NULL,
                PRIMARY KEY ({K}, Ordinal)
            """,
            "s.{P}, x.Ordinal, x.Start, x.\"End\", x.Kind, r.{P}, x.ReusedFromOrdinal",
            "Passages x JOIN Sources s ON s.{Q} = x.{O} LEFT JOIN Sources r ON r.{Q} = x.{OR}",
            "CREATE INDEX IX_Passages_ReusedFrom ON Passages ({R}) WHERE {R} IS NOT NULL;"),
        new("Mentions", """
            {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                EntityId TEXT NOT NULL REFERENCES Entities (Id),
                Surface TEXT NOT NULL,
                Reference INTEGER NOT NULL DEFAULT 0,
                TitleStart INTEGER NULL,
                ClaimOrdinal INTEGER NULL,
                PRIMARY KEY ({K}, Start)
            """,
            "s.{P}, x.Start, x.\"End\", x.EntityId, x.Surface, x.Reference, x.TitleStart, x.ClaimOrdinal",
            "Mentions x JOIN Sources s ON s.{Q} = x.{O}",
            "CREATE INDEX IX_Mentions_Entity ON Mentions (EntityId, {K}, ClaimOrdinal);"),
        new("Claims", """
            {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                Ordinal INTEGER NOT NULL,
                PassageOrdinal INTEGER NOT NULL,
                Start INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                SpeakerId TEXT NULL,
                Quoted INTEGER NOT NULL,
                PRIMARY KEY ({K}, Ordinal)
            """,
            "s.{P}, x.Ordinal, x.PassageOrdinal, x.Start, x.\"End\", x.SpeakerId, x.Quoted",
            "Claims x JOIN Sources s ON s.{Q} = x.{O}",
            "CREATE INDEX IX_Claims_Speaker ON Claims (SpeakerId) WHERE SpeakerId IS NOT NULL;"),
        new("RelationEvidence", """
            SubjectId TEXT NOT NULL,
                Predicate TEXT NOT NULL,
                ObjectId TEXT NOT NULL,
                {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                PRIMARY KEY (SubjectId, Predicate, ObjectId, {K}, ClaimOrdinal)
            """,
            "x.SubjectId, x.Predicate, x.ObjectId, s.{P}, x.ClaimOrdinal",
            "RelationEvidence x JOIN Sources s ON s.{Q} = x.{O}",
            "CREATE INDEX IX_RelationEvidence_Object ON RelationEvidence (ObjectId);",
            "CREATE INDEX IX_RelationEvidence_Source ON RelationEvidence ({K});"),
        new("EventEvidence", """
            EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
                {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                ClaimOrdinal INTEGER NOT NULL,
                Date TEXT NULL,
                EndDate TEXT NULL,
                Precision TEXT NOT NULL,
                DateText TEXT NOT NULL,
                DateStart INTEGER NOT NULL,
                DateEnd INTEGER NOT NULL,
                PRIMARY KEY (EventId, {K}, ClaimOrdinal)
            """,
            "x.EventId, s.{P}, x.ClaimOrdinal, x.Date, x.EndDate, x.Precision, x.DateText, x.DateStart, x.DateEnd",
            "EventEvidence x JOIN Sources s ON s.{Q} = x.{O}",
            "CREATE INDEX IX_EventEvidence_Source ON EventEvidence ({K});"),
        new("EventEntities", """
            EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
                EntityId TEXT NOT NULL,
                Role TEXT NOT NULL,
                {K} {T} NOT NULL REFERENCES Sources ({P}) ON DELETE CASCADE,
                Cue TEXT NOT NULL DEFAULT '',
                Year TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (EventId, EntityId, {K})
            """,
            "x.EventId, x.EntityId, x.Role, s.{P}, x.Cue, x.Year",
            "EventEntities x JOIN Sources s ON s.{Q} = x.{O}",
            "CREATE INDEX IX_EventEntities_Source ON EventEntities ({K});",
            "CREATE INDEX IX_EventEntities_Match ON EventEntities (EntityId, Cue, Year);"),

        // No foreign key: a source's shingles are deleted through Sources.Shingles (migration 10).
        new("PassageShingles", """
            Hash INTEGER NOT NULL,
                {K} {T} NOT NULL,
                PassageOrdinal INTEGER NOT NULL,
                PRIMARY KEY (Hash, {K}, PassageOrdinal)
            """,
            "x.Hash, s.{P}, x.PassageOrdinal",
            "PassageShingles x JOIN Sources s ON s.{Q} = x.{O}"),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE Sources ADD COLUMN Num INTEGER NULL;");
        migrationBuilder.Sql("UPDATE Sources SET Num = rowid;");
        migrationBuilder.Sql("CREATE UNIQUE INDEX IX_Sources_Num ON Sources (Num);");
        foreach (var child in Children)
        {
            Rebuild(migrationBuilder, child, Key.Text, Key.Number);
        }

        // The search texts: the same rows under their new ids, then the full-text index built again from them.
        DropTextIndex(migrationBuilder);
        migrationBuilder.Sql("CREATE TABLE SearchTexts_New (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);");
        migrationBuilder.Sql($"""
            INSERT INTO SearchTexts_New (Id, Text)
            SELECT s.Num * {TextIdScale} + t.Ordinal, t.Text
            FROM SearchTexts t
            JOIN Sources s ON s.Id = t.SourceId
            WHERE t.Ordinal >= 0 AND t.Ordinal < {TextIdScale};
            """);
        migrationBuilder.Sql("DROP TABLE SearchTexts;");
        migrationBuilder.Sql("ALTER TABLE SearchTexts_New RENAME TO SearchTexts;");
        CreateTextIndex(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        DropTextIndex(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE SearchTexts_Old (
                Id INTEGER PRIMARY KEY,
                SourceId TEXT NOT NULL REFERENCES Sources (Id) ON DELETE CASCADE,
                Kind TEXT NOT NULL,
                Ordinal INTEGER NOT NULL,
                Text TEXT NOT NULL
            );
            """);
        migrationBuilder.Sql($"""
            INSERT INTO SearchTexts_Old (SourceId, Kind, Ordinal, Text)
            SELECT s.Id, CASE WHEN t.Id % {TextIdScale} = 0 THEN 'title' ELSE 'claim' END, t.Id % {TextIdScale}, t.Text
            FROM SearchTexts t
            JOIN Sources s ON s.Num = t.Id / {TextIdScale}
            ORDER BY t.Id;
            """);
        migrationBuilder.Sql("DROP TABLE SearchTexts;");
        migrationBuilder.Sql("ALTER TABLE SearchTexts_Old RENAME TO SearchTexts;");
        migrationBuilder.Sql("CREATE INDEX IX_SearchTexts_Source ON SearchTexts (SourceId);");
        CreateTextIndex(migrationBuilder);

        foreach (var child in Children.Reverse())
        {
            Rebuild(migrationBuilder, child, Key.Number, Key.Text);
        }

        migrationBuilder.Sql("DROP INDEX IX_Sources_Num;");
        migrationBuilder.Sql("ALTER TABLE Sources DROP COLUMN Num;");
    }

    /// <summary>Replaces a child table by its shape under another key: create it as <c>{name}_New</c>, copy, drop the old, rename, index.</summary>
    private static void Rebuild(MigrationBuilder migrationBuilder, Child child, Key from, Key to)
    {
        migrationBuilder.Sql($"""
            CREATE TABLE {child.Name}_New (
                {to.Fill(child.Columns).Trim()}
            ) WITHOUT ROWID;
            """);
        var source = child.From
            .Replace("{Q}", from.Parent, StringComparison.Ordinal)
            .Replace("{OR}", from.Fill("{R}"), StringComparison.Ordinal)
            .Replace("{O}", from.Column, StringComparison.Ordinal);
        migrationBuilder.Sql($"INSERT INTO {child.Name}_New SELECT {to.Fill(child.Copy)} FROM {source};");
        migrationBuilder.Sql($"DROP TABLE {child.Name};");
        migrationBuilder.Sql($"ALTER TABLE {child.Name}_New RENAME TO {child.Name};");
        foreach (var index in child.Indexes)
        {
            migrationBuilder.Sql(to.Fill(index));
        }
    }

    private static void DropTextIndex(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER SearchTexts_Insert;");
        migrationBuilder.Sql("DROP TRIGGER SearchTexts_Delete;");
        migrationBuilder.Sql("DROP TRIGGER SearchTexts_Update;");
        migrationBuilder.Sql("DROP TABLE SearchTextsFts;");
    }

    /// <summary>The full-text index over SearchTexts as migration 6 made it, built from the rows already there.</summary>
    private static void CreateTextIndex(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE SearchTextsFts USING fts5 (
                Text,
                content = 'SearchTexts',
                content_rowid = 'Id',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            """);
        foreach (var (name, action) in new[] { ("Insert", "INSERT"), ("Delete", "DELETE"), ("Update", "UPDATE") })
        {
            var delete = action == "INSERT" ? "" : "INSERT INTO SearchTextsFts (SearchTextsFts, rowid, Text) VALUES ('delete', old.Id, old.Text);";
            var insert = action == "DELETE" ? "" : "INSERT INTO SearchTextsFts (rowid, Text) VALUES (new.Id, new.Text);";
            migrationBuilder.Sql($"CREATE TRIGGER SearchTexts_{name} AFTER {action} ON SearchTexts BEGIN {delete} {insert} END;");
        }

        migrationBuilder.Sql("INSERT INTO SearchTextsFts (SearchTextsFts) VALUES ('rebuild');");
    }
}
