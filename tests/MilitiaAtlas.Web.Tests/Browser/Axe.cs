using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>Runs axe-core (vendored in vendor/axe.min.js by vendor-axe.sh) on the page open in a browser.</summary>
internal static class Axe
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Browser", "vendor", "axe.min.js");

    private const string RunScript = """
        async () => {
          const result = await axe.run(document);
          return result.violations.map(v => ({
            id: v.id,
            impact: v.impact || "",
            help: v.help,
            nodes: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(" >> ") : t).join(" ")),
          }));
        }
        """;

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes);

    /// <summary>
    /// Injects axe into the page (an inline script tag: open the page in a
    /// <see cref="BrowserApp.NewAuditContextAsync"/> context, the app's CSP blocks it otherwise) and returns all its violations.
    /// </summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        Assert.True(File.Exists(ScriptPath), $"{ScriptPath} is missing: run Browser/vendor-axe.sh");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<JsonElement>(RunScript);
        return json.EnumerateArray()
            .Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList()))
            .ToList();
    }

    /// <summary>Fails, listing every violation found, when any has impact "serious" or "critical".</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await RunAsync(page);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, Describe(page.Url, serious, violations));
    }

    private static string Describe(string url, List<Violation> serious, IReadOnlyList<Violation> all)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe found {serious.Count} serious or critical violation(s) on {url}:");
        foreach (var v in serious)
        {
            text.AppendLine($"  {v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes.Take(10))
            {
                text.AppendLine($"    at {node}");
            }

            if (v.Nodes.Count > 10)
            {
                text.AppendLine($"    … and {v.Nodes.Count - 10} more");
            }
        }

        var minor = all.Except(serious).ToList();
        if (minor.Count > 0)
        {
            text.AppendLine($"  (also, not failing: {string.Join(", ", minor.Select(v => $"{v.Id} ({v.Impact})"))})");
        }

        return text.ToString();
    }
}
