using System.Text;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Atlas.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MilitiaAtlas.Atlas.Ingest;

// The reader of curation files: which files a run reads, and what they say. No database here; the planner
// (CurationPlanner) decides what each operation does to the atlas, and the applier (Curation) does it.

/// <summary>One analyst correction from a curation file, with where it was written (docs/curation.md).</summary>
public abstract record CurationOperation(int Entry, int Line)
{
    public abstract string Verb { get; }

    /// <summary>Who wrote the operation, when and why, and whether it was undone: the optional <c>why</c>, <c>by</c>, <c>at</c> and <c>undone</c> fields of its entry.</summary>
    public CurationNote Note { get; init; } = CurationNote.None;

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

/// <summary>A relation, named by its two entities (by id or any name) and its predicate (Data/predicates.tsv).</summary>
public abstract record RelationOperation(int Entry, int Line, string Subject, string Predicate, string Target) : CurationOperation(Entry, Line);

/// <summary>The relation's evidence is removed: it is shown nowhere (re-extraction brings it back; each run removes it again).</summary>
public sealed record RejectRelationOperation(int Entry, int Line, string Subject, string Predicate, string Target) : RelationOperation(Entry, Line, Subject, Predicate, Target)
{
    public override string Verb => "reject-relation";
}

/// <summary>The relation is marked as checked by an analyst (<c>ConfirmedRelations</c>).</summary>
public sealed record ConfirmRelationOperation(int Entry, int Line, string Subject, string Predicate, string Target) : RelationOperation(Entry, Line, Subject, Predicate, Target)
{
    public override string Verb => "confirm-relation";
}

/// <summary>The event (by id) is removed with its reports; re-extraction brings it back and each run removes it again.</summary>
public sealed record RejectEventOperation(int Entry, int Line, string Event) : CurationOperation(Entry, Line)
{
    public override string Verb => "reject-event";
}

/// <summary>The optional fields of an entry beside its operation: why, by whom and when it was made, and whether it was undone.</summary>
public sealed record CurationNote(string? Why, string? By, string? At, bool Undone)
{
    public static CurationNote None { get; } = new(null, null, null, false);
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

    private const string Verbs = "merge, split, rename, retype, reject, alias, reject-relation, confirm-relation or reject-event";

    /// <summary>The fields an entry may carry beside its one operation.</summary>
    private static readonly string[] NoteFields = ["why", "by", "at", "undone"];

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
            if (node is not YamlMappingNode op || op.Children.Count(c => !NoteFields.Contains(Key(c.Key))) != 1)
            {
                problems.Add($"{where}: an entry must be one operation, such as \"reject: NAME\"; skipped");
                continue;
            }

            var (keyNode, value) = op.Children.Single(c => !NoteFields.Contains(Key(c.Key)));
            var verb = Key(keyNode);
            var entryProblems = new List<string>();
            var note = ParseNote(op, entryProblems);
            var parsed = verb switch
            {
                "merge" => ParseMerge(entry, line, value, entryProblems),
                "split" => ParseSplit(entry, line, value, entryProblems),
                "rename" => ParseRename(entry, line, value, entryProblems),
                "retype" => ParseRetype(entry, line, value, entryProblems),
                "reject" => ParseReject(entry, line, value, entryProblems),
                "alias" => ParseAlias(entry, line, value, entryProblems),
                "reject-relation" or "confirm-relation" => ParseRelation(entry, line, verb, value, entryProblems),
                "reject-event" => ParseRejectEvent(entry, line, value, entryProblems),
                _ => Unknown(verb, entryProblems),
            };

            if (entryProblems.Count > 0)
            {
                var label = verb.Length == 0 ? where : $"entry {entry} (line {line}, {verb})";
                problems.Add($"{label}: {string.Join("; ", entryProblems)}; skipped");
                continue;
            }

            operations.AddRange(parsed.Select(o => o with { Note = note }));
        }

