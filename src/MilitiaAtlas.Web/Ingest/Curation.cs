using MilitiaAtlas.Ingestion.Extraction;
using System.Data.Common;
using System.Text;
using Dapper;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Web.Data;
using MilitiaAtlas.Web.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>One analyst correction from a curation file, with where it was written (docs/curation.md).</summary>
public abstract record CurationOperation(int Entry, int Line)
{
    public abstract string Verb { get; }

    /// <summary>How warnings name the operation: "entry 3 (line 7, merge)".</summary>
    public string Where => $"entry {Entry} (line {Line}, {Verb})";
}

/// <summary>The entities named in <paramref name="Others"/> are merged into <paramref name="Keep"/>.</summary>
public sealed record MergeOperation(int Entry, int Line, string Keep, IReadOnlyList<string> Others) : CurationOperation(Entry, Line)
{
    public override string Verb => "merge";
}

/// <summary>Mentions of <paramref name="Entity"/> written as <paramref name="Alias"/> move to <paramref name="To"/> (default: the alias).</summary>
public sealed record SplitOperation(int Entry, int Line, string Entity, string Alias, string? To, string? Type) : CurationOperation(Entry, Line)
{
    public override string Verb => "split";
}

/// <summary>An operation on one entity, named by id or by any of its names.</summary>
public abstract record EntityOperation(int Entry, int Line, string Entity) : CurationOperation(Entry, Line);

public sealed record RenameOperation(int Entry, int Line, string Entity, string To) : EntityOperation(Entry, Line, Entity)
{
    public override string Verb => "rename";
}

public sealed record RetypeOperation(int Entry, int Line, string Entity, string Type) : EntityOperation(Entry, Line, Entity)
{
    public override string Verb => "retype";
}

public sealed record RejectOperation(int Entry, int Line, string Entity) : EntityOperation(Entry, Line, Entity)
{
    public override string Verb => "reject";
}

public sealed record AliasOperation(int Entry, int Line, string Entity, IReadOnlyList<string> Aliases) : EntityOperation(Entry, Line, Entity)
{
    public override string Verb => "alias";
}

/// <summary>A problem found in a curation file, to report against the file.</summary>
/// <remarks><paramref name="Refused"/>: the whole file was not used (unreadable, not a regular file, too large, past a YAML limit), which the ingest reports as a failed file.</remarks>
public sealed record CurationWarning(string File, string Problem, bool Refused = false)
{
    public override string ToString() => $"{File}: {Problem}";
}

/// <summary>
/// A parsed curation file: a YAML list of operations, in the order written. Parsing is pure; an entry
/// that cannot be understood is reported in <see cref="Problems"/> and left out, and the rest still apply.
/// </summary>
public sealed record CurationFile(IReadOnlyList<CurationOperation> Operations, IReadOnlyList<string> Problems)
{
    public const string FileName = "curation.yaml";

    public static IReadOnlyList<string> Types { get; } = ["person", "group", "place"];

    private const string Verbs = "merge, split, rename, retype, reject or alias";

