using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Speakers set off after an office ("says the Chief Referee, X"), radio scripts with a cast list and labels in capitals, and
/// the place words of other languages (session 35, each rule on invented text).
/// </summary>
public sealed class ScriptsAndApposedOfficesRuleTests
{
    private static ProcessedArticle Run(string text) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: "2026-03-01")));

    private static string? SpeakerOf(ProcessedArticle p, string quoteStart)
    {
        var claim = p.Claims.First(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(quoteStart, StringComparison.Ordinal));
        return claim.Speaker is int s ? p.Entities[s].Name : null;
    }

    [Theory]
    [InlineData("says the league's race secretary, Ana Marrak.", "Ana Marrak")]
    [InlineData("said the society's press secretary, Ivo Velder.", "Ivo Velder")]
    [InlineData("says the Senior Umpire, Guru Idun Veltaros.", "Idun Veltaros")]
    [InlineData("says the Chief Judge, Ivo Brisk.", "Ivo Brisk")]
    [InlineData("says the Head Coach, Ivaro Kessaby.", "Ivaro Kessaby")]
    [InlineData("says the Foreign Secretary, Ana Ruvo.", "Ana Ruvo")]
    public void A_speaker_set_off_after_an_office_or_a_qualified_role_speaks(string frame, string speaker)
    {
        var p = Run("Notes from the Kessa Open\n\nThe open starts on 3 May in Kuopio.\n\n\"The course is longer this year,\" " + frame + "\n");
        Assert.Equal(speaker, SpeakerOf(p, "The course is longer"));
    }

    [Fact]
    public void An_office_with_only_its_qualifiers_is_no_name()
    {
        var p = Run("Notes from the Kessa Open\n\n\"We do not fight for medals,\" says the Chief Judge, Ivo Brisk. The Senior Umpire watched.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name is "Chief Judge" or "Senior Umpire");
    }

    [Fact]
    public void A_name_and_reports_after_a_quotation_speak_but_reports_of_is_a_noun()
    {
        var p = Run("Ride notes\n\nIvo Brisk and Lina Orvano rode the route.\n\n\"The ford is deep after the rain,\" Lina Orvano reports. "
            + "\"Carry spare socks.\"\n\nThe withdrawal ordered by Governor Ana Velt and subsequently reports of the Kessa Front taking over the hills worried the riders.\n");
        Assert.Equal("Lina Orvano", SpeakerOf(p, "The ford is deep"));
        Assert.Null(SpeakerOf(p, "The withdrawal ordered"));
    }

    private const string Script = "Episode 2: \"The Ferry\"\n\nCAST\nNARRATOR ........ Ana Kessaby\nBIG IVO ......... Oskar Marrak\nTHE PREFECT .... Lina Orvano\n\n"
        + "SCENE 1. THE HARBOUR. 1885.\n"
        + "NARRATOR: Kuopio, 1885. The ferry belongs to the prefect of the province, Colonel Tomas Velt.\n"
        + "THE PREFECT: The toll stands until spring. Post it on the quay.\n"
        + "NARRATOR: The ferryman Aleksi Brisk, known on the quay as Big Ivo, leads the boatmen.\n"
        + "BIG IVO: (laughing) The boatmen will not pay. Nobody rows for free.\n";

    [Fact]
    public void A_cast_list_s_actor_and_the_next_line_s_role_stay_apart()
    {
        var p = Run(Script);
        Assert.Contains(p.Entities, e => e.Name == "Oskar Marrak" && e.Type == EntityType.Person);
        Assert.DoesNotContain(p.Entities, e => e.Name.Contains("Marrak THE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_label_is_the_person_the_script_gave_that_role_before_the_name()
    {
        Assert.Equal("Tomas Velt", SpeakerOf(Run(Script), "The toll stands"));
    }

    [Fact]
    public void A_name_shouted_as_a_label_and_written_in_mixed_case_is_typed_by_its_mixed_case_form()
    {
        var p = Run(Script);
        Assert.Contains(p.Entities, e => e.Name == "Big Ivo" && e.Type == EntityType.Person);
        Assert.Equal("Big Ivo", SpeakerOf(p, "The boatmen will not pay"));
    }

    [Theory]
    [InlineData("the passes of the Cordillera Velt")]
    [InlineData("the slopes of Cerro Kessa")]
    [InlineData("the top of Dealul Ruvo")]
    [InlineData("the floor of Valea Orvo")]
    public void A_range_a_hill_or_a_valley_named_in_its_own_language_is_a_place(string phrase)
    {
        var p = Run("Field notes\n\nIn 1885 the rebels of Ivo Brisk held " + phrase + " for months.\n");
        var name = phrase.Split(" of ")[^1].Replace("the ", "", StringComparison.Ordinal);
        Assert.Contains(p.Entities, e => e.Name == name && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_surname_like_a_place_word_of_an_old_list_stays_a_person()
    {
        // "Marsh" and "Ridge" are surnames as often as places, so they head no place's name.
        var p = Run("Episode notes\n\nANA MARSH: Good evening, this is Ana Marsh, and with me is Ivo Ridge.\n\nIVO RIDGE: Thank you, Ana.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name.Contains("Marsh", StringComparison.Ordinal) && e.Type == EntityType.Place);
        Assert.DoesNotContain(p.Entities, e => e.Name.Contains("Ridge", StringComparison.Ordinal) && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_verb_s_subject_that_his_follows_is_a_person()
    {
        var p = Run("Timeline\n\n2 March 1790: Velder sends his riders north to Kuopio.\n\n9 March 1790: Velder pitched his tents near Lahti, "
            + "and the Kessa Guard defeated Velder there.\n");
        Assert.Contains(p.Entities, e => e.Name == "Velder" && e.Type == EntityType.Person);
        Assert.Contains(p.Entities.Single(e => e.Name == "Velder").TypeEvidence, t => t.Cue == TypeCue.OwnPronoun);
    }

    [Fact]
    public void A_name_that_owns_the_named_body_one_joins_is_not_the_body()
    {
        var p = Run("Notes\n\nRuvo Ka-i led the farmers' league. In the autumn the Lake Riders joined Ruvo's Hill Company. "
            + "Ruvo was caught in December. The Kessa Guard commands Velt's gunmen in the hills.\n");
        Assert.Contains(p.Entities, e => e.Name == "Ruvo Ka-i" && e.Type == EntityType.Person);
        Assert.DoesNotContain(p.Entities, e => e.Name == "Ruvo" && e.Type == EntityType.Group);
        Assert.Contains(p.Entities.Single(e => e.Name == "Velt").TypeEvidence, t => t.Cue == TypeCue.LedObject);
    }

    [Theory]
    [InlineData("Velt Ha-e")]
    [InlineData("Park Ji-o")]
    public void A_given_name_whose_second_syllable_is_a_vowel_stays_in_the_name(string name)
    {
        var p = Run("Notes\n\nThe choir was founded by " + name + " in 1921, and " + name + " wrote its first hymn.\n");
        Assert.Contains(p.Entities, e => e.Name == name && e.Type == EntityType.Person);
    }

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    [Fact]
    public void A_prefect_a_raja_and_an_alcalde_hold_office_where_they_serve()
    {
        var p = Run("Notes\n\nThe prefect of Savonia, Colonel Ivo Brisk, opened the new school in Kuopio. In 1810 Orvo Velander, the Raja of Lahti, fled "
            + "to the coast. Ivo Marrak, the alcalde of the barrio of Ruvola, kept the keys.\n");
        Assert.True(Has(p, "Ivo Brisk", "holds_office", "Savonia"));
        Assert.True(Has(p, "Orvo Velander", "holds_office", "Lahti"));
        Assert.Contains(p.Entities, e => e.Name == "Ruvola" && e.Type == EntityType.Place);
    }

    [Fact]
    public void An_owner_s_men_who_take_a_town_and_a_leader_who_holds_its_passes_control_it()
    {
        var p = Run("Notes\n\nIn 1784 Ivo Brisk led the Kessa Band. The barns stood empty, and Brisk's men captured the port town of Lahti. "
            + "Ana Velt held the high passes of the Cordillera Orvo all winter.\n");
        Assert.True(Has(p, "Ivo Brisk", "controls", "Lahti"));
        Assert.True(Has(p, "Ana Velt", "controls", "Cordillera Orvo"));
    }

    [Fact]
    public void An_owner_s_men_take_only_the_verb_right_after_them()
    {
        var p = Run("Notes\n\nIvo Velt and Ana Brisk led the rising. In the spring Velt's men had shot two guards working for the Kessa Force.\n");
        Assert.False(Has(p, "Ivo Velt", "member_of", "Kessa Force"));
    }

    [Theory]
    [InlineData("LAKE CRUISE TERMS", "Life jackets are worn on deck at all times. Lost property goes to the harbour office.")]
    [InlineData("CONDITIONS OF CARRIAGE", "Single tickets cost EUR 6; bicycles ride at no charge.")]
    [InlineData("DOCUMENT CONTROL", "Issued by the Kessa Rowing Board, revision 3. Next review in 2027.")]
    [InlineData("RIGHTS AND CLEARANCES", "Music used under licence; the recording may be aired by the partners of Radio Orvo.")]
    public void A_page_s_terms_conditions_control_block_or_rights_close_it_at_its_end(string heading, string lines)
    {
        var p = Run("Report\n\nIn 1837 Ruvo Marrak held the fort at Kuopio against the Kessa Front for three months, and the siege ended in "
            + "August.\n\nThe Kessa Front withdrew to the hills after the siege.\n\n" + heading + "\n" + lines + "\n");
        var at = p.Article.Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.All(p.Passages.Where(x => x.Span.Start >= at), x => Assert.NotEqual(PassageKind.Body, x.Kind));
    }

    [Fact]
    public void Rising_against_opposes_and_the_leader_under_whom_one_rises_leads_the_risers()
    {
        var p = Run("Notes\n\nIn 1810 Orvo Velander, the Raja of Lahti, rebelled against the Kessa Company and lost. In 1817 the Tammer fighters "
            + "rose against the Kessa Company under Ivo Brisk. Ana Velt revolted against Governor Ivo Marrak in 1840.\n");
        Assert.True(Has(p, "Orvo Velander", "opposed_to", "Kessa Company"));
        Assert.True(Has(p, "Tammer", "opposed_to", "Kessa Company"));
        Assert.True(Has(p, "Ana Velt", "opposed_to", "Ivo Marrak"));
        Assert.False(Has(p, "Ivo Brisk", "leads", "Kessa Company"));
    }

    [Fact]
    public void A_relative_clause_after_a_later_name_is_that_name_s()
    {
        var p = Run("Notes\n\nThe mutineers are named after the faction that Ivo Brisk led within the Kessa League, the secret society that "
            + "rose against Sweden in 1896.\n");
        Assert.False(Has(p, "Ivo Brisk", "opposed_to", "Sweden"));
    }
}

