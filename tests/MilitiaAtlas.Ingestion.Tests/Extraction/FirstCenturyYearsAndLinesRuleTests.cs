using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Years of one or two figures in a story the document sets in our era's first century, and the rules read with them
/// (session 33, each on invented text).
/// </summary>
public sealed class FirstCenturyYearsAndLinesRuleTests
{
    private static ProcessedArticle Run(string text, string? published = null) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: published)));

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    private static LocalEntity One(ProcessedArticle p, string name) => Assert.Single(p.Entities, e => e.Name == name);

    private static List<string?> Dates(string text, bool twoFigureYears) =>
        DateFinder.Find(text, new TextSpan(0, text.Length), "2025-06-01", twoFigureYears: twoFigureYears).Select(d => d.Date).ToList();

    [Theory]
    [InlineData("The Kessa garrison surrendered in March 70.", "0070-03")]
    [InlineData("On 3 February 69 Orvano Velt took the oath at Kuopio.", "0069-02-03")]
    [InlineData("In 68 Orvano Velt fell from power.", "0068")]
    [InlineData("Ruvo Velt was executed around 79.", "0079")]
    [InlineData("In the winter of 69 Ruvo Velt crossed the ice.", "0069")]
    public void In_a_first_century_story_a_year_of_two_figures_is_a_date(string sentence, string expected)
    {
        Assert.Contains(expected, Dates(sentence, twoFigureYears: true));
        Assert.DoesNotContain(expected, Dates(sentence, twoFigureYears: false));
    }

    [Theory]
    [InlineData("In March 70 people left the town.")]
    [InlineData("In 12 cases the tax was paid.")]
    [InlineData("The price went up by 15 in a year.")]
    public void A_number_of_two_figures_that_counts_is_no_date_even_then(string sentence)
    {
        Assert.DoesNotContain(Dates(sentence, twoFigureYears: true), d => d is not null && d.StartsWith("00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The guide covers the revolt of AD 69-70.", true)]
    [InlineData("Orvano Velt was born in 12 CE.", true)]
    [InlineData("The abbey was founded in AD 869.", false)]
    [InlineData("Loss of 40 CEOs in a year.", false)]
    public void A_document_sets_its_story_in_the_first_century_by_writing_such_a_year_with_our_era(string text, bool expected)
    {
        Assert.Equal(expected, EraYears.WritesTwoFigureYears(text));
    }

    [Fact]
    public void An_event_of_a_first_century_story_takes_its_year_of_two_figures()
    {
        var p = Run("Guide\n\nUpdated 4 March 2026. The society shows the revolt of AD 69-70.\n\nThe Kessa garrison under Ruvo Marrak surrendered in March 70.\n", "2026-03-04");
        Assert.Contains(p.Events, e => e.Date.Date == "0070-03");
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "2026-03" || e.Date.Date == "2025-03");
    }

    [Fact]
    public void An_older_year_before_many_opens_its_sentence_and_that_year_is_it()
    {
        var p = Run("Report\n\nOrvano Velt was born around 1772 in Kuopio.\n\nIn 1833 many villages went over to the Kessa rebels; Ruvo Marrak was exiled that year.\n");
        Assert.Contains(p.Events, e => e.Date.Date == "1833" && e.Participants.Any(x => p.Entities[x].Name == "Ruvo Marrak"));
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "1772" && e.Participants.Any(x => p.Entities[x].Name == "Ruvo Marrak"));
    }

    [Fact]
    public void A_line_of_fields_over_prose_is_a_sentence_of_its_own()
    {
        var p = Run("Notes\n\nNote 3 · Chapter 2 · Page 118\nRuvo Marrak, a ferryman, told the author: \"The river was ours for three days.\"\n");
        Assert.Contains(p.Sentences, s => p.Article.Text[s.Span.Start..s.Span.End] == "Note 3 · Chapter 2 · Page 118");
        Assert.Equal("Ruvo Marrak", p.Claims.Where(c => c.Speaker is not null).Select(c => p.Entities[c.Speaker!.Value].Name).First());
    }

    [Fact]
    public void A_table_s_header_stays_with_its_rows()
    {
        var p = Run("List\n\nNo. | Name | Listed\nR-1 | VELT, Orvano | 05/11/2014\n");
        Assert.DoesNotContain(p.Sentences, s => p.Article.Text[s.Span.Start..s.Span.End] == "No. | Name | Listed");
    }

    [Fact]
    public void A_heading_s_bracket_of_a_place_and_years_is_no_other_name()
    {
        var p = Run("Register\n\nVELT BANNERS (KESSABAD, 1419-1434)\n\nThe Velt banners were carried in Kessabad by the Velt rebels.\n");
        Assert.DoesNotContain(p.Entities, e => e.Mentions.Any(m => m.Surface == "KESSABAD") && e.Mentions.Any(m => m.Surface == "VELT BANNERS"));
    }

    [Fact]
    public void A_person_s_bracket_with_a_lifetime_still_gives_the_full_name()
    {
        var p = Run("Report\n\nIvo Velt (Ivan Petrovich Velt, 1889-1922) led the rising in Kuopio.\n");
        Assert.Contains(Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Ivo Velt")).Mentions, m => m.Surface == "Ivan Petrovich Velt");
    }

    [Fact]
    public void An_acronym_and_an_English_name_in_one_bracket_are_both_the_body_s()
    {
        var p = Run("Report\n\nThe Movimiento de Liberación Velto (MLV, the Velt Liberation Movement) was founded in 1962.\n");
        var body = Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "MLV"));
        Assert.Contains(body.Mentions, m => m.Surface == "Velt Liberation Movement");
    }

    [Theory]
    [InlineData("The rebels founded a town in south Kessabad in 1420.", "Kessabad")]
    [InlineData("King Orvano IV of Kessaland died in 1419.", "Kessaland")]
    public void A_land_a_compass_word_parts_or_a_numbered_ruler_is_of_is_a_place(string sentence, string place)
    {
        Assert.Equal(EntityType.Place, One(Run("Report\n\n" + sentence + "\n"), place).Type);
    }

    [Fact]
    public void A_town_the_text_places_twice_stays_out_of_the_body_named_for_it()
    {
        var p = Run("Report\n\nThe Kessabad Revolutionary Committee met at night. The police came in force to Kessabad, and no one in Kessabad "
            + "slept. Ivo Velt chaired the Kessabad Revolutionary Committee. In Kessabad the bells rang.\n");
        Assert.Equal(EntityType.Place, Assert.Single(p.Entities, e => e.Name == "Kessabad").Type);
    }

    [Fact]
    public void His_ally_or_his_deputy_in_a_later_clause_is_toward_the_person_last_named()
    {
        var p = Run("Report\n\nOrvano Velt burned the customs house while his ally Ruvo Marrak held the bridge.\n\n"
            + "A southern column was led by Idun Brisk, a teacher who had studied in Kuopio; his deputy was Ivo Kessaby, a miller's nephew.\n");
        Assert.True(Has(p, "Ruvo Marrak", "allied_with", "Orvano Velt"));
        Assert.True(Has(p, "Ivo Kessaby", "reports_to", "Idun Brisk"));
    }

    [Fact]
    public void A_name_inside_an_apposition_is_no_subject_of_the_verb_after_it()
    {
        var p = Run("Report\n\nRuvo Marrak, another Kessa elder, fought alongside the Velt Rifles at the ford.\n");
        Assert.False(Has(p, "Kessa", "allied_with", "Velt Rifles"));
        Assert.True(Has(p, "Ruvo Marrak", "allied_with", "Velt Rifles"));
    }

    [Theory]
    [InlineData("Pope Orvano V blessed the northern army.", "Orvano V")]
    [InlineData("Ranger Ana Kessaby of the park service checks the trail each morning.", "Ana Kessaby")]
    [InlineData("Matua Ruvo Marrak will lead us at the site.", "Ruvo Marrak")]
    public void A_title_before_a_name_is_split_off(string sentence, string person)
    {
        Assert.Equal(EntityType.Person, One(Run("Report\n\n" + sentence + "\n"), person).Type);
    }

    [Fact]
    public void A_town_s_university_radio_and_paper_are_three_bodies()
    {
        var p = Run("Report\n\nAna Velt is a lecturer at Kessaby University. She spoke on Kessaby Radio last week.\n\nAsked by the Kessaby Courier why, she said nothing.\n");
        Assert.Equal(3, p.Entities.Count(e => e.Name.StartsWith("Kessaby ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Recordings will go to the Velt Studies Archive at Kuopio.", "Velt Studies Archive")]
    [InlineData("Copyright stays with the publisher (Orvano Books Ltd).", "Orvano Books Ltd")]
    public void An_archive_a_publisher_and_a_company_are_bodies(string sentence, string body)
    {
        Assert.Equal(EntityType.Group, One(Run("Report\n\n" + sentence + "\n"), body).Type);
    }

    [Fact]
    public void A_council_called_the_X_is_a_body_and_nan_stays_inside_a_name()
    {
        var p = Run("Report\n\nThe elders chose a council called the Orvano nan Kessa; Tuanku nan Velt sat at its head.\n");
        Assert.Equal(EntityType.Group, One(p, "Orvano nan Kessa").Type);
        Assert.Equal(EntityType.Person, One(p, "Tuanku nan Velt").Type);
    }

    [Fact]
    public void A_street_named_for_a_person_is_a_place()
    {
        var p = Run("Report\n\nA street called Jalan Orvano Velt runs through the old town of Kuopio.\n");
        Assert.Equal(EntityType.Place, One(p, "Jalan Orvano Velt").Type);
    }

    private static string? SpeakerOf(ProcessedArticle p, string fragment) =>
        p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s ? p.Entities[s].Name : null;

    [Fact]
    public void Words_attributed_to_him_are_the_one_he_stands_for()
    {
        var p = Run("Report\n\nThe sect is named after the hermit Ivo Kessaby, who died in 1415. A saying attributed to him is painted on "
            + "the chapel wall: \"Seek the truth and hold it.\"\n");
        Assert.Equal("Ivo Kessaby", SpeakerOf(p, "Seek the truth"));
    }

    [Fact]
    public void A_person_set_off_by_a_comma_before_the_colon_speaks_the_quotation()
    {
        var p = Run("Report\n\nThe last chapter belongs to a witness who later taught music in Kuopio, Dr. Ana Velt: \"We were all younger then.\"\n");
        Assert.Equal("Ana Velt", SpeakerOf(p, "We were all younger"));
    }

    [Fact]
    public void An_epithet_after_a_one_word_name_belongs_to_it()
    {
        var p = Run("Report\n\nOrvano Velt, also called Orvano the Bald, led the armies from 1426. Ruvo the Lesser (Ruvek) led the Kessa rebels.\n");
        Assert.Contains(Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Orvano Velt")).Mentions, m => m.Surface == "Orvano the Bald");
        Assert.Contains(One(p, "Ruvo the Lesser").Mentions, m => m.Surface == "Ruvek");
    }

    [Theory]
    [InlineData("The garrisons of Upper Kessaland refused the order.", "Upper Kessaland")]
    [InlineData("The rains came late to Lower Orvania that year.", "Lower Orvania")]
    public void Upper_and_lower_open_a_place_s_name(string sentence, string place)
    {
        Assert.Equal(EntityType.Place, One(Run("Report\n\n" + sentence + "\n"), place).Type);
    }

    [Fact]
    public void A_name_set_off_after_a_body_s_noun_is_the_body()
    {
        var p = Run("Report\n\nIvo Velt gathered a mounted band, the Quick Riders, in the spring.\n");
        Assert.Equal(EntityType.Group, One(p, "Quick Riders").Type);
    }

    [Fact]
    public void A_surname_that_opens_on_a_particle_names_the_full_name_it_stands_in()
    {
        var p = Run("Report\n\nAna de la Velta Ruiz was a lawyer in Kuopio. De la Velta led the southern column herself.\n");
        Assert.Contains(Assert.Single(p.Entities, e => e.Mentions.Any(m => m.Surface == "Ana de la Velta Ruiz")).Mentions, m => m.Surface == "De la Velta");
    }

    [Fact]
    public void Where_one_is_born_is_a_place_whatever_given_name_opens_it()
    {
        var p = Run("Report\n\nIvo Velt was born on 9 March 1931 in Lorenzo de Kessa, a small town.\n");
        Assert.Equal(EntityType.Place, One(p, "Lorenzo de Kessa").Type);
    }

    [Fact]
    public void A_town_the_text_surely_places_is_no_other_name_of_a_shouted_surname()
    {
        var p = Run("Forum\n\nMy aunt was born in Kessabad, a village near Kuopio. Her brother, Ivo Veltarski, was born in 1925.\n\n"
            + "Researching: VELTARSKI (Kessabad / Kesabad), ORVANEN (Kuopio)\n");
        Assert.DoesNotContain(p.Entities, e => e.Mentions.Any(m => m.Surface == "Kessabad") && e.Mentions.Any(m => m.Surface.Contains("VELTARSKI", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_body_named_with_a_part_s_head_after_its_is_part_of_the_group_last_named()
    {
        var p = Run("Report\n\nThe Kessa Party took power in 1978.\n\nIts Velto faction, headed by Ivo Marrak, pushed the rival wing out of the cabinet.\n");
        Assert.True(Has(p, "Velto faction", "part_of", "Kessa Party"));
    }

    [Fact]
    public void A_plural_s_apostrophe_before_an_organization_s_head_stays_in_the_name()
    {
        var p = Run("Report\n\nRuvo Marrak, who speaks for the Kessa Ridge Relatives' Association, asked for one line. The Weavers' Company paid for the bell.\n");
        Assert.True(Has(p, "Ruvo Marrak", "spokesperson_for", "Kessa Ridge Relatives' Association"));
        Assert.Equal(EntityType.Group, One(p, "Weavers' Company").Type);
    }

    [Fact]
    public void A_nobleman_or_a_seeress_of_a_body_is_its_member()
    {
        var p = Run("Report\n\nIvo Ruvo, a nobleman of the Kessa League, and Ana Brisk, a seeress of the Velt Brotherhood, joined the rising.\n");
        Assert.True(Has(p, "Ivo Ruvo", "member_of", "Kessa League"));
        Assert.True(Has(p, "Ana Brisk", "member_of", "Velt Brotherhood"));
    }

    [Theory]
    [InlineData("UPCOMING EVENTS", "Spring Fair, Kuopio town hall\nMembers' meeting, Velt community hall")]
    [InlineData("SIMILAR IMAGES", "Kessa village, 1880s photograph · Rice fields near Kuopio, postcard")]
    [InlineData("ABOUT THIS EXPORT", "Notes leave the app as plain text only.\nAlso in your library: A Short History of Rope")]
    public void A_page_s_closing_section_of_events_images_or_an_export_note_is_boilerplate(string heading, string lines)
    {
        var p = Run("Report\n\nIn 1837 Ruvo Marrak held the fort at Kuopio against the Kessa Front for three months, and the siege ended in "
            + "August.\n\nThe Kessa Front withdrew to the hills after the siege.\n\n" + heading + "\n" + lines + "\n\nPrivacy | Terms | Contact\n");
        var at = p.Article.Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.All(p.Passages.Where(x => x.Span.Start >= at), x => Assert.NotEqual(PassageKind.Body, x.Kind));
    }

    [Fact]
    public void He_after_an_opening_date_or_and_takes_part_with_an_irregular_past_tense()
    {
        var p = Run("Report\n\nIvo Velt was a Kessa chief who hated the new telegraph.\n\nOn 3 May 1901 he cut the wire at Kuopio. Linesmen mended it, "
            + "and he cut it again in June 1901.\n");
        Assert.Contains(p.Events, e => e.Date.Date == "1901-05-03" && e.Participants.Any(x => p.Entities[x].Name == "Ivo Velt"));
        Assert.Contains(p.Events, e => e.Date.Date == "1901-06" && e.Participants.Any(x => p.Entities[x].Name == "Ivo Velt"));
    }

    [Fact]
    public void A_town_in_brackets_after_a_name_in_capitals_is_no_other_name_of_it()
    {
        var p = Run("Forum\n\nResearching: ORVANEN (Kuopio), VELTARSKI (Kessabad / Kesabad)\n");
        Assert.DoesNotContain(p.Entities, e => e.Mentions.Any(m => m.Surface == "Kuopio") && e.Mentions.Any(m => m.Surface == "ORVANEN"));
    }

    [Theory]
    [InlineData("The Kessa Front launched an attack on the Velt Rifles in 1846.", "Kessa Front", "Velt Rifles")]
    [InlineData("Ana Brisk marched against the Kessa Front in the spring.", "Ana Brisk", "Kessa Front")]
    public void Marching_against_or_launching_an_attack_on_a_body_opposes_it(string sentence, string subject, string target)
    {
        Assert.True(Has(Run("Report\n\n" + sentence + "\n"), subject, "opposed_to", target));
    }
}
