using System.Data.Common;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Files;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// The applier: reads the files (<see cref="CurationFiles"/>), asks the planner (<see cref="CurationPlanner"/>) what each
/// operation does to the atlas as it stands, and does it. Applies curation files after every ingest, in one transaction of
/// their own, through a <see cref="WriteSession"/> like ingest's. Extraction is re-run whenever a source changes, so
/// corrections are not stored once but re-applied each time; every operation is therefore idempotent, and a problem in one
/// operation never stops the others.
/// </summary>
public static class Curation
{
    private const string SavepointName = "curation_operation";

    // Moves everything of entity @p1 onto entity @p0 and deletes @p1; @p2 is the merged entity's key (ResolutionKey.Merged).
    // The session runs one statement at a time, so they are listed in the order they run.
    private static readonly string[] MergeSql =
    [
        "UPDATE Claims SET SpeakerId = @p0 WHERE SpeakerId = @p1",
        "UPDATE OR IGNORE RelationEvidence SET SubjectId = @p0 WHERE SubjectId = @p1",
        "UPDATE OR IGNORE RelationEvidence SET ObjectId = @p0 WHERE ObjectId = @p1",
        "DELETE FROM RelationEvidence WHERE SubjectId = @p1 OR ObjectId = @p1 OR SubjectId = ObjectId",
        "UPDATE OR IGNORE EventEntities SET EntityId = @p0 WHERE EntityId = @p1",
        "DELETE FROM EventEntities WHERE EntityId = @p1",
        "UPDATE Mentions SET EntityId = @p0 WHERE EntityId = @p1",
        "UPDATE TypeEvidence SET EntityId = @p0 WHERE EntityId = @p1",
        """
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT Type, Key, @p0 FROM EntityKeys WHERE EntityId = @p1
        """,
        """
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT Type, @p2, Id FROM Entities WHERE Id = @p0
        """,
        """
        INSERT OR IGNORE INTO CuratedAliases (EntityId, Alias)
        SELECT @p0, Alias FROM CuratedAliases WHERE EntityId = @p1
        """,
        "DELETE FROM Entities WHERE Id = @p1",
    ];

    // @p0 the new type, @p1 the entity.
    private static readonly string[] RetypeSql =
    [
        """
        UPDATE Entities
        SET Type = @p0,
            PlaceId = CASE WHEN @p0 = 'place' THEN PlaceId END,
            Country = CASE WHEN @p0 = 'place' THEN Country END,
            Lat = CASE WHEN @p0 = 'place' THEN Lat END,
            Lon = CASE WHEN @p0 = 'place' THEN Lon END,
            Curated = 1,
            CuratedType = 1
        WHERE Id = @p1
        """,
        """
        INSERT OR IGNORE INTO EntityKeys (Type, Key, EntityId)
        SELECT @p0, Key, EntityId FROM EntityKeys WHERE EntityId = @p1
        """,
    ];

    /// <summary>
    /// Moves everything of entity <paramref name="from"/> (claims spoken, relation and event evidence, mentions, type
    /// evidence, keys, curated aliases) onto entity <paramref name="keep"/>, notes <paramref name="from"/>'s id as a merged
    /// key of <paramref name="keep"/>, and deletes <paramref name="from"/>. Also used by the joins after an ingest
    /// (<see cref="EntityResolver.JoinDefinedAcronyms"/>, <see cref="EntityResolver.JoinContextTyped"/>).
    /// </summary>
    internal static void MergeInto(WriteSession sql, string keep, string from)
    {
        var mergedKey = ResolutionKey.Merged(from).Stored;
        foreach (var statement in MergeSql)
        {
            sql.Execute(statement, keep, from, mergedKey);
        }
    }

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

