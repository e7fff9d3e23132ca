using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// One-word names made people by what befalls them or by the noun set off after them, Nguni patronymics and peoples,
/// places named in the possessive, company forms, institutions whose names hold a list, and the speech and relation
/// frames of session 36 (each rule on invented text).
/// </summary>
public sealed class FatesPatronymicsAndPossessivePlacesRuleTests
{
    private static ProcessedArticle Run(string text) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: "2026-03-01")));

    private static EntityType? TypeOf(ProcessedArticle p, string name) => p.Entities.FirstOrDefault(e => e.Name == name)?.Type;

    private static string? SpeakerOf(ProcessedArticle p, string quoteStart)
    {
        var claim = p.Claims.First(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(quoteStart, StringComparison.Ordinal));
        return claim.Speaker is int s ? p.Entities[s].Name : null;
    }

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    [Theory]
    [InlineData("Velkaro was beheaded at Lahti in 1802.")]
    [InlineData("Velkaro died in custody at Lahti in 1802.")]
    [InlineData("Velkaro had been outlawed by the governor at Lahti.")]
    public void A_one_word_name_that_dies_or_is_executed_is_a_person(string sentence)
    {
        var p = Run("Notes\n\nThe mills spread up the valley. " + sentence + "\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Velkaro"));
    }

    [Fact]
    public void What_befalls_a_person_does_not_pull_a_town_named_after_him_into_him()
    {
        var p = Run("Notes\n\nOrvo Tamaresku was raised in Tamaresk, a town on the northern lakes, and took his name from it. He taught in Lahti for "
            + "ten years. In 1961 his pupils gathered at the village of Tamaresk. Tamaresk was shot in the last charge.\n");
        Assert.Equal(EntityType.Place, TypeOf(p, "Tamaresk"));
        Assert.Equal(EntityType.Person, TypeOf(p, "Orvo Tamaresku"));
    }

    [Theory]
    [InlineData("In 2019 the school named its hall after Velkaro, the Tammer warrior who held the ford.")]
    [InlineData("Velkaro, a Tammer man whose fields lay by the lake, is first named in a ledger of 1790.")]
    public void A_noun_only_a_person_is_set_off_after_a_name_makes_it_a_person(string sentence)
    {
        var p = Run("Notes\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Velkaro"));
    }

    [Fact]
    public void A_nguni_patronymic_stays_in_the_name_and_a_people_named_with_its_prefix_is_a_group()
    {
        var p = Run("Notes\n\nSipho kaVelt, the old inkosi of the amaTeli, sided with Ruvo kaMarrak near Lahti.\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Sipho kaVelt"));
        Assert.Equal(EntityType.Person, TypeOf(p, "Ruvo kaMarrak"));
        Assert.Equal(EntityType.Group, TypeOf(p, "amaTeli"));
        Assert.True(Has(p, "Sipho kaVelt", "leads", "amaTeli"));
    }

    [Theory]
    [InlineData("The drovers gathered at Brisk's Field on 4 May 1802.", "Brisk's Field")]
    [InlineData("The prisoner was executed on St Ruvo's Square in 1573.", "St Ruvo's Square")]
    public void A_place_named_in_the_possessive_is_one_place(string sentence, string place)
    {
        var p = Run("Notes\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Place, TypeOf(p, place));
        Assert.DoesNotContain(p.Entities, e => e.Name is "Brisk" or "St Ruvo" or "Field");
    }

    [Fact]
    public void A_known_place_s_square_stays_the_place_s()
    {
        var p = Run("Notes\n\nThe crowd filled Kuopio's Market Square on 3 May.\n");
        Assert.Equal(EntityType.Place, TypeOf(p, "Kuopio"));
    }

    [Theory]
    [InlineData("The applicant is represented by Orvano Brisk LLP of Lahti.", "Orvano Brisk LLP")]
    [InlineData("Data are supplied by Velder Orvo SAS.", "Velder Orvo SAS")]
    public void A_company_form_after_a_firm_s_name_makes_it_a_group(string sentence, string firm)
    {
        var p = Run("Notes\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Group, TypeOf(p, firm));
    }

    [Theory]
    [InlineData("He travelled on to Ciudad Kessa by night.", "Ciudad Kessa")]
    [InlineData("The wedding was held in Gornja Velta last June.", "Gornja Velta")]
    [InlineData("The wedding party drove from Donji Ruvo at dawn.", "Donji Ruvo")]
    public void Upper_lower_and_city_words_of_other_languages_open_a_place(string sentence, string place)
    {
        var p = Run("Notes\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Place, TypeOf(p, place));
    }

    [Fact]
    public void A_spanish_ministry_word_opens_a_body_and_a_list_of_portfolios_stays_in_the_name()
    {
        var p = Run("Notes\n\nThe committee wrote to the Secretaría de Kessa and to the Ministry of Youth, Sport and Heritage in Lahti.\n");
        Assert.Equal(EntityType.Group, TypeOf(p, "Secretaría de Kessa"));
        Assert.Equal(EntityType.Group, TypeOf(p, "Ministry of Youth, Sport and Heritage"));
        Assert.DoesNotContain(p.Entities, e => e.Name is "Sport" or "Heritage");
    }

    [Fact]
    public void A_mounted_unit_named_by_its_plural_is_a_group()
    {
        var p = Run("Notes\n\nTrooper Ivo Marr of the Lahti Cuirassiers served beside the Savonia Zouaves.\n");
        Assert.Equal(EntityType.Group, TypeOf(p, "Lahti Cuirassiers"));
        Assert.Equal(EntityType.Group, TypeOf(p, "Savonia Zouaves"));
        Assert.True(Has(p, "Ivo Marr", "member_of", "Lahti Cuirassiers"));
    }

    [Fact]
    public void A_rank_before_a_club_in_a_results_list_is_not_part_of_its_name_but_a_unit_s_number_is()
    {
        var p = Run("Match notes\n\nRESULT: 1 Velt Town Runners Club 2:18:41 · 2 Kessa Hill Club 2:18:52\n\nThe 318 Mountain Brigade held the bridge.\n");
        Assert.Contains(p.Entities, e => e.Name == "Velt Town Runners Club");
        Assert.Contains(p.Entities, e => e.Name == "318 Mountain Brigade");
    }

    [Fact]
    public void I_m_is_never_part_of_a_name()
    {
        var p = Run("Toasts\n\nIf we have not met, I'm Ivaro Kessaby. I've sailed with Ana Velt since school.\n");
        Assert.Contains(p.Entities, e => e.Name == "Ivaro Kessaby");
        Assert.DoesNotContain(p.Entities, e => e.Name.StartsWith("I'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regnal_numeral_s_full_stop_before_a_sentence_s_first_word_ends_the_name()
    {
        var p = Run("Notes\n\nThe throne passed to Ruvo V. In the spring the barns were rebuilt. Ivo the Bad and Orvo the Bold rode north.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name.EndsWith(" In", StringComparison.Ordinal));
        Assert.Contains(p.Entities, e => e.Name == "Ivo the Bad" && e.Type == EntityType.Person);
        Assert.Contains(p.Entities, e => e.Name == "Orvo the Bold" && e.Type == EntityType.Person);
    }

    [Fact]
    public void As_x_put_it_and_he_d_say_and_a_family_title_speak_for_the_relative()
    {
        var p = Run("Toasts\n\nDomen's grandfather, Ruvo Kessaby, who died in 2019, told one story each winter. Ivo Velt held the valley, "
            + "and, as Grandad Ruvo put it, \"taxed the mill harder than the river did.\"\n\nGrandad Ruvo ended it the same way. "
            + "\"The mill burned,\" he'd say, raising his cup, \"and the river kept running.\"\n");
        Assert.Equal("Ruvo Kessaby", SpeakerOf(p, "taxed the mill"));
        Assert.Equal("Ruvo Kessaby", SpeakerOf(p, "The mill burned"));
    }

    [Fact]
    public void Says_and_a_bare_role_noun_before_the_name_speaks()
    {
        var p = Run("Club news\n\nThe third green was relaid in March. \"Keep off the new turf,\" says superintendent Dale Kessaby.\n");
        Assert.Equal("Dale Kessaby", SpeakerOf(p, "Keep off the new turf"));
    }

    [Fact]
    public void The_subject_of_the_last_clause_before_a_colon_speaks_not_the_sentence_s_first_name()
    {
        var p = Run("Match notes\n\nThe Velt Boat Club led by ten seconds at the bell, and its captain, Tammi Orvanen, was already waving: "
            + "\"Nobody catches our last runner.\"\n");
        Assert.Equal("Tammi Orvanen", SpeakerOf(p, "Nobody catches our last"));
    }

    [Fact]
    public void Founded_by_a_described_founder_a_possessive_apposition_and_the_head_of_a_body_give_relations()
    {
        var p = Run("Notes\n\nKessa Run, founded by the brewer Ivo Marrakson in 2015, sells ale in Lahti. Ana Velder, a lawyer, then put "
            + "herself at the head of the Orvano Creek Association. Major Tomas Brisk, Ivo Velt's brother-in-law, held Kessa Hill with twenty pikemen. "
            + "Ruvo Tammer gave the command to Henry Velander, and the army marched.\n");
        Assert.Equal(EntityType.Group, TypeOf(p, "Kessa Run"));
        Assert.True(Has(p, "Ivo Marrakson", "founded", "Kessa Run"));
        Assert.True(Has(p, "Ana Velder", "leads", "Orvano Creek Association"));
        Assert.True(Has(p, "Tomas Brisk", "controls", "Kessa Hill"));
        Assert.False(Has(p, "Ivo Velt", "controls", "Kessa Hill"));
        Assert.True(Has(p, "Henry Velander", "reports_to", "Ruvo Tammer"));
    }

    [Fact]
    public void A_rising_named_after_its_leader_is_no_actor_and_the_leader_s_given_name_alone_is_him()
    {
        var p = Run("Notes\n\nRuvo kaTeli, inkosi of the Tammer, refused the tax. English writers call it the Ruvo Rebellion. "
            + "The colonel sent his columns against Ruvo in May.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name.Contains("Rebellion", StringComparison.Ordinal));
        Assert.Contains(p.Entities, e => e.Name == "Ruvo kaTeli" && e.Type == EntityType.Person && e.Mentions.Any(m => m.Surface == "Ruvo"));
    }

    [Fact]
    public void A_full_name_the_text_shortens_to_its_last_word_stays_a_person_against_one_weak_cue()
    {
        var p = Run("Notes\n\nThe league chose its captains here: Tomek Brasko, Ivo Ruvak and Oto Velim. Brasko led it. "
            + "The bishop raised the nobles' army against Brasko.\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Tomek Brasko"));
    }

    [Fact]
    public void The_third_item_of_a_lettered_list_is_no_copyright_line()
    {
        var p = Run("MILL RESTORATION NOTICE\n\nThe mill at Kessaby is described below; its beams were cut in 1790 and the wheel was rebuilt in 1850.\n\n"
            + "1. WORKS\n\n(a) Each beam is to be numbered before the work.\n\n(b) No beam may be planed.\n\n"
            + "(c) Beams showing saw cuts are to be kept whole.\n\n\"Keep every scar on the beams,\" Ana Velder writes in her survey.\n\n"
            + "2. HOW TO BID\n\nBids go through the portal.\n");
        Assert.Equal("Ana Velder", SpeakerOf(p, "Keep every scar"));
        var c = p.Article.Text.IndexOf("(c) Beams", StringComparison.Ordinal);
        Assert.Equal(PassageKind.Body, p.Passages.First(x => x.Span.Start <= c && c < x.Span.End).Kind);
    }

    [Theory]
    [InlineData("The troops marched from St Ruvo-in-the-East at dawn.", "St Ruvo-in-the-East")]
    [InlineData("The troops marched to Kessa-upon-Velt at dawn.", "Kessa-upon-Velt")]
    [InlineData("Nothing stirred outside the capital and Cap Ruvo.", "Cap Ruvo")]
    [InlineData("The ships sailed past Cabo Velt in June.", "Cabo Velt")]
    public void An_english_joined_place_name_and_a_cape_of_another_language_are_places(string sentence, string place)
    {
        var p = Run("Notes\n\n" + sentence + "\n");
        Assert.Equal(EntityType.Place, TypeOf(p, place));
    }

    [Fact]
    public void An_honorific_after_the_name_makes_a_person_against_a_weak_cue()
    {
        var p = Run("Notes\n\nThe tribes declared their revolt against Ruvo Bey in April.\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Ruvo Bey"));
    }

    [Fact]
    public void A_faith_s_word_that_is_a_given_name_opens_a_person_s_name_and_the_relative_after_of_y_is_the_person_s()
    {
        var p = Run("Notes\n\nChristian Velderli of Kessaby, who led the Orvo contingent, joined the league in May. The bailiff of Lahti, Ivo Brask, "
            + "arrested him in June.\n");
        Assert.Equal(EntityType.Person, TypeOf(p, "Christian Velderli"));
        Assert.NotEqual(EntityType.Person, TypeOf(p, "Kessaby"));
        Assert.NotEqual(EntityType.Group, TypeOf(p, "Orvo"));
        Assert.True(Has(p, "Ivo Brask", "holds_office", "Lahti"));
    }

    [Fact]
    public void A_company_form_in_capitals_is_no_kinship_particle()
    {
        var p = Run("Notes\n\nThe samples were dated by Velder Holzbau AG in Lahti.\n");
        Assert.NotEqual(EntityType.Person, TypeOf(p, "Velder Holzbau AG"));
    }

    [Theory]
    [InlineData("Grzegorz")]
    [InlineData("Bálint")]
    public void Given_names_of_other_languages_are_known(string name) => Assert.True(NameLexicon.IsCommonGivenName(name));
}
