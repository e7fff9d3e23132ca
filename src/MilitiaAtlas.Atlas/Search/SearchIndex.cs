using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Search;

/// <summary>
/// Keeps the search tables (docs/search.md) in step with what ingest and curation write, at a cost
/// proportional to what changed: one source's title and claims, and the names of the entities it
/// touched. A replaced source's texts are deleted by id range (<see cref="Forget"/>); the names of deleted
/// entities go by foreign-key cascade.
/// </summary>
public static class SearchIndex
{
    private const string TitleSql = """
        SELECT Title AS Title,
               Text AS Text
        FROM Sources
        WHERE Num = @p0
        """;

    /// <summary>How much of one claim the full-text index holds.</summary>
    public const int MaxIndexedClaim = 4000;

    /// <summary>
    /// A search text's id says whose it is: the source's number (Sources.Num) times this, plus the claim's
    /// ordinal, 0 for the title. A source's texts are one id range, so no index by source is needed. A claim
    /// ordinal this large (a file of more than 16 million sentences) is beyond what ingest accepts
    /// (AtlasOptions.MaxFileBytes); such claims would simply not be indexed.
    /// </summary>
    public const long TextIdScale = 1L << 24;

    /// <summary>The id of a source's search text: <see cref="TextIdScale"/> × the source's number + the claim's ordinal (0: the title).</summary>
    public static long TextId(long sourceNum, long ordinal) => (sourceNum * TextIdScale) + ordinal;

    /// <summary>The same id written in SQL, from two column expressions; the query passes <see cref="TextIdScale"/> as @scale.</summary>
    public static string TextIdSql(string sourceNum, string ordinal) => $"({sourceNum} * @scale + {ordinal})";

    /// <summary>A search text id's source number, in SQL (@scale as in <see cref="TextIdSql"/>).</summary>
    public static string SourceNumSql(string textId) => $"({textId} / @scale)";

    /// <summary>A search text id's claim ordinal in SQL, 0 for the title (@scale as in <see cref="TextIdSql"/>).</summary>
    public static string OrdinalSql(string textId) => $"({textId} % @scale)";

    private const string ClaimSpansSql = """
        SELECT Ordinal AS Ordinal,
               Start AS Start,
               "End" AS End
        FROM Claims
        WHERE SourceNum = @p0
        ORDER BY Ordinal
        """;

    private const string InsertTextSql = """
        INSERT INTO SearchTexts (Id, Text)
        VALUES (@p0, @p1)
        """;

    // Rows enter the full-text indexes by these statements, not by a trigger on the content tables: the trigger
    // made each insert about five times as costly (docs/performance.md, migration 13). Deletes and updates still
    // go through the triggers, which need the old values.
    private const string IndexTextSql = """
        INSERT INTO SearchTextsFts (rowid, Text)
        VALUES (@p0, @p1)
        """;

    private const string IndexNameSql = """
        INSERT INTO SearchNamesFts (rowid, Translit, Skeleton)
        VALUES (@p0, @p1, @p2)
        """;

    // The display name first, so that it wins among spellings that fold alike.
    private const string NamesSql = """
        SELECT Name AS Name, 0 AS Rank
        FROM Entities
        WHERE Id = @p0
        UNION ALL
        SELECT Surface AS Name, 1 AS Rank
        FROM EntitySurfaces
        WHERE EntityId = @p0
          AND Count > 0
        UNION ALL
        SELECT Alias AS Name, 2 AS Rank
        FROM CuratedAliases
        WHERE EntityId = @p0
        ORDER BY Rank, Name
        """;

    private const string IndexedNamesSql = """
        SELECT Name
        FROM SearchNames
        WHERE EntityId = @p0
        ORDER BY Id
        """;

    private const string InsertNameSql = """
        INSERT INTO SearchNames (EntityId, Name, Fold, Translit, Skeleton)
        VALUES (@p0, @p1, @p2, @p3, @p4)
        RETURNING Id
        """;

    private sealed record SourceText(string Title, string Text);

    /// <summary>
    /// After curation: refreshes the names of every curated entity, the only ones curation changes
    /// (entities it deletes leave the index by cascade). Builds the whole index instead when a
    /// migration asked for it.
    /// </summary>
    public static void RebuildEntities(DbConnection conn, DbTransaction tx)
    {
        if (BuildIfPending(conn, tx))
        {
            return;
        }

        using var sql = new WriteSession(conn, tx);
        RefreshNames(sql, sql.Strings("SELECT Id FROM Entities WHERE Curated = 1"));
    }

