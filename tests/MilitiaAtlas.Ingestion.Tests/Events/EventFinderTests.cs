using MilitiaAtlas.Ingestion.Dates;

namespace MilitiaAtlas.Ingestion.Tests.Events;

public sealed class EventFinderTests
{
    private static ProcessedArticle Run(string? published, params string[] paragraphs) => RunTitled("Title line", published, paragraphs);

    private static ProcessedArticle RunTitled(string title, string? published, params string[] paragraphs)
    {
        var text = title + "\n\n" + string.Join("\n\n", paragraphs);
        return Pipeline.Default.Process(new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: title, Published: published)));
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
    public void A_step_of_the_story_counts_from_the_sentences_own_date_before_the_storys()
    {
        var p = Run("1990-05-01",
            "Rohan Tamsin was captured in the hills on 12 November 1989 and was dead by the next day.",
            "The Ruvo Front handed over its weapons at Kessa on 8 March, and signed a peace agreement with the government the following day.");

        Assert.Contains(p.Events, e => e.Date.Date == "1989-11-13");
        Assert.Contains(p.Events, e => e.Date.Date == "1990-03-09");
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "1989-11-14");
    }

    [Fact]
    public void A_retelling_goes_on_in_its_own_year_and_the_following_month_counts_from_the_story()
    {
        var p = Run("2008-03-12",
            "Half a century ago, on the morning of 12 March 1958, the Kessa Front seized the consul Tomas Ruvo Tarvin.",
            "The Kessa Front released the hostages in Tamaria on 14 March. The next evening the Kessa Front freed Tarvin.",
            "Amon Tessaly Varga was captured by the Kessa Army in October 1958, and the following May the Kessa Front traded him.");

        Assert.Contains(p.Events, e => e.Date.Date == "1958-03-14");
        Assert.Contains(p.Events, e => e.Date.Date == "1958-03-15");
        Assert.Contains(p.Events, e => e.Date.Date == "1959-05");
        Assert.DoesNotContain(p.Events, e => (e.Date.Date ?? "").StartsWith("2008-03-1", StringComparison.Ordinal) && e.Cue != "seized");
    }

    [Fact]
    public void A_yearless_range_in_a_retelling_moves_into_the_storys_year()
    {
        var p = Run("2023-11-15",
            "On 4 November 1801 the Kessa Legion defeated the Velt Host at Orvano.",
            "The Kessa Legion scattered the Velt column at Brisk on 2-3 January and burned Tarvo on 9 January 1802.");

        Assert.Contains(p.Events, e => e.Date.Date == "1802-01-02" && e.Date.EndDate == "1802-01-03");
        Assert.DoesNotContain(p.Events, e => (e.Date.Date ?? "").StartsWith("2023", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_inside_a_name_is_the_names_and_a_retelling_that_opens_on_its_day_keeps_its_year()
    {
        var p = Run("2021-02-25",
            "This case was circulated to the seminar on 25 February 2021 for discussion.",
            "On the morning of 27 February 1975, gunmen of the Movement 3 May seized Tomas Velt Ruvo in Kessa.",
            "The group had been formed years before in the squats of the city.",
            "Its members described themselves as urban guerrillas.",
            "The government chose to negotiate with the group.",
            "The prisoners were flown out of Tamaria on 3 March with Dan Orlo Vesk as guarantor.");

        Assert.DoesNotContain(p.Events, e => (e.Date.Date ?? "").EndsWith("-05-03", StringComparison.Ordinal));
        Assert.Contains(p.Events, e => e.Date.Date == "1975-03-03");
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "2021-03-03");
    }

    [Fact]
    public void A_diarys_dated_heading_dates_its_first_happening_and_what_counts_from_that_day()
    {
        var p = Run("2022-09-19",
            "Last Saturday, old hostages laid flowers at the Kessa Chamber of Commerce in Velt. These are my notes from the time.",
            "Friday, 17 September 1982",
            "Armed young men of the Tamaro Front walked into the Kessa Chamber of Commerce and took everyone hostage.",
            "Saturday, 18 September",
            "The Tamaro Front wants Dan Orlo freed, captured in Ruvo last month.",
            "Sunday, 19 September",
            "President Tomas Velt said on the radio this morning that he would talk. The Tamaro Front left for Ruvo the next day.");

        Assert.Contains(p.Events, e => e.Date.Date == "1982-09-17" && Names(p, e.Participants).Contains("Tamaro Front"));
        Assert.Contains(p.Events, e => e.Date.Date == "1982-08");
        Assert.Contains(p.Events, e => e.Date.Date == "1982-09-19" && Names(p, e.Participants).Contains("Tomas Velt"));
        Assert.Contains(p.Events, e => e.Date.Date == "1982-09-20");
        Assert.DoesNotContain(p.Events, e => (e.Date.Date ?? "").StartsWith("2022-08", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_that_opens_a_sentence_sets_the_story_but_since_and_a_year_in_passing_do_not()
    {
        var p = Run("2021-08-30",
            "In 1971 the Kessa Front opened camps along the river.",
            "On 9 May, Tamba Ruvo's men attacked the mission in Velt.");
        Assert.Contains(p.Events, e => e.Date.Date == "1971-05-09");

        var since = Run("2021-12-08",
            "Since 2016, Omar Velt Tessaly has held talks with the Kessa Front's chiefs in jail.",
            "In August, the weekly Kessa Today printed letters from Omar Velt Tessaly.");
        Assert.Contains(since.Events, e => e.Date.Date == "2021-08");

        var aside = Run("2024-04-22",
            "The ministry never published its report on the 2022 Tamba raid by the Kessa Front.",
            "On September 16, the Kessa Front shot four farmers in Velt.");
        Assert.Contains(aside.Events, e => e.Date.Date == "2023-09-16");
    }

    [Fact]
    public void A_recent_day_stays_news_after_an_old_date()
    {
        var p = Run("2025-12-22",
            "Velta Ruvo has chaired the council since October 1, 2024.",
            "The Kessa Front raided the hamlet of Tamaro once more on the evening of December 11.");

        Assert.Contains(p.Events, e => e.Date.Date == "2025-12-11");
    }

    [Fact]
    public void A_day_just_before_an_old_story_day_is_in_the_storys_year()
    {
        var p = Run("2021-10-20",
            "The dock strike was called for 14 May 1931. The Kessa Dock Union walked out two days early, on 12 May, and blocked the quays.",
            "The Harbour Guard cleared the quays from 15 May; by 2 June the strike had ended.");

        Assert.Contains(p.Events, e => e.Date.Date == "1931-05-12");
        Assert.Contains(p.Events, e => e.Date.Date == "1931-06-02");
        Assert.DoesNotContain(p.Events, e => e.Date.Date?.StartsWith("2021-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_recent_day_read_as_news_moves_the_story_to_the_present()
    {
        var p = Run("2024-06-20",
            "Thirty years ago this week, on 18 June 1994, the Ruvo Accord was signed. On 14 May a bus was bombed by the Kessa Front near Velturo.",
            "On 30 May the Kessa Police closed the crossings.");

        Assert.Contains(p.Events, e => e.Date.Date == "2024-05-30");
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "1994-05-30");
    }

    [Fact]
    public void An_anniversary_day_is_this_years()
    {
        var p = Run("2024-07-12",
            "The siege of Velturo began on 11 July 1995. On 11 July, the Velturo Mothers' League held a protest at the memorial.");

        Assert.Contains(p.Events, e => e.Date.Date == "2024-07-11");
    }

    [Fact]
    public void An_items_time_stamp_is_what_its_today_and_yesterday_count_from()
    {
        var p = Run("2024-04-12",
            "[2] Front Channel (Telegram) | 05 Apr 2024 18:02 | Tamaran | The Kessa Front says its post at Tamaro surrendered today after a blockade.",
            "[4] Valley Watch (Telegram) | 11 Apr 2024 13:05 | Tamaran | General Ivo Ruvo of the Kessa Army was killed near the dam yesterday.");

        Assert.Contains(p.Events, e => e.Date.Date == "2024-04-05" && e.Cue == "surrendered");
        Assert.Contains(p.Events, e => e.Date.Date == "2024-04-10");
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "2024-04-12");
    }

    [Fact]
    public void A_theft_the_next_day_is_an_event_at_the_place_named()
    {
        var p = Run("2001-06-01", "Piet Velt was killed in Kessa on 3 May 2001.", "The next day gunmen stole his body from a funeral home in Kessa.");

        var ev = Assert.Single(p.Events, e => e.Date.Date == "2001-05-04");
        Assert.Equal("stole", ev.Cue);
    }

    [Theory]
    [InlineData("A court in Kessa will hear the request next Tuesday.", "2019-08-27", "hear")]
    [InlineData("Interior Minister Piet Velt is due to brief senators on Wednesday.", "2019-08-28", "brief")]
    public void What_is_scheduled_is_an_event_on_its_coming_date(string sentence, string date, string cue)
    {
        var ev = Assert.Single(Run("2019-08-21", sentence).Events);
        Assert.Equal(date, ev.Date.Date);
        Assert.Equal(cue, ev.Cue);
    }

    [Theory]
    [InlineData("The Ruvo Front will remain in the hills next year.")]
    [InlineData("Piet Velt will not travel to Kessa on Wednesday.")]
    public void A_state_or_a_refusal_in_the_future_is_no_event(string sentence)
    {
        Assert.Empty(Run("2019-08-21", sentence).Events);
    }

    [Fact]
    public void A_yearless_day_after_a_year_in_its_clause_is_in_that_year_but_not_across_a_clause_break()
    {
        var p = Run("2023-08-21", "In the summer of 1993 an agreement was signed in Sochi on 27 July, under which the Kessa Army was to withdraw.");
        Assert.Contains(p.Events, e => e.Date.Date == "1993-07-27");

        var q = Run("2023-12-30", "I covered the Kessa Front from the camps in 2003 to the talks, and I was in the room for the signing of the accord on 29 December.");
        Assert.Contains(q.Events, e => e.Date.Date == "2023-12-29");

        // "March of this year" says its own year.
        var r = Run("2000-11-10", "Four Kessa Front members detained in Lebanon since 1997 were deported to Japan in March of this year.");
        Assert.Contains(r.Events, e => e.Date.Date == "2000-03");
    }

    [Theory]
    [InlineData("The Ruvo Battalion attacked Sarfait on 14 October 1975.", "The following evening two of its companies were pinned down near Sarfait.", "1975-10-15")]
    [InlineData("Piet Velt was arrested in Lamia on 3 January 2021.", "He was taken to the hospital in Lamia the following month.", "2021-02")]
    public void A_step_of_the_story_without_a_number_dates_a_sentence(string first, string second, string date)
    {
        Assert.Contains(Run("2021-06-01", first, second).Events, e => e.Date.Date == date);
    }

    [Fact]
    public void It_as_the_subject_of_a_groups_act_is_the_group_spoken_of()
    {
        var p = Run("2016-08-28", "The Tarvo Movement was founded in 1998.", "On 17 August 2005 it set off bombs in sixty districts.");

        var ev = Assert.Single(p.Events, e => e.Date.Date == "2005-08-17");
        Assert.Equal(["Tarvo Movement"], Names(p, ev.Participants));
    }

    [Fact]
    public void They_as_the_subject_of_a_groups_act_is_the_group_spoken_of()
    {
        var p = Run("2016-08-28", "Four students founded the Tarvo Movement in 1962.", "On 3 May 1964 they destroyed a radio mast near the border.");

        var ev = Assert.Single(p.Events, e => e.Date.Date == "1964-05-03");
        Assert.Equal(["Tarvo Movement"], Names(p, ev.Participants));
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

    [Theory]
    [InlineData("Omar Haddad was moved to Kenya in September 2018 and awaits trial there.", "2018-09")]
    [InlineData("The Dawn Brigades dropped their truce with the army in November 2017 and now raid its posts.", "2017-11")]
    [InlineData("Laura K. Benton handed the militia new rifles in 2013.", "2013")]
    public void A_dated_clause_told_in_the_past_tense_is_an_event(string sentence, string date)
    {
        var ev = Assert.Single(Run("2019-03-04", sentence).Events);

        Assert.Equal(date, ev.Date.Date);
    }

    [Theory]
    [InlineData("Passport No.: A4471902, Tamaro, issued 3 May 2011, expires 2 May 2016.")]
    [InlineData("The Dawn Brigades have existed since 2001, as I reported yesterday.")]
    public void A_record_field_or_a_state_is_no_event(string sentence)
    {
        Assert.Empty(Run("2019-03-04", sentence).Events);
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
    [InlineData("The bomb\u0301ing — and then “the bombing”.")]
    [InlineData("Fighters\u200Dattacked nothing; the raid\u203Fsiege began.")]
    [InlineData("Le siège — a siege.")]
    [InlineData("")]
    public void The_fast_cue_scan_finds_what_the_cue_pattern_finds(string sentence)
    {
        var m = MilitiaAtlas.Ingestion.Events.EventFinder.Cue().Match(sentence);
        Assert.Equal(m.Success ? m.Groups["cue"].Value : null, MilitiaAtlas.Ingestion.Events.EventFinder.FirstCue(sentence));
    }

    // ---- frames of issue 17: one happening, one event; its clause's actors ----

    [Theory]
    [InlineData("In 2013, the Zayudi Front chose Laura K. Benton as its envoy.", "2013", DatePrecision.Year)]
    [InlineData("Since April 15, 2019, the Tamaro Region has been governed by Jabhat Wadi.", "2019-04-15", DatePrecision.Day)]
    [InlineData("On January 26, 2019, Jabhat Wadi named Laura K. Benton its envoy.", "2019-01-26", DatePrecision.Day)]
    [InlineData("Further, in March 2019 testimony before the Tamaro Council, Laura K. Benton urged a truce.", "2019-03", DatePrecision.Month)]
    public void A_date_that_opens_the_sentence_makes_an_event_without_a_happening_word(string sentence, string date, DatePrecision precision)
    {
        var ev = Assert.Single(Run("2020-06-01", sentence).Events);

        Assert.Equal(date, ev.Date.Date);
        Assert.Equal(precision, ev.Date.Precision);
        Assert.NotEmpty(ev.Participants);
    }

    [Fact]
    public void Today_opening_a_sentence_about_the_present_is_no_event()
    {
        Assert.Empty(Run("2020-06-01", "Today, the Zayudi Front is weaker than ever in Kessa.").Events);
    }

    [Fact]
    public void A_range_is_one_event_with_both_ends()
    {
        var p = Run("2020-06-01", "Between March 3 and 19, fighters of Jabhat Wadi executed prisoners in Tamaro.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("2020-03-03", ev.Date.Date);
        Assert.Equal("2020-03-19", ev.Date.EndDate);
        Assert.Equal(["Jabhat Wadi"], Names(p, ev.Participants));
    }

    [Fact]
    public void The_date_of_a_report_gives_way_to_the_date_of_what_it_reports()
    {
        var p = Run("2020-06-01", "In July, the Tamaro Monitoring Mission reported that on May 3, Jabhat Wadi attacked a market in Kessa.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("2020-05-03", ev.Date.Date);
        Assert.Equal(["Jabhat Wadi"], Names(p, ev.Participants));
    }

    [Fact]
    public void Two_dated_clauses_make_two_events_each_with_its_own_actors()
    {
        var p = Run("2020-06-01", "In February 2019, Jabhat Wadi seized Tamaro, and in May 2019, the Zayudi Front retook the town.");

        Assert.Equal(2, p.Events.Count);
        Assert.Equal(["Jabhat Wadi"], Names(p, p.Events.Single(e => e.Date.Date == "2019-02").Participants));
        Assert.Equal(["Zayudi Front"], Names(p, p.Events.Single(e => e.Date.Date == "2019-05").Participants));
        Assert.Equal("retook", p.Events.Single(e => e.Date.Date == "2019-05").Cue);
    }

    [Fact]
    public void A_later_clause_keeps_its_own_happening_word()
    {
        var p = Run("2020-06-01", "In January, gunmen of Jabhat Wadi abducted six traders in Kessa, then released them on January 26.");

        Assert.Equal(["abducted", "released"], p.Events.OrderBy(e => e.Date.Span.Start).Select(e => e.Cue));
        Assert.Equal(["2020-01", "2020-01-26"], p.Events.OrderBy(e => e.Date.Span.Start).Select(e => e.Date.Date));
    }

    [Fact]
    public void Years_ago_and_years_of_war_count_back_from_the_publication_date()
    {
        var captive = Assert.Single(Run("2020-06-01", "Omar Haddad, who was taken captive more than 6 years ago, is still held by Jabhat Wadi.").Events);
        Assert.Equal("2014", captive.Date.Date);

        var war = Assert.Single(Run("2020-06-01", "After 20 years of civil war in Tamaro Region, the rebels entered Kessa.").Events);
        Assert.Equal("2000", war.Date.Date);
        Assert.Equal(DatePrecision.Year, war.Date.Precision);
    }

    [Fact]
    public void A_designation_in_the_present_tense_happens_on_the_publication_day()
    {
        var p = Run("2020-06-01", "Laura K. Benton is being designated pursuant to the order for leading Jabhat Wadi.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("2020-06-01", ev.Date.Date);
        Assert.Equal("designated", ev.Cue);
        Assert.Contains("Laura K. Benton", Names(p, ev.Participants));
    }

    [Theory]
    [InlineData("Jabhat Wadi, which is designated as a terrorist group, holds Kessa.")]
    [InlineData("Jabhat Wadi will remain designated as a terrorist group.")]
    public void A_standing_designation_is_no_event(string sentence)
    {
        Assert.Empty(Run("2020-06-01", sentence).Events);
    }

    [Fact]
    public void Each_listing_is_an_event_and_names_the_group_it_refers_to()
    {
        var p = Run("2020-06-01", "Jabhat Wadi was banned by the Tamaro Council in 2011.", "It was also named a terrorist group in October 2001, and listed as a banned group in January 1995.");

        var named = p.Events.Single(e => e.Date.Date == "2001-10");
        var listed = p.Events.Single(e => e.Date.Date == "1995-01");
        Assert.Contains("Jabhat Wadi", Names(p, named.Participants));
        Assert.Contains("Jabhat Wadi", Names(p, listed.Participants));
        Assert.Equal("listed", listed.Cue);
    }

    [Fact]
    public void Adding_a_name_to_a_sanctions_list_is_a_listing()
    {
        var p = Run("2020-06-01", "The Tamaro Council later added Laura K. Benton to its sanctions list in March 2020.");

        var ev = Assert.Single(p.Events);
        Assert.Equal("listed", ev.Cue);
        Assert.Contains("Laura K. Benton", Names(p, ev.Participants));
    }

    [Fact]
    public void Yearless_dates_in_an_annual_report_belong_to_the_year_it_covers()
    {
        var p = RunTitled("2019 Country Report on Human Rights: Tamaro", "2020-03-30", "On February 21, gunmen attacked a convoy of the Zayudi Front near Kessa.");

        Assert.Equal("2019-02-21", Assert.Single(p.Events).Date.Date);
        Assert.Equal("2020-02-21", Assert.Single(Run("2020-03-30", "On February 21, gunmen attacked a convoy of the Zayudi Front near Kessa.").Events).Date.Date);
    }

    [Theory]
    [InlineData("2019 Country Report on Human Rights: Tamaro", "2020-03-30", "2019-12-31")]
    [InlineData("Annual Review 2018", "2019-02-01", "2018-12-31")]
    [InlineData("2019 Country Report on Human Rights: Tamaro", "2019-11-30", "2019-11-30")]
    [InlineData("Fighting in 2019 around Kessa", "2020-03-30", "2020-03-30")]
    public void The_narrative_reference_is_the_covered_year_only_for_a_report_published_after_it(string title, string published, string expected)
    {
        Assert.Equal(expected, MilitiaAtlas.Ingestion.Events.EventFinder.NarrativeReference(title, published));
    }

    [Fact]
    public void A_death_and_a_desertion_are_happenings()
    {
        Assert.Equal("2008", Assert.Single(Run("2020-06-01", "Omar Haddad took over Jabhat Wadi after Samir Hamdan's 2008 death.").Events).Date.Date);
        Assert.Equal("2017-02", Assert.Single(Run("2020-06-01", "Omar Haddad deserted from the Tamaro army in February 2017.").Events).Date.Date);
    }

    [Fact]
    public void A_date_counted_from_the_story_is_dated_from_the_last_date_the_story_gave()
    {
        var p = Run("2025-06-01",
            "The Dawn Legion attacked Kessa on April 22, 2025. Four days later the Dawn Legion withdrew the claim.",
            "Omar Tawil was captured in May 2022. He was released in a prisoner exchange that September.",
            "The Desert Movement quit the alliance in 2021 and the Wadi Brigades a year later.");

        var dates = p.Events.Select(e => (e.Date.Text, e.Date.Date)).ToList();
        Assert.Contains(("Four days later", "2025-04-26"), dates);
        Assert.Contains(("September", "2022-09"), dates);
        Assert.Contains(("a year later", "2022"), dates);
    }

    [Fact]
    public void The_following_year_the_next_month_and_that_night_step_from_the_story_s_date()
    {
        var p = Run("2025-06-01",
            "The movement began in late 1998 as the Kessa Army and took its new name the following year.",
            "The Tamaro League was founded in March 2004. The next month, the Tamaro League attacked Accra.",
            "Omar Tawil was captured on 4 May 2022. That night the Dawn Legion attacked the prison.");

        var dates = p.Events.Select(e => (e.Date.Text, e.Date.Date)).ToList();
        Assert.Contains(("following year", "1999"), dates);
        Assert.Contains(("next month", "2004-04"), dates);
        Assert.Contains(("That night", "2022-05-04"), dates);
    }

    [Fact]
    public void A_yearless_day_after_a_count_from_the_story_is_in_the_story_s_year_and_the_count_only_leads_to_it()
    {
        var p = Run("2022-06-01",
            "In early October 1952 Senior Chief Amon Tulu was shot dead near Kessa. Two weeks later, on 20 October, Governor Evelyn Tarr declared a state of emergency in Ghana.");

        var ev = Assert.Single(p.Events, e => e.Participants.Any(i => p.Entities[i].Name == "Evelyn Tarr"));
        Assert.Equal("1952-10-20", ev.Date.Date);
    }

    [Fact]
    public void Each_dated_clause_of_a_sentence_makes_its_event_even_past_the_United_States()
    {
        var p = Run("2025-03-14", "Amon Tulu was arrested in March 2003 and sent to the United States in January 2007.", "Amon Tulu was born in Accra in 1973.");

        var dates = p.Events.Select(e => e.Date.Date).ToList();
        Assert.Contains("2003-03", dates);
        Assert.Contains("2007-01", dates);
        Assert.Contains("1973", dates);
    }

    [Fact]
    public void A_yearless_day_followed_by_that_year_is_in_the_year_the_sentence_gave()
    {
        var p = Run("2022-06-01", "Tomas Ruvo turned on the movement in his speech on 1 May 1974, and on 6 September that year Amon Tulu announced that the Kessa Front was going back underground.");

        var dates = p.Events.Select(e => e.Date.Date).ToList();
        Assert.Contains("1974-09-06", dates);
        Assert.DoesNotContain("2021-09-06", dates);
        Assert.DoesNotContain("1974", dates);
    }

    [Theory]
    [InlineData("Ruvo Tamaro will meet us in Accra on Thursday morning.", "2014-07-03")]
    [InlineData("Amon Tulu said he would meet the Kessa Front again in Accra in the second week of July.", "2014-07")]
    [InlineData("Amon Tulu met the Kessa Front in Accra on Thursday.", "2014-06-26")]
    [InlineData("Amon Tulu met the Kessa Front in Accra on Tuesday night.", "2014-06-24")]
    [InlineData("The ministry said the Kessa Front's fighters would be handed to prosecutors in Accra and buried by Friday.", "2014-06-27")]
    [InlineData("Amon Tulu met the Kessa Front in Accra in July.", "2013-07")]
    [InlineData("A wake for Amon Tulu is planned in Accra on Monday.", "2014-06-30")]
    [InlineData("The next hearing of Amon Tulu in Accra is set for 7 November.", "2014-11-07")]
    [InlineData("Amon Tulu's family asked for a public funeral, which they have planned for Saturday in Accra.", "2014-06-28")]
    // The future word governs another clause: the date is the statement's.
    [InlineData("Amon Tulu asked whether she plans to review the decision in the light of the statement by the Kessa Front on 2 June.", "2014-06-02")]
    public void A_clause_told_in_the_future_takes_the_next_such_day_or_month(string sentence, string date)
    {
        // Published on Thursday 26 June 2014.
        Assert.Equal(date, Assert.Single(Run("2014-06-26", sentence).Events).Date.Date);
    }

    [Fact]
    public void A_count_from_the_story_finer_than_the_story_s_last_date_stays_undated()
    {
        var p = Run("2025-06-01", "The Desert Movement quit the alliance in 2021. Four days later the Desert Movement attacked Kessa.");

        Assert.DoesNotContain(p.Events, e => e.Date.Text == "Four days later");
    }

    [Fact]
    public void A_list_entrys_field_lines_date_the_entry_and_its_bookkeeping_dates_do_not()
    {
        var p = Run("2025-07-22",
            "ENTITIES",
            "5. THE DAWN LEGION (amended entry)\na.k.a.: (1) LEGION OF THE DAWN; (2) DL\nAddress: Lyon, France.\nOther information: Founded in 1989. Listed on: 29/03/2001. Last updated: 22/07/2025.");

        var dated = p.Events.Select(e => (e.Date.Date, Names(p, e.Participants).FirstOrDefault())).ToList();
        Assert.Contains(("1989", "LEGION OF THE DAWN"), dated);
        Assert.Contains(("2001-03-29", "LEGION OF THE DAWN"), dated);
        Assert.DoesNotContain(p.Events, e => e.Date.Date == "2025-07-22");
    }

    // ---- session 13: timelines and key-date lists ----

    [Theory]
    [InlineData("April 1994 — Tamaro units pull out of Kessa.", "1994-04")]
    [InlineData("9 June 1996 — A ZLF cell ambushes Jan Kowal near Wadelo.", "1996-06-09")]
    [InlineData("**12 March 2021**: the Zayudi Front's rally at the Kessa stadium.", "2021-03-12")]
    [InlineData("- 5 July 2019: the Zayudi Front's strike in Wadelo; unrest spreads.", "2019-07-05")]
    public void A_timeline_line_is_an_event_of_its_opening_date(string line, string date)
    {
        var p = Run("2024-05-18", "The conflict in brief.", line);

        Assert.Contains(p.Events, e => e.Date.Date == date);
    }

    [Fact]
    public void A_date_followed_by_a_dash_inside_a_sentence_opens_nothing()
    {
        var p = Run("2024-05-18", "The talks were promised for April 1994 - nobody expected them to happen.");

        Assert.Empty(p.Events);
    }

    [Fact]
    public void He_after_an_opening_phrase_without_a_comma_takes_part_in_the_event()
    {
        var p = Run("2024-05-01", "Ivo Marrak was born in Brisk and trained as a ferry pilot.",
            "In the spring of 1931 he fled across the river to Velt.");

        Assert.Contains(p.Events, e => e.Date.Date == "1931" && Names(p, e.Participants).Contains("Ivo Marrak"));
    }
}

