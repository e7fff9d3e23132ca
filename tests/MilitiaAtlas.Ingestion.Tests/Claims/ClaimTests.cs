
namespace MilitiaAtlas.Ingestion.Tests.Claims;

public sealed class ClaimTests
{
    private static ProcessedArticle Run(params string[] paragraphs)
    {
        var text = "Title line\n\n" + string.Join("\n\n", paragraphs);
        var article = new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: "Title line", Published: "2015-02-03"));
        return Pipeline.Default.Process(article);
    }

    private static string? SpeakerOf(ProcessedArticle p, string fragment)
    {
        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal));
        return claim.Speaker is int s ? p.Entities[s].Name : null;
    }

    private static List<string> Relations(ProcessedArticle p) =>
        p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}").Distinct().ToList();

    [Fact]
    public void Every_body_sentence_is_a_claim_whose_span_indexes_the_text()
    {
        var p = Run("The Northern Brigades took the town. Col. Samir Haddad said the fighting was over.");

        Assert.Equal(2, p.Claims.Count);
        Assert.All(p.Claims, c => Assert.Equal(p.Sentences[c.Index].Span, c.Span));
    }

    [Theory]
    [InlineData("“We will not leave,” Samir Haddad said.", "We will not leave")]
    [InlineData("Samir Haddad said the fighting was over near the river.", "fighting was over")]
    [InlineData("“We will not leave,” said Samir Haddad, the commander.", "We will not leave")]
    [InlineData("According to Samir Haddad, the town fell on Monday.", "the town fell")]
    [InlineData("Samir Haddad told reporters: “The town is ours.”", "The town is ours")]
    public void Direct_and_indirect_speech_name_the_speaker(string sentence, string fragment)
    {
        Assert.Equal("Samir Haddad", SpeakerOf(Run(sentence), fragment));
    }

    [Theory]
    [InlineData("“The river is the story,” says our director, Ada Ostrova.")]
    [InlineData("“The river is the story,” said my deputy, Ada Ostrova.")]
    [InlineData("“The river is the story,” says our Chief Executive, Ada Ostrova.")]
    public void A_role_after_our_or_my_introduces_the_speaker(string sentence)
    {
        Assert.Equal("Ada Ostrova", SpeakerOf(Run(sentence), "river is the story"));
    }

    [Fact]
    public void He_said_resolves_to_the_last_speaker()
    {
        var p = Run("Samir Haddad, the rebel commander, spoke in the square. Omar Hamdan said the talks had failed.", "“We will fight on,” he said.");

        Assert.Equal("Omar Hamdan", SpeakerOf(p, "We will fight on"));
    }

    [Fact]
    public void Every_sentence_of_a_quotation_is_its_speakers()
    {
        var p = Run("“The state failed us. We cannot rely on it. Nobody protects the shrines,” Laila Haddad, a former minister, told the radio.");

        Assert.Equal("Laila Haddad", SpeakerOf(p, "The state failed us"));
        Assert.Equal("Laila Haddad", SpeakerOf(p, "We cannot rely on it"));
    }

    [Fact]
    public void A_quotation_continued_in_the_next_paragraph_keeps_its_speaker()
    {
        var p = Run("Omar Hamdan, the group's spokesman, said: “We took the bridge at dawn.", "“Our fighters will hold it.”");

        Assert.Equal("Omar Hamdan", SpeakerOf(p, "Our fighters will hold it"));
    }

    [Fact]
    public void A_spokesman_for_a_group_with_no_name_speaks_for_the_group()
    {
        var p = Run("The Northern Brigades took the town on Monday. A spokesman for the Northern Brigades said the town was secure.");

        Assert.Equal("Northern Brigades", SpeakerOf(p, "the town was secure"));
    }

    [Fact]
    public void Narration_has_no_speaker_and_an_anonymous_source_is_nobody_we_know()
    {
        var p = Run("Samir Haddad commands the Northern Brigades. The fighting resumed at dawn. One official said the town fell.");

        Assert.Null(SpeakerOf(p, "The fighting resumed"));
        Assert.Null(SpeakerOf(p, "the town fell"));
    }

    [Fact]
    public void When_asked_is_not_the_speech_frame()
    {
        var p = Run("When asked about the convoy, a spokesman for the mission, Jane Roe, told reporters: “We do not comment.”");

        Assert.Equal("Jane Roe", SpeakerOf(p, "We do not comment"));
    }

    [Theory]
    [InlineData("Omar Hamdan, the founder and leader of the Northern Brigades, spoke on Monday.", "Omar Hamdan founded Northern Brigades", "Omar Hamdan leads Northern Brigades")]
    [InlineData("Omar Hamdan, who heads the Northern Brigades, spoke on Monday.", "Omar Hamdan leads Northern Brigades", null)]
    [InlineData("The commander of the Northern Brigades, Omar Hamdan, spoke on Monday.", "Omar Hamdan commands Northern Brigades", null)]
    [InlineData("Omar Hamdan, a spokesman for the Northern Brigades, spoke on Monday.", "Omar Hamdan spokesperson_for Northern Brigades", null)]
    [InlineData("Omar Hamdan, a senior member of the Northern Brigades, spoke on Monday.", "Omar Hamdan member_of Northern Brigades", null)]
    [InlineData("Omar Hamdan founded the Northern Brigades in 2012.", "Omar Hamdan founded Northern Brigades", null)]
    [InlineData("Omar Hamdan once led a militia known as the Northern Brigades.", "Omar Hamdan leads Northern Brigades", null)]
    [InlineData("Omar Hamdan was until last year director of the Northern Brigades.", "Omar Hamdan leads Northern Brigades", null)]
    public void Role_phrasings_give_relations(string sentence, string expected, string? alsoExpected)
    {
        var relations = Relations(Run(sentence));

        Assert.Contains(expected, relations);
        if (alsoExpected is not null)
        {
            Assert.Contains(alsoExpected, relations);
        }
    }

    [Fact]
    public void Backing_alliances_and_command_chains_give_relations()
    {
        var p = Run(
            "The Dawn Brigades, a militia backed by Turkey, attacked the town.",
            "Samir Haddad and Omar Hamdan announced a political alliance on Monday.",
            "Colonel Tariq Saleh said his orders came through a chain of command that originated with Samir Haddad.");
        var relations = Relations(p);

        Assert.Contains("Dawn Brigades backed_by Turkey", relations);
        Assert.Contains("Samir Haddad allied_with Omar Hamdan", relations);
        Assert.Contains("Tariq Saleh reports_to Samir Haddad", relations);
    }

    [Fact]
    public void An_office_with_a_country_gives_holds_office_and_one_without_gives_nothing()
    {
        Assert.Contains("Amina Yusuf holds_office Somalia", Relations(Run("Somali Prime Minister Amina Yusuf visited Somalia's capital on Monday.")));
        Assert.DoesNotContain(Relations(Run("Prime Minister Amina Yusuf visited the port on Monday.")), r => r.Contains("holds_office", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relation_inside_a_quotation_is_the_speakers_claim_not_the_articles()
    {
        var p = Run("“Omar Hamdan, the leader of the Northern Brigades, betrayed us,” Samir Haddad said.");

        // Kept, but as the speaker's statement (Relation.Quoted: the claim's speaker states it), never as the article's.
        Assert.All(p.Relations.Where(r => p.Entities[r.Subject].Name == "Omar Hamdan"), r => Assert.True(r.Quoted));
    }

    [Fact]
    public void The_speaker_of_one_sentence_is_not_credited_with_a_role_named_before_another_person()
    {
        var p = Run("When asked about the commander of the Northern Brigades, Omar Hamdan, Samir Haddad said he had never met him.");
        var relations = Relations(p);

        Assert.Contains("Omar Hamdan commands Northern Brigades", relations);
        Assert.DoesNotContain("Samir Haddad commands Northern Brigades", relations);
    }
}
