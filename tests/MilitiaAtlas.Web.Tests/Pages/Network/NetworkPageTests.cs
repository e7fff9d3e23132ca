using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Web.Api;

namespace MilitiaAtlas.Web.Tests.Pages.Network;

/// <summary>/network without script: the filters, the summary of what is shown, and the same relations as a table; the JSON the drawing reads, embedded safely; a profile's ego network.</summary>
public sealed partial class NetworkPageTests(NetworkAtlas atlas) : IClassFixture<NetworkAtlas>
{
    [Fact]
    public async Task The_page_lists_every_relation_it_draws_in_a_table_linking_both_ends_and_the_evidence()
    {
        var html = await atlas.Client.GetStringAsync("/network");
        var graph = JsonDocument.Parse(WebUtility.HtmlDecode(EmbeddedJson().Match(html).Groups["json"].Value)).RootElement;
        var api = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/graph")).RootElement;

        Assert.Equal(api.GetProperty("edges").GetArrayLength(), graph.GetProperty("edges").GetArrayLength());
        var rows = TableRow().Matches(html).Select(m => m.Groups["row"].Value).ToList();
        Assert.Equal(graph.GetProperty("edges").GetArrayLength(), rows.Count);
        var okafor = Assert.Single(rows, r => r.Contains(">Tamsin Okafor</a>", StringComparison.Ordinal));
        Assert.Contains("href=\"/people/tamsin-okafor\"", okafor, StringComparison.Ordinal);
        Assert.Contains("<td>leader of</td>", okafor, StringComparison.Ordinal);
        Assert.Contains("href=\"/groups/corran-ridge-front\"", okafor, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2</td>", okafor, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/tamsin-okafor#relations\">3 sentences</a>", okafor, StringComparison.Ordinal);
        Assert.Contains("All 6 actors in a relation, and their 5 relations.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#relations-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_atlas_view_over_the_limit_says_it_shows_the_best_connected()
    {
        var html = await atlas.Client.GetStringAsync("/network?limit=3");

        Assert.Contains("The 3 best-connected of 6 actors (the limit is 3; ranked by their number of distinct neighbours)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focused_view_keeps_its_filters_in_the_form_and_names_its_focus()
    {
        var html = await atlas.Client.GetStringAsync("/network?focus=tamsin-okafor&depth=2&predicates=leads&predicates=allied_with&types=group&from=2014&minSources=1");

        Assert.Contains("<a href=\"/people/tamsin-okafor\" dir=\"auto\">Tamsin Okafor</a> and 2 actors within 2 hops, 2 relations.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"tamsin-okafor\"", html, StringComparison.Ordinal);
        Assert.Matches(@"<option value=""2"" selected=""selected"">2</option>", html);
        Assert.Matches(@"name=""predicates"" value=""leads"" checked=""checked""", html);
        Assert.Matches(@"name=""predicates"" value=""allied_with"" checked=""checked""", html);
        Assert.DoesNotMatch(@"name=""predicates"" value=""founded"" checked", html);
        Assert.Matches(@"name=""types"" value=""group"" checked=""checked""", html);
        Assert.Matches(@"<option value=""1"" selected=""selected"">at least 1</option>", html);
        Assert.Contains("value=\"2014\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focus_that_names_nothing_says_so_and_draws_nothing()
    {
        var response = await atlas.Client.GetAsync("/network?focus=" + Uri.EscapeDataString("Zyx Qwv"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing in the atlas matches “<bdi>Zyx Qwv</bdi>”.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"graph-data\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_embedded_as_json_cannot_close_its_script_block()
    {
        var options = atlas.App.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        var json = GraphApi.Embed(new { name = "</script><script>alert(1)</script> & 'x'" }, options);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script> & 'x'", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_page_loads_only_its_own_scripts_and_the_stylesheet_cytoscape_looks_for()
    {
        var html = await atlas.Client.GetStringAsync("/network");

        foreach (var src in ScriptSrc().Matches(html).Select(m => m.Groups["src"].Value))
        {
            Assert.StartsWith("/", src, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await atlas.Client.GetAsync(src)).StatusCode);
        }

        Assert.Contains("<link id=\"__________cytoscape_stylesheet\" rel=\"stylesheet\" href=\"/css/network.css\">", html, StringComparison.Ordinal);
        Assert.Contains(".__________cytoscape_container { position: relative; }", await atlas.Client.GetStringAsync("/css/network.css"), StringComparison.Ordinal);
        // Inline script would be refused by the CSP; a JSON data block is not script.
        Assert.DoesNotMatch(@"<script(?![^>]*(\bsrc=|type=""application/json""))[^>]*>", html);
    }

    [Fact]
    public async Task A_profile_in_a_relation_has_an_ego_network_that_the_api_answers()
    {
        var html = await atlas.Client.GetStringAsync("/groups/corran-ridge-front");
        var lonely = await atlas.Client.GetStringAsync("/places/tampere");

        var src = WebUtility.HtmlDecode(Regex.Match(html, "data-graph-src=\"(?<src>[^\"]+)\"").Groups["src"].Value);
        Assert.Equal("/api/graph?focus=corran-ridge-front&depth=1", src);
        Assert.Contains("href=\"/network?focus=corran-ridge-front\"", html, StringComparison.Ordinal);
        var g = JsonDocument.Parse(await atlas.Client.GetStringAsync(src)).RootElement;
        Assert.Equal(4, g.GetProperty("nodes").GetArrayLength());
        Assert.DoesNotContain("data-graph-src", lonely, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"graph-data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex EmbeddedJson();

    [GeneratedRegex(@"<tr>\s*<td>(?<row>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<script src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSrc();
}
