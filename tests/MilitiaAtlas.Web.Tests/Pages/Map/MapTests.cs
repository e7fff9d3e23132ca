using System.Net;
using System.Text.Json;
using Dapper;
using MilitiaAtlas.Web.Tests.Pages.Network;

namespace MilitiaAtlas.Web.Tests.Pages.Map;

/// <summary>/map and /api/map over the invented articles of <see cref="NetworkAtlas"/> (Tampere in 2014 and 2017, Graz in 2016).</summary>
public sealed class MapTests(NetworkAtlas atlas) : IClassFixture<NetworkAtlas>
{
    private async Task<Dictionary<string, (long Events, long Mentions)>> PlacesAsync(string query)
    {
        var root = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/map" + query)).RootElement;
        return root.GetProperty("places").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!,
            p => (p.GetProperty("events").GetInt64(), p.GetProperty("mentions").GetInt64()));
    }

    [Fact]
    public async Task Every_place_with_coordinates_is_on_the_map_with_its_events_and_mentions()
    {
        var root = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/map")).RootElement;
        var places = await PlacesAsync("");

        using var c = atlas.App.Database.Open();
        var expected = c.Query<(string Id, long Events, long Mentions)>("""
            SELECT e.Id, (SELECT COUNT(DISTINCT EventId) FROM EventEntities WHERE EntityId = e.Id), (SELECT COUNT(*) FROM Mentions WHERE EntityId = e.Id)
            FROM Entities e WHERE e.Type = 'place' AND e.Lat IS NOT NULL
            """).ToDictionary(r => r.Id, r => (r.Events, r.Mentions));
        Assert.Equal(["graz", "tampere"], expected.Keys.Order());
        Assert.Equal(expected, places);
        var tampere = root.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "tampere");
        Assert.Equal(61.4991, tampere.GetProperty("lat").GetDouble(), 3);
        Assert.Equal(23.7871, tampere.GetProperty("lon").GetDouble(), 3);
        Assert.Equal("/places/tampere", tampere.GetProperty("url").GetString());
        Assert.Equal("FI", tampere.GetProperty("country").GetString());
    }

    [Fact]
    public async Task Years_keep_the_events_dated_and_the_mentions_published_in_them()
    {
        var early = await PlacesAsync("?from=2014&to=2014");
        var late = await PlacesAsync("?from=2016");

        Assert.Equal(["tampere"], early.Keys);
        Assert.Equal((1L, 1L), early["tampere"]);
        Assert.Equal(["graz", "tampere"], late.Keys.Order());
        Assert.Equal(2L, late["graz"].Mentions);
        Assert.Equal(1L, late["tampere"].Mentions);
    }

    [Fact]
    public async Task An_actor_keeps_the_places_of_its_events_and_of_the_sentences_that_name_it()
    {
        var guard = await PlacesAsync("?actor=eastmarch-guard");
        var byName = await PlacesAsync("?actor=" + Uri.EscapeDataString("Eastmarch Guard"));
        var okafor = await PlacesAsync("?actor=tamsin-okafor&to=2015");

        Assert.Equal(["graz"], guard.Keys);
        Assert.Equal((1L, 1L), guard["graz"]);
        Assert.Equal(guard, byName);
        Assert.Equal(["tampere"], okafor.Keys);
    }

    [Fact]
    public async Task The_map_page_embeds_its_places_lists_them_in_a_table_and_draws_with_local_files_only()
    {
        var html = await atlas.Client.GetStringAsync("/map");

        Assert.Contains("id=\"map-data\"", html, StringComparison.Ordinal);
        Assert.Contains("data-shapes=\"/lib/world-atlas/countries-110m.json\"", html, StringComparison.Ordinal);
        Assert.Contains("<td><a href=\"/places/tampere\" dir=\"auto\">Tampere</a></td>", html, StringComparison.Ordinal);
        Assert.Contains("2 places with coordinates.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var shapes = await atlas.Client.GetAsync("/lib/world-atlas/countries-110m.json");
        Assert.Equal(HttpStatusCode.OK, shapes.StatusCode);
        Assert.Equal("Topology", JsonDocument.Parse(await shapes.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_place_profile_has_a_locator_map_at_its_coordinates_and_a_person_none()
    {
        var place = await atlas.Client.GetStringAsync("/places/graz");
        var person = await atlas.Client.GetStringAsync("/people/tamsin-okafor");

        Assert.Contains("data-locator data-lat=\"47.0667\" data-lon=\"15.45\" data-name=\"Graz\"", place, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/map.js\" defer></script>", place, StringComparison.Ordinal);
        Assert.DoesNotContain("data-locator", person, StringComparison.Ordinal);
    }
}