    /// <summary>Parses a curation file. Throws <see cref="InputRefusedException"/> when it passes the YAML limits.</summary>
    public static CurationFile Parse(string yaml, InputLimits? limits = null)
    {
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml, limits);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet 16 throws InvalidOperationException, not YamlException, on some unclosed flow lists.
            return new CurationFile([], [$"cannot be parsed as YAML ({ex.Message.Split('\n')[0].Trim()}); no operations applied"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new CurationFile([], []);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            return new CurationFile([], ["the top level must be a list of operations (\"- merge: [...]\"); no operations applied"]);
        }

        var operations = new List<CurationOperation>();
        var problems = new List<string>();
        var entry = 0;
        foreach (var node in root.Children)
        {
            entry++;
            var line = (int)node.Start.Line;
            var where = $"entry {entry} (line {line})";
            if (node is not YamlMappingNode { Children.Count: 1 } op)
            {
                problems.Add($"{where}: an entry must be one operation, such as \"reject: NAME\"; skipped");
                continue;
            }

            var (keyNode, value) = op.Children.Single();
            var verb = ((keyNode as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            var entryProblems = new List<string>();
            var parsed = verb switch
            {
                "merge" => ParseMerge(entry, line, value, entryProblems),
                "split" => ParseSplit(entry, line, value, entryProblems),
                "rename" => ParseRename(entry, line, value, entryProblems),
                "retype" => ParseRetype(entry, line, value, entryProblems),
                "reject" => ParseReject(entry, line, value, entryProblems),
                "alias" => ParseAlias(entry, line, value, entryProblems),
                _ => Unknown(verb, entryProblems),
            };

            if (entryProblems.Count > 0)
            {
                var label = verb.Length == 0 ? where : $"entry {entry} (line {line}, {verb})";
                problems.Add($"{label}: {string.Join("; ", entryProblems)}; skipped");
                continue;
            }

            operations.AddRange(parsed);
        }

        return new CurationFile(operations, problems);
    }

    private static IEnumerable<CurationOperation> Unknown(string verb, List<string> problems)
    {
        problems.Add($"unknown operation '{verb}' (expected {Verbs})");
        return [];
    }

    private static IEnumerable<CurationOperation> ParseMerge(int entry, int line, YamlNode value, List<string> problems)
    {
        var names = Names(value, "merge", problems);
        if (problems.Count == 0 && names.Count < 2)
        {
            problems.Add("merge needs a list of at least two entities, the one kept first");
        }

        return problems.Count > 0 ? [] : [new MergeOperation(entry, line, names[0], names.Skip(1).ToList())];
    }

    private static IEnumerable<CurationOperation> ParseSplit(int entry, int line, YamlNode value, List<string> problems)
    {
        var f = Fields(value, ["entity", "alias"], ["to", "type"], problems);
        var type = f.GetValueOrDefault("type")?.ToLowerInvariant();
        CheckType(type, problems);
        return problems.Count > 0 ? [] : [new SplitOperation(entry, line, f["entity"]!, f["alias"]!, f.GetValueOrDefault("to"), type)];
    }

    private static IEnumerable<CurationOperation> ParseRename(int entry, int line, YamlNode value, List<string> problems)
    {
        var f = Fields(value, ["entity", "to"], [], problems);
        return problems.Count > 0 ? [] : [new RenameOperation(entry, line, f["entity"]!, f["to"]!)];
    }

    private static IEnumerable<CurationOperation> ParseRetype(int entry, int line, YamlNode value, List<string> problems)
    {
        var f = Fields(value, ["entity", "to"], [], problems);
        var type = f.GetValueOrDefault("to")?.ToLowerInvariant();
        CheckType(type, problems);
        return problems.Count > 0 ? [] : [new RetypeOperation(entry, line, f["entity"]!, type!)];
    }

    private static IEnumerable<CurationOperation> ParseReject(int entry, int line, YamlNode value, List<string> problems)
    {
        var names = Names(value, "reject", problems);
        return problems.Count > 0 ? [] : names.Select(n => new RejectOperation(entry, line, n));
    }

    private static IEnumerable<CurationOperation> ParseAlias(int entry, int line, YamlNode value, List<string> problems)
    {
        if (value is not YamlMappingNode map)
        {
            problems.Add("alias needs fields 'entity' and 'add'");
            return [];
        }

        var entity = (string?)null;
        var aliases = new List<string>();
        foreach (var (k, v) in map.Children)
        {
            switch (Key(k))
            {
                case "entity":
                    entity = Text(v, "entity", problems);
                    break;
                case "add":
                    aliases = Names(v, "add", problems);
                    break;
                case var other:
                    problems.Add($"unknown field '{other}' (expected entity, add)");
                    break;
            }
        }

        if (entity is null && !problems.Any(p => p.Contains("'entity'", StringComparison.Ordinal)))
        {
            problems.Add("missing field 'entity'");
        }

        if (aliases.Count == 0 && !problems.Any(p => p.Contains("'add'", StringComparison.Ordinal)))
        {
            problems.Add("missing field 'add'");
        }

        return problems.Count > 0 ? [] : [new AliasOperation(entry, line, entity!, aliases)];
    }

    private static void CheckType(string? type, List<string> problems)
    {
        if (type is not null && !Types.Contains(type))
        {
            problems.Add($"'{type}' is not a type (expected person, group or place)");
        }
    }

    /// <summary>A mapping of single-value fields; every required one present, nothing unknown (a typo must not pass silently).</summary>
    private static Dictionary<string, string?> Fields(YamlNode value, string[] required, string[] optional, List<string> problems)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var expected = string.Join(", ", required.Concat(optional));
        if (value is not YamlMappingNode map)
        {
            problems.Add($"needs a mapping with fields {expected}");
            return fields;
        }

        foreach (var (k, v) in map.Children)
        {
            var key = Key(k);
            if (!required.Contains(key) && !optional.Contains(key))
            {
                problems.Add($"unknown field '{key}' (expected {expected})");
                continue;
            }

            fields[key] = Text(v, key, problems);
        }

        foreach (var key in required.Where(r => !fields.ContainsKey(r)))
        {
            problems.Add($"missing field '{key}'");
        }

        return fields;
    }

    /// <summary>One name, or a list of names.</summary>
    private static List<string> Names(YamlNode value, string field, List<string> problems)
    {
        if (value is YamlScalarNode)
        {
            return Text(value, field, problems) is { } one ? [one] : [];
        }

        if (value is not YamlSequenceNode seq)
        {
            problems.Add($"'{field}' must be a name or a list of names");
            return [];
        }

        var names = new List<string>();
        foreach (var item in seq.Children)
        {
            if (Text(item, field, problems) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? Text(YamlNode node, string field, List<string> problems)
    {
        if (node is not YamlScalarNode scalar)
        {
            problems.Add($"'{field}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            problems.Add($"'{field}' is empty");
            return null;
        }

        return scalar.Value.Trim();
    }

    private static string Key(YamlNode node) => ((node as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
}

/// <summary>
/// Applies curation files after every ingest, in one transaction of their own. Extraction is re-run
/// whenever a source changes, so corrections are not stored once but re-applied each time; every
/// operation is therefore idempotent, and a problem in one operation never stops the others.
/// </summary>
public static class Curation
{
    /// <summary>
    /// A merged entity's id, kept as a key of the entity it went into: an operation that names the
    /// merged entity by id still finds it on the next run, and EntityResolver never matches this key.
    /// </summary>
    public const string MergedKeyPrefix = ResolutionKey.MergedPrefix;

    private const string SavepointName = "curation_operation";

    // Surfaces are compared case-insensitively in C# (SQLite's NOCASE folds ASCII only); the length
    // test, which case folding preserves, keeps the rows read to the few that can match.
    private const string NamesSql = """
        SELECT Id AS EntityId, Name AS Name
        FROM Entities
        WHERE length(Name) = length(@reference)
        UNION
        SELECT EntityId AS EntityId, Surface AS Name
        FROM Mentions
        WHERE length(Surface) = length(@reference)
        UNION
        SELECT EntityId AS EntityId, Alias AS Name
        FROM CuratedAliases
        WHERE length(Alias) = length(@reference)
        """;

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

    /// <summary>The curation files of one ingest run: the configured one, then <c>curation.yaml</c> directly inside each folder given; each once.</summary>
    public static IReadOnlyList<string> FilesFor(string? configured, IEnumerable<string> paths)
    {
        var files = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            files.Add(Path.GetFullPath(configured));
        }

        foreach (var path in paths.Select(Path.GetFullPath).Where(Directory.Exists))
        {
            var candidate = Path.Combine(path, CurationFile.FileName);
            if (FileKind.Of(candidate, followLinks: false).Exists)
            {
                files.Add(candidate);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
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
            var (file, problem) = Load(read(path), limits);
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

    private static (CurationFile? File, string? Problem) Load(FileRead read, InputLimits? limits)
    {
        if (!read.Ok)
        {
            return (null, read.Error + "; no operations applied");
        }

        var bytes = read.Bytes!;
        var decoded = TextDecoder.Decode(bytes);
        try
        {
            if (decoded.Ok)
            {
                return (CurationFile.Parse(decoded.Text!, limits), null);
            }
        }
        catch (InputRefusedException ex)
        {
            return (null, ex.Message + "; no operations applied");
        }

        // An empty or blank file is an empty list of corrections, not a mistake.
        return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(bytes))
            ? (CurationFile.Parse(""), null)
            : (null, $"cannot be read as text ({decoded.Error}); no operations applied");
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
                ApplyOne(conn, tx, op, problems);
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

    private static void ApplyOne(DbConnection conn, DbTransaction tx, CurationOperation op, List<string> problems)
    {
        if (op is MergeOperation merge)
        {
            Merge(conn, tx, merge, problems);
            return;
        }

        if (op is SplitOperation split)
        {
            Split(conn, tx, split, problems);
            return;
        }

        if (op is not EntityOperation e || One(conn, tx, e.Entity, problems) is not { } id)
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

    private static void Merge(DbConnection conn, DbTransaction tx, MergeOperation op, List<string> problems)
    {
        if (One(conn, tx, op.Keep, problems) is not { } keep)
        {
            return;
        }

        var done = false;
        foreach (var other in op.Others)
        {
            // The kept entity does not count: once merged, it carries the other's names too.
            var found = Find(conn, tx, other).Ids;
            var candidates = found.Where(id => id != keep).ToList();
            if (candidates.Count == 0 && found.Count > 0)
            {
                done = true;
                continue;
            }

            if (Single(candidates, other, problems) is not { } from)
            {
                continue;
            }

            conn.Execute(MergeSql, new { keep, from, mergedKey = MergedKeyPrefix + from }, tx);
            done = true;
        }

        if (done)
        {
            MarkCurated(conn, tx, keep);
            EntityResolver.RecountSurfaces(conn, tx, [keep]);
            EntityResolver.Refresh(conn, tx, [keep]);
        }
    }

    private static void Split(DbConnection conn, DbTransaction tx, SplitOperation op, List<string> problems)
    {
        // After the first run the alias names the split-off entity as well, so it cannot name the source.
        if (string.Equals(op.Entity, op.Alias, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"name the entity by id or by another name than the alias '{op.Alias}' being split off");
            return;
        }

        if (One(conn, tx, op.Entity, problems) is not { } from)
        {
            return;
        }

        // The source entity does not count as the target: it carries the alias until the split is done.
        var targetName = op.To ?? op.Alias;
        var found = Find(conn, tx, targetName);
        if (found.ById && found.Ids.SequenceEqual([from]))
        {
            problems.Add($"'{targetName}' is the entity the alias is split from");
            return;
        }

        var candidates = found.Ids.Where(id => id != from).ToList();
        if (candidates.Count > 1)
        {
            Single(candidates, targetName, problems);
            return;
        }

        var moving = conn.Query<(long SourceNum, long Start, string Surface)>(
                "SELECT SourceNum, Start, Surface FROM Mentions WHERE EntityId = @from AND length(Surface) = length(@alias)",
                new { from, alias = op.Alias }, tx)
            .Where(m => string.Equals(m.Surface, op.Alias, StringComparison.OrdinalIgnoreCase)).ToList();
        var to = candidates.SingleOrDefault();
        if (to is null)
        {
            if (moving.Count == 0)
            {
                problems.Add($"no mention of '{from}' reads '{op.Alias}'; nothing to split off");
                return;
            }

            var type = op.Type ?? conn.ExecuteScalar<string>("SELECT Type FROM Entities WHERE Id = @from", new { from }, tx)!;
            to = Create(conn, tx, targetName, type);
            if (op.Type is not null)
            {
                // The analyst said what the split-off entity is: that is the reason for its type.
                conn.Execute("UPDATE Entities SET CuratedType = 1 WHERE Id = @to", new { to }, tx);
            }
        }

        foreach (var m in moving)
        {
            // The type evidence a moved mention gave goes with it.
            conn.Execute("""
                UPDATE Mentions SET EntityId = @to WHERE SourceNum = @SourceNum AND Start = @Start;
                UPDATE TypeEvidence SET EntityId = @to WHERE SourceNum = @SourceNum AND Start = @Start AND EntityId = @from;
                """, new { to, from, m.SourceNum, m.Start }, tx);
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

    /// <summary>
    /// The entities a reference can mean: the entity with that exact id; else every entity whose name,
    /// mention surface or curated alias equals it ignoring case; else the entity an id was merged into.
    /// </summary>
    private static (List<string> Ids, bool ById) Find(DbConnection conn, DbTransaction tx, string reference)
    {
        if (conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @reference", new { reference }, tx) > 0)
        {
            return ([reference], true);
        }

        var named = conn.Query<(string EntityId, string Name)>(NamesSql, new { reference }, tx)
            .Where(n => string.Equals(n.Name, reference, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.EntityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            return (named, false);
        }

        var merged = conn.Query<string>("SELECT DISTINCT EntityId FROM EntityKeys WHERE Key = @key ORDER BY EntityId",
            new { key = MergedKeyPrefix + reference }, tx).ToList();
        return (merged, true);
    }

    private static string? One(DbConnection conn, DbTransaction tx, string reference, List<string> problems) =>
        Single(Find(conn, tx, reference).Ids, reference, problems);

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
