using System.Data.Common;
using Dapper;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// Links a source's body passages to the passages of other sources they reproduce. A passage counts as
/// a copy when at least half of its sampled shingles occur in one other source. The earlier-published
/// source is the original; when the dates cannot be ordered (unknown, or one is only a month), the
/// source stored first is.
/// </summary>
public static class ReuseLinker
{
    private const string MatchesSql = """
        SELECT n.PassageOrdinal AS Ordinal,
               o.SourceId AS OtherSourceId,
               o.PassageOrdinal AS OtherOrdinal,
               COUNT(*) AS Hits
        FROM PassageShingles n
        JOIN PassageShingles o ON o.Hash = n.Hash AND o.SourceId <> n.SourceId
        WHERE n.SourceId = @sourceId
        GROUP BY n.PassageOrdinal, o.SourceId, o.PassageOrdinal
        """;

    private const string SampleCountsSql = """
        SELECT PassageOrdinal AS Ordinal,
               COUNT(*) AS Samples
        FROM PassageShingles
        WHERE SourceId = @sourceId
        GROUP BY PassageOrdinal
        """;

    // Nominal records: Dapper maps computed SQLite columns through setters even when no row comes back.
    private sealed record MatchRow
    {
        public long Ordinal { get; init; }
        public string OtherSourceId { get; init; } = "";
        public long OtherOrdinal { get; init; }
        public long Hits { get; init; }
    }

    private sealed record SampleRow
    {
        public long Ordinal { get; init; }
        public long Samples { get; init; }
    }

    public static void Link(DbConnection conn, DbTransaction tx, string sourceId)
    {
        var samples = conn.Query<SampleRow>(SampleCountsSql, new { sourceId }, tx).ToDictionary(r => (int)r.Ordinal, r => (int)r.Samples);
        var matches = conn.Query<MatchRow>(MatchesSql, new { sourceId }, tx).ToList();
        if (matches.Count == 0)
        {
            return;
        }

        var published = conn.Query<(string Id, string? Published)>(
            "SELECT Id, Published FROM Sources WHERE Id = @sourceId OR Id IN @others",
            new { sourceId, others = matches.Select(m => m.OtherSourceId).Distinct().ToArray() }, tx)
            .ToDictionary(r => r.Id, r => r.Published);

        foreach (var byPassage in matches.GroupBy(m => (int)m.Ordinal))
        {
            var n = samples.GetValueOrDefault(byPassage.Key);
            var best = byPassage.GroupBy(m => m.OtherSourceId)
                .Select(g => (Source: g.Key, Hits: g.Sum(x => x.Hits), Top: g.MaxBy(x => x.Hits)!))
                .MaxBy(x => x.Hits);
            if (n == 0 || best.Hits < Math.Max(Math.Min(2, n), (n + 1) / 2))
            {
                continue;
            }

            var otherIsCopy = Compare(published.GetValueOrDefault(sourceId), published.GetValueOrDefault(best.Source)) < 0;
            if (otherIsCopy)
            {
                conn.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceId = @sourceId, ReusedFromOrdinal = @ordinal
                    WHERE SourceId = @other AND Ordinal = @otherOrdinal AND ReusedFromSourceId IS NULL
                    """, new { sourceId, ordinal = byPassage.Key, other = best.Source, otherOrdinal = best.Top.OtherOrdinal }, tx);
            }
            else
            {
                conn.Execute("""
                    UPDATE Passages
                    SET ReusedFromSourceId = @other, ReusedFromOrdinal = @otherOrdinal
                    WHERE SourceId = @sourceId AND Ordinal = @ordinal
                    """, new { sourceId, ordinal = byPassage.Key, other = best.Source, otherOrdinal = best.Top.OtherOrdinal }, tx);
            }
        }
    }

    /// <summary>Negative when <paramref name="a"/> is known to be earlier than <paramref name="b"/>; 0 when they cannot be ordered.</summary>
    internal static int Compare(string? a, string? b)
    {
        if (a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        {
            return 0;
        }

        return string.CompareOrdinal(a, b);
    }
}
