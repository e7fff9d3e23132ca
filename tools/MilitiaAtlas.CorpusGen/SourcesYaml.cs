using System.Globalization;
using System.Text;

namespace MilitiaAtlas.CorpusGen;

/// <summary>Writes the sources.yaml sidecar of a generated corpus: title, outlet, author, published and url per file.</summary>
internal static class SourcesYaml
{
    public static string Write(IEnumerable<GeneratedArticle> articles, int seed)
    {
        var sb = new StringBuilder();
        sb.Append("# Publication facts for a synthetic corpus (MilitiaAtlas.Web generate, seed ")
            .Append(seed.ToString(CultureInfo.InvariantCulture)).Append("). Every actor in it is invented.\n");
        foreach (var a in articles)
        {
            sb.Append(a.FileName).Append(":\n");
            sb.Append("  title: ").Append(Quote(a.Title)).Append('\n');
            sb.Append("  outlet: ").Append(Quote(a.Outlet)).Append('\n');
            sb.Append("  author: ").Append(Quote(a.Author)).Append('\n');
            sb.Append("  published: ").Append(a.Published).Append('\n');
            sb.Append("  url: ").Append(a.Url).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
