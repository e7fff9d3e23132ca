using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Web.Data;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>
/// The applier: reads the files (<see cref="CurationFiles"/>), asks the planner (<see cref="CurationPlanner"/>) what each
/// operation does to the atlas as it stands, and does it. Applies curation files after every ingest, in one transaction of their own. Extraction is re-run
/// whenever a source changes, so corrections are not stored once but re-applied each time; every
/// operation is therefore idempotent, and a problem in one operation never stops the others.
/// </summary>
public static class Curation
{
    private const string SavepointName = "curation_operation";

    /// <summary>Moves everything of entity @from onto entity @keep and deletes @from (also used by <see cref="EntityResolver.JoinDefinedAcronyms"/>).</summary>
    internal const string MergeSql = """
        UPDATE Claims SET SpeakerId = @keep WHERE SpeakerId = @from;
        UPDATE OR IGNORE RelationEvidence SET SubjectId = @keep WHERE SubjectId = @from;
        UPDATE OR IGNORE RelationEvidence SET ObjectId = @keep WHERE ObjectId = @from;
        DELETE FROM RelationEvidence WHERE SubjectId = @from OR ObjectId = @from OR SubjectId = ObjectId;
        UPDATE OR IGNORE EventEntities SET EntityId = @keep WHERE EntityId = @from;
        DELETE FROM EventEntities WHERE EntityId = @from;
        UPDATE Mentions SET EntityId = @keep WHERE EntityId = @from;
        UPDATE TypeEvidence SET EntityId = @keep WHERE EntityId = @from;
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT Type, Key, @keep FROM EntityKeys WHERE EntityId = @from;
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT Type, @mergedKey, Id FROM Entities WHERE Id = @keep;
        INSERT OR IGNORE INTO CuratedAliases (EntityId, Alias)
        SELECT @keep, Alias FROM CuratedAliases WHERE EntityId = @from;
        DELETE FROM Entities WHERE Id = @from;
        """;

    private const string RetypeSql = """
        UPDATE Entities
        SET Type = @type,
            PlaceId = CASE WHEN @type = 'place' THEN PlaceId END,
            Country = CASE WHEN @type = 'place' THEN Country END,
            Lat = CASE WHEN @type = 'place' THEN Lat END,
            Lon = CASE WHEN @type = 'place' THEN Lon END,
            Curated = 1,
            CuratedType = 1
        WHERE Id = @id;
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT @type, Key, EntityId FROM EntityKeys WHERE EntityId = @id;
        """;

    /// <summary>
    /// Reads (through <paramref name="read"/>, which applies the ingest's rules for files: regular files only, a size
    /// limit, links only inside the input) and applies the files, in order, in one transaction; logs and returns every
    /// problem. Never throws for bad input.
    /// </summary>
    public static IReadOnlyList<CurationWarning> Run(AtlasDatabase database, IReadOnlyList<string> files, ILogger log, Func<string, FileRead> read, InputLimits? limits = null)
    {
        var warnings = new List<CurationWarning>();
        var parsed = new List<(string Path, CurationFile File)>();
        foreach (var path in files)
        {
            var (file, problem) = CurationFiles.Load(read(path), limits);
            if (problem is not null)
            {
                // A file that is there but unusable is a bad input file; a configured file that is missing is a warning.
                warnings.Add(new CurationWarning(path, problem, Refused: FileKind.Of(path, followLinks: false).Exists));
            }

            if (file is not null)
            {
                warnings.AddRange(file.Problems.Select(p => new CurationWarning(path, p)));
                parsed.Add((path, file));
            }
        }

        if (parsed.Any(p => p.File.Operations.Count > 0))
        {
            try
            {
                using var conn = database.Open();
                using var tx = conn.BeginTransaction();
                foreach (var (path, file) in parsed)
                {
                    warnings.AddRange(Apply(conn, tx, file).Select(p => new CurationWarning(path, p)));
                    log.LogInformation("Applied curation file {File}: {Count} operations", path, file.Operations.Count);
                }

                // Curation moves mentions between entities: recount the spellings of the entities it touched.
                EntityResolver.RecountSurfaces(conn, tx, conn.Query<string>("SELECT Id FROM Entities WHERE Curated = 1", transaction: tx).ToList());
                conn.Execute("DELETE FROM EntitySurfaces WHERE NOT EXISTS (SELECT 1 FROM Entities e WHERE e.Id = EntitySurfaces.EntityId)", transaction: tx);
                tx.Commit();
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                var names = string.Join(", ", parsed.Select(p => p.Path));
                warnings.Add(new CurationWarning(names, $"curation could not be stored ({ex.Message}); the atlas stays as extracted"));
            }
        }

        foreach (var w in warnings)
        {
            log.LogWarning("Curation problem in {File}: {Problem}", w.File, w.Problem);
        }

        return warnings;
    }

