using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;

namespace MilitiaAtlas.Web.Tests.Pages.Network;

/// <summary>/api/graph and /api/graph/evidence over the invented articles of <see cref="NetworkAtlas"/>: every filter, depth and limit has an exact answer.</summary>
public sealed partial class GraphApiTests(NetworkAtlas atlas) : IClassFixture<NetworkAtlas>
{
    private async Task<JsonElement> GraphAsync(string query)
    {
        using var response = await atlas.Client.GetAsync("/api/graph" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/graph{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string[] Nodes(JsonElement g) => g.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();

    private static string[] Edges(JsonElement g) => g.GetProperty("edges").EnumerateArray()
        .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("predicate").GetString()} {e.GetProperty("target").GetString()}")
        .Order(StringComparer.Ordinal).ToArray();

    private static JsonElement Edge(JsonElement g, string id) => g.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public async Task The_whole_atlas_under_the_limit_holds_every_actor_in_a_relation_and_every_relation_once()
    {
        var g = await GraphAsync("");

        Assert.Equal(JsonValueKind.Null, g.GetProperty("focus").ValueKind);
        Assert.Equal(["corran-ridge-front", "eastmarch-guard", "halvard-brigade", "ines-marlow", "petra-vasquez", "tamsin-okafor"], Nodes(g));
        Assert.Equal(
            ["corran-ridge-front allied_with halvard-brigade", "corran-ridge-front opposed_to eastmarch-guard", "ines-marlow founded halvard-brigade",
             "petra-vasquez commands eastmarch-guard", "tamsin-okafor leads corran-ridge-front"],
            Edges(g));
        Assert.Equal(6, g.GetProperty("eligible").GetInt32());
        Assert.False(g.GetProperty("truncated").GetBoolean());
        var front = g.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "corran-ridge-front");
        Assert.Equal(3, front.GetProperty("links").GetInt32());
        Assert.Equal("/groups/corran-ridge-front", front.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_edge_is_labelled_from_the_predicate_table_and_counts_a_copied_paragraph_as_no_independent_source()
    {
        var g = await GraphAsync("");

        var leads = Edge(g, "tamsin-okafor|leads|corran-ridge-front");
        Assert.Equal("leader of", leads.GetProperty("label").GetString());
        Assert.False(leads.GetProperty("symmetric").GetBoolean());
        Assert.Equal(3, leads.GetProperty("evidence").GetInt32());
        Assert.Equal(2, leads.GetProperty("independentSources").GetInt32());
        var allied = Edge(g, "corran-ridge-front|allied_with|halvard-brigade");
        Assert.Equal("allied with", allied.GetProperty("label").GetString());
        Assert.True(allied.GetProperty("symmetric").GetBoolean());
    }

    [Fact]
    public async Task Each_edge_counts_the_independent_sources_its_subjects_profile_shows()
    {
        var g = await GraphAsync("");

        foreach (var e in g.GetProperty("edges").EnumerateArray())
        {
            var subject = e.GetProperty("source").GetString()!;
            var profile = JsonDocument.Parse(await atlas.Client.GetStringAsync($"/api/entities/{subject}")).RootElement;
            var relation = profile.GetProperty("relations").EnumerateArray()
                .Single(r => r.GetProperty("entityId").GetString() == e.GetProperty("target").GetString() && r.GetProperty("label").GetString() == e.GetProperty("label").GetString());
            Assert.Equal(relation.GetProperty("independentSources").GetInt32(), e.GetProperty("independentSources").GetInt32());
        }
    }

    [Fact]
    public async Task The_limit_keeps_the_best_connected_actors_and_says_how_many_there_were()
    {
        var g = await GraphAsync("?limit=3");

        // Corran Ridge Front has three neighbours; Eastmarch Guard and Halvard Brigade two each; the rest one.
        Assert.Equal(["corran-ridge-front", "eastmarch-guard", "halvard-brigade"], Nodes(g));
        Assert.Equal(["corran-ridge-front allied_with halvard-brigade", "corran-ridge-front opposed_to eastmarch-guard"], Edges(g));
        Assert.True(g.GetProperty("truncated").GetBoolean());
        Assert.Equal(6, g.GetProperty("eligible").GetInt32());
        Assert.Equal(3, g.GetProperty("filters").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Depth_one_is_the_focus_and_its_neighbours_and_depth_two_their_neighbours_too()
    {
        var one = await GraphAsync("?focus=tamsin-okafor");
        var two = await GraphAsync("?focus=tamsin-okafor&depth=2");

        Assert.Equal("tamsin-okafor", one.GetProperty("focus").GetProperty("id").GetString());
        Assert.Equal(["corran-ridge-front", "tamsin-okafor"], Nodes(one));
        Assert.Equal(["tamsin-okafor leads corran-ridge-front"], Edges(one));
        Assert.Equal(["corran-ridge-front", "eastmarch-guard", "halvard-brigade", "tamsin-okafor"], Nodes(two));
        Assert.Equal(3, two.GetProperty("edges").GetArrayLength());
        var hops = two.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("hop").GetInt32());
        Assert.Equal(0, hops["tamsin-okafor"]);
        Assert.Equal(1, hops["corran-ridge-front"]);
        Assert.Equal(2, hops["halvard-brigade"]);
        Assert.Equal(2, hops["eastmarch-guard"]);
    }

    [Fact]
    public async Task An_ego_network_over_the_limit_keeps_the_focus_and_its_strongest_ties()
    {
        var g = await GraphAsync("?focus=corran-ridge-front&limit=2");

        // Okafor's tie has two independent sources, the alliance and the fight one each.
        Assert.Equal(["corran-ridge-front", "tamsin-okafor"], Nodes(g));
        Assert.True(g.GetProperty("truncated").GetBoolean());
        Assert.Equal(4, g.GetProperty("eligible").GetInt32());
    }

    [Fact]
    public async Task Predicate_and_type_filters_keep_only_those_relations_and_actors_but_never_drop_the_focus()
    {
        var predicates = await GraphAsync("?predicates=leads&predicates=commands");
        var comma = await GraphAsync("?predicates=leads,commands");
        var groups = await GraphAsync("?types=group");
        var focused = await GraphAsync("?focus=tamsin-okafor&depth=2&types=group");

        Assert.Equal(["petra-vasquez commands eastmarch-guard", "tamsin-okafor leads corran-ridge-front"], Edges(predicates));
        Assert.Equal(Edges(predicates), Edges(comma));
        Assert.Equal(["corran-ridge-front", "eastmarch-guard", "halvard-brigade"], Nodes(groups));
        Assert.Equal(["corran-ridge-front allied_with halvard-brigade", "corran-ridge-front opposed_to eastmarch-guard"], Edges(groups));
        Assert.Equal(["corran-ridge-front", "eastmarch-guard", "halvard-brigade", "tamsin-okafor"], Nodes(focused));
    }

    [Fact]
    public async Task Years_keep_the_evidence_of_sources_published_in_them_and_count_only_it()
    {
        var early = await GraphAsync("?to=2015");
        var late = await GraphAsync("?from=2016&to=2017");

        Assert.Equal(["corran-ridge-front allied_with halvard-brigade", "ines-marlow founded halvard-brigade", "tamsin-okafor leads corran-ridge-front"], Edges(early));
        Assert.Equal(1, Edge(early, "tamsin-okafor|leads|corran-ridge-front").GetProperty("evidence").GetInt32());
        Assert.Equal(["corran-ridge-front opposed_to eastmarch-guard", "petra-vasquez commands eastmarch-guard", "tamsin-okafor leads corran-ridge-front"], Edges(late));
        // 2016 and its 2017 copy: two sentences, one independent source.
        var leads = Edge(late, "tamsin-okafor|leads|corran-ridge-front");
        Assert.Equal(2, leads.GetProperty("evidence").GetInt32());
        Assert.Equal(1, leads.GetProperty("independentSources").GetInt32());
        Assert.Contains("from=2016", leads.GetProperty("evidenceUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimum_of_independent_sources_drops_the_relations_with_fewer()
    {
        var g = await GraphAsync("?minSources=2");
        var lateTwo = await GraphAsync("?minSources=2&from=2016");

        Assert.Equal(["tamsin-okafor leads corran-ridge-front"], Edges(g));
        Assert.Equal(["corran-ridge-front", "tamsin-okafor"], Nodes(g));
        Assert.Empty(Edges(lateTwo));
    }

    [Fact]
    public async Task A_focus_given_by_name_or_misspelt_finds_the_actor()
    {
        var byName = await GraphAsync("?focus=" + Uri.EscapeDataString("Petra Vasquez"));
        var misspelt = await GraphAsync("?focus=" + Uri.EscapeDataString("Petra Vasques"));

        Assert.Equal("petra-vasquez", byName.GetProperty("focus").GetProperty("id").GetString());
        Assert.Equal("petra-vasquez", misspelt.GetProperty("focus").GetProperty("id").GetString());
        Assert.Equal(["eastmarch-guard", "petra-vasquez"], Nodes(misspelt));
    }

    [Fact]
    public async Task An_actor_in_no_relation_is_a_network_of_one()
    {
        var g = await GraphAsync("?focus=tampere");

        Assert.Equal(["tampere"], Nodes(g));
        Assert.Empty(Edges(g));
        Assert.Equal("place", g.GetProperty("focus").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/graph?focus=nobody-at-all-here", 404, "no entity matches this focus")]
    [InlineData("/api/graph?predicates=befriends", 400, "unknown predicate 'befriends'")]
    [InlineData("/api/graph?types=planet", 400, "unknown type 'planet'")]
    [InlineData("/api/graph?from=14", 400, "from must be a year (YYYY)")]
    [InlineData("/api/graph?depth=two", 400, null)]
    [InlineData("/api/graph/evidence?subject=tamsin-okafor&predicate=founded&object=corran-ridge-front", 404, "no such relation (within these years)")]
    [InlineData("/api/graph/evidence?subject=tamsin-okafor&predicate=leads", 400, "subject, predicate and object are required")]
    [InlineData("/api/graph/nothing/here", 404, null)]
    [InlineData("/api/map?actor=nobody-at-all-here", 404, "no entity matches this actor")]
    [InlineData("/api/map?to=later", 400, "to must be a year (YYYY)")]
    public async Task Errors_of_the_graph_and_map_api_are_json_problems(string url, int status, string? detail)
    {
        using var response = await atlas.Client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (detail is not null)
        {
            Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_evidence_of_an_edge_cites_each_sentence_exactly_originals_first()
    {
        var g = await GraphAsync("");
        var url = Edge(g, "tamsin-okafor|leads|corran-ridge-front").GetProperty("evidenceUrl").GetString()!;

        var answer = JsonDocument.Parse(await atlas.Client.GetStringAsync(url)).RootElement;

        Assert.Equal("tamsin-okafor", answer.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("corran-ridge-front", answer.GetProperty("object").GetProperty("id").GetString());
        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(3, citations.Count);
        Assert.Equal([false, false, true], citations.Select(c => c.GetProperty("copy").GetBoolean()));
        using var c = atlas.App.Database.Open();
        foreach (var cite in citations)
        {
            var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @id", new { id = cite.GetProperty("sourceId").GetString() })!;
            var (start, end) = (cite.GetProperty("start").GetInt32(), cite.GetProperty("end").GetInt32());
            Assert.Equal(text[start..end], cite.GetProperty("quote").GetString());
            Assert.Contains("Tamsin Okafor", cite.GetProperty("quote").GetString(), StringComparison.Ordinal);
            Assert.Matches(CitedUrl(), cite.GetProperty("url").GetString());
            Assert.StartsWith($"/sources/{cite.GetProperty("sourceId").GetString()}?hl={start}-{end}#p-", cite.GetProperty("url").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_evidence_of_a_symmetric_relation_is_found_either_way_round_and_within_the_years()
    {
        var forward = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/graph/evidence?subject=corran-ridge-front&predicate=allied_with&object=halvard-brigade")).RootElement;
        var backward = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/graph/evidence?subject=halvard-brigade&predicate=allied_with&object=corran-ridge-front")).RootElement;
        var outside = await atlas.Client.GetAsync("/api/graph/evidence?subject=corran-ridge-front&predicate=allied_with&object=halvard-brigade&from=2016");

        Assert.Equal(forward.GetProperty("edge").GetProperty("id").GetString(), backward.GetProperty("edge").GetProperty("id").GetString());
        Assert.Single(forward.GetProperty("citations").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [GeneratedRegex(@"^/sources/[^/?#]+\?hl=\d+-\d+#p-\d+$")]
    private static partial Regex CitedUrl();
}