    /// <summary><see cref="RebuildEntities(DbConnection, DbTransaction)"/> in a transaction of its own.</summary>
    public static void RebuildEntities(AtlasDatabase database)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        RebuildEntities(conn, tx);
        tx.Commit();
    }

    /// <summary>Builds the whole index when the migration that created it left its marker; returns whether it did.</summary>
    public static bool BuildIfPending(DbConnection conn, DbTransaction tx)
    {
        if (conn.ExecuteScalar<long>("SELECT COUNT(*) FROM SearchIndexPending", transaction: tx) == 0)
        {
            return false;
        }

        conn.Execute("DELETE FROM SearchTexts; DELETE FROM SearchNames;", transaction: tx);
        using var sql = new WriteSession(conn, tx);
        foreach (var sourceNum in sql.Query("SELECT Num FROM Sources ORDER BY Num", r => r.GetInt64(0)))
        {
            IndexSource(sql, sourceNum);
        }

        RefreshNames(sql, sql.Strings("SELECT Id FROM Entities ORDER BY Id"));
        conn.Execute("DELETE FROM SearchIndexPending", transaction: tx);
        return true;
    }

    /// <summary><see cref="BuildIfPending(DbConnection, DbTransaction)"/> in a transaction of its own.</summary>
    public static bool BuildIfPending(AtlasDatabase database)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        var built = BuildIfPending(conn, tx);
        tx.Commit();
        return built;
    }

    /// <summary>Indexes a stored source (rebuilding the index): its title, text and claims are read back.</summary>
    internal static void IndexSource(WriteSession sql, long sourceNum)
    {
        Forget(sql, sourceNum);
        var source = sql.Query(TitleSql, r => new SourceText(r.GetString(0), r.GetString(1)), sourceNum).FirstOrDefault();
        if (source is null)
        {
            return;
        }

        var claims = sql.Query(ClaimSpansSql, r => (r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2)), sourceNum);
        IndexSource(sql, sourceNum, source.Title, source.Text, claims);
    }

    /// <summary>Deletes a source's search texts (before the source is deleted or indexed again): one id range.</summary>
    internal static void Forget(WriteSession sql, long sourceNum) =>
        sql.Execute("DELETE FROM SearchTexts WHERE Id >= @p0 AND Id < @p1", TextId(sourceNum, 0), TextId(sourceNum + 1, 0));

    /// <summary>
    /// Indexes a source just stored, from what the writer holds in memory: its title, text and claim spans
    /// (ordinal, start, end). The source is new or was deleted and stored again, so it has no rows yet.
    /// </summary>
    internal static void IndexSource(WriteSession sql, long sourceNum, string title, string text, IEnumerable<(long Ordinal, int Start, int End)> claims)
    {
        AddText(sql, TextId(sourceNum, 0), Clean(title));
        foreach (var c in claims)
        {
            if (c.Ordinal <= 0 || c.Ordinal >= TextIdScale)
            {
                continue;
            }

            // Spans are UTF-16 offsets, so the claim is cut here rather than with SQLite's substr (code points).
            var start = Math.Clamp(c.Start, 0, text.Length);
            var end = Math.Clamp(c.End, start, text.Length);
            // A claim is a sentence; a "sentence" of megabytes (a file with no sentence breaks) would make every
            // search that touches it crawl, so only its first few thousand characters are searchable.
            var stop = Math.Min(end, start + MaxIndexedClaim);
            AddText(sql, TextId(sourceNum, c.Ordinal), Clean(text[start..stop]));
        }
    }

    internal static void RefreshNames(WriteSession sql, IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            var names = new List<string>();
            if (sql.Scalar<long?>("SELECT Rejected FROM Entities WHERE Id = @p0", id) == 0)
            {
                var folds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var raw in sql.Strings(NamesSql, id))
                {
                    var name = Clean(raw).Trim();
                    var fold = NameKey.Fold(name);
                    if (fold.Length > 0 && folds.Add(fold))
                    {
                        names.Add(name);
                    }
                }
            }

            // Most touched entities (the countries every article names) keep their names: leave their rows alone.
            var indexed = sql.Strings(IndexedNamesSql, id);
            if (indexed.SequenceEqual(names, StringComparer.Ordinal))
            {
                continue;
            }

            sql.Execute("DELETE FROM SearchNames WHERE EntityId = @p0", id);
            foreach (var name in names)
            {
                var (translit, skeleton) = (NameKey.Translit(name), NameKey.Skeleton(name));
                var rowId = sql.Scalar<long>(InsertNameSql, id, name, NameKey.Fold(name), translit, skeleton);
                sql.Execute(IndexNameSql, rowId, translit, skeleton);
            }
        }
    }

    private static void AddText(WriteSession sql, long id, string text)
    {
        sql.Execute(InsertTextSql, id, text);
        sql.Execute(IndexTextSql, id, text);
    }

    /// <summary>Control characters become spaces: they carry no meaning, and the snippet markers are control characters.</summary>
    internal static string Clean(string text) =>
        text.Any(char.IsControl) ? string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) ? ' ' : t[i];
            }
        }) : text;
}
