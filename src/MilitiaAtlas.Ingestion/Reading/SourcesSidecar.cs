using MilitiaAtlas.Ingestion.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>
/// The optional <c>sources.yaml</c> beside a folder's articles: publication facts keyed by file name.
/// Problems are reported per entry; an entry with a bad field still gives its good fields.
/// </summary>
public sealed record SourcesSidecar(IReadOnlyDictionary<string, ArticleMetadata> Entries, IReadOnlyList<string> Problems)
{
    public const string FileName = "sources.yaml";

    public static SourcesSidecar Empty { get; } = new(new Dictionary<string, ArticleMetadata>(), []);

    public ArticleMetadata For(string fileName) =>
        Entries.TryGetValue(fileName, out var meta) ? meta : ArticleMetadata.Empty;

    /// <summary>Problems that concern one article file, to report against that file.</summary>
    public IEnumerable<string> ProblemsFor(string fileName) =>
        Problems.Where(p => p.StartsWith(fileName + ":", StringComparison.Ordinal));

    /// <summary>Parses a sidecar. Throws <see cref="InputRefusedException"/> when it passes the YAML limits: the whole file is refused.</summary>
    public static SourcesSidecar Parse(string yaml, InputLimits? limits = null)
    {
        var problems = new List<string>();
        var entries = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml, limits);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports some malformed flow collections ("[a, b") as InvalidOperationException.
            return new SourcesSidecar(entries, [$"cannot be parsed as YAML ({FirstLine(ex.Message)}); no entries used"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new SourcesSidecar(entries, problems);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new SourcesSidecar(entries, ["the top level must be a mapping of file name to fields; no entries used"]);
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var file = (keyNode as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(file))
            {
                problems.Add($"an entry at line {keyNode.Start.Line} has no file name; skipped");
                continue;
            }

            if (valueNode is not YamlMappingNode fields)
            {
                problems.Add($"{file}: the entry must be a mapping of fields; skipped");
                continue;
            }

            entries[file] = ReadFields(fields, file + ":", problems);
        }

        return new SourcesSidecar(entries, problems);
    }

    /// <summary>Reads title, outlet, author, published and url from a YAML mapping (also used for front matter).</summary>
    public static ArticleMetadata ReadFields(YamlMappingNode fields, string problemPrefix, List<string> problems)
    {
        string? title = null, outlet = null, author = null, published = null, url = null;
        foreach (var (k, v) in fields.Children)
        {
            var key = ((k as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
            switch (key)
            {
                case "title":
                    title = Scalar(v, key, problemPrefix, problems);
                    break;
                case "outlet" or "publisher" or "publication" or "site":
                    outlet = Scalar(v, key, problemPrefix, problems);
                    break;
                case "author" or "authors" or "byline":
                    author = v is YamlSequenceNode seq
                        ? string.Join(", ", seq.Children.OfType<YamlScalarNode>().Select(s => s.Value).Where(s => !string.IsNullOrWhiteSpace(s)))
                        : Scalar(v, key, problemPrefix, problems);
                    break;
                case "published" or "date":
                    var raw = Scalar(v, key, problemPrefix, problems);
                    published = PublishedDate.Normalize(raw);
                    if (raw is not null && published is null)
                    {
                        problems.Add($"{problemPrefix} '{key}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {Shorten(raw)}");
                    }

                    break;
                case "url" or "link":
                    url = Scalar(v, key, problemPrefix, problems);
                    break;
                default:
                    break;
            }
        }

        return new ArticleMetadata(Blank(title), Blank(outlet), Blank(author), published, Blank(url));
    }

    private static string? Scalar(YamlNode node, string key, string prefix, List<string> problems)
    {
        if (node is YamlScalarNode s)
        {
            return s.Value;
        }

        problems.Add($"{prefix} '{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}; ignored");
        return null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
