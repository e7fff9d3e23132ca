using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// One predicate of the relation vocabulary: its name in the export, how the profile reads it from each end
/// ("leader of" / "led by"), whether it reads the same both ways, and which kinds of entity may stand at each end.
/// </summary>
public sealed record PredicateInfo(string Name, string Label, string InverseLabel, bool Symmetric, IReadOnlyList<string> SubjectKinds, IReadOnlyList<string> ObjectKinds);

/// <summary>
/// The relation vocabulary, as data (embedded Data/predicates.tsv). The extractor makes no relation whose ends
/// are not of the listed kinds; the store orders the ends of a symmetric relation; the entity profile takes its
/// labels from here; docs/export-format.md lists the same table (a test compares them).
/// Kinds: person, group, country (a place that is a country), place (any place, countries included).
/// </summary>
public static class PredicateTable
{
    public static IReadOnlyList<PredicateInfo> All { get; } = Load();

    private static readonly Dictionary<string, PredicateInfo> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static PredicateInfo? Get(string name) => ByName.GetValueOrDefault(name);

    public static bool IsSymmetric(string name) => Get(name)?.Symmetric ?? false;

    /// <summary>The kind of an entity as the table names it: person, group, country or place.</summary>
    public static string KindOf(EntityType type, Place? place) => type switch
    {
        EntityType.Person => "person",
        EntityType.Group => "group",
        _ => place?.Kind == PlaceKind.Country ? "country" : "place",
    };

    /// <summary>Whether the predicate may join a subject and an object of these kinds.</summary>
    public static bool Allows(string name, string subjectKind, string objectKind) =>
        Get(name) is { } p && Fits(p.SubjectKinds, subjectKind) && Fits(p.ObjectKinds, objectKind);

    private static bool Fits(IReadOnlyList<string> kinds, string kind) => kinds.Contains(kind) || (kind == "country" && kinds.Contains("place"));

    /// <summary>The table as markdown, the form docs/export-format.md carries it in.</summary>
    public static string Markdown()
    {
        var lines = new List<string>
        {
            "| predicate | label | inverse label | symmetric | subject | object |",
            "|---|---|---|---|---|---|",
        };
        lines.AddRange(All.Select(p => $"| `{p.Name}` | {p.Label} | {p.InverseLabel} | {(p.Symmetric ? "yes" : "no")} | {string.Join(", ", p.SubjectKinds)} | {string.Join(", ", p.ObjectKinds)} |"));
        return string.Join("\n", lines) + "\n";
    }

    private static List<PredicateInfo> Load()
    {
        var result = new List<PredicateInfo>();
        foreach (var line in LexiconFile.Load("predicates.tsv").Lines(LexiconFile.Whole))
        {
            var f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new InvalidOperationException("predicates.tsv: a line needs six tab-separated fields: " + line);
            }

            static List<string> Kinds(string s) => [.. s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            result.Add(new PredicateInfo(f[0], f[1], f[2], f[3] == "yes", Kinds(f[4]), Kinds(f[5])));
        }

        return result;
    }
}
