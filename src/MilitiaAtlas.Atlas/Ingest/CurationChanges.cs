using System.Globalization;
using System.Text.Json;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// What one application of a curation record changed, and its reversal (decision 016). Before an operation changes
/// anything, the applier names what it is about to touch (entities, a relation, an event); the rows of those, in the
/// tables curation writes, are read before and after, and the difference is kept as a <see cref="CurationStep"/>. Undo
/// puts the rows back: rows that went are inserted again (when their source is still there), rows that came are
/// deleted, rows that changed (a mention moved to another entity, a name set) get their old values.
/// </summary>
internal sealed class CurationCapture(WriteSession sql)
{
    /// <summary>A table curation writes: its columns (the key first), and whether curation only changes its rows' values (mentions move; they are never made or removed by curation).</summary>
    private sealed record Table(string Name, string[] Columns, int KeyCount, bool UpdateOnly = false)
    {
        public string Select(string where) => $"SELECT {string.Join(", ", Columns.Select(Quote))} FROM {Name} WHERE {where}";
    }

    private static string Quote(string column) => "\"" + column + "\"";

    private static readonly Table Entities = new("Entities", ["Id", "Type", "Name", "PlaceId", "Country", "Lat", "Lon", "Curated", "CuratedName", "Rejected", "CuratedType"], 1);
    private static readonly Table EntityKeys = new("EntityKeys", ["Type", "Key", "EntityId"], 3);
    private static readonly Table CuratedAliases = new("CuratedAliases", ["EntityId", "Alias"], 2);
    private static readonly Table Mentions = new("Mentions", ["SourceNum", "Start", "EntityId"], 2, UpdateOnly: true);
    private static readonly Table TypeEvidence = new("TypeEvidence", ["SourceNum", "Start", "Cue", "Type", "EntityId"], 4, UpdateOnly: true);
    private static readonly Table Claims = new("Claims", ["SourceNum", "Ordinal", "SpeakerId"], 2, UpdateOnly: true);
    private static readonly Table Relations = new("RelationEvidence", ["SubjectId", "Predicate", "ObjectId", "SourceNum", "ClaimOrdinal", "Quoted"], 5);
    private static readonly Table Confirmed = new("ConfirmedRelations", ["SubjectId", "Predicate", "ObjectId"], 3);
    private static readonly Table Events = new("Events", ["Id", "Date", "EndDate", "Precision", "DateText", "Summary", "Cue"], 1);
    private static readonly Table EventEvidence = new("EventEvidence", ["EventId", "SourceNum", "ClaimOrdinal", "Date", "EndDate", "Precision", "DateText", "DateStart", "DateEnd"], 3);
    private static readonly Table EventEntities = new("EventEntities", ["EventId", "EntityId", "SourceNum", "Role", "Cue", "Year"], 3);

    /// <summary>The order undo restores in: parents before the rows that refer to them, and added parents removed last.</summary>
    private static readonly Table[] Order = [Entities, Events, Mentions, TypeEvidence, Claims, EntityKeys, CuratedAliases, Relations, Confirmed, EventEvidence, EventEntities];

