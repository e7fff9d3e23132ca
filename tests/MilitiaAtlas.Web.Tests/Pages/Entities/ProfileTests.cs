using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;

namespace MilitiaAtlas.Web.Tests.Pages.Entities;

/// <summary>Profiles, lists and the entity API over the seeds: every statement cited, every citation exact.</summary>
public sealed partial class ProfileTests : IClassFixture<SeededApp>
{
    private readonly SeededApp _seeded;

    public ProfileTests(SeededApp seeded) => _seeded = seeded;

    private string IdOf(string surface)
    {
        using var c = _seeded.App.Database.Open();
        return c.ExecuteScalar<string>("SELECT EntityId FROM Mentions WHERE Surface = @surface LIMIT 1", new { surface })!;
    }

    [Fact]
    public async Task A_profile_shows_aliases_with_counts_a_role_summary_and_cited_relations()
    {
        var html = await _seeded.Client.GetStringAsync($"/people/{IdOf("Hadi al-Amiri")}");

        Assert.Contains("<h1 dir=\"auto\">Hadi al-Amiri</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"<bdi>Amiri</bdi> <span class=""count"">\d+×</span>", html);
        // The fact box opens the profile: a "leader of" row (the predicate table's label) naming Badr with its citation.
        Assert.Matches(@"<dt>leader of</dt>\s*<dd>\s*<ul class=""fact-items"">\s*<li><a href=""/groups/[^""]+"" dir=""auto"">Badr Organization</a><span class=""cite-wrap""><a class=""cite""", html);
        Assert.True(html.IndexOf("id=\"facts\"", StringComparison.Ordinal) < html.IndexOf("id=\"relations\"", StringComparison.Ordinal), "the fact box comes before the relations");
        Assert.Matches(@"\d+ independent sources?", html);
        Assert.Contains("class=\"cite\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_citation_on_a_profile_highlights_exactly_its_quote_in_the_reader()
    {
        var client = _seeded.Client;
        var html = await client.GetStringAsync($"/people/{IdOf("Hadi al-Amiri")}");
        var cites = CiteLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).Distinct().Take(15).ToList();

        Assert.NotEmpty(cites);
        foreach (var href in cites)
        {
            var m = HlParts().Match(href);
            Assert.True(m.Success, href);
            var reader = await client.GetStringAsync(href);
            var marked = string.Concat(MarkText().Matches(reader).Select(x => WebUtility.HtmlDecode(x.Groups["t"].Value)));
            using var c = _seeded.App.Database.Open();
            var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @id", new { id = m.Groups["source"].Value })!;
            Assert.Equal(text[int.Parse(m.Groups["start"].Value)..int.Parse(m.Groups["end"].Value)].Replace("\n", "", StringComparison.Ordinal), marked.Replace("\n", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_profile_under_the_wrong_kind_moves_to_the_right_one_and_an_unknown_id_is_404()
    {
        var id = IdOf("Hadi al-Amiri");
        var client = _seeded.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var moved = await client.GetAsync($"/groups/{id}");
        var missing = await client.GetAsync("/people/no-such-person");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/people/{id}", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_place_profile_shows_events_there_and_actors_active_there()
    {
        var html = await _seeded.Client.GetStringAsync($"/places/{IdOf("Karbala")}");

        Assert.Contains("Events here", html, StringComparison.Ordinal);
        Assert.Contains("Actors active here", html, StringComparison.Ordinal);
        Assert.Contains(">2007</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_where_no_actor_is_active_has_a_profile_and_an_api_document()
    {
        // Barwana is named only in sentences that name no person or group: its "active here" list is empty.
        var id = IdOf("Barwana");
        using (var c = _seeded.App.Database.Open())
        {
            Assert.Equal("place", c.ExecuteScalar<string>("SELECT Type FROM Entities WHERE Id = @id", new { id }));
        }

        var page = await _seeded.Client.GetAsync($"/places/{id}");
        var api = await _seeded.Client.GetAsync($"/api/entities/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1 dir=\"auto\">Barwana</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Actors active here", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var doc = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("place", doc.RootElement.GetProperty("type").GetString());
        Assert.NotEqual(0, doc.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Theory]
    [InlineData("/people", "Hadi al-Amiri")]
    [InlineData("/groups", "Badr Organization")]
    [InlineData("/places", "Iraq")]
    [InlineData("/people?q=sadr", "Muqtada al-Sadr")]
    public async Task Lists_link_their_entities(string url, string name)
    {
        var html = await _seeded.Client.GetStringAsync(url);

        Assert.Contains($">{name}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people?page=-5")]
    [InlineData("/people?page=999999999")]
    [InlineData("/people?q=%25%25%5F%27%22")]
    [InlineData("/people?sort=%3Cscript%3E")]
    public async Task Odd_list_parameters_give_a_sane_page(string url)
    {
        var response = await _seeded.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_api_returns_the_profile_with_citations()
    {
        using var doc = JsonDocument.Parse(await _seeded.Client.GetStringAsync($"/api/entities/{IdOf("Hadi al-Amiri")}"));
        var root = doc.RootElement;

        Assert.Equal("person", root.GetProperty("type").GetString());
        Assert.Contains(root.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("alias").GetString() == "Amiri");
        var relation = root.GetProperty("relations").EnumerateArray().First();
        Assert.StartsWith("/sources/", relation.GetProperty("citations")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _seeded.Client.GetAsync("/api/entities/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _seeded.Client.GetAsync("/api/entities?type=weapon")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_reaches_every_profile_in_three_clicks()
    {
        var client = _seeded.Client;
        var home = await client.GetStringAsync("/");
        var lists = new[] { "/people", "/groups", "/places" };
        Assert.All(lists, l => Assert.Contains($"href=\"{l}\"", home, StringComparison.Ordinal));

        using var c = _seeded.App.Database.Open();
        var entities = c.Query<(string Id, string Type)>("SELECT Id, Type FROM Entities WHERE Rejected = 0").ToList();
        var reachable = new HashSet<string>();
        foreach (var l in lists)
        {
            for (var page = 1; page <= 20; page++)
            {
                var html = await client.GetStringAsync($"{l}?page={page}");
                foreach (Match m in ProfileLink().Matches(html))
                {
                    reachable.Add(m.Groups["id"].Value);
                }

                if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        Assert.All(entities, e => Assert.Contains(e.Id, reachable));
    }

    [Fact]
    public async Task What_they_said_lists_each_sentence_once_as_written_and_never_a_copy()
    {
        var id = IdOf("Hadi al-Amiri");
        var html = await _seeded.Client.GetStringAsync($"/people/{id}");
        var said = Regex.Match(html, @"<section aria-labelledby=""said"">.*?</section>", RegexOptions.Singleline).Value;
        var sentences = Regex.Matches(said, @"<li><span dir=""auto"">(?<t>[^<]*)</span>").Select(m => WebUtility.HtmlDecode(m.Groups["t"].Value)).ToList();
        using var c = _seeded.App.Database.Open();
        var spoken = c.Query<string>("""
            SELECT substr(s.Text, c.Start + 1, c."End" - c.Start) FROM Claims c JOIN Sources s ON s.Num = c.SourceNum
            JOIN Passages p ON p.SourceNum = c.SourceNum AND p.Ordinal = c.PassageOrdinal
            WHERE c.SpeakerId = @id AND p.ReusedFromSourceNum IS NULL
            """, new { id }).Select(Squash).ToHashSet();
        var copied = c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM Claims c JOIN Passages p ON p.SourceNum = c.SourceNum AND p.Ordinal = c.PassageOrdinal
            WHERE c.SpeakerId = @id AND p.ReusedFromSourceNum IS NOT NULL
            """, new { id });

        Assert.True(copied > 0, "the seeds copy a paragraph in which Amiri speaks");
        Assert.True(sentences.Count > 5);
        // Each listed once, each one of his own sentences outside a copied paragraph, and none put in quotation marks by the page.
        Assert.Equal(sentences.Count, sentences.Select(Squash).Distinct().Count());
        Assert.All(sentences, t => Assert.Contains(Squash(t), spoken));
        Assert.DoesNotContain("<li><q", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quotation_mark_is_never_doubled_and_narration_is_not_quoted()
    {
        var html = await _seeded.Client.GetStringAsync($"/people/{IdOf("Hadi al-Amiri")}");
        var mentioned = Regex.Match(html, @"<section aria-labelledby=""mentioned"">.*?</section>", RegexOptions.Singleline).Value;

        // A tooltip quotes its sentence, unless the sentence opens with a quotation mark of its own.
        var tips = Regex.Matches(html, @"role=""tooltip"" id=""[^""]+""><(?<tag>q|span) dir=""auto"">(?<t>[^<]*)<")
            .Select(m => (Tag: m.Groups["tag"].Value, Text: WebUtility.HtmlDecode(m.Groups["t"].Value).TrimStart())).ToList();
        static bool OpensWithQuote(string t) => t.Length > 0 && "\"'\u201C\u201D\u2018\u2019\u00AB".Contains(t[0], StringComparison.Ordinal);
        Assert.Contains(tips, t => t.Tag == "span" && OpensWithQuote(t.Text));
        Assert.Contains(tips, t => t.Tag == "q");
        Assert.DoesNotContain(tips, t => t.Tag == "q" && OpensWithQuote(t.Text));
        Assert.DoesNotContain(tips, t => t.Tag == "span" && !OpensWithQuote(t.Text));
        // "Mentioned in" is narration: sentences as written, never in the page's quotation marks.
        Assert.NotEmpty(mentioned);
        Assert.DoesNotMatch(@"<li><q", mentioned);
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"class=""cite"" href=""(?<href>[^""]+)""")]
    private static partial Regex CiteLink();

    [GeneratedRegex(@"^/sources/(?<source>[^?]+)\?hl=(?<start>\d+)-(?<end>\d+)#p-\d+$")]
    private static partial Regex HlParts();

    [GeneratedRegex(@"<mark id=""hl"">(?<t>[^<]*)</mark>")]
    private static partial Regex MarkText();

    [GeneratedRegex(@"href=""/(?:people|groups|places)/(?<id>[^""?#/]+)""")]
    private static partial Regex ProfileLink();
}

/// <summary>One app with the seeds ingested, shared by a test class that only reads.</summary>
public sealed class SeededApp : IDisposable
{
    public SeededApp()
    {
        // The count-consistency test reads every profile's API twin: many API requests (the limit has tests of its own).
        App = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        App.Ingest(RepoPaths.Seeds);
        Client = App.CreateClient();
    }

    public AtlasApp App { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}