        try
        {
            var records = CurationRecords.Standing(database);
            if (records > 0 || parsed.Any(p => p.File.Operations.Count > 0))
            {
                using var conn = database.Open();
                using var tx = conn.BeginTransaction();
                using var sql = new WriteSession(conn, tx);
                foreach (var (path, file) in parsed)
                {
                    warnings.AddRange(Apply(sql, file).Select(p => new CurationWarning(path, p)));
                    log.LogInformation("Applied curation file {File}: {Count} operations", path, file.Operations.Count);
                }

                // The records made in the browser (or imported) come last, in the order they were made.
                warnings.AddRange(CurationRecords.ApplyAll(sql));
                if (records > 0)
                {
                    log.LogInformation("Applied {Count} curation records", records);
                }

                // Curation moves mentions between entities: recount the spellings of the entities it touched.
                EntityResolver.RecountSurfaces(sql, sql.Strings("SELECT Id FROM Entities WHERE Curated = 1"));
                sql.Execute("DELETE FROM EntitySurfaces WHERE NOT EXISTS (SELECT 1 FROM Entities e WHERE e.Id = EntitySurfaces.EntityId)");
                tx.Commit();
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            var names = string.Join(", ", parsed.Select(p => p.Path).Append("curation records"));
            warnings.Add(new CurationWarning(names, $"curation could not be stored ({ex.Message}); the atlas stays as extracted"));
        }

        foreach (var w in warnings)
        {
            log.LogWarning("Curation problem in {File}: {Problem}", w.File, w.Problem);
        }

        return warnings;
    }

    /// <summary>
    /// Applies the operations in order, each within a savepoint, in the session's open transaction; returns one problem per
    /// operation (or reference) not applied.
    /// </summary>
    public static IReadOnlyList<string> Apply(WriteSession sql, CurationFile file)
    {
        var warnings = new List<string>();
        var plan = new CurationPlanner(sql);
        foreach (var op in file.Operations.Where(o => !o.Note.Undone))
        {
            warnings.AddRange(ApplyInSavepoint(sql, plan, op, capture: null).Select(p => $"{op.Where}: {p}"));
        }

        return warnings;
    }

    /// <summary>
    /// Applies one operation within a savepoint: all of it, or (on an error) none of it. <paramref name="capture"/>, when
    /// given, is told what the operation touches before it changes it (curation records keep that for undo). Returns the
    /// operation's problems.
    /// </summary>
    internal static List<string> ApplyInSavepoint(WriteSession sql, CurationPlanner plan, CurationOperation op, CurationCapture? capture)
    {
        var problems = new List<string>();
        sql.Execute($"SAVEPOINT \"{SavepointName}\"");
        try
        {
            ApplyOne(sql, plan, op, problems, capture);
            sql.Execute($"RELEASE SAVEPOINT \"{SavepointName}\"");
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the ingest itself has succeeded and must not fail here; and a
            // half-applied operation would not be idempotent, so all of it is undone.
            sql.Execute($"ROLLBACK TO SAVEPOINT \"{SavepointName}\"");
            sql.Execute($"RELEASE SAVEPOINT \"{SavepointName}\"");
            problems.Add("could not be stored: " + ex.Message);
        }

        return problems;
    }

    private static void ApplyOne(WriteSession sql, CurationPlanner plan, CurationOperation op, List<string> problems, CurationCapture? capture)
    {
        switch (op)
        {
            case MergeOperation merge:
                Merge(sql, plan, merge, problems, capture);
                return;
            case SplitOperation split:
                Split(sql, plan, split, problems, capture);
                return;
            case RelationOperation relation:
                Relation(sql, plan, relation, problems, capture);
                return;
            case RejectEventOperation rejectEvent:
                // Its reports and participants go with it (cascade); a later ingest that finds the event again is undone by the next run.
                capture?.Event(rejectEvent.Event);
                sql.Execute("DELETE FROM Events WHERE Id = @p0", rejectEvent.Event);
                return;
            default:
                break;
        }

        if (op is not EntityOperation e || plan.Entity(e.Entity, problems) is not { } id)
        {
            return;
        }

        capture?.Entity(id);
        switch (e)
        {
            case RenameOperation r:
                sql.Execute("UPDATE Entities SET Name = @p0, CuratedName = 1, Curated = 1 WHERE Id = @p1", r.To, id);
                break;
            case RetypeOperation t:
                // The keys are copied under the new type, not moved: mentions the extractor still types
                // the old way, and those it types the new way, both keep resolving to this entity.
                foreach (var statement in RetypeSql)
                {
                    sql.Execute(statement, t.Type, id);
                }

                EntityResolver.Refresh(sql, [id]);
                break;
            case RejectOperation:
                sql.Execute("UPDATE Entities SET Rejected = 1, Curated = 1 WHERE Id = @p0", id);
                break;
            case AliasOperation a:
                foreach (var alias in a.Aliases)
                {
                    sql.Execute("INSERT OR IGNORE INTO CuratedAliases (EntityId, Alias) VALUES (@p0, @p1)", id, alias);
                }

                MarkCurated(sql, id);
                break;
            default:
                break;
        }
    }

