using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MilitiaAtlas.Atlas.Tests.Export;

/// <summary>
/// FollowTheMoney's published schemata (Export/FtmSchema, copied unchanged by tools/ftm-schema/fetch-ftm-schema.sh) and a
/// checker of entities against them: the schema exists and is not abstract; every property is defined on the schema or a
/// schema it extends; every value fits the property's type (an entity reference names an entity of the export whose
/// schema is the property's range or extends it; dates, countries, numbers and URLs are well formed; no value is longer
/// than the type allows); the schema's required properties are present.
/// </summary>
internal sealed partial class FtmModel
{
    private readonly Dictionary<string, JsonElement> _schemata;
    private readonly JsonElement _types;

    private FtmModel(Dictionary<string, JsonElement> schemata, JsonElement types) => (_schemata, _types) = (schemata, types);

    public static FtmModel Load()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "MilitiaAtlas.Atlas.Tests", "Export", "FtmSchema");
        var schemata = Directory.GetFiles(folder, "*.json")
            .Where(f => Path.GetFileName(f) != "types.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone(), StringComparer.Ordinal);
        return new FtmModel(schemata, JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "types.json"))).RootElement.Clone());
    }

    public bool Has(string schema) => _schemata.ContainsKey(schema);

    /// <summary>The schema and every schema it extends, nearest first.</summary>
    public List<string> Lineage(string schema)
    {
        var result = new List<string>();
        var queue = new Queue<string>([schema]);
        while (queue.TryDequeue(out var s))
        {
            if (result.Contains(s) || !_schemata.TryGetValue(s, out var json))
            {
                continue;
            }

            result.Add(s);
            foreach (var parent in Strings(json, "extends"))
            {
                queue.Enqueue(parent);
            }
        }

        return result;
    }

    public bool IsA(string schema, string range) => Lineage(schema).Contains(range);

    public JsonElement? Property(string schema, string name)
    {
        foreach (var s in Lineage(schema))
        {
            if (_schemata[s].TryGetProperty("properties", out var props) && props.TryGetProperty(name, out var p))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The schema's own required properties: FtM does not inherit them (followthemoney/schema.py), as Address, a Thing without a required name, shows.</summary>
    public IEnumerable<string> Required(string schema) => Strings(_schemata[schema], "required");

    /// <summary>What is wrong with the entities, one line per problem; empty when every entity fits the schemata.</summary>
    public List<string> Check(IReadOnlyList<JsonElement> entities)
    {
        var problems = new List<string>();
        var schemaOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var id = e.GetProperty("id").GetString()!;
            if (!schemaOf.TryAdd(id, e.GetProperty("schema").GetString()!))
            {
                problems.Add($"{id}: the id is used twice");
            }
        }

        foreach (var e in entities)
        {
            var id = e.GetProperty("id").GetString()!;
            var schema = e.GetProperty("schema").GetString()!;
            if (!EntityIdPattern().IsMatch(id))
            {
                problems.Add($"{id}: not an FtM entity id");
            }

            if (!_schemata.TryGetValue(schema, out var json))
            {
                problems.Add($"{id}: no schema {schema}");
                continue;
            }

            if (json.TryGetProperty("abstract", out var isAbstract) && isAbstract.GetBoolean())
            {
                problems.Add($"{id}: {schema} is abstract");
            }

            var properties = e.GetProperty("properties");
            foreach (var required in Required(schema).Where(r => !properties.TryGetProperty(r, out var v) || v.GetArrayLength() == 0))
            {
                problems.Add($"{id}: {schema} requires {required}");
            }

            foreach (var p in properties.EnumerateObject())
            {
                if (Property(schema, p.Name) is not { } prop)
                {
                    problems.Add($"{id}: {schema} has no property {p.Name}");
                    continue;
                }

                var type = prop.GetProperty("type").GetString()!;
                var max = MaxLength(prop);
                foreach (var value in p.Value.EnumerateArray().Select(v => v.GetString() ?? ""))
                {
                    if (value.Length == 0 || value.Length > max)
                    {
                        problems.Add($"{id}: {p.Name} has a value of length {value.Length} (1 to {max})");
                    }

                    if (ValueProblem(type, prop, value, schemaOf) is { } problem)
                    {
                        problems.Add($"{id}: {p.Name} = {value}: {problem}");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The longest value a property takes: its own limit, else its type's.</summary>
    public int MaxLength(JsonElement prop) =>
        prop.TryGetProperty("maxLength", out var m) ? m.GetInt32() : _types.GetProperty(prop.GetProperty("type").GetString()!).GetProperty("maxLength").GetInt32();

    private string? ValueProblem(string type, JsonElement prop, string value, Dictionary<string, string> schemaOf)
    {
        switch (type)
        {
            case "entity":
                var range = prop.GetProperty("range").GetString()!;
                if (!schemaOf.TryGetValue(value, out var target))
                {
                    return "names no entity of the export";
                }

                return IsA(target, range) ? null : $"a {target}, not a {range}";
            case "date":
                return DatePattern().IsMatch(value) ? null : "not an FtM date";
            case "country":
                return _types.GetProperty("country").GetProperty("values").TryGetProperty(value, out _) ? null : "not an FtM country code";
            case "number":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "not a number";
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? null : "not a web URL";
            default:
                return null;
        }
    }

    private static IEnumerable<string> Strings(JsonElement json, string name) =>
        json.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [];

    // followthemoney/types/entity.py
    [GeneratedRegex(@"^[0-9a-zA-Z]([0-9a-zA-Z\.\-]*[0-9a-zA-Z])?$")]
    private static partial Regex EntityIdPattern();

    // followthemoney/types/date.py: an ISO 8601 prefix.
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$")]
    private static partial Regex DatePattern();
}
