using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MilitiaAtlas.Web.Tests.Pages.Entities;

/// <summary>The profile's "Why a group/person/place" list and its twin in the entity API: cited, encoded, curation first.</summary>
public sealed partial class TypeEvidenceProfileTests
{
    private const string Article = """
        Fighting in the valley

        The Jund Karsan Brigade said its fighters had crossed the river <script>alert(1)</script> near the dam. Jund Karsan Brigade fighters later withdrew.

        Laura K. Benton, a spokesman for the group, said the withdrawal was planned.
        """;

    [Fact]
    public async Task A_profile_says_why_a_group_with_each_reason_cited_and_the_article_text_encoded()
    {
        using var app = new AtlasApp();
        app.Ingest(app.Write("valley.txt", Article));
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/groups/jund-karsan-brigade");

        Assert.Contains("<summary>Why a group</summary>", WhySection().Match(html).Value, StringComparison.Ordinal);
        var section = WhySection().Match(html).Value;
        Assert.Contains("head noun &#x27;Brigade&#x27;", section, StringComparison.Ordinal);
        Assert.Contains("&#x27;X fighters&#x27;", section, StringComparison.Ordinal);
        Assert.Contains("Weighed cues: group 12, person 3", section, StringComparison.Ordinal);
        // "The Jund Karsan Brigade said" points to a person: kept, and shown as against the type.
        Assert.Contains("<li class=\"against\" data-cue=\"speech-after\">", section, StringComparison.Ordinal);
        Assert.Contains("(points to person)", section, StringComparison.Ordinal);
        // Each reason links to its sentence in the reader; the quoted sentence is encoded, never raw markup.
        Assert.Matches(@"href=""/sources/fighting-in-the-valley\?hl=\d+-\d+#p-\d+""", section);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Decided by", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retyped_entity_shows_curation_as_the_deciding_reason_and_the_cues_against_it()
    {
        using var app = new AtlasApp();
        app.Write("corpus/valley.txt", Article);
        app.Write("corpus/curation.yaml", "- retype: { entity: \"Jund Karsan Brigade\", to: place }\n");
        app.Ingest(Path.Combine(app.Folder, "corpus"));
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/places/jund-karsan-brigade");
        var section = WhySection().Match(html).Value;

        Assert.Contains("<summary>Why a place</summary>", section, StringComparison.Ordinal);
        var items = Regex.Matches(section, "<li class=\"(?<c>[a-z]*)\" data-cue=\"(?<cue>[a-z-]+)\"").Select(m => (m.Groups["c"].Value, m.Groups["cue"].Value)).ToList();
        Assert.Equal(("deciding", "curation"), items[0]);
        Assert.Contains(("against", "head-noun"), items);
        Assert.Contains("(points to group)", section, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/entities/jund-karsan-brigade"));
        var evidence = doc.RootElement.GetProperty("typeEvidence").EnumerateArray().ToList();
        Assert.Equal("curation", evidence[0].GetProperty("cue").GetString());
        Assert.True(evidence[0].GetProperty("deciding").GetBoolean());
        var head = evidence.Single(e => e.GetProperty("cue").GetString() == "head-noun");
        Assert.Equal("group", head.GetProperty("type").GetString());
        Assert.Equal("head noun 'Brigade'", head.GetProperty("label").GetString());
        var citation = head.GetProperty("citations")[0];
        Assert.StartsWith("The Jund Karsan Brigade said", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/sources/", WebUtility.HtmlDecode(citation.GetProperty("url").GetString()), StringComparison.Ordinal);
    }

    [GeneratedRegex("<details class=\"why\" id=\"why-type\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex WhySection();
}
