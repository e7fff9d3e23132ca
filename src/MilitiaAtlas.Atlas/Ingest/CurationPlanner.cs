using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Decides what a curation operation does to the atlas as it stands: which entity each reference means, which entities a
/// merge takes in, and where a split's mentions go. It reads and never writes; the applier (<see cref="Curation"/>) asks it
/// before each change, so every decision sees the changes made before it. A reference that means no entity, or several,
/// is a problem of the operation, never an exception.
/// </summary>
internal sealed class CurationPlanner(WriteSession sql)
{
    // Surfaces are compared case-insensitively in C# (SQLite's NOCASE folds ASCII only); the length
    // test, which case folding preserves, keeps the rows read to the few that can match.
    private const string NamesSql = """
        SELECT Id AS EntityId, Name AS Name
        FROM Entities
        WHERE length(Name) = length(@p0)
        UNION
        SELECT EntityId AS EntityId, Surface AS Name
        FROM Mentions
        WHERE length(Surface) = length(@p0)
        UNION
        SELECT EntityId AS EntityId, Alias AS Name
        FROM CuratedAliases
        WHERE length(Alias) = length(@p0)
        """;

    /// <summary>What a split does: the mentions that move, from which entity, to an existing entity or a new one.</summary>
    public sealed record SplitPlan(string From, string? To, string TargetName, IReadOnlyList<(long SourceNum, long Start)> Moving);

    /// <summary>The one entity <paramref name="reference"/> means, or null with a problem.</summary>
    public string? Entity(string reference, List<string> problems) => Single(Find(reference).Ids, reference, problems);

    /// <summary>
    /// The entity a merge into <paramref name="keep"/> takes in for <paramref name="other"/>: null when there is none to take
    /// (with <paramref name="alreadyIn"/> true when the name already means the kept entity alone) or the name is ambiguous.
    /// </summary>
    public string? MergeSource(string keep, string other, List<string> problems, out bool alreadyIn)
    {
        // The kept entity does not count: once merged, it carries the other's names too.
        var found = Find(other).Ids;
        var candidates = found.Where(id => id != keep).ToList();
        alreadyIn = candidates.Count == 0 && found.Count > 0;
        return alreadyIn ? null : Single(candidates, other, problems);
    }

    /// <summary>Where a split's mentions go, or null with a problem.</summary>
    public SplitPlan? Split(SplitOperation op, List<string> problems)
    {
        // After the first run the alias names the split-off entity as well, so it cannot name the source.
        if (string.Equals(op.Entity, op.Alias, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"name the entity by id or by another name than the alias '{op.Alias}' being split off");
            return null;
        }

        if (Entity(op.Entity, problems) is not { } from)
        {
            return null;
        }

        // The source entity does not count as the target: it carries the alias until the split is done.
        var targetName = op.To ?? op.Alias;
        var found = Find(targetName);
        if (found.ById && found.Ids.SequenceEqual([from]))
        {
            problems.Add($"'{targetName}' is the entity the alias is split from");
            return null;
        }

        var candidates = found.Ids.Where(id => id != from).ToList();
        if (candidates.Count > 1)
        {
            Single(candidates, targetName, problems);
            return null;
        }

        var moving = sql.Query(
                "SELECT SourceNum, Start, Surface FROM Mentions WHERE EntityId = @p0 AND length(Surface) = length(@p1)",
                r => (SourceNum: r.GetInt64(0), Start: r.GetInt64(1), Surface: r.GetString(2)), from, op.Alias)
            .Where(m => string.Equals(m.Surface, op.Alias, StringComparison.OrdinalIgnoreCase)).Select(m => (m.SourceNum, m.Start)).ToList();
        var to = candidates.SingleOrDefault();
        if (to is null && moving.Count == 0)
        {
            problems.Add($"no mention of '{from}' reads '{op.Alias}'; nothing to split off");
            return null;
        }

        return new SplitPlan(from, to, targetName, moving);
    }

    /// <summary>
    /// The entities a reference can mean: the entity with that exact id; else every entity whose name,
    /// mention surface or curated alias equals it ignoring case; else the entity an id was merged into.
    /// </summary>
    private (List<string> Ids, bool ById) Find(string reference)
    {
        if (sql.Scalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @p0", reference) > 0)
        {
            return ([reference], true);
        }

        var named = sql.Query(NamesSql, r => (EntityId: r.GetString(0), Name: r.GetString(1)), reference)
            .Where(n => string.Equals(n.Name, reference, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.EntityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            return (named, false);
        }

        var merged = sql.Strings("SELECT DISTINCT EntityId FROM EntityKeys WHERE Key = @p0 ORDER BY EntityId", ResolutionKey.Merged(reference).Stored);
        return (merged, true);
    }

    private static string? Single(List<string> ids, string reference, List<string> problems)
    {
        switch (ids.Count)
        {
            case 1:
                return ids[0];
            case 0:
                problems.Add($"no entity has the id or name '{reference}'");
                return null;
            default:
                problems.Add($"'{reference}' is ambiguous: it names {string.Join(", ", ids)}; refer to one by id");
                return null;
        }
    }
}
