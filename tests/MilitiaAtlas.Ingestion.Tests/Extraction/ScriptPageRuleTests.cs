using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Names, speakers and page furniture in the layouts of memorial sites, app listings, earnings calls, art briefs, ship's
/// logs, comic scripts and marked essays, and the name rules read with them (session 29, each on invented text).
/// </summary>
public sealed class ScriptPageRuleTests
{
    private static List<PassageKind> Kinds(string text)
    {
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        return PassageClassifier.Classify(text, paragraphs, ArticleMetadata.Empty).Select(p => p.Kind).ToList();
    }

    private const string Story =
        "Ana Ruvo led the Kessa Front from 1931 to 1934 and fought the governor's police in the hills above Rovaniemi.\n\n"
        + "In 1934 the Front was beaten and Ruvo fled to Kuopio, where she died in 1950.\n\n"
        + "Her grave stands in the old cemetery of Rovaniemi, where the town lays flowers every spring.\n\n";

    [Theory]
    [InlineData("Sources added by readers\n\nTomas Velder, The Kessa Front (Rovaniemi, 1982).")]
    [InlineData("References (as submitted)\n\nTomas Velder (1982) The Kessa Front. Rovaniemi.")]
    [InlineData("Marking rubric\nAnalysis 12/20 | Sources 14/20\n\nA clear essay, Tomas.")]
    [InlineData("Data safety\nNo data is shared with third parties.\n\nDeveloper contact\nVelt Apps Ltd, Kuopio")]
    [InlineData("Discussion (3)\n\nrover_9: Is the second volume online?")]
    [InlineData("Condolences (40)\n\nWe will not forget. Tomas Velder, Kuopio.")]
    [InlineData("More walking tours in Kuopio\n\nTomas Velder's harbour (2 hours), Kuopio")]
    [InlineData("FAQ\n\nDo we need to book ahead? Groups of six or more should.")]
    public void A_pages_service_sections_close_it(string tail)
    {
        var kinds = Kinds("Ana Ruvo\n\n" + Story + tail + "\n");

        Assert.Equal(PassageKind.Body, kinds[1]);
        Assert.All(kinds.Skip(4), k => Assert.NotEqual(PassageKind.Body, k));
    }

    [Fact]
    public void An_explainers_questions_about_the_story_stay_content()
    {
        var kinds = Kinds("Ana Ruvo\n\n" + Story + "Frequently asked questions\n\nDid the Front ever hold Kuopio? No; it held only the hills.\n");

        Assert.Equal(PassageKind.Body, kinds[^1]);
    }

    [Fact]
    public void A_site_or_projects_own_note_at_the_end_closes_the_page()
    {
        var kinds = Kinds("Ana Ruvo\n\n" + Story + "Kessa Graves is a website run by Orvano Heritage Ltd. Entries may hold mistakes; tell us.\n");

        Assert.NotEqual(PassageKind.Body, kinds[^1]);
    }

