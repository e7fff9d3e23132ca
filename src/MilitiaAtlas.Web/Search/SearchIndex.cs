using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Web.Data;

namespace MilitiaAtlas.Web.Search;

/// <summary>
/// Keeps the search tables (docs/search.md) in step with what ingest and curation write, at a cost
/// proportional to what changed: one source's title and claims, and the names of the entities it
/// touched. Rows of deleted sources and entities go by foreign-key cascade.
/// </summary>
public static class SearchIndex
{
    private const string TitleSql = """
        SELECT Title AS Title,
               Text AS Text
        FROM Sources
        WHERE Id = @sourceId
        """;

    /// <summary>How much of one claim the full-text index holds.</summary>
    public const int MaxIndexedClaim = 4000;

    private const string ClaimSpansSql = """
        SELECT Ordinal AS Ordinal,
               Start AS Start,
               "End" AS End
        FROM Claims
        WHERE SourceId = @sourceId
        ORDER BY Ordinal
        """;

    private const string InsertTextSql = """
        INSERT INTO SearchTexts (SourceId, Kind, Ordinal, Text)
        VALUES (@sourceId, @kind, @ordinal, @text)
        """;

    // The display name first, so that it wins among spellings that fold alike.
    private const string NamesSql = """
        SELECT Name AS Name, 0 AS Rank
        FROM Entities
        WHERE Id = @id
        UNION ALL
        SELECT Surface AS Name, 1 AS Rank
        FROM EntitySurfaces
        WHERE EntityId = @id
          AND Count > 0
        UNION ALL
        SELECT Alias AS Name, 2 AS Rank
        FROM CuratedAliases
        WHERE EntityId = @id
        ORDER BY Rank, Name
        """;

    private const string IndexedNamesSql = """
        SELECT Name
        FROM SearchNames
        WHERE EntityId = @id
        ORDER BY Id
        """;

    private const string InsertNameSql = """
        INSERT INTO SearchNames (EntityId, Name, Fold, Translit, Skeleton)
        VALUES (@id, @name, @fold, @translit, @skeleton)
        """;

    private sealed record ClaimSpan(long Ordinal, long Start, long End);

    private sealed record SourceText(string Title, string Text);

    private sealed record NameRow(string Name, long Rank);

    /// <summary>Re-indexes one source's title and claims and the names of the given entities, in the ingest transaction.</summary>
    public static void UpdateForSource(DbConnection conn, DbTransaction tx, string sourceId, IEnumerable<string> entityIds)
    {
        IndexSource(conn, tx, sourceId);
        RefreshNames(conn, tx, entityIds);
    }

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

        RefreshNames(conn, tx, conn.Query<string>("SELECT Id FROM Entities WHERE Curated = 1", transaction: tx).ToList());
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
        foreach (var sourceId in conn.Query<string>("SELECT Id FROM Sources ORDER BY Id", transaction: tx).ToList())
        {
            IndexSource(conn, tx, sourceId);
        }

        RefreshNames(conn, tx, conn.Query<string>("SELECT Id FROM Entities ORDER BY Id", transaction: tx).ToList());
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

    private static void IndexSource(DbConnection conn, DbTransaction tx, string sourceId)
    {
        conn.Execute("DELETE FROM SearchTexts WHERE SourceId = @sourceId", new { sourceId }, tx);
        var source = conn.QuerySingleOrDefault<SourceText>(TitleSql, new { sourceId }, tx);
        if (source is null)
        {
            return;
        }

        conn.Execute(InsertTextSql, new { sourceId, kind = "title", ordinal = 0, text = Clean(source.Title) }, tx);
        foreach (var c in conn.Query<ClaimSpan>(ClaimSpansSql, new { sourceId }, tx))
        {
            // Spans are UTF-16 offsets, so the claim is cut here rather than with SQLite's substr (code points).
            var start = (int)Math.Clamp(c.Start, 0, source.Text.Length);
            var end = (int)Math.Clamp(c.End, start, source.Text.Length);
            // A claim is a sentence; a "sentence" of megabytes (a file with no sentence breaks) would make every
            // search that touches it crawl, so only its first few thousand characters are searchable.
            var stop = Math.Min(end, start + MaxIndexedClaim);
            conn.Execute(InsertTextSql, new { sourceId, kind = "claim", ordinal = c.Ordinal, text = Clean(source.Text[start..stop]) }, tx);
        }
    }

    private static void RefreshNames(DbConnection conn, DbTransaction tx, IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            var names = new List<string>();
            if (conn.ExecuteScalar<long?>("SELECT Rejected FROM Entities WHERE Id = @id", new { id }, tx) == 0)
            {
                var folds = new HashSet<string>(StringComparer.Ordinal);
                foreach (var row in conn.Query<NameRow>(NamesSql, new { id }, tx))
                {
                    var name = Clean(row.Name).Trim();
                    var fold = NameKey.Fold(name);
                    if (fold.Length > 0 && folds.Add(fold))
                    {
                        names.Add(name);
                    }
                }
            }

            // Most touched entities (the countries every article names) keep their names: leave their rows alone.
            var indexed = conn.Query<string>(IndexedNamesSql, new { id }, tx).ToList();
            if (indexed.SequenceEqual(names, StringComparer.Ordinal))
            {
                continue;
            }

            conn.Execute("DELETE FROM SearchNames WHERE EntityId = @id", new { id }, tx);
            foreach (var name in names)
            {
                conn.Execute(InsertNameSql, new
                {
                    id,
                    name,
                    fold = NameKey.Fold(name),
                    translit = NameKey.Translit(name),
                    skeleton = NameKey.Skeleton(name),
                }, tx);
            }
        }
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