    /// <summary>Applies the operations in order, each within a savepoint; returns one problem per operation (or reference) not applied.</summary>
    public static IReadOnlyList<string> Apply(DbConnection conn, DbTransaction tx, CurationFile file)
    {
        var warnings = new List<string>();
        foreach (var op in file.Operations)
        {
            var problems = new List<string>();
            tx.Save(SavepointName);
            try
            {
                ApplyOne(conn, tx, new CurationPlanner(conn, tx), op, problems);
                tx.Release(SavepointName);
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the ingest itself has succeeded and must not fail here; and a
                // half-applied operation would not be idempotent, so all of it is undone.
                tx.Rollback(SavepointName);
                tx.Release(SavepointName);
                problems.Add("could not be stored: " + ex.Message);
            }

            warnings.AddRange(problems.Select(p => $"{op.Where}: {p}"));
        }

        return warnings;
    }

    private static void ApplyOne(DbConnection conn, DbTransaction tx, CurationPlanner plan, CurationOperation op, List<string> problems)
    {
        if (op is MergeOperation merge)
        {
            Merge(conn, tx, plan, merge, problems);
            return;
        }

        if (op is SplitOperation split)
        {
            Split(conn, tx, plan, split, problems);
            return;
        }

        if (op is not EntityOperation e || plan.Entity(e.Entity, problems) is not { } id)
        {
            return;
        }

        switch (e)
        {
            case RenameOperation r:
                conn.Execute("UPDATE Entities SET Name = @to, CuratedName = 1, Curated = 1 WHERE Id = @id", new { to = r.To, id }, tx);
                break;
            case RetypeOperation t:
                // The keys are copied under the new type, not moved: mentions the extractor still types
                // the old way, and those it types the new way, both keep resolving to this entity.
                conn.Execute(RetypeSql, new { type = t.Type, id }, tx);
                EntityResolver.Refresh(conn, tx, [id]);
                break;
            case RejectOperation:
                conn.Execute("UPDATE Entities SET Rejected = 1, Curated = 1 WHERE Id = @id", new { id }, tx);
                break;
            case AliasOperation a:
                foreach (var alias in a.Aliases)
                {
                    conn.Execute("INSERT OR IGNORE INTO CuratedAliases (EntityId, Alias) VALUES (@id, @alias)", new { id, alias }, tx);
                }

                MarkCurated(conn, tx, id);
                break;
            default:
                break;
        }
    }

    private static void Merge(DbConnection conn, DbTransaction tx, CurationPlanner plan, MergeOperation op, List<string> problems)
    {
        if (plan.Entity(op.Keep, problems) is not { } keep)
        {
            return;
        }

        var done = false;
        foreach (var other in op.Others)
        {
            if (plan.MergeSource(keep, other, problems, out var alreadyIn) is { } from)
            {
                conn.Execute(MergeSql, new { keep, from, mergedKey = ResolutionKey.Merged(from).Stored }, tx);
                done = true;
            }

            done |= alreadyIn;
        }

        if (done)
        {
            MarkCurated(conn, tx, keep);
            EntityResolver.RecountSurfaces(conn, tx, [keep]);
            EntityResolver.Refresh(conn, tx, [keep]);
        }
    }

    private static void Split(DbConnection conn, DbTransaction tx, CurationPlanner plan, SplitOperation op, List<string> problems)
    {
        if (plan.Split(op, problems) is not { } split)
        {
            return;
        }

        var (from, to) = (split.From, split.To);
        if (to is null)
        {
            var type = op.Type ?? conn.ExecuteScalar<string>("SELECT Type FROM Entities WHERE Id = @from", new { from }, tx)!;
            to = Create(conn, tx, split.TargetName, type);
            if (op.Type is not null)
            {
                // The analyst said what the split-off entity is: that is the reason for its type.
                conn.Execute("UPDATE Entities SET CuratedType = 1 WHERE Id = @to", new { to }, tx);
            }
        }

        foreach (var (sourceNum, start) in split.Moving)
        {
            // The type evidence a moved mention gave goes with it.
            conn.Execute("""
                UPDATE Mentions SET EntityId = @to WHERE SourceNum = @sourceNum AND Start = @start;
                UPDATE TypeEvidence SET EntityId = @to WHERE SourceNum = @sourceNum AND Start = @start AND EntityId = @from;
                """, new { to, from, sourceNum, start }, tx);
        }

        MarkCurated(conn, tx, from);
        MarkCurated(conn, tx, to);
        EntityResolver.RecountSurfaces(conn, tx, [from, to]);
        EntityResolver.Refresh(conn, tx, [from, to]);
    }

    /// <summary>A new entity named by the analyst; its id follows EntityResolver's rule (slug, then slug-type, then numbered).</summary>
    private static string Create(DbConnection conn, DbTransaction tx, string name, string type)
    {
        var slug = Slugs.From(name);
        if (slug.Length == 0)
        {
            slug = type;
        }

        var id = slug;
        for (var n = 1; conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @id", new { id }, tx) > 0; n++)
        {
            id = n == 1 ? $"{slug}-{type}" : $"{slug}-{type}-{n}";
        }

        conn.Execute("""
            INSERT INTO Entities (Id, Type, Name, Curated, CuratedName)
            VALUES (@id, @type, @name, 1, 1)
            """, new { id, type, name }, tx);
        return id;
    }

    private static void MarkCurated(DbConnection conn, DbTransaction tx, string id) =>
        conn.Execute("UPDATE Entities SET Curated = 1 WHERE Id = @id", new { id }, tx);
}
