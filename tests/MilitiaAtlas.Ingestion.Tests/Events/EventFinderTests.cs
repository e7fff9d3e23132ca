using MilitiaAtlas.Ingestion.Dates;

namespace MilitiaAtlas.Ingestion.Tests.Events;

public sealed class EventFinderTests
{
    private static ProcessedArticle Run(string? published, params string[] paragraphs)
    {
        var text = "Title line\n\n" + string.Join("\n\n", paragraphs);
        return Pipeline.Default.Process(new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: "Title line", Published: published)));
    }

    private static List<string> Names(ProcessedArticle p, IEnumerable<int> ids) => ids.Select(i => p.Entities[i].Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_dated_happening_becomes_an_event_with_its_participants_and_places()
    {
        var p = Run("2019-03-04", "On March 1, 2019, Samir Haddad met Omar Hamdan in the village of Qara.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("2019-03-01", ev.Date.Date);
        Assert.Equal(DatePrecision.Day, ev.Date.Precision);
        Assert.Equal("met", ev.Cue);
        Assert.Equal(["Omar Hamdan", "Samir Haddad"], Names(p, ev.Participants));
        Assert.Single(ev.Places);
        Assert.Contains(p.Entities[ev.Places[0]].Mentions, m => m.Surface == "Qara");
    }

    [Fact]
    public void A_relative_date_is_resolved_against_the_publication_date_and_left_out_without_one()
    {
        const string sentence = "Last June, the Northern Brigades attacked the town of Qara.";

        Assert.Equal("2018-06", Assert.Single(Run("2019-03-04", sentence).Events).Date.Date);
        Assert.Empty(Run(null, sentence).Events);
    }

    [Fact]
    public void An_undated_statement_stays_a_claim()
    {
        var p = Run("2019-03-04", "The Northern Brigades attacked the town of Qara.");

        Assert.Empty(p.Events);
        Assert.NotEmpty(p.Claims);
    }

    [Fact]
    public void A_date_without_a_happening_is_no_event()
    {
        Assert.Empty(Run("2019-03-04", "Samir Haddad is 54 and has lived in Qara since 2001, residents say about him.").Events);
    }

    [Fact]
    public void A_subject_pronoun_brings_in_the_person_named_before()
    {
        var p = Run("2019-03-04", "Samir Haddad commanded the Northern Brigades for a decade.", "He was released in 2010 in exchange for two hostages.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("2010", ev.Date.Date);
        Assert.Contains("Samir Haddad", Names(p, ev.Participants));
    }

    [Fact]
    public void A_demonym_places_the_event_in_its_country()
    {
        var p = Run("2019-03-04", "Somalia is holding talks.", "Earlier this week, the Somali parliament passed a bill on the militias.");

        var ev = Assert.Single(p.Events);
        Assert.Contains("Somalia", Names(p, ev.Places));
        Assert.Equal("2019-03", ev.Date.Date);
    }

    [Theory]
    [InlineData("The Northern Brigades fought the Dawn Front near the river.")]
    [InlineData("The Northern Brigades launched an offensive against the Dawn Front near the river.")]
    [InlineData("Clashes between the Northern Brigades and the Dawn Front killed dozens.")]
    public void Fighting_phrasings_give_opposed_to(string sentence)
    {
        var p = Run("2019-03-04", sentence);

        Assert.Contains(p.Relations, r => r.Predicate == "opposed_to" && p.Entities[r.Subject].Name == "Northern Brigades" && p.Entities[r.Target].Name == "Dawn Front");
    }

    [Theory]
    [InlineData("The militia attacked the base on Monday.")]
    [InlineData("Fighters RAIDED the village; airstrikes followed.")]
    [InlineData("An airstrike hit the depot.")]
    [InlineData("The counterattack was met with silence.")]
    [InlineData("He said_met nothing, then met_ the envoy and 2met3 others.")]
    [InlineData("Nothing happened here at all.")]
    [InlineData("Talks in Zürich were held after the café was bombed.")]
    [InlineData("The \u212Aill count rose after they killed him.")]
    [InlineData("İnvaded towns, the İNVASION, and the invasion.")]
    [InlineData("")]
    public void The_fast_cue_scan_finds_what_the_cue_pattern_finds(string sentence)
    {
        var m = MilitiaAtlas.Ingestion.Events.EventFinder.Cue().Match(sentence);
        Assert.Equal(m.Success ? m.Groups["cue"].Value : null, MilitiaAtlas.Ingestion.Events.EventFinder.FirstCue(sentence));
    }
}
