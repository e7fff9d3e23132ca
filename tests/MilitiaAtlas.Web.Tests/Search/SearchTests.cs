using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;

namespace MilitiaAtlas.Web.Tests.Search;

/// <summary>The five seed articles, ingested once for the search tests of one class; the tests only read.</summary>
public sealed class SeededAtlas : IDisposable
{
    private readonly Dictionary<string, string> _entityBySurface;

    public SeededAtlas()
    {
        var report = App.Ingest(RepoPaths.Seeds);
        Assert.False(report.AnyFailed);
        Client = App.CreateClient();
        using var c = App.Database.Open();
        _entityBySurface = c.Query<(string Surface, string EntityId)>("SELECT DISTINCT Surface, EntityId FROM Mentions")
            .GroupBy(r => r.Surface).ToDictionary(g => g.Key, g => string.Join(",", g.Select(r => r.EntityId).Distinct().Order()));
    }

    // The tests page through every result of a kind: many API requests from one address (the limit has tests of its own).
    public AtlasApp App { get; } = new(("Atlas:RateLimit:PermitsPerWindow", "1000000"));

    public HttpClient Client { get; }

    /// <summary>The one entity mentioned with this surface.</summary>
    public string Entity(string surface)
    {
        Assert.True(_entityBySurface.TryGetValue(surface, out var id), $"no mention written \"{surface}\"");
        Assert.DoesNotContain(",", id, StringComparison.Ordinal);
        return id!;
    }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}

