using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Knowledge-base statement dumps, help-desk threads, planners and the closing sections of such pages (session 34, each rule
/// on invented text).
/// </summary>
public sealed class StatementDumpsAndClosingSectionsRuleTests
{
    private static ProcessedArticle Run(string text, string? published = null) =>
        Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, text, new ArticleMetadata(Published: published)));

    private static bool Has(ProcessedArticle p, string subject, string predicate, string target) =>
        p.Relations.Any(r => p.Entities[r.Subject].Name == subject && r.Predicate == predicate && p.Entities[r.Target].Name == target);

    private const string Story = "Report\n\nIn 1837 Ruvo Marrak held the fort at Kuopio against the Kessa Front for three months, and the siege ended in "
        + "August.\n\nThe Kessa Front withdrew to the hills after the siege.\n\n";

    private static void AllAfterAreNotBody(ProcessedArticle p, string heading)
    {
        var at = p.Article.Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.All(p.Passages.Where(x => x.Span.Start >= at), x => Assert.NotEqual(PassageKind.Body, x.Kind));
    }

    [Theory]
    [InlineData("EDIT HISTORY", "3 May 2026 · Ivo Brisk · fixed a date\n1 May 2026 · Ana Velt · added a source")]
    [InlineData("USEFUL NUMBERS", "Reception: dial 0 · Ferry office: dial 5 · Pharmacy by the Velt Arcade")]
    [InlineData("DESK HOURS AND FINE PRINT", "The Velt Desk is open all day. Walks are run by Kessa Outings Ltd.")]
    [InlineData("CLUB VERSION HISTORY", "Version 3 by Ana Ruvo · Version 2 by Orvo Velt")]
    public void A_late_heading_of_history_numbers_small_print_or_export_details_closes_the_page(string heading, string lines)
    {
        AllAfterAreNotBody(Run(Story + heading + "\n" + lines + "\n\nPrivacy | Terms | Contact\n"), heading);
    }

    [Fact]
    public void A_closing_section_that_tells_nothing_is_boilerplate_at_the_page_s_end_too()
    {
        AllAfterAreNotBody(Run(Story + "OPENING HOURS AND FINE PRINT\nThe Velt Desk, Room 5, is open all day. Pictures by Ana Ruvo. Hours may change.\n"),
            "OPENING HOURS AND FINE PRINT");
    }

    [Fact]
    public void A_closing_section_that_tells_what_happened_when_stays_the_story()
    {
        var p = Run(Story + "THE FINE PRINT OF THE TREATY\nIn 1839 the Kessa Front signed a truce at Kuopio and handed over its guns.\n");
        Assert.Contains(p.Passages, x => x.Kind == PassageKind.Body && p.Article.Text[x.Span.Start..x.Span.End].Contains("truce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Was this ticket resolved?")]
    [InlineData("Was this article helpful?")]
    [InlineData("Did this answer help you?")]
    public void A_help_desk_s_closing_question_opens_the_footer(string question)
    {
        AllAfterAreNotBody(Run(Story + question + "\nYes · No\n\nRelated articles: Exporting a layer · Naming places\n"), question);
    }
    [Fact]
    public void A_name_the_text_writes_once_in_lower_case_is_still_a_name()
    {
        var p = Run("Report\n\nIn 1840 the Veltaros took the ford at Kuopio. Traders wrote it veltaros in their ledgers. "
            + "Ana Brisk joined the Veltaros in 1842, and the Veltaros kept the ford until 1850.\n");
        Assert.Contains(p.Entities, e => e.Name == "Veltaros" && e.Type == EntityType.Group);
        Assert.True(Has(p, "Ana Brisk", "member_of", "Veltaros"));
    }

    [Fact]
    public void A_word_the_text_writes_in_lower_case_as_often_stays_a_word()
    {
        var p = Run("Report\n\nThe Kessa Front met at Kuopio. Veltaros were cheap that year; veltaros were sold at every market, and veltaros "
            + "kept the army fed. Veltaros, the traders said, never spoil.\n");
        Assert.DoesNotContain(p.Entities, e => e.Name == "Veltaros");
    }

    [Fact]
    public void Led_by_two_descriptions_joined_by_and_then_the_name_leads()
    {
        var p = Run("Report\n\nIn 1871 the Kessa Front, led by the schoolteacher and guerrilla captain Ivo Velt Marrak, took the ford at Kuopio.\n");
        Assert.True(Has(p, "Ivo Velt Marrak", "leads", "Kessa Front"));
    }

    [Fact]
    public void A_body_that_a_verb_names_after_and_is_no_agent_of_a_passive()
    {
        var p = Run("Report\n\nThe Orvo Militia was attacked by the army and the Kessa Front said nothing.\n");
        Assert.DoesNotContain(p.Relations, r => p.Entities[r.Subject].Name == "Kessa Front" || p.Entities[r.Target].Name == "Kessa Front");
    }

    [Fact]
    public void A_proclaimed_republic_is_a_body_its_proclaimers_founded()
    {
        var p = Run("Report\n\nIn July 1839 Ana Velder and Ruvo Ivo proclaimed the Idun Republic at Kuopio.\n");
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Idun Republic").Type);
        Assert.True(Has(p, "Ana Velder", "founded", "Idun Republic"));
        Assert.True(Has(p, "Ruvo Ivo", "founded", "Idun Republic"));
    }

    [Theory]
    [InlineData("In 1966 the Malawian Republic was formed at Zomba.", "Malawian Republic")]
    [InlineData("Envoys of the Dominican Republic arrived at Kuopio.", "Dominican Republic")]
    [InlineData("Delegates of the Republic of Togo arrived.", "Republic of Togo")]
    public void A_republic_named_for_a_known_country_is_the_country(string sentence, string name)
    {
        var p = Run("Report\n\n" + sentence + "\n");
        Assert.All(p.Entities.Where(e => e.Mentions.Any(m => m.Surface == name)), e => Assert.Equal(EntityType.Place, e.Type));
    }

    [Fact]
    public void Surrendering_to_someone_opposes_them_and_a_role_word_may_stand_before_the_object()
    {
        var p = Run("Report\n\nIn 1877 Ivo Marrak surrendered to the old chief Idun Veltarski at Kuopio.\n");
        Assert.True(Has(p, "Ivo Marrak", "opposed_to", "Idun Veltarski"));
    }

    [Theory]
    [InlineData("by then")]
    [InlineData("at the time")]
    public void An_apposition_may_open_with_when_it_held(string when)
    {
        var p = Run("Report\n\nAna Brisk, " + when + " the Orvo Front's commander, signed the truce at Kuopio.\n");
        Assert.Contains(p.Relations, r => p.Entities[r.Subject].Name == "Ana Brisk" && p.Entities[r.Target].Name == "Orvo Front");
    }
    [Fact]
    public void A_count_of_people_in_apposition_makes_a_body()
    {
        var p = Run("Report\n\nIn 1790 the Veltije, three exiled Kessan captains, took the fort at Kuopio.\n\nIn 1792 the Veltije burned the harbour.\n");
        Assert.Equal(EntityType.Group, Assert.Single(p.Entities, e => e.Name == "Veltije").Type);
    }

    [Fact]
    public void A_lone_name_one_mention_makes_a_person_s_stays_the_person_beside_a_place_named_for_him()
    {
        var p = Run("Report\n\nThe match is at Ivaro Park on Saturday.\n\nThe villagers called him Ivaro, the smith. Ivaro crossed the river in 1813. "
            + "Ivaro came back in 1817.\n");
        Assert.Contains(p.Entities, e => e.Name == "Ivaro" && e.Type == EntityType.Person);
        Assert.DoesNotContain(p.Entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Surface == "Ivaro"));
    }
    [Fact]
    public void Initials_before_a_surname_make_a_person_even_beside_a_body_word()
    {
        var p = Run("Report\n\nIn 1902 the magistrate of Velto, C. E. M. Velder, fined two of Brisk's men. Brisk's riders attacked Velder's police at Kuopio.\n");
        Assert.Equal(EntityType.Person, Assert.Single(p.Entities, e => e.Name == "C. E. M. Velder").Type);
    }
    [Fact]
    public void A_callsign_in_brackets_is_a_code_not_another_name()
    {
        var p = Run("Log\n\nOPERATORS\nAna Velder (PY3AVR), Ruvo Brisk (PU3RBK) and Ivo Marrak (G4IVM) worked the station at Kuopio.\n");
        Assert.DoesNotContain(p.Entities, e => e.Mentions.Any(m => m.Surface is "PY3AVR" or "PU3RBK" or "G4IVM"));
        Assert.All(p.Entities.Where(e => e.Name is "Ana Velder" or "Ruvo Brisk" or "Ivo Marrak"), e => Assert.Equal(EntityType.Person, e.Type));
    }
    [Fact]
    public void A_knowledge_base_export_relates_its_items_by_their_statements_and_qualifiers()
    {
        var text = "KESSA WIKIBASE\nItem export · plain text\n\nITEM KC-1\nLabel (en): Velt rising of 1851\nDescription (en): armed rising\n\n"
            + "STATEMENTS\ninstance of: rebellion\nlocation: Kuopio\nparticipant: Ivo Marrak\n    object has role: leader\nparticipant: 4th Orvo Battalion\n"
            + "    object has role: defenders\n    part of: Kessan Imperial Army\n\nITEM KC-2\nLabel (en): Ivo Marrak\nLabel (fi): Iivo Marrakka\n"
            + "Description (en): teacher who led the rising (1810-1851)\ninstance of: human\nplace of birth: Kuopio\nopponent of: 4th Orvo Battalion\n"
            + "    note: see the trial record\nmember of: Velt Brotherhood\n";
        var p = Run(text);
        Assert.True(Has(p, "4th Orvo Battalion", "part_of", "Kessan Imperial Army"));
        Assert.True(Has(p, "Ivo Marrak", "opposed_to", "4th Orvo Battalion"));
        Assert.True(Has(p, "Ivo Marrak", "member_of", "Velt Brotherhood"));
    }
    [Fact]
    public void A_word_in_capitals_only_inside_longer_names_stays_a_word_the_text_writes_in_lower_case()
    {
        var p = Run("Report\n\nWater from the Kuopio Sluice and the Velt Sluice fed the canals, and the Orvo Sluice fed the lake. "
            + "The old sluice failed in 1990.\n");
        Assert.DoesNotContain(p.Entities, e => e.Type == EntityType.Person && e.Name.EndsWith("Sluice", StringComparison.Ordinal));
    }
}