        return new CurationFile(operations, problems);
    }

    private static CurationNote ParseNote(YamlMappingNode entry, List<string> problems)
    {
        var f = entry.Children.Where(c => NoteFields.Contains(Key(c.Key))).ToDictionary(c => Key(c.Key), c => Text(c.Value, Key(c.Key), problems), StringComparer.Ordinal);
        var undone = f.GetValueOrDefault("undone")?.ToLowerInvariant();
        if (undone is not (null or "true" or "false"))
        {
            problems.Add("'undone' must be true or false");
        }

        return f.Count == 0 ? CurationNote.None : new CurationNote(f.GetValueOrDefault("why"), f.GetValueOrDefault("by"), f.GetValueOrDefault("at"), undone == "true");
    }

    private static IEnumerable<CurationOperation> ParseRelation(int entry, int line, string verb, YamlNode value, List<string> problems)
    {
        var f = Fields(value, ["subject", "predicate", "object"], [], problems);
        if (problems.Count > 0)
        {
            return [];
        }

        return verb == "confirm-relation"
            ? [new ConfirmRelationOperation(entry, line, f["subject"]!, f["predicate"]!, f["object"]!)]
            : [new RejectRelationOperation(entry, line, f["subject"]!, f["predicate"]!, f["object"]!)];
    }

    private static IEnumerable<CurationOperation> ParseRejectEvent(int entry, int line, YamlNode value, List<string> problems)
    {
        var names = Names(value, "reject-event", problems);
        return problems.Count > 0 ? [] : names.Select(n => new RejectEventOperation(entry, line, n));
    }

    /// <summary>
    /// Writes operations as a curation file that <see cref="Parse"/> reads back as the same operations and notes: the
    /// export of curation records, and the text a record stores its operation as (one entry).
    /// </summary>
    public static string Write(IEnumerable<CurationOperation> operations)
    {
        var root = new YamlSequenceNode();
        foreach (var op in operations)
        {
            var entry = new YamlMappingNode { { op.Verb, ValueOf(op) } };
            // An empty reason (an imported entry that gave none) is left out: the parser takes an empty field for a mistake.
            if (op.Note.Why is { Length: > 0 } why)
            {
                entry.Add("why", Quoted(why));
            }

            if (op.Note.By is { } by)
            {
                entry.Add("by", Quoted(by));
            }

            if (op.Note.At is { } at)
            {
                entry.Add("at", Quoted(at));
            }

            if (op.Note.Undone)
            {
                entry.Add("undone", "true");
            }

            root.Add(entry);
        }

        if (root.Children.Count == 0)
        {
            return "[]\n";
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ValueOf(CurationOperation op) => op switch
    {
        MergeOperation m => new YamlSequenceNode(new[] { m.Keep }.Concat(m.Others).Select(Quoted)) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow },
        SplitOperation s => Mapping(("entity", s.Entity), ("alias", s.Alias), ("to", s.To), ("type", s.Type)),
        RenameOperation r => Mapping(("entity", r.Entity), ("to", r.To)),
        RetypeOperation t => Mapping(("entity", t.Entity), ("to", t.Type)),
        RejectOperation r => Quoted(r.Entity),
        AliasOperation a => new YamlMappingNode
        {
            { "entity", Quoted(a.Entity) },
            { "add", new YamlSequenceNode(a.Aliases.Select(Quoted)) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow } },
        },
        RelationOperation r => Mapping(("subject", r.Subject), ("predicate", r.Predicate), ("object", r.Target)),
        RejectEventOperation e => Quoted(e.Event),
        _ => throw new ArgumentException("not a curation operation: " + op.Verb, nameof(op)),
    };

    private static YamlMappingNode Mapping(params (string Key, string? Value)[] fields)
    {
        var map = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
        foreach (var (key, value) in fields.Where(f => f.Value is not null))
        {
            map.Add(key, Quoted(value!));
        }

        return map;
    }

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

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

/// <summary>Finding and reading curation files (docs/curation.md).</summary>
public static class CurationFiles
{
    /// <summary>The curation files of one ingest run: the configured one, then <c>curation.yaml</c> directly inside each folder given; each once.</summary>
    public static IReadOnlyList<string> For(string? configured, IEnumerable<string> paths)
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

    /// <summary>A file as the ingest read it, parsed; or the problem that makes it unusable.</summary>
    public static (CurationFile? File, string? Problem) Load(FileRead read, InputLimits? limits)
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
}