public sealed class SearchTests(SeededAtlas atlas) : IClassFixture<SeededAtlas>
{
    private async Task<JsonElement> SearchAsync(string q)
    {
        var response = await atlas.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static List<JsonElement> Results(JsonElement answer) => answer.GetProperty("results").EnumerateArray().ToList();

    [Theory]
    [InlineData("Qasim Sulaimani", "Qassem Soleimani", "person")]
    [InlineData("Khazaly", "Qais al-Khazali", "person")]
    [InlineData("Badr Organisation", "Badr Organization", "group")]
    [InlineData("kataib", "Kataib Hezbollah", "group")]
    [InlineData("hashd", "Hashid Shaabi", "group")]
    [InlineData("diyala province", "Diyala", "place")]
    public async Task The_required_queries_put_the_right_profile_first(string query, string surface, string kind)
    {
        var results = Results(await SearchAsync(query));

        Assert.NotEmpty(results);
        Assert.Equal(atlas.Entity(surface), results[0].GetProperty("id").GetString());
        Assert.Equal(kind, results[0].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("Qassim Suleimani", "Qassem Soleimani")]
    [InlineData("Soleymani", "Qassem Soleimani")]
    [InlineData("Suleimani", "Qassem Soleimani")]
    [InlineData("Qais Khazaali", "Qais al-Khazali")]
    [InlineData("al-Khazali", "Qais al-Khazali")]
    [InlineData("Kata'ib Hizballah", "Kataib Hezbollah")]
    [InlineData("Kitaib Hizbullah", "Kataib Hezbollah")]
    [InlineData("Hizballah", "Hezbollah")]
    [InlineData("al-Hashd al-Shaabi", "Hashid Shaabi")]
    [InlineData("Popular Mobilization Committee", "Hashid Shaabi")]
    [InlineData("Moqtada al-Sadr", "Muqtada al-Sadr")]
    [InlineData("Haidar Abadi", "Haider al-Abadi")]
    [InlineData("Hadi Ameri", "Hadi al-Amiri")]
    [InlineData("Bader", "Badr Organization")]
    [InlineData("Diala", "Diyala")]
    [InlineData("League of the Righteous", "Asaib Ahl al-Haq")]
    public async Task Other_spellings_and_aliases_find_the_same_profile(string query, string surface)
    {
        var results = Results(await SearchAsync(query));

        Assert.NotEmpty(results);
        Assert.Equal(atlas.Entity(surface), results[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Results_link_to_profiles_by_type_and_claims_to_the_cited_sentence()
    {
        var results = Results(await SearchAsync("Diyala"));

        var place = results.First(r => r.GetProperty("kind").GetString() == "place");
        Assert.Equal("/places/" + atlas.Entity("Diyala"), place.GetProperty("url").GetString());
        var claims = results.Where(r => r.GetProperty("kind").GetString() == "claim").ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.Matches(@"^/sources/[a-z0-9-]+\?hl=\d+-\d+#p-\d+$", c.GetProperty("url").GetString());
            Assert.Contains("<mark>", c.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal("/people/" + atlas.Entity("Haider al-Abadi"), Results(await SearchAsync("Haider al-Abadi"))[0].GetProperty("url").GetString());
        Assert.Equal("/groups/" + atlas.Entity("Badr Corps"), Results(await SearchAsync("Badr Corps"))[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_claim_link_highlights_the_claims_own_sentence()
    {
        var claim = Results(await SearchAsync("Diyala")).First(r => r.GetProperty("kind").GetString() == "claim");
        var match = Regex.Match(claim.GetProperty("url").GetString()!, @"^/sources/([a-z0-9-]+)\?hl=(\d+)-(\d+)#p-\d+$");
        using var c = atlas.App.Database.Open();
        var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @id", new { id = match.Groups[1].Value })!;

        var sentence = text[int.Parse(match.Groups[2].Value)..int.Parse(match.Groups[3].Value)];

        Assert.Contains("Diyala", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_text_is_found_by_words_that_are_no_name()
    {
        var claims = Results(await SearchAsync("fighters")).Where(r => r.GetProperty("kind").GetString() == "claim").ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Contains("<mark>fighters</mark>", c.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_source_is_found_by_words_of_its_title()
    {
        var sources = Results(await SearchAsync("proxy armies")).Where(r => r.GetProperty("kind").GetString() == "source").ToList();

        var source = Assert.Single(sources);
        Assert.Equal("/sources/who-really-controls-iraq-inside", source.GetProperty("url").GetString());
        Assert.Contains("<mark>Proxy</mark> <mark>Armies</mark>", source.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_an_exact_name_match_first_then_groups_by_type()
    {
        var html = await atlas.Client.GetStringAsync("/search?q=Hezbollah");

        var best = html.IndexOf("id=\"best-match\"", StringComparison.Ordinal);
        var groups = html.IndexOf("id=\"results-group\"", StringComparison.Ordinal);
        var claims = html.IndexOf("id=\"results-claim\"", StringComparison.Ordinal);
        Assert.True(best > 0 && groups > best && claims > groups, $"best {best}, groups {groups}, claims {claims}");
        Assert.Contains($"href=\"/groups/{atlas.Entity("Hezbollah")}\"", html[best..groups], StringComparison.Ordinal);
        Assert.Contains($"href=\"/groups/{atlas.Entity("Kataib Hezbollah")}\"", html[groups..claims], StringComparison.Ordinal);
        Assert.Contains("<mark>Hezbollah</mark>", html[groups..claims], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_found_by_another_spelling_shows_the_spelling_that_matched()
    {
        var html = await atlas.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("League of the Righteous"));

        Assert.Contains("<mark>League of the Righteous</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Asaib Ahl al-Haq", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_are_at_most_eight_profiles_best_first()
    {
        var all = Results(await SearchAsync("ira")).Count(r => r.GetProperty("kind").GetString() is "person" or "group" or "place");
        var json = await atlas.Client.GetStringAsync("/api/suggest?q=ira");
        using var doc = JsonDocument.Parse(json);
        var suggestions = doc.RootElement.EnumerateArray().ToList();

        Assert.True(all > 8, $"the query should match more than eight entities, matched {all}");
        Assert.Equal(8, suggestions.Count);
        Assert.All(suggestions, s =>
        {
            Assert.Contains(s.GetProperty("kind").GetString(), new[] { "person", "group", "place" });
            Assert.Matches(@"^/(people|groups|places)/[a-z0-9-]+$", s.GetProperty("url").GetString());
            Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetString()));
        });
    }

    [Fact]
    public async Task Suggestions_complete_a_name_being_typed()
    {
        using var doc = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/suggest?q=Qai"));

        Assert.Equal("/people/" + atlas.Entity("Qais al-Khazali"), doc.RootElement[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("ame", "Hadi al-Amiri")]      // a vowel slip in the first letters of the second name part
    [InlineData("khaz", "Qais al-Khazali")]   // a prefix of a later name part
    [InlineData("Solei", "Qassem Soleimani")]
    [InlineData("Soleymeni", "Qassem Soleimani")]
    public async Task Suggestions_tolerate_misspellings_and_complete_any_part_of_a_name(string q, string surface)
    {
        using var doc = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString(q)));
        var urls = doc.RootElement.EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();

        Assert.Contains("/people/" + atlas.Entity(surface), urls);
    }

    [Theory]
    [InlineData("Ameri", "Hadi al-Amiri")]            // a vowel changed
    [InlineData("Hadi Ameri", "Hadi al-Amiri")]
    [InlineData("Soleymeni", "Qassem Soleimani")]     // two letters off
    [InlineData("Khazeli", "Qais al-Khazali")]
    [InlineData("Sadar", "Muqtada al-Sadr")]          // a letter added
    public async Task A_misspelled_name_gets_did_you_mean_the_right_entity(string q, string surface)
    {
        var answer = await SearchAsync(q);
        var html = await atlas.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString(q));
        var id = atlas.Entity(surface);

        Assert.Equal("/people/" + id, answer.GetProperty("didYouMean").GetProperty("url").GetString());
        var name = answer.GetProperty("didYouMean").GetProperty("name").GetString()!;
        Assert.Equal("/search?q=" + Uri.EscapeDataString(name), answer.GetProperty("didYouMean").GetProperty("search").GetString());
        Assert.Matches($@"<p class=""did-you-mean"">Did you mean <a href=""/search\?q={Regex.Escape(Uri.EscapeDataString(name))}"" dir=""auto"">{Regex.Escape(WebUtility.HtmlEncode(name))}</a>\?", html);
    }

    [Theory]
    [InlineData("Amiri")]
    [InlineData("Hadi al-Amiri")]
    [InlineData("Badr Organization")]
    public async Task A_name_spelled_right_gets_no_did_you_mean(string q)
    {
        var answer = await SearchAsync(q);

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("didYouMean").ValueKind);
        Assert.DoesNotContain("did-you-mean", await atlas.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString(q)), StringComparison.Ordinal);
    }

    /// <summary>Every result of every page of a search (<paramref name="queryString"/>: the query, then its filters).</summary>
    private async Task<List<JsonElement>> AllPagesAsync(string queryString)
    {
        var first = await SearchRawAsync(queryString);
        var results = Results(first);
        for (var page = 2; page <= first.GetProperty("pages").GetInt32(); page++)
        {
            results.AddRange(Results(await SearchRawAsync(queryString + "&page=" + page)));
        }

        return results;
    }

    /// <summary>The API's answer to a query string that carries its own filters (<c>Amiri&amp;kind=claim</c>).</summary>
    private async Task<JsonElement> SearchRawAsync(string queryString)
    {
        using var response = await atlas.Client.GetAsync("/api/search?q=" + queryString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Every_claim_is_reachable_page_by_page_and_the_total_counts_them()
    {
        var first = await SearchRawAsync("Amiri&kind=claim");
        var total = first.GetProperty("totals").GetProperty("claim").GetInt64();
        var pages = first.GetProperty("pages").GetInt32();
        var all = Results(first);
        for (var page = 2; page <= pages; page++)
        {
            var next = await SearchRawAsync($"Amiri&kind=claim&page={page}");
            Assert.Equal(page, next.GetProperty("page").GetInt32());
            all.AddRange(Results(next));
        }

        Assert.True(total > 20, $"the seeds hold more than one page of claims about Amiri, found {total}");
        Assert.Equal((int)Math.Ceiling(total / 20.0), pages);
        Assert.Equal(total, all.Count);
        Assert.All(all, r => Assert.Equal("claim", r.GetProperty("kind").GetString()));
        Assert.Equal(all.Count, all.Select(r => r.GetProperty("id").GetString()).Distinct().Count());

        // The page says the same, and links its next page.
        var html = await atlas.Client.GetStringAsync("/search?q=Amiri&kind=claim");
        Assert.Contains($"Page 1 of {pages}", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=Amiri&amp;kind=claim&amp;page=2\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Matches($@"data-total=""claim"">{total}<", html);
    }

    [Fact]
    public async Task The_search_csv_holds_the_page_of_the_kind_filtered_on()
    {
        var page = Results(await SearchRawAsync("Amiri&kind=claim&page=2"));
        var rows = CsvFile.Read(await atlas.Client.GetByteArrayAsync("/api/csv/search?q=Amiri&kind=claim&page=2"));

        Assert.Equal(20, rows.Count);
        Assert.Equal(page.Select(r => r.GetProperty("id").GetString()), rows.Select(r => r["id"]));
    }

    [Theory]
    [InlineData("iraq")]
    [InlineData("militia")]
    public async Task The_totals_per_kind_count_what_each_kind_lists(string q)
    {
        var overview = await SearchRawAsync(q);
        var totals = overview.GetProperty("totals");

        Assert.True(totals.EnumerateObject().Count(t => t.Value.GetInt64() > 0) >= 2, "the query should find more than one kind");
        foreach (var kind in new[] { "person", "group", "place", "claim", "source" })
        {
            var listed = await AllPagesAsync($"{Uri.EscapeDataString(q)}&kind={kind}");
            Assert.Equal(totals.GetProperty(kind).GetInt64(), listed.Count);
            Assert.All(listed, r => Assert.Equal(kind, r.GetProperty("kind").GetString()));
        }
    }

    [Fact]
    public async Task A_year_filter_keeps_results_from_sources_of_those_years()
    {
        using var c = atlas.App.Database.Open();
        var years = c.Query<(string Id, string? Published)>("SELECT Id, Published FROM Sources").ToDictionary(x => x.Id, x => x.Published);
        var all = await SearchRawAsync("militia");
        var late = await SearchRawAsync("militia&from=2018&to=2018");
        var claims = await AllPagesAsync("militia&kind=claim&from=2018&to=2018");

        Assert.True(late.GetProperty("totals").GetProperty("claim").GetInt64() < all.GetProperty("totals").GetProperty("claim").GetInt64());
        Assert.NotEmpty(claims);
        Assert.All(claims, r =>
        {
            var source = Regex.Match(r.GetProperty("url").GetString()!, "^/sources/([^?#]+)").Groups[1].Value;
            Assert.StartsWith("2018", years[Uri.UnescapeDataString(source)]);
        });
        Assert.Equal(2018, late.GetProperty("from").GetInt32());
    }

    [Fact]
    public async Task A_kind_filter_lists_only_that_kind()
    {
        var places = await AllPagesAsync("iraq&kind=place");
        var html = await atlas.Client.GetStringAsync("/search?q=iraq&kind=place");

        Assert.NotEmpty(places);
        Assert.All(places, r => Assert.Equal("place", r.GetProperty("kind").GetString()));
        Assert.DoesNotContain("id=\"results-claim\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"results-place\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" data-kind=\"place\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iraq&kind=weapon")]
    [InlineData("iraq&from=20")]
    [InlineData("iraq&to=abcd")]
    public async Task An_unknown_kind_or_a_year_that_is_no_year_is_a_400_problem(string query)
    {
        using var response = await atlas.Client.GetAsync("/api/search?q=" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("q")]
    [InlineData("   ")]
    public async Task Suggestions_need_two_characters(string q)
    {
        using var doc = JsonDocument.Parse(await atlas.Client.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString(q)));

        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("\" * : ^ ( ) NEAR AND OR NOT")]
    [InlineData("NEAR(kataib hezbollah, 2)")]
    [InlineData("kataib*")]
    [InlineData("^Badr")]
    [InlineData("Translit:kais")]
    [InlineData("{Skeleton} : hshd")]
    [InlineData("\"unterminated")]
    [InlineData("' OR 1=1 --")]
    [InlineData("'; DROP TABLE Entities; --")]
    [InlineData("%_\\")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("قاسم سليماني")]
    [InlineData("\u202Eilazahk\u202C")]
    [InlineData("Q\u0301ais 🔥 al-Khazali")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Hostile_input_gives_a_sane_answer(string q)
    {
        var encoded = Uri.EscapeDataString(q);

        var api = await atlas.Client.GetAsync("/api/search?q=" + encoded);
        var page = await atlas.Client.GetAsync("/search?q=" + encoded);
        var suggest = await atlas.Client.GetAsync("/api/suggest?q=" + encoded);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        using var doc = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(q.Trim(), doc.RootElement.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("results").ValueKind);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await suggest.Content.ReadAsStringAsync()).RootElement.ValueKind);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Search</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        using var c = atlas.App.Database.Open();
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities") > 0);
    }

    [Theory]
    [InlineData("NOT kataib")]
    [InlineData("kataib NOT")]
    [InlineData("kataib*")]
    [InlineData("(kataib")]
    public async Task Operators_and_syntax_in_the_query_are_searched_as_text(string q)
    {
        var results = Results(await SearchAsync(q));

        Assert.NotEmpty(results);
        Assert.Equal(atlas.Entity("Kataib Hezbollah"), results[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_ten_kilobyte_query_is_cut_to_the_limit_and_answered()
    {
        var q = "Khazali " + new string('x', 10 * 1024);

        var answer = await SearchAsync(q);
        var page = await atlas.Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(200, answer.GetProperty("query").GetString()!.Length);
        Assert.True(answer.GetProperty("truncated").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("first 200 characters", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_query_is_never_cut_inside_a_surrogate_pair()
    {
        var q = "a" + string.Concat(Enumerable.Repeat("😀", 3000));

        var query = (await SearchAsync(q)).GetProperty("query").GetString()!;

        Assert.True(query.Length <= 200);
        Assert.False(char.IsHighSurrogate(query[^1]));
        Assert.Equal(q[..query.Length], query);
    }

    [Fact]
    public async Task An_empty_query_shows_the_search_page_without_results()
    {
        var html = await atlas.Client.GetStringAsync("/search");
        var answer = await SearchAsync("");

        Assert.Contains("<h1>Search</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"results\"", html, StringComparison.Ordinal);
        Assert.Empty(Results(answer));
        Assert.Equal("", answer.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Every_page_carries_the_suggestion_script_and_an_accessible_combobox()
    {
        var html = await atlas.Client.GetStringAsync("/sources");

        Assert.Contains("<script src=\"/js/suggest.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/css/search.css\"", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"q\"[^>]*role=\"combobox\"[^>]*aria-expanded=\"false\"[^>]*aria-controls=\"q-suggest\"", html);
        Assert.Equal(HttpStatusCode.OK, (await atlas.Client.GetAsync("/js/suggest.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await atlas.Client.GetAsync("/css/search.css")).StatusCode);
    }
}
