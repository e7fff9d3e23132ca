using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Years before 1000 and the story's own year for older histories, credits in brackets, roles in brackets, the body "their"
/// refers to, second roles, houses and realms named with a lower-case head, and the name rules read with them in the layouts
/// of a publisher's preview, a dictionary entry, a sign proof, a chat transcript and a briefing pack (session 32, each on
/// invented text).
/// </summary>
public sealed class OlderYearsCreditsAndHousesRuleTests
{
    private static ProcessedArticle Run(string text, string? published = null) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: published)));

    private static string? SpeakerOf(ProcessedArticle p, string fragment) =>
        p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s ? p.Entities[s].Name : null;

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    private static List<string?> Dates(string text) => DateFinder.Find(text, new TextSpan(0, text.Length), "2025-06-01").Select(d => d.Date).ToList();

    [Theory]
    [InlineData("The rebels took Kuopio in June 870 and held it.", "0870-06")]
    [InlineData("Orvano Velt died in 923, far from Kuopio.", "0923")]
    [InlineData("The town fell in 878, the year most historians give.", "0878")]
    [InlineData("In AD 69 the Kessa tribes rose.", "0069")]
    [InlineData("The rising lasted from 869 to 883.", "0869")]
    [InlineData("The rising lasted from 1827 to 1830.", "1827")]
    public void A_year_of_three_figures_or_an_older_range_is_a_date(string sentence, string expected)
    {
        Assert.Contains(expected, Dates(sentence));
    }

    [Theory]
    [InlineData("The chronicle covers the years 255-270 AH and little else.")]
    [InlineData("Ruvo Velt wrote in 255 AH about the war.")]
    [InlineData("In 500 BC the valley was empty.")]
    [InlineData("In 300 cases the tax was paid.")]
    [InlineData("In June 300 people left the town.")]
    [InlineData("The price went up by 150 in a year.")]
    public void A_number_of_three_figures_that_counts_or_names_another_era_is_no_date(string sentence)
    {
        Assert.DoesNotContain(Dates(sentence), d => d is not null && d.Length >= 4 && d[0] == '0');
    }

    [Fact]
    public void The_range_end_of_an_older_year_keeps_its_own_year()
    {
        var text = "The rising lasted from 1827 to 1830.";
        var d = Assert.Single(DateFinder.Find(text, new TextSpan(0, text.Length), "2025-06-01"));
        Assert.Equal("1830", d.EndDate);
    }

    [Fact]
    public void Yearless_days_and_a_month_after_an_older_story_day_stay_in_its_year()
    {
        var p = Run("Entry\n\nSince 1998 the entry has been revised twice; the last revision came in May 2025.\n\n"
            + "On 15 June 1381 Orvano Velt met the Kessa rebels at Kuopio.\n\n"
            + "The Kessa rebels were beaten near Kuopio on 28 June. The Velt rising was crushed by Ruvo Brisk at Winnipeg late in June.\n",
            "2025-06-15");
        Assert.Contains(p.Events, e => e.Date.Date == "1381-06-28");
        Assert.Contains(p.Events, e => e.Date.Date == "1381-06");
    }

    [Fact]
    public void That_same_month_is_the_story_s_month()
    {
        var p = Run("Report\n\nOn 2 October 1904 Orvano Velt issued his order in Kuopio.\n\nThat same month Ruvo Kessaby turned against Orvano Velt.\n");
        Assert.Contains(p.Events, e => e.Date.Date == "1904-10" && e.Participants.Any(x => p.Entities[x].Name == "Ruvo Kessaby"));
    }

    [Fact]
    public void The_remaining_gunmen_are_the_body_last_named()
    {
        var p = Run("Report\n\nOn 17 July 2016 the Velt Front seized a police post in Kuopio.\n\nOn 30 July the remaining gunmen were captured.\n", "2025-01-01");
        Assert.Contains(p.Events, e => e.Date.Date == "2016-07-30" && e.Participants.Any(x => p.Entities[x].Name == "Velt Front"));
    }

    [Fact]
    public void A_bracket_that_gives_a_role_is_no_alias_and_its_person_speaks_after_the_colon()
    {
        var p = Run("Comments\n\nAna Veltaro (KTA chair): \"Please keep the old word in the text.\"\n\n"
            + "Idun Brisk (Kessan translation reviewer) checked the names. He told us: \"The first name is right.\"\n");
        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Ana Veltaro").Type);
        Assert.DoesNotContain(Assert.Single(p.Entities, e => e.Name == "Ana Veltaro").Mentions, m => m.Surface == "KTA");
        Assert.Equal("Ana Veltaro", SpeakerOf(p, "Please keep the old word"));
        Assert.Equal("Idun Brisk", SpeakerOf(p, "The first name is right"));
    }

    [Fact]
    public void A_pull_quote_credited_in_brackets_and_words_attributed_to_someone_are_theirs()
    {
        var p = Run("Panel\n\nOrvano Velt led the rising in Kuopio.\n\n"
            + "\"They rode to the ford to ask about grazing. They rode back with their wounded.\" (Elder Ana Veltaro)\n\n"
            + "In a line usually attributed to Orvano Velt, \"Our valley will wait a century.\"\n");
        Assert.Equal("Ana Veltaro", SpeakerOf(p, "They rode to the ford"));
        Assert.Equal("Ana Veltaro", SpeakerOf(p, "They rode back with"));
        Assert.Equal("Orvano Velt", SpeakerOf(p, "Our valley will wait"));
    }

    [Fact]
    public void Their_leader_was_is_the_last_body_s_unless_people_opened_the_sentence_before()
    {
        var body = Run("Report\n\nThe Velt Front: some forty riflemen, most of them former soldiers. Their leader was Ruvo Kessaby, a retired colonel.\n");
        Assert.True(Has(body, "Ruvo Kessaby", Predicates.Leads, "Velt Front"));

        var people = Run("Report\n\nThe Kessa Front ruled the island. The loyalists hoped to bring back the old king. Their field commander was Orvano Velt.\n");
        Assert.DoesNotContain(people.Relations, r => people.Entities[r.Subject].Name == "Orvano Velt");
    }

    [Fact]
    public void A_second_role_with_its_own_object_takes_its_own_predicate()
    {
        var p = Run("Report\n\nIdun Veltaro was President of Andorra and chairman of the governing Velt Unity Party.\n");
        Assert.True(Has(p, "Idun Veltaro", Predicates.HoldsOffice, "Andorra"));
        Assert.True(Has(p, "Idun Veltaro", Predicates.Leads, "Velt Unity Party"));
        Assert.False(Has(p, "Idun Veltaro", Predicates.HoldsOffice, "Velt Unity Party"));
    }

    [Fact]
    public void The_society_s_secretary_belongs_to_the_society_last_named()
    {
        var p = Run("Report\n\nThe Kuopio Coin Society issued the token in 2013. The society's secretary, Han Ji-ryeong, kept the accounts.\n");
        Assert.True(Has(p, "Han Ji-ryeong", Predicates.MemberOf, "Kuopio Coin Society"));
    }

    [Theory]
    [InlineData("The Velt shogunate ruled the valley.", "Velt shogunate")]
    [InlineData("The Marrak cartel ran the port.", "Marrak cartel")]
    [InlineData("The Kessa faction split in 1990.", "Kessa faction")]
    public void A_house_or_realm_named_with_a_lower_case_head_keeps_its_head(string sentence, string name)
    {
        var p = Run("Report\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == name).Type);
    }

    [Fact]
    public void A_name_with_a_lower_case_head_is_the_group_named_without_it()
    {
        var p = Run("Report\n\nThe Velturo movement rose in 1955. Velturo fighters attacked police posts, and the army fought the Velturo for years.\n");
        var group = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Velturo movement"));
        Assert.Contains(group.Mentions, m => m.Surface == "Velturo");
        Assert.Equal(EntityType.Group, group.Type);
    }

    [Fact]
    public void A_family_named_for_a_person_s_surname_is_no_body()
    {
        var p = Run("Report\n\nAdem Kessaby led the village guard. The Kessaby family compound was shelled in March.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name == "Kessaby family");
    }

    [Fact]
    public void A_body_named_by_the_plural_of_its_first_word_is_that_body()
    {
        var p = Run("Report\n\nThe Kessaby Regiment attacked the town, and the Kessabys' machine guns cut the column down.\n");
        var regiment = Assert.Single(p.Entities, e => e.Name == "Kessaby Regiment");
        Assert.Contains(regiment.Mentions, m => m.Surface == "Kessabys");
    }

    [Fact]
    public void A_body_whose_name_opens_on_a_plural_is_no_person()
    {
        var p = Run("Report\n\nThe Estates Velt in Andorra voted to send soldiers.\n");
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Estates Velt").Type);
    }

    [Fact]
    public void A_surname_named_as_a_relative_s_is_another_person_of_the_family()
    {
        var p = Run("Report\n\nThe Velt people rose at Kuopio under their chief, Ivo Kessaby. His father, Kessaby, had signed the first treaty in 1885.\n\n"
            + "Ivo Kessaby died in 1923.\n");
        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Kessaby").Type);
        Assert.DoesNotContain(Assert.Single(p.Entities, e => e.Name == "Ivo Kessaby").Mentions, m => m.Surface == "Kessaby");
    }

    [Theory]
    [InlineData("He told me: \"Read Velt for what the court assumed, never for what took place.\"\n\nR. H. Velt ran the police.", "R. H. Velt")]
    [InlineData("Questions? Call Idun Brisk, site manager.", "Idun Brisk")]
    public void A_command_s_verb_before_a_name_is_no_word_of_it(string body, string name)
    {
        var p = Run("Notes\n\n" + body + "\n");
        Assert.Contains(p.Entities, e => e.Name == name);
        Assert.DoesNotContain(p.Entities, e => e.Name.StartsWith("Read ", StringComparison.Ordinal) || e.Name.StartsWith("Call ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_degree_s_letters_are_no_body()
    {
        var p = Run("Chat\n\nPatron: Ana Veltaro, MA History. My MA thesis is about the Kessa rising.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name == "MA");
    }
    [Fact]
    public void A_war_chief_a_deputy_set_off_and_a_second_description_make_people()
    {
        var p = Run("Report\n\nOn 2 April 1885 Running Elk, war chief of Big Marrak's Velt band, shot the agent Tomas Brisk at Kuopio. "
            + "Big Marrak himself had argued against the raid.\n\n"
            + "Orvanij proclaimed himself governor of the valley. His deputy, Veltaro (also spelled Veltarro), drilled the recruits. "
            + "Kessu, a newly landed Velt and a seasoned soldier, broke with Orvanij in the spring.\n");
        foreach (var name in new[] { "Running Elk", "Big Marrak", "Orvanij", "Veltaro", "Kessu" })
        {
            Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == name)).Type);
        }
    }

    [Fact]
    public void Written_after_a_comma_gives_other_spellings()
    {
        var p = Run("Report\n\nOn the upper estates a carpenter named Orvanij, written Orvany or Orvani in old lists, took charge of the revolt.\n");
        var cooper = Assert.Single(p.Entities, e => e.Name == "Orvanij");
        Assert.Contains(cooper.Mentions, m => m.Surface == "Orvany");
    }

    [Fact]
    public void A_land_the_text_makes_a_colony_stays_a_place_beside_the_company_named_for_it()
    {
        var p = Run("Report\n\nKessaland was a trading colony along the Velt River, owned by a chartered firm, the Society of Kessaland (Genootschap van Kessaland).\n\n"
            + "The governor of Kessaland, Orvano Velt, ruled it for the Society with forty soldiers.\n");
        Assert.Equal(EntityType.Place, Assert.Single(p.Entities, e => e.Name == "Kessaland").Type);
        Assert.DoesNotContain(p.Entities, e => e.Name != "Kessaland" && e.Mentions.Any(m => m.Surface == "Kessaland"));
    }

    [Fact]
    public void Words_a_chronicler_makes_him_say_are_the_one_he_stands_for()
    {
        var p = Run("Report\n\nOn 15 June the council received the petitioners at Kuopio. Idun Kessaby then stepped out to meet the crowd. "
            + "\"Follow me and no other,\" the chronicler Marrak Veltaro makes him say, after which the crowd scattered.\n");
        Assert.Equal("Idun Kessaby", SpeakerOf(p, "Follow me and no other"));
    }
    [Fact]
    public void A_nasal_written_m_or_n_before_k_is_one_spelling()
    {
        Assert.Equal(NameKey.Translit("Velamkunnath"), NameKey.Translit("Velankunnath"));
        var p = Run("Report\n\nThe catalogues give Velamkunnath Orvammed Tarik and Velankunnath Orvammad Tarik. Orvammed Tarik held the hills.\n");
        Assert.Single(p.Entities, e => e.Type == EntityType.Person);
    }
    [Fact]
    public void A_name_a_writer_treats_as_another_name_for_someone_joins_no_one()
    {
        var p = Run("Report\n\nThe chronicler Ruvo Brisk seems to treat \"Orvan Kessaro\" as another name for Idun Velt, and a few historians agree. "
            + "This survey keeps them apart.\n");
        Assert.DoesNotContain(Assert.Single(p.Entities, e => e.Name == "Idun Velt").Mentions, m => m.Surface == "Orvan Kessaro");
    }

    [Fact]
    public void What_followers_call_a_leader_is_a_person_s_name_apart_from_the_body_it_names()
    {
        var p = Run("Report\n\nThe Kessu rebels were slaves and freedmen. Their leader was Orvano Velt, a poet of unknown origin. "
            + "The hill men called him Sahib al-Kessu, lord of the Kessu. The Kessu took Brisk in 870.\n");
        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "Sahib al-Kessu").Type);
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Kessu").Type);
    }
}
