using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Speakers, names and page furniture in the layouts of witness statements, film pages, radio schedules, race guides,
/// flashcard decks and cruising guides, and the name rules read with them (session 30, each on invented text).
/// </summary>
public sealed class WitnessAndQuotesPageRuleTests
{
    private static ProcessedArticle Run(string text) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, ArticleMetadata.Empty));

    private static string? SpeakerOf(ProcessedArticle p, string fragment) =>
        p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s ? p.Entities[s].Name : null;

    [Fact]
    public void A_witness_statements_numbered_answers_are_the_witness_named_in_its_heading()
    {
        var p = Run("AFFIDAVIT OF DW1: MARRAK ANAK VELDER\n\n"
            + "Q1: Tell the court who you are.\nA1: I am Marrak anak Velder, a farmer of Rovaniemi.\n\n"
            + "Q2: What happened to the orchard?\nA2: In 1988 the company fenced it. The guards told us to keep out.\n");

        Assert.Equal("Marrak anak Velder", SpeakerOf(p, "The guards told us"));
        Assert.Null(SpeakerOf(p, "What happened to the orchard"));
        Assert.DoesNotContain(p.Entities, e => e.Mentions.Any(m => m.Surface is "A1" or "A2" or "Q1"));
        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Marrak anak Velder").Type);
    }

    [Fact]
    public void What_a_witness_did_is_an_event_with_the_witness_in_it()
    {
        var p = Run("Statement\n\nAFFIDAVIT OF DW1: Marrak anak Velder\n\nQ9: What did you do then?\nA9: In 1970 I enlisted in the Kessa Militia at Rovaniemi.\n");

        var joined = Assert.Single(p.Events, e => e.Date.Date == "1970");
        Assert.Contains(joined.Participants, i => p.Entities[i].Name == "Marrak anak Velder");
        Assert.Contains(joined.Participants, i => p.Entities[i].Name == "Kessa Militia");
    }

    [Fact]
    public void A_logs_day_at_the_head_of_its_entries_dates_them()
    {
        var p = Pipeline.Default.Process(new Article("log.txt", ArticleFormat.PlainText, "Log\n\nThe gunboat lay off Kuopio through the spring of 1921 while the Kessa Front held the hills.\n\n"
            + "Monday 7 March 1921. Fog over the bay.\n  0800 Painting the boats.\n  1400 The captain dined with Colonel Ana Velt.\n\n"
            + "Tuesday 8 March.\n  1500 Kessa Front canoes sighted off the reef.\n", new ArticleMetadata(Published: "2024-05-01")));

        Assert.Contains(p.Events, e => e.Date.Date == "1921-03-07" && e.Participants.Any(i => p.Entities[i].Name == "Ana Velt"));
        Assert.Contains(p.Events, e => e.Date.Date == "1921-03-08" && e.Participants.Any(i => p.Entities[i].Name == "Kessa Front"));
    }

    [Fact]
    public void A_film_pages_quotes_are_one_passage_a_line_each_said_by_its_character()
    {
        var text = "Film\n\nKessa Orvani led the Velt rising in 1931; Captain Tomas Brisk and Idris bin Haddu fought on either shore of the lake at Rovaniemi.\n\n"
            + "MEMORABLE LINES\nKessa Orvani: We hold the bridge until the boats come.\nIdris bin Haddu: Tell your captain we want bread, not speeches.\n"
            + "Captain Tomas Brisk: We cross the ice before dawn.\n";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        Assert.Contains(paragraphs, p => p.Span.Slice(text) == "MEMORABLE LINES");

        var p = Run(text);
        Assert.Equal("Kessa Orvani", SpeakerOf(p, "We hold the bridge"));
        Assert.Equal("Idris bin Haddu", SpeakerOf(p, "we want bread"));
        Assert.Equal("Tomas Brisk", SpeakerOf(p, "cross the ice"));
    }

    [Fact]
    public void A_list_of_who_is_who_speaks_no_ones_words()
    {
        var p = Run("Film\n\nKessa Orvani, Tomas Brisk and Ana Velder lived through the siege of Rovaniemi in 1931.\n\n"
            + "CAST NOTES\nKessa Orvani: The schoolteacher who joins the rising.\nTomas Brisk: The officer sent to hold the lake shore.\n"
            + "Ana Velder: The mayor's sister, who keeps a diary.\n");

        Assert.Null(SpeakerOf(p, "schoolteacher"));
        Assert.Null(SpeakerOf(p, "lake shore"));
    }

    [Fact]
    public void Words_put_in_her_mouth_are_hers_not_those_of_the_man_whose_speech_came_first()
    {
        var p = Run("Programme\n\nAna Velder ruled Kuopio as regent for her grandson. Old songs, written down after Sir Tomas Brisk's address, "
            + "put words into her mouth: \"Hold the ford until the rain comes.\"\n");

        Assert.Equal("Ana Velder", SpeakerOf(p, "Hold the ford"));
    }

    [Theory]
    [InlineData("Prof. Ana Velder of the Kessa Institute of Languages (KIL) said: \"The war ended in the hills.\"", "Ana Velder")]
    [InlineData("\"The archive stays open to all,\" said museum director Tomas Brisk.", "Tomas Brisk")]
    [InlineData("Dr. Ana Velder showed us the archive. Over coffee she smiled and said: \"The war ended in the hills.\"", "Ana Velder")]
    public void Speakers_before_their_institution_after_a_qualified_role_and_after_a_verb_of_their_own(string sentence, string speaker)
    {
        var p = Run("Guide\n\n" + sentence + "\n");

        Assert.Equal(speaker, p.Claims.Single(c => c.Quoted).Speaker is int s ? p.Entities[s].Name : null);
    }

    [Theory]
    [InlineData("The Kessa Front grew in the hills. Its chairman was Ana Velt.", "Ana Velt leads Kessa Front", true)]
    [InlineData("The royalists rose in 1895. Their military commander was Ana Velt.", "Ana Velt leads royalists", false)]
    public void Its_role_was_X_opening_a_sentence_names_the_groups_holder(string text, string relation, bool found)
    {
        var p = Run("Report\n\n" + text + "\n");
        var relations = p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}").ToList();

        Assert.Equal(found, relations.Contains(relation));
        Assert.Equal(found, relations.Count > 0);
    }

    [Fact]
    public void A_sections_heading_in_capitals_over_its_one_paragraph_is_a_heading()
    {
        var text = "Guide\n\n3. THE SIEGE\nIn March 1921 the Kessa Front held the bridge at Rovaniemi for eleven days against the army, and the town still marks the anniversary every spring.\n";
        var kinds = PassageClassifier.Classify(text, ParagraphSplitter.Split(text, ArticleFormat.PlainText), ArticleMetadata.Empty).Select(p => p.Kind).ToList();

        Assert.Equal([PassageKind.Heading, PassageKind.Heading, PassageKind.Body], kinds);
    }

    [Theory]
    [InlineData("Their oldest fighter, August Velmaro, came down from Kuopio.", "Person: August Velmaro")]
    [InlineData("The band followed a young captain named Ruvelo, who had worked the quarries.", "Person: Ruvelo")]
    [InlineData("The company traded with British Manitoba until 1870.", "Place: British Manitoba")]
    [InlineData("Thousands were sent from Kuopio to Patagonia in 1951.", "Place: Patagonia")]
    [InlineData("The timber was sold to Velt Timber Sdn. Bhd. in 2010.", "Group: Velt Timber Sdn. Bhd.")]
    [InlineData("Runners must reach CP2 Kuopio by noon.", "Place: Kuopio")]
    [InlineData("The family's orchards on Tanah Velmaro were sold in 1988.", "Place: Tanah Velmaro")]
    [InlineData("The film was made by Orvano Kessa Pictures, a small firm in Kuopio.", "Group: Orvano Kessa Pictures")]
    [InlineData("The brandy is bottled by Destilería Velto in Kuopio.", "Group: Destilería Velto")]
    [InlineData("Rovaniemi served as the capital of the Velmarsk until a war against the Velmarsk ended their rule in 1788.", "Group: Velmarsk")]
    public void Names_of_people_with_a_months_given_name_named_people_colonies_and_great_regions(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void Another_spelling_after_also_in_brackets_is_an_alias()
    {
        var r = Extract.From("The band was led by Ana Velt (also Anna Veltova) and Tomas Brisk, a former clerk.");

        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Ana Velt") && e.Mentions.Any(m => m.Surface == "Anna Veltova"));
    }

    [Fact]
    public void A_town_named_after_a_man_is_a_town_when_the_text_says_so_once()
    {
        var r = Extract.From("The wine comes from Carlos Barbosa.", "Carlos Barbosa, a small town in the hills, lies north of the coast.",
            "Buses run daily to Carlos Barbosa.");

        Assert.Contains("Place: Carlos Barbosa", r.Summary);
    }

    [Fact]
    public void A_language_after_an_adjective_opening_a_sentence_is_no_name()
    {
        Assert.DoesNotContain(Extract.From("Older English maps give Kuopio another name.").Entities, e => e.Name.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void An_island_and_a_harbour_on_one_name_are_two_places_and_the_bare_name_a_third_actor()
    {
        var r = Extract.From("Ferries dock at Velto Harbour, across the bay from Velto Island. In 1932 the Velto burned the customs house, and the Velto people were moved inland.");

        Assert.Contains("Place: Velto Harbour", r.Summary);
        Assert.Contains("Place: Velto Island", r.Summary);
        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface == "Velto Island") && e.Mentions.Any(m => m.Surface == "Velto Harbour"));
    }

    [Fact]
    public void A_chains_plural_short_name_is_the_chain()
    {
        var r = Extract.From("Portugal leased the Marrak Islands in 1921, and Norway bought the Marraks in 1950.");

        var chain = Assert.Single(r.Entities, e => e.Mentions.Any(m => m.Surface == "Marrak Islands"));
        Assert.Equal(EntityType.Place, chain.Type);
        Assert.Contains(chain.Mentions, m => m.Surface == "Marraks");
    }

    [Fact]
    public void A_name_known_by_a_title_is_an_alias()
    {
        var r = Extract.From("The band followed a young captain named Ruvelo, known by his title Kessabad, until 1950.");

        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Ruvelo") && e.Mentions.Any(m => m.Surface == "Kessabad"));
    }
}