    private readonly List<(Table Table, string Where, object?[] Args)> _scopes = [];
    private readonly Dictionary<string, Dictionary<string, object?[]>> _before = [];
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);

    // The ends of a relation and the participants of an event: in the history of those entities, though their rows are not read.
    private readonly HashSet<string> _concerned = new(StringComparer.Ordinal);

    /// <summary>The entities this application touched or concerned: the entities whose history lists the record.</summary>
    public IReadOnlyCollection<string> EntityIds => [.. _entities.Union(_concerned)];

    /// <summary>Entities about to change: their rows, their mentions, keys, aliases, type evidence, claims, relations and event roles.</summary>
    public void Entity(params string[] ids)
    {
        foreach (var id in ids.Where(_entities.Add))
        {
            EntityScopes(id, before: true);
        }
    }

    /// <summary>An entity the operation made: it had no rows before, so all its rows after are new.</summary>
    public void Created(string id)
    {
        if (_entities.Add(id))
        {
            EntityScopes(id, before: false);
        }
    }

    private void EntityScopes(string id, bool before)
    {
        Scope(Entities, "Id = @p0", before, id);
        Scope(EntityKeys, "EntityId = @p0", before, id);
        Scope(CuratedAliases, "EntityId = @p0", before, id);
        Scope(Mentions, "EntityId = @p0", before, id);
        Scope(TypeEvidence, "EntityId = @p0", before, id);
        Scope(Claims, "SpeakerId = @p0", before, id);
        Scope(Relations, "SubjectId = @p0 OR ObjectId = @p0", before, id);
        Scope(EventEntities, "EntityId = @p0", before, id);
    }

    public void Relation(string subject, string predicate, string obj)
    {
        _concerned.UnionWith([subject, obj]);
        Scope(Relations, "SubjectId = @p0 AND Predicate = @p1 AND ObjectId = @p2", true, subject, predicate, obj);
        Scope(Confirmed, "SubjectId = @p0 AND Predicate = @p1 AND ObjectId = @p2", true, subject, predicate, obj);
    }

    public void Event(string id)
    {
        _concerned.UnionWith(sql.Strings("SELECT DISTINCT EntityId FROM EventEntities WHERE EventId = @p0", id));
        Scope(Events, "Id = @p0", true, id);
        Scope(EventEvidence, "EventId = @p0", true, id);
        Scope(EventEntities, "EventId = @p0", true, id);
    }

    private void Scope(Table table, string where, bool readBefore, params object?[] args)
    {
        _scopes.Add((table, where, args));
        var before = _before.TryGetValue(table.Name, out var rows) ? rows : _before[table.Name] = [];
        if (!readBefore)
        {
            return;
        }

        foreach (var row in sql.Query(table.Select(where), r => Read(r, table.Columns.Length), args))
        {
            // The first reading of a row is its state before the operation.
            before.TryAdd(Key(row, table.KeyCount), row);
        }
    }

    /// <summary>The difference between the rows before and now, or null when the operation changed nothing.</summary>
    public CurationStep? Finish()
    {
        var tables = new List<CurationStep.TableChange>();
        foreach (var table in Order)
        {
            if (!_before.TryGetValue(table.Name, out var before))
            {
                continue;
            }

            var after = new Dictionary<string, object?[]>(StringComparer.Ordinal);
            foreach (var (_, where, args) in _scopes.Where(s => s.Table == table))
            {
                foreach (var row in sql.Query(table.Select(where), r => Read(r, table.Columns.Length), args))
                {
                    after.TryAdd(Key(row, table.KeyCount), row);
                }
            }

            var changed = before.Where(b => after.TryGetValue(b.Key, out var a) && Key(a, a.Length) != Key(b.Value, b.Value.Length)).Select(b => b.Value).ToList();
            var removed = table.UpdateOnly ? [] : before.Where(b => !after.ContainsKey(b.Key)).Select(b => b.Value).ToList();
            var added = table.UpdateOnly ? [] : after.Where(a => !before.ContainsKey(a.Key)).Select(a => a.Value).ToList();
            if (changed.Count + removed.Count + added.Count > 0)
            {
                tables.Add(new CurationStep.TableChange(table.Name, removed, added, changed));
            }
        }

        return tables.Count == 0 ? null : new CurationStep(tables);
    }

    /// <summary>Reverses a step: the rows as they were before it, as far as their sources are still there. Returns the entities it touched.</summary>
    public static IReadOnlyCollection<string> Undo(WriteSession sql, CurationStep step)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var changes = step.Tables.ToDictionary(t => t.Table, StringComparer.Ordinal);
        foreach (var table in Order)
        {
            if (!changes.TryGetValue(table.Name, out var change))
            {
                continue;
            }

            foreach (var row in change.Removed)
            {
                Insert(sql, table, row);
            }

            foreach (var row in change.Changed)
            {
                var values = table.Columns.Skip(table.KeyCount).Select((c, i) => $"{Quote(c)} = @p{i + table.KeyCount}");
                sql.Execute($"UPDATE {table.Name} SET {string.Join(", ", values)} WHERE {KeyWhere(table)}", row);
            }

            // An entity the operation made is removed last, once nothing refers to it.
            if (table != Entities)
            {
                foreach (var row in change.Added)
                {
                    sql.Execute($"DELETE FROM {table.Name} WHERE {KeyWhere(table)}", row[..table.KeyCount]);
                }
            }

            foreach (var row in change.Removed.Concat(change.Added).Concat(change.Changed))
            {
                for (var i = 0; i < table.Columns.Length; i++)
                {
                    if (table.Columns[i] is "Id" or "EntityId" or "SpeakerId" or "SubjectId" or "ObjectId" && table != Events && row[i] is string id)
                    {
                        entities.Add(id);
                    }
                }
            }
        }

        if (changes.TryGetValue(Entities.Name, out var made))
        {
            foreach (var row in made.Added)
            {
                sql.Execute("DELETE FROM Entities WHERE Id = @p0 AND NOT EXISTS (SELECT 1 FROM Mentions WHERE EntityId = @p0)", row[0]);
            }
        }

        sql.ForgetEntityKeys();
        return entities;
    }

    private static void Insert(WriteSession sql, Table table, object?[] row)
    {
        // A row of a source deleted since (or of an entity or event gone since) is not put back.
        var guards = new List<string>();
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var guard = (table.Columns[i], table.Name) switch
            {
                ("SourceNum", _) => $"EXISTS (SELECT 1 FROM Sources WHERE Num = @p{i})",
                ("EntityId", "EntityKeys" or "CuratedAliases") => $"EXISTS (SELECT 1 FROM Entities WHERE Id = @p{i})",
                ("EventId", _) => $"EXISTS (SELECT 1 FROM Events WHERE Id = @p{i})",
                _ => null,
            };
            if (guard is not null)
            {
                guards.Add(guard);
            }
        }

        var values = string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"));
        var where = guards.Count == 0 ? "" : " WHERE " + string.Join(" AND ", guards);
        sql.Execute($"INSERT OR IGNORE INTO {table.Name} ({string.Join(", ", table.Columns.Select(Quote))}) SELECT {values}{where}", row);
    }

    private static string KeyWhere(Table table) => string.Join(" AND ", table.Columns.Take(table.KeyCount).Select((c, i) => $"{Quote(c)} = @p{i}"));

    private static object?[] Read(SqlRow r, int count)
    {
        var row = new object?[count];
        for (var i = 0; i < count; i++)
        {
            row[i] = r.GetValue(i);
        }

        return row;
    }

    private static string Key(object?[] row, int count) =>
        string.Join('\u0001', row.Take(count).Select(v => v switch
        {
            null => "\u0002",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}

/// <summary>One application's changes, table by table: rows removed, rows added, and the old values of rows changed (decision 016).</summary>
public sealed record CurationStep(IReadOnlyList<CurationStep.TableChange> Tables)
{
    public sealed record TableChange(string Table, IReadOnlyList<object?[]> Removed, IReadOnlyList<object?[]> Added, IReadOnlyList<object?[]> Changed);

    private sealed record Stored(string Table, JsonElement[][] Removed, JsonElement[][] Added, JsonElement[][] Changed);

    public static string Serialize(IEnumerable<CurationStep> steps) =>
        JsonSerializer.Serialize(steps.Select(s => s.Tables));

    /// <summary>The steps stored in a record, oldest first.</summary>
    public static List<CurationStep> Parse(string json) =>
        (JsonSerializer.Deserialize<List<List<Stored>>>(json) ?? [])
            .Select(step => new CurationStep(step.Select(t => new TableChange(t.Table, Rows(t.Removed), Rows(t.Added), Rows(t.Changed))).ToList()))
            .ToList();

    private static List<object?[]> Rows(JsonElement[][] rows) => rows.Select(Values).ToList();

    /// <summary>A stored row back as values: JSON numbers are integers where they can be, else reals.</summary>
    private static object?[] Values(JsonElement[] row) =>
        row.Select(v => v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number => v.TryGetInt64(out var l) ? l : (object)v.GetDouble(),
            JsonValueKind.String => v.GetString(),
            _ => v.ToString(),
        }).ToArray();
}