    /// <summary>A relation's two ends by id; its evidence removed (reject) or the relation marked checked (confirm).</summary>
    private static void Relation(WriteSession sql, CurationPlanner plan, RelationOperation op, List<string> problems, CurationCapture? capture)
    {
        var subject = plan.Entity(op.Subject, problems);
        var obj = plan.Entity(op.Target, problems);
        if (MilitiaAtlas.Ingestion.Claims.PredicateTable.Get(op.Predicate) is null)
        {
            problems.Add($"'{op.Predicate}' is not a predicate (docs/export-format.md lists them)");
        }

        if (subject is null || obj is null || problems.Count > 0)
        {
            return;
        }

        // A symmetric relation ("allied_with") is one relation whichever end the sources named first.
        var triples = MilitiaAtlas.Ingestion.Claims.PredicateTable.IsSymmetric(op.Predicate) && subject != obj
            ? new[] { (subject, obj), (obj, subject) }
            : [(subject, obj)];
        foreach (var (s, o) in triples)
        {
            capture?.Relation(s, op.Predicate, o);
            if (op is ConfirmRelationOperation)
            {
                sql.Execute("INSERT OR IGNORE INTO ConfirmedRelations (SubjectId, Predicate, ObjectId) VALUES (@p0, @p1, @p2)", s, op.Predicate, o);
                continue;
            }

            sql.Execute("DELETE FROM RelationEvidence WHERE SubjectId = @p0 AND Predicate = @p1 AND ObjectId = @p2", s, op.Predicate, o);
            sql.Execute("DELETE FROM ConfirmedRelations WHERE SubjectId = @p0 AND Predicate = @p1 AND ObjectId = @p2", s, op.Predicate, o);
        }
    }

    private static void Merge(WriteSession sql, CurationPlanner plan, MergeOperation op, List<string> problems, CurationCapture? capture)
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
                capture?.Entity(keep, from);
                MergeInto(sql, keep, from);
                done = true;
            }

            done |= alreadyIn;
        }

        if (done)
        {
            MarkCurated(sql, keep);
            EntityResolver.RecountSurfaces(sql, [keep]);
            EntityResolver.Refresh(sql, [keep]);
        }
    }

    private static void Split(WriteSession sql, CurationPlanner plan, SplitOperation op, List<string> problems, CurationCapture? capture)
    {
        if (plan.Split(op, problems) is not { } split)
        {
            return;
        }

        var (from, to) = (split.From, split.To);
        capture?.Entity([from, .. to is null ? Array.Empty<string>() : [to]]);
        if (to is null)
        {
            var type = op.Type ?? sql.Scalar<string>("SELECT Type FROM Entities WHERE Id = @p0", from)!;
            to = Create(sql, split.TargetName, type);
            capture?.Created(to);
            if (op.Type is not null)
            {
                // The analyst said what the split-off entity is: that is the reason for its type.
                sql.Execute("UPDATE Entities SET CuratedType = 1 WHERE Id = @p0", to);
            }
        }

        foreach (var (sourceNum, start) in split.Moving)
        {
            // The type evidence a moved mention gave goes with it.
            sql.Execute("UPDATE Mentions SET EntityId = @p0 WHERE SourceNum = @p1 AND Start = @p2", to, sourceNum, start);
            sql.Execute("UPDATE TypeEvidence SET EntityId = @p0 WHERE SourceNum = @p1 AND Start = @p2 AND EntityId = @p3", to, sourceNum, start, from);
        }

        MarkCurated(sql, from);
        MarkCurated(sql, to);
        EntityResolver.RecountSurfaces(sql, [from, to]);
        EntityResolver.Refresh(sql, [from, to]);
    }

    /// <summary>A new entity named by the analyst; its id follows EntityResolver's rule (slug, then slug-type, then numbered).</summary>
    private static string Create(WriteSession sql, string name, string type)
    {
        var slug = Slugs.From(name);
        if (slug.Length == 0)
        {
            slug = type;
        }

        var id = slug;
        for (var n = 1; sql.Scalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @p0", id) > 0; n++)
        {
            id = n == 1 ? $"{slug}-{type}" : $"{slug}-{type}-{n}";
        }

        sql.Execute("""
            INSERT INTO Entities (Id, Type, Name, Curated, CuratedName)
            VALUES (@p0, @p1, @p2, 1, 1)
            """, id, type, name);
        return id;
    }

    private static void MarkCurated(WriteSession sql, string id) =>
        sql.Execute("UPDATE Entities SET Curated = 1 WHERE Id = @p0", id);
}
