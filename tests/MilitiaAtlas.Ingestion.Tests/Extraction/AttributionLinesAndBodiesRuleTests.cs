using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Attribution lines under quotations, the body "the group" refers to, teachers' places of work, and the name rules read with
/// them in the layouts of award citations, parade synopses, council notices and printable calendars (session 31, each on
/// invented text).
/// </summary>
public sealed class AttributionLinesAndBodiesRuleTests
{
    private static ProcessedArticle Run(string text) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, ArticleMetadata.Empty));

    private static string? SpeakerOf(ProcessedArticle p, string fragment) =>
        p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s ? p.Entities[s].Name : null;

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    [Fact]
    public void A_quotation_line_ending_on_a_comma_runs_on_into_the_line_that_names_its_speaker()
    {
        var text = "Citation\n\nTHE PANEL'S WORDS\n"
            + "\"We looked at forty harbours and chose the one that still floods. That is the honest choice for the town,\"\n"
            + "said the panel chair, Prof. Ana Velt of Kuopio University.\n"
            + "\"Nobody else asked the fishermen.\"\n";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        Assert.Contains(paragraphs, x => x.Span.Slice(text).StartsWith("\"We looked", StringComparison.Ordinal) && x.Span.Slice(text).EndsWith("Kuopio University.", StringComparison.Ordinal));

        var p = Run(text);
        Assert.Equal("Ana Velt", SpeakerOf(p, "We looked at forty harbours"));
        Assert.Equal("Ana Velt", SpeakerOf(p, "That is the honest choice"));
    }

    [Fact]
    public void A_line_in_capitals_after_a_quoted_comma_opens_a_paragraph_of_its_own()
    {
        var text = "Notes\n\nTHE WALL\n"
            + "The plaque over the harbour gate reads, in letters a hand high, \"Kessa, Velt, Brisk,\"\n"
            + "Winnipeg Harbour Trust minutes were read out when the meeting opened, in full, as the members had asked in March.\n"
            + "The reading took an hour.\n";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        Assert.Contains(paragraphs, x => x.Span.Slice(text).StartsWith("Winnipeg Harbour Trust", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_repeated_in_a_bodys_whole_name_does_not_outvote_what_the_name_does()
    {
        var p = Run("Report\n\nIn 2011 a new armed group calling itself Tariq al-Veltari was seen in the hills above Kuopio. "
            + "Tariq al-Veltari fighters attacked the police post the next week. Tariq al-Veltari held the market for a month. "
            + "Tariq al-Veltari lost the town in 2013, and Tariq al-Veltari has not been heard of since.\n");

        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Tariq al-Veltari").Type);
    }

    [Fact]
    public void A_person_named_in_full_each_time_stays_a_person_against_one_cue_on_another_form()
    {
        var p = Run("Report\n\nTariq Velturo spoke first. Tariq Velturo then left for Kuopio. Later Tariq Velturo returned to Winnipeg.\n"
            + "The wing of Tariq Velturo's party stayed behind.\n");

        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Tariq Velturo").Type);
    }

    [Fact]
    public void Who_teaches_a_subject_at_a_university_is_its_member()
    {
        var p = Run("Report\n\nDr. Ana Velt, who teaches maritime history at Kuopio University, read the letters aloud.\n");
        Assert.True(Has(p, "Ana Velt", Predicates.MemberOf, "Kuopio University"));
    }

    [Fact]
    public void Under_its_commander_looks_ahead_to_the_body_the_clause_names()
    {
        var p = Run("Report\n\nThe Kessa Front seized the port of Kuopio in May.\n"
            + "Under its commander, General Tomas Brisk, the Velt Army besieged the port for forty days.\n");

        Assert.Contains(p.Relations, r => p.Entities[r.Subject].Name == "Tomas Brisk" && r.Predicate is Predicates.Commands or Predicates.Leads && p.Entities[r.Target].Name == "Velt Army");
        Assert.DoesNotContain(p.Relations, r => p.Entities[r.Subject].Name == "Tomas Brisk" && p.Entities[r.Target].Name == "Kessa Front");
    }

    [Fact]
    public void The_groups_spokesman_is_the_bodys_not_the_states_army_named_first()
    {
        var p = Run("Report\n\nThe Andorran Army shelled the camp for a month while the Kessa Brigade held the old market. "
            + "The group's spokesman, Tomas Brisk, spoke by phone from inside.\n");

        Assert.True(Has(p, "Tomas Brisk", Predicates.SpokespersonFor, "Kessa Brigade"));
        Assert.False(Has(p, "Tomas Brisk", Predicates.SpokespersonFor, "Andorran Army"));
    }

    [Fact]
    public void A_rebel_army_is_still_the_group_the_text_calls_so()
    {
        var p = Run("Report\n\nThe Velt Freedom Army attacked the depot at Kuopio while the Kessa Movement marched in Winnipeg. "
            + "Tomas Brisk has commanded the group since then.\n");

        Assert.Contains(p.Relations, r => p.Entities[r.Subject].Name == "Tomas Brisk" && r.Predicate is Predicates.Commands or Predicates.Leads && p.Entities[r.Target].Name == "Velt Freedom Army");
    }

    [Fact]
    public void A_constables_and_an_elders_titles_stay_out_of_their_names()
    {
        var p = Run("Notice\n\nConstable Tomas Brisk arrested the two men at Kuopio. Elder Ana Velt, who chairs the committee, told the council she was pleased.\n");

        Assert.Contains(p.Entities, e => e.Name == "Tomas Brisk" && e.Type == EntityType.Person);
        Assert.Contains(p.Entities, e => e.Name == "Ana Velt" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Also_romanised_and_also_translated_as_give_other_names()
    {
        var p = Run("Report\n\nTheir commander was Choe Su-hyeon (also romanised Ch'oe Su-hyon), a teacher. "
            + "The Kessa People's Front (KPF, also translated as the Kessa Common Front) was banned in 1950.\n");

        var choe = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Choe Su-hyeon"));
        Assert.Contains(choe.Mentions, m => m.Surface == "Ch'oe Su-hyon");
        var front = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "KPF"));
        Assert.Contains(front.Mentions, m => m.Surface == "Kessa Common Front");
    }

    [Fact]
    public void A_brackets_name_in_another_language_and_its_english_name_are_one_bodys()
    {
        var p = Run("Calendar\n\nThe deputies of the KDV (Union démocratique kessane, the Kessan Democratic Union) were arrested in 1947. "
            + "The KDV was dissolved a year later.\n");

        var kdv = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "KDV"));
        Assert.Contains(kdv.Mentions, m => m.Surface == "Kessan Democratic Union");
    }

    [Fact]
    public void Syllable_names_romanized_with_long_second_syllables_are_peoples_names()
    {
        var p = Run("Report\n\nOn 2 May 1950 Lieutenant Colonel Han Ji-ryeong met Choe Su-hyeon at Kuopio. Han Ji-ryeong was replaced in June.\n");

        Assert.Contains(p.Entities, e => e.Name == "Han Ji-ryeong" && e.Type == EntityType.Person);
        Assert.Contains(p.Entities, e => e.Name == "Choe Su-hyeon" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Street_and_russian_place_prefixes_and_studio_and_forum_heads()
    {
        var p = Run("Report\n\nThe meeting was held at Rua Veltaro in Kuopio. The village of Nizhny Kessaby was burned. "
            + "The plans came from Atelier Velmaro, and the Kessa Youth Forum endorsed them.\n");

        Assert.Contains(p.Entities, e => e.Name == "Rua Veltaro" && e.Type == EntityType.Place);
        Assert.Contains(p.Entities, e => e.Name == "Nizhny Kessaby" && e.Type == EntityType.Place);
        Assert.Contains(p.Entities, e => e.Name == "Atelier Velmaro" && e.Type == EntityType.Group);
        Assert.Contains(p.Entities, e => e.Name == "Kessa Youth Forum" && e.Type == EntityType.Group);
    }

    [Fact]
    public void People_a_bracket_lists_after_a_body_and_its_town_are_its_members()
    {
        var p = Run("Project data\n\nArchitects: Atelier Veltaro, Kuopio (Ana Velt, Tomas Brisk, Marrak Orvano)\nStructure: Velmaro Engineering, Winnipeg\n\n"
            + "The jury praised the courtyards and the stairs of the new block.\n");

        Assert.True(Has(p, "Ana Velt", Predicates.MemberOf, "Atelier Veltaro"));
        Assert.True(Has(p, "Marrak Orvano", Predicates.MemberOf, "Atelier Veltaro"));
    }

    [Fact]
    public void A_person_and_a_schools_name_after_a_comma_in_a_list_entry_is_its_member()
    {
        var p = Run("Prize\n\nTHE JUDGES\nProf. Ana Velt, Kuopio National University (chair) · Dr. Tomas Brisk, oral historian · Marrak Orvano, teacher, Winnipeg\n\n"
            + "The judges will read every essay twice before the prize is given.\n");

        Assert.True(Has(p, "Ana Velt", Predicates.MemberOf, "Kuopio National University"));
    }

    [Fact]
    public void A_verb_after_and_takes_the_subject_of_its_own_clause_after_a_semicolon()
    {
        var p = Run("Report\n\nOf the rebel chiefs, Tomas Brisk fell near Kuopio in 1950; Ana Velt was taken prisoner in the hills and afterwards, in 1961, founded the Kessa Front.\n");

        Assert.True(Has(p, "Ana Velt", Predicates.Founded, "Kessa Front"));
        Assert.False(Has(p, "Tomas Brisk", Predicates.Founded, "Kessa Front"));
    }

    [Fact]
    public void The_plural_of_an_areas_head_names_lands_not_a_following()
    {
        var p = Run("Report\n\nThe rising spread to the Velt States in 1931, and the rebels fled to the Velt States when the troops came.\n");
        Assert.Equal(EntityType.Place, Assert.Single(p.Entities, e => e.Name == "Velt States").Type);
    }

    [Fact]
    public void A_noun_after_a_body_word_heads_the_apposition_and_who_after_a_place_is_the_persons()
    {
        var p = Run("Report\n\nThe outlaw was finally caught by Tomas Brisk, an Orvani police tracker sent up from the Velmaro, who killed him near Kuopio in 1899.\n");

        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Tomas Brisk").Type);
        Assert.NotEqual(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Velmaro").Type);
    }

    [Fact]
    public void A_cue_after_a_bracket_that_gave_another_spelling_names_the_same_person()
    {
        var p = Run("Report\n\nThe rising was led by Ana Velt (also spelled Anna Veldt), born Marrak Kessaby in 1876 near Kuopio.\n");

        var ana = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Ana Velt"));
        Assert.Contains(ana.Mentions, m => m.Surface == "Marrak Kessaby");
    }

    [Fact]
    public void A_romanized_villages_suffix_after_a_hyphen_ends_a_places_name()
    {
        var p = Run("Report\n\nThe army burned the village of Kessa-ri on 2 May 1950. At Velmaro-dong, soldiers killed forty villagers.\n");

        Assert.Contains(p.Entities, e => e.Name == "Kessa-ri" && e.Type == EntityType.Place);
        Assert.Contains(p.Entities, e => e.Name == "Velmaro-dong" && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_person_may_back_a_body()
    {
        var p = Run("Report\n\nThe police were joined by men of the Velt Youth League, a band of young refugees from the hills, backed by the landowner Ana Kessaby and feared in every village.\n");
        Assert.True(Has(p, "Velt Youth League", Predicates.BackedBy, "Ana Kessaby"));
    }

    [Fact]
    public void A_role_after_his_is_toward_the_person_named_before()
    {
        var p = Run("Report\n\nIn March the Kessa Army gave Tomas Brisk the campaign against the Velt Front, with Ana Kessaby as his deputy and Marrak Orvano as his chief of staff.\n\n"
            + "The decree bore the names of Tomas Brisk and his deputy Idun Veltaro.\n");

        Assert.True(Has(p, "Ana Kessaby", Predicates.ReportsTo, "Tomas Brisk"));
        Assert.True(Has(p, "Marrak Orvano", Predicates.ReportsTo, "Tomas Brisk"));
        Assert.False(Has(p, "Ana Kessaby", Predicates.MemberOf, "Velt Front"));
        Assert.True(Has(p, "Idun Veltaro", Predicates.ReportsTo, "Tomas Brisk"));
    }

    [Fact]
    public void What_one_splits_from_is_a_body()
    {
        var p = Run("Report\n\nIn 1998 Marrak Orvano split from Velmarsk Kessaby and formed a band of his own in the hills. Later Tomas Brisk broke away from Velmaro's party.\n");
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Velmarsk Kessaby").Type);
        Assert.DoesNotContain(p.Entities, e => e.Name == "Velmaro" && e.Type == EntityType.Group);
    }
}
