using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Tests.Infrastructure;

public sealed partial class ApiDocumentTests
{
    /// <summary>The paths docs/api.md documents: every <c>`GET /…`</c> in a heading, without its query.</summary>
    private static HashSet<string> DocumentedPaths()
    {
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "api.md"));
        return doc.Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .SelectMany(l => DocumentedPath().Matches(l).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"`GET (/[^`?\s]*)")]
    private static partial Regex DocumentedPath();

    // Route constraints ("{kind:regex(...)}") are not part of a path as the document or the docs write it.
    [GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial Regex Constraint();

    [Fact]
    public async Task The_OpenAPI_document_is_served_with_the_strict_headers_and_lists_exactly_the_paths_of_the_api_page()
    {
        using var app = new AtlasApp();
        var client = app.CreateClient();

        using var response = await client.GetAsync(ApiDocument.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeaders.AssertPresent(response);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ApiDocument.Path))).StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        var served = document.GetProperty("paths").EnumerateObject().ToDictionary(p => Constraint().Replace(p.Name, "{$1}"), p => p.Value, StringComparer.Ordinal);
        var documented = DocumentedPaths();
        Assert.True(documented.Remove(ApiDocument.Path), "docs/api.md does not document the OpenAPI document");  // which does not list itself
        Assert.True(documented.Count >= 10, $"docs/api.md documents only {documented.Count} paths");
        Assert.Empty(documented.Except(served.Keys));
        Assert.Empty(served.Keys.Except(documented));

        // Read-only, as the page says: every operation is a GET or a HEAD.
        Assert.All(served, p => Assert.Equal(["get", "head"], p.Value.EnumerateObject().Select(o => o.Name).Where(n => n is not "parameters").Order()));
    }
}