    [Fact]
    public void A_scripts_exchange_is_one_passage_a_line_and_a_shouted_name_is_the_person()
    {
        var text = "Script\n\nAna Velt led the Kessa rebels in 1927 against the garrison at Rovaniemi.\n\n"
            + "> VELT: Their rifles are new, but the fog is ours.\n> ORVANO: Then we move at first light, by the river path.\n";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.Markdown);
        Assert.Contains(paragraphs, p => p.Span.Slice(text).StartsWith("VELT: Their rifles are new", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Span.Slice(text).StartsWith("ORVANO: Then we move", StringComparison.Ordinal));

        var p = Pipeline.Default.Process(new Article("s.md", ArticleFormat.Markdown, text, ArticleMetadata.Empty));
        var velt = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "VELT"));
        Assert.Equal(EntityType.Person, velt.Type);
        Assert.Contains(velt.Mentions, m => m.Surface == "Ana Velt");
    }

    [Fact]
    public void Shouted_labels_speak_for_the_people_the_text_names_and_a_heading_ends_their_run()
    {
        var text = "Unit 6\n\nIn this dialogue Ana Velder-Okaro, a learner, talks to a ranger, Tomas Orvani, at the old fort.\n\n"
            + "ANA: Hello, sir. Who built this wall?\nORVANI: Prisoners built it for the colonial army.\nANA: Many thanks for your help.\n\n"
            + "F. BACKGROUND\n\nThe fort was abandoned in 1911 and a market now fills its yard in Rovaniemi.\n";
        var p = Pipeline.Default.Process(new Article("l.txt", ArticleFormat.PlainText, text, ArticleMetadata.Empty));

        string? SpeakerOf(string fragment) =>
            p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s ? p.Entities[s].Name : null;
        Assert.Equal("Ana Velder-Okaro", SpeakerOf("Who built"));
        Assert.Equal("Tomas Orvani", SpeakerOf("Prisoners built"));
        Assert.Null(SpeakerOf("abandoned in 1911"));
    }

    [Fact]
    public void A_source_described_by_two_words_and_named_after_a_title_speaks()
    {
        var text = "Report\n\n\"No village in Kessa forgot the winter of the siege,\" says our senior curator, Dr. Ana Velt of Rovaniemi University.\n";
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, ArticleMetadata.Empty));

        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains("winter of the siege", StringComparison.Ordinal));
        Assert.Equal("Ana Velt", claim.Speaker is int s ? p.Entities[s].Name : null);
    }

    [Fact]
    public void A_record_of_fields_is_not_cut_into_lines()
    {
        var text = "Record\n\nDOB: 1 January 1970.\nPOB: Rovaniemi.\n";

        Assert.Equal(2, ParagraphSplitter.Split(text, ArticleFormat.PlainText).Count);
    }

    [Theory]
    [InlineData("In 2012 Tomas Velder broke away from the KLF (R) and formed the KLF (S).", "Group: KLF (R)")]
    [InlineData("In 2012 Tomas Velder broke away from the KLF (R) and formed the KLF (S).", "Group: KLF (S)")]
    [InlineData("The pro-talks group of the Kessa Liberation Front (KLF) became the KLF (Progressive) in 2005.", "Group: KLF (Progressive)")]
    [InlineData("A company of volunteers, called Velder's Brigade after its captain, held the ford for a week.", "Group: Velder's Brigade")]
    [InlineData("The exiles kept their own network, the Velt Orvano, and sent money home through it.", "Group: Velt Orvano")]
    [InlineData("Officers of the Presidential Bodyguard arrested the mayor of Rovaniemi.", "Group: Presidential Bodyguard")]
    [InlineData("A court of the State of Tasmania heard the case in 1990.", "Place: Tasmania")]
    [InlineData("The rebels crossed the Velmaro river at night.", "Place: Velmaro")]
    [InlineData("The consul, the Canadian William Orvan Brisk, sent a telegram.", "Person: William Orvan Brisk")]
    [InlineData("Her aunt, Dona Maria das Neves Velder, kept the letters in a tin.", "Person: Maria das Neves Velder")]
    [InlineData("In 1920 the governor disbanded the Sûreté d'Orvano.", "Group: Sûreté d'Orvano")]
    [InlineData("Kessa Orvani raised the hill clans in 1902, and the Kessans held the pass for a year.", "Group: Kessans")]
    public void Names_of_factions_units_states_rivers_and_people(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void A_commanders_fighters_do_not_make_him_a_body()
    {
        var r = Extract.From("Kuopio fell in 1938, and Abebe Velturo's fighters burned the depot.");

        Assert.Contains("Person: Abebe Velturo", r.Summary);
    }

    [Theory]
    [InlineData("Orvan Kessaby, who assumed the command of the Velt Column, was captured in 1920.", "Orvan Kessaby commands Velt Column")]
    [InlineData("Ana Velmaro was born in Rovaniemi. For a decade she led the Orvano Front from Kuopio.", "Ana Velmaro leads Orvano Front")]
    [InlineData("The king took Rovaniemi in 1941, and Abebe Velturo's men guarded the bridge. Abebe Velturo became governor of Kuopio.", "Abebe Velturo holds_office Kuopio")]
    public void Relations_of_command_taken_over_told_after_a_pronoun_or_held_by_a_commander(string text, string expected)
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, "Report\n\n" + text + "\n", ArticleMetadata.Empty));

        Assert.Contains(expected, p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}"));
    }

    [Theory]
    [InlineData("The rice sold for Rs 40 a bag in Rovaniemi.", "Rs")]
    [InlineData("The archive of 15 MB was sent to Ana Ruvo in Rovaniemi.", "MB")]
    [InlineData("The meeting began at 9:30 a.m. IST in Rovaniemi.", "IST")]
    [InlineData("Moderator: Please go ahead, Mr. Velder.", "Moderator")]
    [InlineData("Ms. Ana Ruvo, General Manager, Orvano Mills, read the figures.", "General Manager")]
    public void Currencies_units_zones_and_a_calls_roles_are_no_actors(string sentence, string notAName)
    {
        Assert.DoesNotContain(Extract.From(sentence).Entities, e => e.Name == notAName);
    }

    [Fact]
    public void A_brokers_firm_is_a_body()
    {
        Assert.Contains("Group: Velt Kessa Securities", Extract.From("Ana Ruvo, an analyst at Velt Kessa Securities, asked about wages.").Summary);
    }

    [Fact]
    public void Forms_of_one_name_are_one_entity()
    {
        var r = Extract.From(
            "The band obeyed Tomas Velder (full name Tomas Orvan Velder), once a customs clerk. Velder was hanged in 1951.",
            "A column of the United Kingdom Army camped near Rovaniemi. Doctors of the UK Army treated the wounded.",
            "Boat away under Lieut. Brisk. Lieutenant Ivo Brisk of the cruiser drowned two days later.",
            "The State of Tasmania sued the firm. Tasmania won in 1995.");

        var velder = Assert.Single(r.Entities, e => e.Name.Contains("Velder", StringComparison.Ordinal));
        Assert.Contains(velder.Mentions, m => m.Surface == "Tomas Orvan Velder");
        Assert.Contains(velder.Mentions, m => m.Surface == "Velder");
        var army = Assert.Single(r.Entities, e => e.Name.Contains("Army", StringComparison.Ordinal));
        Assert.Contains(army.Mentions, m => m.Surface == "UK Army");
        Assert.Single(r.Entities, e => e.Name.Contains("Brisk", StringComparison.Ordinal));
        var state = Assert.Single(r.Entities, e => e.Name == "Tasmania");
        Assert.Contains(state.Mentions, m => m.Surface == "State of Tasmania");
    }

    [Fact]
    public void Two_spellings_of_one_acronyms_name_and_a_name_usually_called_another_are_one_body()
    {
        var r = Extract.From(
            "In 1950 the Velt Democratic Front of Kessaland (VDFK) took up arms. The VDFK, the Velt Democratic Front of Kesaland in its own spelling, signed a truce in 1962.",
            "The Orvano Congress, usually called the Kuopio Assembly, voted to depose the king.");

        var front = Assert.Single(r.Entities, e => e.Name.Contains("Democratic Front", StringComparison.Ordinal));
        Assert.Contains(front.Mentions, m => m.Surface == "Velt Democratic Front of Kesaland");
        var congress = Assert.Single(r.Entities, e => e.Mentions.Any(m => m.Surface == "Orvano Congress"));
        Assert.Contains(congress.Mentions, m => m.Surface == "Kuopio Assembly");
    }

    [Theory]
    [InlineData("The rebels named their town Velto Monte and built a church there.", "Place: Velto Monte")]
    [InlineData("Hikers sleep in the Parque Estadual de Velto each summer.", "Place: Parque Estadual de Velto")]
    public void A_romance_mount_word_after_a_name_and_a_park_word_before_one_name_places(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void A_short_name_before_the_full_one_is_the_same_person_unless_named_as_a_relative()
    {
        var r = Extract.From(
            "A film about Augusto Velmaro opens in Kuopio this week.",
            "It follows Augusto Ruiz Velmaro through a long exile in the south. Velmaro was born in 1895.");

        var person = Assert.Single(r.Entities, e => e.Name.Contains("Velmaro", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains(person.Mentions, m => m.Surface == "Augusto Velmaro");
    }

    [Fact]
    public void A_known_as_field_gives_the_records_name_another_form()
    {
        var r = Extract.From("PROFILE\n\nTomas Orvan Velder\nKnown as: Tomas Velder", "Tomas Velder led a mutiny of the Kessa garrison in 1931.");

        var person = Assert.Single(r.Entities, e => e.Name.Contains("Velder", StringComparison.Ordinal));
        Assert.Contains(person.Mentions, m => m.Surface == "Tomas Orvan Velder");
    }
}
