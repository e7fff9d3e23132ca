namespace MilitiaAtlas.Ingestion.Tests.Claims;

/// <summary>Each layout a speaker is written in, with invented sentences.</summary>
public sealed class SpeakerTests
{
    private static ProcessedArticle Run(params string[] paragraphs) => RunTitled("Title line", paragraphs);

    private static ProcessedArticle RunTitled(string title, params string[] paragraphs)
    {
        var text = title + "\n\n" + string.Join("\n\n", paragraphs);
        var article = new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: title, Published: "2019-06-11"));
        return Pipeline.Default.Process(article);
    }

    private static string? SpeakerOf(ProcessedArticle p, string fragment)
    {
        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal));
        return claim.Speaker is int s ? p.Entities[s].Name : null;
    }

    [Theory]
    [InlineData("“The corridor will stay open,” said Deputy Minister for Trade and Energy Laura K. Benton.")]
    [InlineData("“The corridor will stay open,” said Director of the Office of Humanitarian Affairs Laura K. Benton.")]
    [InlineData("“The corridor will stay open,” said Tamaro Liberation Front commander Laura K. Benton.")]
    [InlineData("Deputy Minister for Trade and Energy Laura K. Benton said the corridor will stay open.")]
    public void A_title_written_onto_the_name_does_not_hide_the_speaker(string sentence)
    {
        Assert.Equal("Laura K. Benton", SpeakerOf(Run(sentence), "corridor will stay open"));
    }

    [Theory]
    [InlineData("The Ruvo Federation (UK), which had campaigned for the Kessa Front's removal, said at the time that the decision \"ends fifteen years of suspicion.\"", "ends fifteen years")]
    [InlineData("The Ruvo Federation later told reporters that \"one shot would have started a civil war.\"", "one shot would")]
    [InlineData("The Ruvo Federation nevertheless declared publicly that \"no ship of ours left the harbour that night,\" and the inquiry went on.", "no ship of ours")]
    public void A_group_opening_the_sentence_speaks_past_a_bracket_its_relative_clause_or_an_adverb(string sentence, string fragment)
    {
        Assert.Equal("Ruvo Federation", SpeakerOf(Run(sentence), fragment));
    }

    [Fact]
    public void It_after_and_is_the_group_the_sentence_opens_with()
    {
        var p = Run("The Commission for Historical Truth (CHT), which reported in 1999, found state forces responsible, and it concluded that \"state agents carried out acts of genocide\" in four regions.");

        Assert.Equal("Commission for Historical Truth", SpeakerOf(p, "acts of genocide"));
    }

    [Theory]
    [InlineData("Courier")]
    [InlineData("Examiner")]
    [InlineData("Inquirer")]
    public void A_newspaper_in_the_speakers_job_is_not_the_speaker(string head)
    {
        var p = Run($"Her father, Randolph A. Tamsin, president and editor of\nThe Ruvo {head}, said at the family home last night: \"I have seen the pictures.\"");

        Assert.Equal("Randolph A. Tamsin", SpeakerOf(p, "I have seen the pictures"));
        Assert.Equal(MilitiaAtlas.Ingestion.Extraction.EntityType.Group, Assert.Single(p.Entities, e => e.Name == $"Ruvo {head}").Type);
    }

    [Fact]
    public void The_second_quotation_after_said_title_name_keeps_the_speaker()
    {
        var p = Run("“The corridor will stay open,” said Under Secretary for Refugee Affairs Laura K. Benton. “We will not close it before the harvest.”");

        Assert.Equal("Laura K. Benton", SpeakerOf(p, "We will not close it"));
    }

    [Fact]
    public void A_passive_said_names_no_speaker_after_it()
    {
        var p = Run("Omar Hamdan commands the Tamaro Liberation Front. The same cannot be said for Karim Lateef, who left the front in May.");

        Assert.Null(SpeakerOf(p, "The same cannot be said"));
    }

    [Theory]
    [InlineData("According to a statement from the Tamaro Liberation Front, the convoy was attacked near the river.")]
    [InlineData("According to a statement released by the Tamaro Liberation Front, the convoy was attacked near the river.")]
    [InlineData("According to a spokesman for the Tamaro Liberation Front, the convoy was attacked near the river.")]
    public void According_to_a_statement_from_a_group_is_the_groups_claim(string sentence)
    {
        Assert.Equal("Tamaro Liberation Front", SpeakerOf(Run(sentence), "the convoy was attacked"));
    }

    [Fact]
    public void According_to_reports_that_name_no_source_is_anonymous()
    {
        var p = Run("Omar Hamdan leads the Tamaro Liberation Front. According to local press, the convoy was attacked near the river.");

        Assert.Null(SpeakerOf(p, "the convoy was attacked"));
    }

    [Theory]
    [InlineData("“The convoy was not ours,” said a spokesman for the Tamaro Liberation Front.")]
    [InlineData("A Tamaro Liberation Front spokesman said the convoy was not ours.")]
    [InlineData("A spokeswoman for the Tamaro Liberation Front said the convoy was not ours.")]
    public void A_spokesman_for_a_group_speaks_for_the_group(string sentence)
    {
        Assert.Equal("Tamaro Liberation Front", SpeakerOf(Run(sentence), "onvoy was not ours"));
    }

    [Fact]
    public void A_title_standing_for_a_person_named_earlier_speaks_for_that_person()
    {
        var p = Run("Foreign Secretary Laura K. Benton visited the Tamaro Region on Monday.", "The Foreign Secretary also said that the corridor would reopen in June.");

        Assert.Equal("Laura K. Benton", SpeakerOf(p, "the corridor would reopen"));
    }

    [Fact]
    public void A_transcript_label_speaks_for_its_passage_and_the_passages_after_it()
    {
        var p = RunTitled(
            "Remarks by Governor Ilse Varga on the Tamaro Floods",
            "THE GOVERNOR:  Good morning. The river broke its banks overnight.",
            "We have moved two thousand families into the schools.",
            "Q    Will the army be deployed, Governor?",
            "THE GOVERNOR:  The army is already there.");

        Assert.Equal("Ilse Varga", SpeakerOf(p, "The river broke its banks"));
        Assert.Equal("Ilse Varga", SpeakerOf(p, "We have moved two thousand families"));
        Assert.Null(SpeakerOf(p, "Will the army be deployed"));
        Assert.Equal("Ilse Varga", SpeakerOf(p, "The army is already there"));
    }

    [Fact]
    public void A_label_by_surname_names_the_person_of_the_body_or_the_headings()
    {
        var p = RunTitled(
            "Minister Jonas Ekberg with Tomas Lindqvist of Radio Norrland",
            "QUESTION: Thank you for joining us. Is the ceasefire in the Tamaro Region holding?",
            "MINISTER EKBERG: It is holding in the north. The Zayudis have kept their word.",
            "QUESTION: And in the south?",
            "MINISTER EKBERG: Less so.");

        Assert.Equal("Jonas Ekberg", SpeakerOf(p, "It is holding in the north"));
        Assert.Equal("Jonas Ekberg", SpeakerOf(p, "The Zayudis have kept their word"));
        Assert.Equal("Tomas Lindqvist", SpeakerOf(p, "Is the ceasefire"));
        Assert.Equal("Tomas Lindqvist", SpeakerOf(p, "And in the south"));
    }

    [Fact]
    public void Labels_after_time_stamps_make_a_podcasts_transcript()
    {
        var p = Run(
            "Host: Zanele Kubheka | Guest: Professor Tendaro Mavuso",
            "Zanele Kubheka talks to Tendaro Mavuso about the raid that nearly destroyed the movement.",
            "[00:09:22] Tendaro: The farm was a safe house in the hills north of the city.",
            "[00:10:05] Zanele: And then the trial came?",
            "[00:10:40] Tendaro: Four men were sentenced to life. People forget how young most of them were.",
            "[00:11:30] Zanele: So who kept it going?");

        Assert.Equal("Tendaro Mavuso", SpeakerOf(p, "People forget how young"));
        Assert.Equal("Zanele Kubheka", SpeakerOf(p, "So who kept it going"));
    }

    [Fact]
    public void A_person_inside_the_subjects_relative_clause_does_not_speak()
    {
        var p = Run("Sultan Omar bin Tarvo, who has ruled Kessa since he deposed his father, Tarvo bin Amin, in July 1970, said of such work last December that \"every well we dig is worth a company of soldiers.\"");

        Assert.Equal("Omar bin Tarvo", SpeakerOf(p, "every well we dig"));
    }

    [Fact]
    public void What_is_spoken_of_does_not_speak()
    {
        var p = Run("The Tamaro Front operated in the hills until 1996. Its commander later said of the Kessa Army's long silence: \"We spent eight years preparing and people called us a rumour.\"");

        Assert.NotEqual("Kessa Army", SpeakerOf(p, "We spent eight years"));
    }

    [Fact]
    public void Bare_answer_labels_are_the_guest_the_standfirst_says_was_asked()
    {
        var p = Run(
            "The Tamaro Front announced on Sunday that its leader, Omar Haddad, had died. We asked Amina Tarvo, a senior fellow at the Kessa Centre, what comes next.",
            "Q: Who was Haddad?",
            "A: A teacher who fought in the hills and then spent years in prison.",
            "Q: What happens now?",
            "A: The front is smaller than it was. It has always been good at waiting.");

        Assert.Equal("Amina Tarvo", SpeakerOf(p, "It has always been good at waiting"));
        Assert.Equal("Amina Tarvo", SpeakerOf(p, "A teacher who fought"));
    }

    [Theory]
    [InlineData("The Chief of the Kessa Circle, Raja Amin Ruvo, observed: \"Water rights come before any treaty.\"", "Water rights come", "Amin Ruvo")]
    [InlineData("\"It was the most humiliating day in the history of our prisons,\" according to María José de la Tarva, a historian.", "most humiliating day", "María José de la Tarva")]
    public void Observing_and_a_name_with_de_la_give_the_quotation_its_speaker(string paragraph, string fragment, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Run(paragraph), fragment));
    }

    [Fact]
    public void Mixed_case_labels_after_question_numbers_make_a_committee_transcript()
    {
        var p = Run(
            "Members present: Ms Anna Berglund (Chair); Senator Paul Okafor",
            "Witnesses: Dr Lena Marsh, Director, Kessa Relief Network; Major General Tom Adeyemi (retired)",
            "Q3 Chair: Dr Marsh, thank you for coming. How are the camps?",
            "Dr Marsh: Crowded. The river has flooded twice since May.",
            "Q4 Senator Okafor: And the militias?",
            "Maj Gen Adeyemi: They still hold the bridges.",
            "Q5 Senator Okafor: Who supplies them?",
            "Dr Marsh: Nobody will say.");

        Assert.Equal("Lena Marsh", SpeakerOf(p, "The river has flooded"));
        Assert.Equal("Paul Okafor", SpeakerOf(p, "And the militias"));
        Assert.Equal("Tom Adeyemi", SpeakerOf(p, "They still hold the bridges"));
        Assert.DoesNotContain(p.Entities, e => e.Name.StartsWith('Q') && e.Name.Any(char.IsDigit));
    }

    [Fact]
    public void A_pull_quote_credited_on_its_own_line_is_the_credited_persons_and_the_next_quote_is_not()
    {
        var p = Run(
            "QUOTES FROM THE EPISODE",
            "\"The Wadi Front ended as an organisation in 1998. It did not end as a group of people.\" — Karin Lunde, historian",
            "\"She was not hiding in a forest. She was hiding in Kessa.\" — Jonas Albers");

        Assert.Equal("Karin Lunde", SpeakerOf(p, "The Wadi Front ended"));
        Assert.Equal("Karin Lunde", SpeakerOf(p, "It did not end"));
        Assert.Equal("Jonas Albers", SpeakerOf(p, "She was not hiding"));
    }

    [Fact]
    public void Says_the_role_and_title_then_the_name_is_the_named_persons_and_of_x_she_says_is_not_xs()
    {
        var p = Run(
            "The film also follows the Kessa Army, the armed band of Julian Tarvo. \"Each side needed the other for a season,\" says the scholar Dr Ana Ruvo-Petri. \"Then the season ended.\"",
            "Of Tarvo she says only, \"He never learned to drive.\"");

        Assert.Equal("Ana Ruvo-Petri", SpeakerOf(p, "Each side needed"));
        Assert.Equal("Ana Ruvo-Petri", SpeakerOf(p, "Then the season ended"));
        Assert.Equal("Ana Ruvo-Petri", SpeakerOf(p, "Of Tarvo"));
    }

    [Fact]
    public void Her_letter_ends_gives_the_quotation_to_the_letters_writer()
    {
        var p = Run("The appeal was lodged by Marta Velt, whose brother died in the raid. \"We ask only that the record be corrected,\" her letter ends.");

        Assert.Equal("Marta Velt", SpeakerOf(p, "We ask only"));
    }

    [Fact]
    public void She_is_never_a_person_the_text_calls_mr()
    {
        var p = Run(
            "The petitioner, Leyla Velturova, lives in Kessa.",
            "Her husband travelled with a neighbour, Mr Anton Tarvo, to the market. She insists that he was never armed: \"He sold rugs and nothing else.\"");

        Assert.NotEqual("Anton Tarvo", SpeakerOf(p, "He sold rugs"));
    }

    [Fact]
    public void A_quotation_credited_in_italics_on_the_line_under_it_is_the_credited_persons()
    {
        var p = Run(
            "### SOURCE 4.2",
            "> \"Nobody chose the forest for its comfort. We went there because the towns had closed their doors.\"\n>\n> *Tomas Wadelo, looking back in his diary*",
            "The Kessa Front signed the accord in 1972.");

        Assert.Equal("Tomas Wadelo", SpeakerOf(p, "Nobody chose the forest"));
        Assert.Equal("Tomas Wadelo", SpeakerOf(p, "We went there"));
    }

    [Theory]
    [InlineData("In April, Tomas Wadelo had offered a ceasefire, writing that \"the party is ready for talks.\"", "the party is ready", "Tomas Wadelo")]
    [InlineData("Tomas Wadelo, who has lived in exile since 2003, reacted bitterly. \"They have killed the one man who could stop this war.\"", "They have killed", "Tomas Wadelo")]
    [InlineData("The Kessa Liberation Party rejected the offer. The party said in a statement that the talks had been \"a trap from the start,\" and called a protest.", "a trap from the start", "Kessa Liberation Party")]
    public void Writing_reacting_and_the_party_saying_give_the_quotation_its_speaker(string paragraph, string fragment, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Run(paragraph), fragment));
    }

    [Fact]
    public void Bracketed_monitoring_labels_and_a_tv_scripts_sound_cues_name_the_speaker()
    {
        var p = Run(
            "[Presenter] The Minister of Communication, Tomas Wadelo, welcomed the agreement in Kessa.",
            "[Wadelo] \"Today the Republic has turned the page of violence.\"",
            "[SUPER: LINA HADDAD / Team leader, Kessa Relief]",
            "SOT HADDAD: \"We found eleven mines in this field alone.\"");

        Assert.Equal("Tomas Wadelo", SpeakerOf(p, "turned the page of violence"));
        Assert.Equal("LINA HADDAD", SpeakerOf(p, "We found eleven mines"));
    }

    [Fact]
    public void One_mixed_case_line_with_a_colon_is_no_speaker_label()
    {
        var p = Run("Update: Laura Benton said the corridor would reopen on Monday, officials said.", "The Tamaro Front denied it.");

        Assert.Equal("Laura Benton", SpeakerOf(p, "the corridor would reopen"));
    }

    [Fact]
    public void A_questioner_label_is_nobody_when_the_headings_name_only_guests_with_titles()
    {
        var p = RunTitled(
            "Remarks after a meeting with Foreign Minister Ilse Varga",
            "QUESTION: Did you discuss the Tamaro Region?",
            "SECRETARY HALVORSEN: We did, at length.");

        Assert.Null(SpeakerOf(p, "Did you discuss"));
    }

    [Fact]
    public void Reported_speech_inside_a_transcript_is_the_reported_speakers()
    {
        var p = RunTitled(
            "Remarks by Governor Ilse Varga",
            "THE GOVERNOR:  I met Karim Lateef, who runs the shelters in Tamaro.",
            "Here is how he put it: a tent is not a home.");

        Assert.Equal("Karim Lateef", SpeakerOf(p, "a tent is not a home"));
        Assert.Equal("Ilse Varga", SpeakerOf(p, "who runs the shelters"));
    }

    [Fact]
    public void He_said_goes_on_with_the_last_speaker_even_after_narration_names_someone_else()
    {
        var p = Run("“We will hold the bridge,” said Omar Hamdan. The bridge was built by Karim Lateef in 1990.", "“Nobody will take it,” he added.");

        Assert.Equal("Omar Hamdan", SpeakerOf(p, "Nobody will take it"));
    }

    [Fact]
    public void A_pronoun_with_no_speaker_in_reach_is_the_last_person_named()
    {
        var p = Run(
            "“The corridor will stay open,” said Laura K. Benton.",
            "The Tamaro Region has been cut off since May.",
            "Aid convoys wait at the border.",
            "Karim Lateef founded the Tamaro Liberation Front in 2009. He claimed the front had never attacked a convoy.");

        Assert.Equal("Karim Lateef", SpeakerOf(p, "never attacked a convoy"));
    }

    [Fact]
    public void A_pronoun_names_nobody_out_of_reach()
    {
        var p = Run(
            "Karim Lateef founded the Tamaro Liberation Front in 2009.",
            "The Tamaro Region has been cut off since May.",
            "Aid convoys wait at the border.",
            "The harvest failed.",
            "“Nobody will help us,” he said.");

        Assert.Null(SpeakerOf(p, "Nobody will help us"));
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_is_the_speakers_whichever_paragraph_names_him()
    {
        var p = Run(
            "“We took the bridge at dawn.",
            "“We lost two men on the east bank.",
            "“Our fighters will hold it until the spring,” said Omar Hamdan, the commander of the Tamaro Liberation Front.");

        Assert.Equal("Omar Hamdan", SpeakerOf(p, "We took the bridge"));
        Assert.Equal("Omar Hamdan", SpeakerOf(p, "We lost two men"));
        Assert.Equal("Omar Hamdan", SpeakerOf(p, "Our fighters will hold it"));
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_in_straight_quotes_keeps_its_speaker()
    {
        var p = Run(
            "Omar Hamdan, the commander of the Tamaro Liberation Front, said: \"We took the bridge at dawn.",
            "\"We lost two men on the east bank.",
            "\"Our fighters will hold it until the spring.\"");

        Assert.Equal("Omar Hamdan", SpeakerOf(p, "We lost two men"));
        Assert.Equal("Omar Hamdan", SpeakerOf(p, "Our fighters will hold it"));
    }

    [Fact]
    public void A_verb_of_naming_before_a_quotation_speaks_and_without_one_in_its_sentence_does_not()
    {
        var p = Run(
            "Defence Minister Karim Nasser has described the partnership with Paraguay as \"the best decision this country has taken.\"",
            "In 2004 Omar Tawil called the army \u201cthe great serpent,\u201d and led a militia in the north.",
            "Idris Kanu helped found what was then called the Dawn Corps in 1982. \"We were few,\" a veteran said.");

        Assert.Equal("Karim Nasser", SpeakerOf(p, "best decision"));
        Assert.Equal("Omar Tawil", SpeakerOf(p, "great serpent"));
        Assert.Null(SpeakerOf(p, "helped found"));
    }

    [Fact]
    public void An_answer_label_is_the_named_speaker_who_does_not_ask()
    {
        var p = Run(
            "In this episode our host Maya Berg talks to Lina Haddad, a senior fellow at the Kessa Institute.",
            "MAYA BERG: Welcome, Lina.",
            "LINA HADDAD: Thank you for having me.",
            "Q: Where did the volunteers come from?",
            "A: Mostly from the towns of the south. Omar Tawil founded the Dawn Legion there in 2014.");

        Assert.Equal("LINA HADDAD", SpeakerOf(p, "towns of the south")?.ToUpperInvariant());
        Assert.Null(SpeakerOf(p, "Where did the volunteers"));
    }

    [Fact]
    public void An_answer_label_with_no_named_speaker_to_answer_is_no_ones()
    {
        var p = Run("Q: Where did the volunteers come from?", "A: Mostly from the towns of the south.");

        Assert.Null(SpeakerOf(p, "towns of the south"));
    }

    // ---- session 13: who "he" is, colons, "it said", roles after the verb, shouted "Mc" labels ----

    [Fact]
    public void He_after_a_new_person_took_the_stage_is_that_person_not_the_last_speaker()
    {
        var p = Run(
            "“We hold the ridge,” said Omar Tawil, the front's spokesman.",
            "Karim Nasser, a spokesman for the Kessa police, rejected the claim. “These are rumours spread by exiles,” he said.");

        Assert.Equal("Karim Nasser", SpeakerOf(p, "rumours spread by exiles"));
    }

    [Fact]
    public void He_after_an_unnamed_speaker_is_no_one_we_know_and_his_quote_does_not_run_on_to_the_last_speaker()
    {
        var p = Run(
            "“We hold the ridge,” said Omar Tawil, the front's spokesman.",
            "A shopkeeper in the market, speaking on condition of anonymity, said traders had closed early.",
            "“The fighters pass at night and the patrols at noon,” he said. “We just want the road open.”");

        Assert.Null(SpeakerOf(p, "The fighters pass at night"));
        Assert.Null(SpeakerOf(p, "road open"));
    }

    [Fact]
    public void He_also_said_is_the_pronoun_frame_too()
    {
        var p = Run("Omar Tawil said the inquiry was fair. But he also said the report came too late. “Nobody from our side was there,” he said.");

        Assert.Equal("Omar Tawil", SpeakerOf(p, "came too late"));
        Assert.Equal("Omar Tawil", SpeakerOf(p, "Nobody from our side"));
    }

    [Fact]
    public void A_person_after_a_semicolon_takes_the_stage()
    {
        var p = Run("“We buy no rifles,” said Omar Tawil. Kessa elders accuse the governor of favouring the militias; Karim Nasser rejects this. “No weapons leave our depots,” he told reporters.");

        Assert.Equal("Karim Nasser", SpeakerOf(p, "No weapons leave our depots"));
    }

    [Fact]
    public void A_quotation_after_a_colon_is_the_subjects_and_runs_on_with_it()
    {
        var p = Run(
            "“The heirs are quarrelling already,” said Omar Tawil.",
            "Lina Haddad, who studies the gangs at the Kessa Institute, put it more sharply: “Arresting the chief changes little. His cousins will fight for the chair.”");

        Assert.Equal("Lina Haddad", SpeakerOf(p, "Arresting the chief"));
        Assert.Equal("Lina Haddad", SpeakerOf(p, "fight for the chair"));
    }

    [Fact]
    public void Said_its_spokesperson_comma_name_is_that_person()
    {
        var p = Run("The Kessa Tribal Forum speaks for the hill villages. “We will keep our own councils,” said its spokesperson, Lina Haddad.");

        Assert.Equal("Lina Haddad", SpeakerOf(p, "keep our own councils"));
    }

    [Fact]
    public void It_said_is_the_group_that_opened_the_sentence_before()
    {
        var p = Run("In May 2019 the Zayudi Relief Council withdrew from the accord. It said then that its protest would stay “lawful and unarmed.”");

        Assert.Equal("Zayudi Relief Council", SpeakerOf(p, "lawful and unarmed"));
    }

    [Fact]
    public void A_lower_case_it_said_is_the_group_that_spoke_in_the_sentence_before()
    {
        var p = Run("It is worth recalling that the Zayudi Front itself announced in June 2014 that it was laying down its arms. In the statement it sent to the press it said it had begun “a process of demilitarisation” and a move to politics.");

        Assert.Equal("Zayudi Front", SpeakerOf(p, "a process of demilitarisation"));
    }

    [Fact]
    public void A_capitalized_office_after_the_speaks_for_the_person_named_before()
    {
        var p = Run("Sir, the most striking line in your report was Tomas Ruvić's. The Interior Minister told the paper on 16 March that the government was “ready to go as far as autonomy”.");

        Assert.Equal("Tomas Ruvić", SpeakerOf(p, "ready to go as far as autonomy"));
    }

    [Fact]
    public void A_clergy_title_is_split_off_the_speaker_s_name()
    {
        var p = Run("Brother Luke Osei of the Holy Brotherhood at the memorial to the seven brothers. “They went to him with nothing but their prayers,” he says.");

        Assert.Equal("Luke Osei", SpeakerOf(p, "nothing but their prayers"));
    }

    [Fact]
    public void A_document_introduced_with_from_the_memoir_of_is_its_author_s()
    {
        var p = Run(
            "Source A",
            "From a KF communiqué left in a rubbish bin in Kessa on 18 March 1978. The KF signed it “for the people”.",
            "“We have taken the president of the Union. He will be tried by a court.”",
            "Source B",
            "From the memoir of Luigi Bassoni, a police officer in Kessa in 1978, published in 2008.",
            "“We were looking for a prison in a city of three million people.”");

        Assert.Equal("KF", SpeakerOf(p, "We have taken the president"));
        Assert.Equal("Luigi Bassoni", SpeakerOf(p, "looking for a prison"));
    }

    [Fact]
    public void A_subtitle_file_s_labels_speak_for_the_people_its_captions_name_and_a_narrator_is_no_actor()
    {
        var p = Run(
            "1\n00:00:17,341 --> 00:00:25,276\nNARRATOR: Ten years ago today, four young men rang the doorbell of a house in Accra.",
            "2\n00:00:26,000 --> 00:00:30,100\n[Marie Tessier, historian, University of Ghana]",
            "3\n00:00:31,000 --> 00:00:36,000\nTESSIER: The Kessa Front was never an army. It was a label.",
            "4\n00:00:37,000 --> 00:00:42,000\nFor one evening the Kessa Front had the whole province listening to it.",
            "5\n00:00:43,000 --> 00:00:48,000\nNARRATOR: The police arrested hundreds.");

        Assert.Equal("Marie Tessier", SpeakerOf(p, "never an army"));
        Assert.Equal("Marie Tessier", SpeakerOf(p, "For one evening"));
        Assert.Null(SpeakerOf(p, "The police arrested hundreds"));
        Assert.DoesNotContain(p.Entities, e => e.Name is "NARRATOR" or "TESSIER");
        // The cue's number and timecode are no part of any passage.
        Assert.DoesNotContain(p.Passages, x => p.Article.Text[x.Span.Start..x.Span.End].Contains("-->", StringComparison.Ordinal));
    }

    [Fact]
    public void A_film_s_caption_names_who_speaks_next_and_a_stage_note_does_not()
    {
        var p = Run(
            "3\n00:00:26,000 --> 00:00:30,100\n[CAPTION: Marie Tessier, historian, University of Ghana]\nThe Kessa Front was never an army.",
            "4\n00:00:31,000 --> 00:00:36,000\nNARRATOR: The police arrested hundreds.",
            "7\n00:00:49,000 --> 00:00:55,000\n[ARCHIVE: Premier Robert Bourdon, press conference, Accra]\nA government that bargains with kidnappers will bargain again.",
            "8\n00:00:56,000 --> 00:01:02,000\n[Applause]\nThe hall rose.");

        Assert.Equal("Marie Tessier", SpeakerOf(p, "never an army"));
        Assert.Equal("Robert Bourdon", SpeakerOf(p, "bargains with kidnappers"));
        Assert.Equal("Robert Bourdon", SpeakerOf(p, "The hall rose"));
        Assert.Contains(p.Entities, e => e.Name == "University of Ghana");
        Assert.DoesNotContain(p.Entities, e => e.Name is "CAPTION" or "ARCHIVE");
    }

    [Fact]
    public void The_group_said_is_the_group_though_group_opens_a_rank()
    {
        // "group captain" is a rank; "the group said" still speaks for the group named before, not for a person.
        var p = Run("Ruvo Tamaro was arrested at the station. The Kessa Front's letter reached the office in Accra. In it the group said: “We end this project.”");

        Assert.Equal("Kessa Front", SpeakerOf(p, "We end this project"));
    }

    [Fact]
    public void It_said_after_a_sentence_that_opens_with_no_group_is_no_ones()
    {
        var p = Run("The report was published in March by the Zayudi Relief Council. It said the crossings were “closed for good.”");

        Assert.Null(SpeakerOf(p, "closed for good"));
    }

    [Fact]
    public void A_shouted_label_keeps_the_small_c_of_mc()
    {
        var p = Run(
            "Witnesses: Stephen McDermott, former police officer; Lina Haddad, researcher.",
            "MS. HADDAD: The groups are still armed.",
            "MR. McDERMOTT: I worked on these cases for years. Much of it is plain racketeering.");

        Assert.Equal("Stephen McDermott", SpeakerOf(p, "plain racketeering"));
    }

    // ---- session 13, second part: briefing and interview layouts, participles, groups ----

    [Fact]
    public void A_role_label_is_the_person_the_header_gives_that_role_and_an_outlets_question_ends_the_turn()
    {
        var p = RunTitled("TRANSCRIPT: WEEKLY BRIEFING",
            "Briefing officer: Colonel Omar Haddad, spokesperson for the Tamaro Command",
            "SPOKESPERSON: Good morning. The bridge is open.",
            "Let me be precise. The target was a clinic.",
            "QUESTION (Kessa Radio): Will the envoys meet again?",
            "SPOKESPERSON: Yes. The talks continue next month.");

        Assert.Equal("Omar Haddad", SpeakerOf(p, "target was a clinic"));
        Assert.Equal("Omar Haddad", SpeakerOf(p, "talks continue next month"));
        Assert.Null(SpeakerOf(p, "Will the envoys meet again"));
    }

    [Fact]
    public void A_bold_markdown_label_is_the_person_it_names()
    {
        var p = Run(
            "Lina Haddad joined the front at sixteen and rose to command a company.",
            "**Kessa Review:** How did you join?",
            "**Haddad:** Through my uncle. I enlisted in the spring.");

        Assert.Equal("Lina Haddad", SpeakerOf(p, "I enlisted in the spring"));
        Assert.Null(SpeakerOf(p, "How did you join"));
    }

    [Fact]
    public void A_time_zone_after_a_clock_time_is_nobody_and_the_colon_quote_is_the_analysts()
    {
        var p = Run("09:10 GMT\nLina Haddad of the Kessa Institute writes to us: \"The front now recruits in the universities.\"");

        Assert.Equal("Lina Haddad", SpeakerOf(p, "recruits in the universities"));
        Assert.DoesNotContain(p.Entities, e => e.Name == "GMT");
    }

    [Fact]
    public void A_participle_after_a_comma_speaks_for_the_sentences_subject()
    {
        var p = Run("The Zayudi Front refused to sign the agreement between the government and forty groups, saying the talks had been “a theatre staged by the generals.”");

        Assert.Equal("Zayudi Front", SpeakerOf(p, "theatre staged by the generals"));
    }

    [Fact]
    public void The_organisation_announced_is_the_last_group_named()
    {
        var p = Run("In 2014 a meeting chaired by the envoy Omar Tawil urged the Zayudi Front to lay down arms. A week later the organisation announced “the permanent end of its campaign.”");

        Assert.Equal("Zayudi Front", SpeakerOf(p, "permanent end of its campaign"));
    }

    [Fact]
    public void A_group_right_before_the_verb_speaks_not_a_person_named_further_back()
    {
        var p = Run("In a video posted in June, Omar Tawil read the letter in which the Zayudi Front stated that it “has closed every one of its camps.”");

        Assert.Equal("Zayudi Front", SpeakerOf(p, "closed every one of its camps"));
    }

    [Fact]
    public void A_possessor_inside_an_apposition_is_not_the_speaker()
    {
        var p = Run("Omar Tawil, Karim Nasser's deputy in the front, said the raid “buried” the truce.");

        Assert.Equal("Omar Tawil", SpeakerOf(p, "buried"));
    }

    [Fact]
    public void A_delegate_in_capitals_with_a_country_in_brackets_is_a_person_and_says_what_follows()
    {
        var p = Run("VASKO DELIMIR (Russian Federation) said the monitors had sheltered 3,000 civilians. He rejected the criticism. \"Our monitors did everything,\" he said.");

        Assert.Equal("VASKO DELIMIR", SpeakerOf(p, "monitors had sheltered"));
        Assert.Equal("VASKO DELIMIR", SpeakerOf(p, "Our monitors did everything"));
        Assert.DoesNotContain(p.Entities, e => e.Name == "VASKO DELIMIR" && e.Mentions.Any(m => m.Surface == "Russian Federation"));
    }

    [Theory]
    [InlineData("One of them, Rami Duro, tells the mourners: \"Kessa will be free.\"", "Kessa will be free", "Rami Duro")]
    [InlineData("\"We will fight until Wadelo is free,\" Sami Tawil, the Front spokesman, tells reporters.", "We will fight", "Sami Tawil")]
    public void Present_tense_speech_verbs_make_a_frame(string sentence, string fragment, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Run("Omar Bello spoke first. \"The road is open,\" he said.", sentence), fragment));
    }

    [Fact]
    public void He_is_the_one_person_of_the_passage_rather_than_a_speaker_or_subject_of_an_earlier_one()
    {
        var p = Run(
            "Omar Bello spoke first. \"The road is open,\" he said.",
            "Its chief organiser was Henry Lamo, who was arrested in May 2007. In 2013 a court in Kessa convicted Lamo of terrorism. \"I am not a terrorist,\" he told the court.");

        Assert.Equal("Henry Lamo", SpeakerOf(p, "I am not a terrorist"));
    }

    [Fact]
    public void The_president_said_stands_for_the_president_named_before()
    {
        var p = Run("President Ali Sene spoke on Monday. Sene called it a turning point. \"The head of the snake has been cut off,\" the president said in a televised address.");

        Assert.Equal("Ali Sene", SpeakerOf(p, "head of the snake"));
    }

    [Fact]
    public void A_pull_quote_is_credited_on_the_line_after_it()
    {
        var p = Run("Nadia Rubo has interviewed dozens of fighters.", "> \"You cannot bomb your way out of a war.\"\n> — Nadia Rubo, researcher");

        Assert.Equal("Nadia Rubo", SpeakerOf(p, "bomb your way out"));
    }

    [Fact]
    public void A_passage_ending_in_a_colon_hands_the_next_quotation_to_its_subject()
    {
        var p = Run(
            "Peter Kalu, a former fighter known in the creeks as \"Pawpaw\", described the deal to me last year:",
            "\"The amnesty was never about peace. It was about payroll.",
            "\"When the money stops, somebody else will pick up the gun.\"");

        Assert.Equal("Peter Kalu", SpeakerOf(p, "never about peace"));
        Assert.Equal("Peter Kalu", SpeakerOf(p, "When the money stops"));
    }

    [Fact]
    public void According_to_her_is_the_woman_named_before()
    {
        var p = Run("Nadia Rubo, a researcher at the Kessa Institute, has interviewed dozens of fighters. According to her, the insurgency feeds on grievances.", "\"You cannot bomb your way out of a war,\" she said.");

        Assert.Equal("Nadia Rubo", SpeakerOf(p, "feeds on grievances"));
        Assert.Equal("Nadia Rubo", SpeakerOf(p, "bomb your way out"));
    }

    [Fact]
    public void A_person_s_own_institution_after_of_does_not_take_the_speech()
    {
        var p = Run("Analyst Samira Haddad of the Kessa Institute for Conflict Studies writes to us: \"The front is no longer a tribal militia.\"");

        Assert.Equal("Samira Haddad", SpeakerOf(p, "no longer a tribal militia"));
    }

    [Fact]
    public void A_slides_quote_credited_after_a_hyphen_and_titles_is_the_named_persons()
    {
        var p = Run(
            "The campaign lasted twelve years and ended with an amnesty for the fighters of the Kessa Front.",
            "Quote slide: \"We will not win this in the hills. We will win it in the towns, or not at all.\" - Gen Sir Ivan Ruvo, 1952");

        Assert.Equal("Ivan Ruvo", SpeakerOf(p, "We will not win"));
        Assert.Equal("Ivan Ruvo", SpeakerOf(p, "We will win it"));
    }

    [Fact]
    public void A_short_pull_quote_with_its_credit_on_one_line_is_no_heading()
    {
        var p = Run(
            "The Kessa Front laid down its arms in 1998 after twelve years of war in the hills above Tamaro.",
            "\"The door is open.\" — Ana Tamaro, Kessa Front spokeswoman");

        Assert.Equal("Ana Tamaro", SpeakerOf(p, "The door is open"));
    }

    [Fact]
    public void A_digest_items_speaker_is_found_in_its_own_cell()
    {
        var p = Run(
            "[2] Kessa Front statement (Facebook) | 3 May 2021 09:15 | Tamaran | The Kessa Defence Army (KDA), which until March called itself the Kessa Home Guard and is led by Colonel Amon Ruvo Tal, says it \"takes no part in the quarrel\".",
            "[5] Tamaro Update (Facebook) | 4 May 2021 11:00 | Tamaran | Quotes Ghanaian Prime Minister Velto Tarvosin, visiting Accra, as saying: \"We are watching the river.\"",
            "[6] Kessa Today (Telegram) | 5 May 2021 18:40 | Tamaran | Carries an audio message from General Ivo Ruvo, head of the front's foreign department: \"Our men will hold the ferry.\"");

        Assert.Equal("Kessa Defence Army", SpeakerOf(p, "takes no part in the quarrel"));
        Assert.Equal("Velto Tarvosin", SpeakerOf(p, "We are watching the river"));
        Assert.Equal("Ivo Ruvo", SpeakerOf(p, "Our men will hold the ferry"));
        Assert.DoesNotContain(p.Entities, e => e.Name.StartsWith("Quotes", StringComparison.Ordinal) || e.Name == "Facebook");
    }

    [Theory]
    [InlineData("The Kessa Liberation Front issued its own statement in Tamaro calling it \"a lesson the governor will remember\".", "a lesson the governor", "Kessa Liberation Front")]
    [InlineData("A Kessa Front statement released in Ruvo on 12 May praised \"the brave sons of the valley\" but claimed nothing.", "the brave sons of the valley", "Kessa Front")]
    [InlineData("Our columnist Dana Varga, who is a niece of Emil Tomas Varga (readers often ask), adds a memory: \"My aunt kept the shop near Velt.\"", "My aunt kept the shop", "Dana Varga")]
    [InlineData("The ministry official Omar Tessaly was quoted as saying \"the border will stay shut\".", "the border will stay shut", "Omar Tessaly")]
    public void A_statements_author_and_the_one_quoted_speak(string sentence, string fragment, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Run(sentence), fragment));
    }

    [Fact]
    public void A_title_with_its_remit_names_the_person_after_it_and_his_statement_is_his()
    {
        var p = Run(
            "The Special Envoy for the Tamaro Region, Ana Velt, travelled to Kessa on Monday.",
            "On Friday Tomas Ruvo said through his lawyer that he had led the raid. \"I alone gave the orders,\" his statement said.",
            "Minister Dana Orlo met her later. The Special Envoy said that a ceasefire \"that ends at the border\" would not hold.");

        Assert.Equal("Tomas Ruvo", SpeakerOf(p, "I alone gave the orders"));
        Assert.Equal("Ana Velt", SpeakerOf(p, "that ends at the border"));
    }

    [Fact]
    public void Initials_label_a_transcripts_person_a_scripts_cue_names_its_source_and_a_copula_introduces_a_he()
    {
        var p = Run(
            "Narrator: Tomas Ruvo Velt (TR), born 1968\nInterviewer: Ana Orlo Dessa (AO)",
            "AO: Who led it?",
            "TR: Dan Kessa was the commander. Dan Kessa used to say, \"We are not fighting for a ministry.\" Nobody argued with that.",
            "ARCHIVE [letter of Lino Tamaro, 1961, read by an actor]: \"We do not want to kill anyone.\"",
            "Her strongest witness is Marek Velt, who left the group a year before. \"We thought we were right,\" he says on camera.");

        Assert.Equal("Tomas Ruvo Velt", SpeakerOf(p, "Nobody argued with that"));
        Assert.Equal("Dan Kessa", SpeakerOf(p, "We are not fighting for a ministry"));
        Assert.Equal("Lino Tamaro", SpeakerOf(p, "We do not want to kill anyone"));
        Assert.Equal("Marek Velt", SpeakerOf(p, "We thought we were right"));
    }

    [Fact]
    public void A_group_speaks_past_an_aside_and_a_spokesman_in_a_second_clause_speaks_for_himself()
    {
        var p = Run(
            "The Kessa Lista, in a statement, said it \"had no part in\" the raid.",
            "The Tamaro Regional Government, which administers Ruvo and Velt, condemned the strikes, and its spokesman, Tomas Orlo, called them \"a violation that cannot stand.\"");

        Assert.Equal("Kessa Lista", SpeakerOf(p, "had no part in"));
        Assert.Equal("Tomas Orlo", SpeakerOf(p, "a violation that cannot stand"));
    }

    [Fact]
    public void A_colon_that_names_no_one_goes_on_with_the_speaker_before_and_a_pronoun_skips_a_bare_title()
    {
        var p = Run(
            "Special Envoy Ana Velt arrived on Monday.",
            "\"We are not against order,\" Mr. Ruvo said, reading from a text. Then, departing from it: \"From today we are a party.\"",
            "A spokesman for the Kessa Police, Dan Orlo, gave the Special Envoy a briefing on the arms, which he said were \"enough for a battalion.\"");

        Assert.Equal("Ruvo", SpeakerOf(p, "From today we are a party"));
        Assert.Equal("Dan Orlo", SpeakerOf(p, "enough for a battalion"));
    }

    [Fact]
    public void A_group_speaks_past_its_bracketed_acronym_and_the_office_of_the_state_stands_for_its_holder()
    {
        var p = Run(
            "In a statement from its Kessa Nord command, the Tamaran Armed Forces (TAF) said the pull-back was \"a gesture of trust\".",
            "President Tomas Velt Ruvo chaired the council.",
            "Closing the debate, the President of the Republic said: \"The river will be ours again.\"");

        Assert.Equal("Tamaran Armed Forces", SpeakerOf(p, "a gesture of trust"));
        Assert.Equal("Tomas Velt Ruvo", SpeakerOf(p, "The river will be ours again"));
        Assert.DoesNotContain(p.Entities, e => e.Name == "Republic");
        Assert.Contains(p.Entities, e => e.Name == "Kessa Nord command" && e.Type == MilitiaAtlas.Ingestion.Extraction.EntityType.Group);
    }

    [Fact]
    public void The_named_object_a_bracket_after_the_subject_a_broadcast_and_a_lead_phrase_do_not_hide_the_speaker()
    {
        var p = Run(
            "In its ruling the tribunal described the Kessa Front as a movement that \"lived on ransoms\".",
            "Our reporter, Lena Velt (a cousin of the accused Piet Velt), said the gallery was quiet. \"Nobody came from the villages,\" she said.",
            "Two days later, a Kessa Front broadcast called the cabinet \"a club of cousins\".",
            "Before boarding, Major Bruno Ruvo III, who led the crew, read a statement: \"We asked only for our pay.\"");

        Assert.Null(SpeakerOf(p, "lived on ransoms"));
        Assert.Equal("Lena Velt", SpeakerOf(p, "Nobody came from the villages"));
        Assert.Equal("Kessa Front", SpeakerOf(p, "a club of cousins"));
        Assert.Equal("Bruno Ruvo III", SpeakerOf(p, "We asked only for our pay"));

        var page = Run("A Telegram channel called Tamaro Border Watch, which has 40,000 subscribers, shared it with the caption \"The ferry is ours.\"");
        Assert.Equal("Tamaro Border Watch", SpeakerOf(page, "The ferry is ours"));
    }

    [Fact]
    public void The_possessor_of_what_was_said_before_a_colon_speaks()
    {
        var p = Run("The poster bore Tomas Velturo's last order to his men: \"Hold the bridge until the tide turns.\"",
            "The ferry carries Tomas Velturo's flag to the island: \"a red star on white\".",
            "On Tuesday the court rejected Ines Marrow's appeal: \"There are no grounds to reopen the case.\"");

        Assert.Equal("Tomas Velturo", SpeakerOf(p, "Hold the bridge"));
        Assert.Null(SpeakerOf(p, "a red star on white"));
        Assert.NotEqual("Ines Marrow", SpeakerOf(p, "no grounds to reopen"));
    }

    [Fact]
    public void A_quoted_answer_under_an_interview_heading_is_the_interviewees()
    {
        var p = Run("Ines Marrow teaches history at the Kessa Academy.",
            "AN INTERVIEW WITH INES MARROW",
            "What drew you to the harbour strike?",
            "\"My grandfather kept a diary of every day of it, and I found it in a trunk.\"",
            "Did the strikers trust the union?",
            "\"Some did. Most trusted only their own crews.\"");

        Assert.Equal("Ines Marrow", SpeakerOf(p, "My grandfather kept a diary"));
        Assert.Equal("Ines Marrow", SpeakerOf(p, "Most trusted only"));
    }

    [Fact]
    public void An_indented_block_after_a_colon_is_the_quotation_of_the_one_the_colon_sentence_opens_with()
    {
        var p = Run("Our first map showed one border for the whole coast. Dr. Mira Ostrava argued against it:",
            "    Most of the fishing villages never thought of the coast as one country. They answered to a harbour, a guild or a saint.",
            "So the map now shows the guilds.");

        Assert.Equal("Mira Ostrava", SpeakerOf(p, "Most of the fishing villages"));
        Assert.Equal("Mira Ostrava", SpeakerOf(p, "They answered to a harbour"));
        Assert.True(Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains("Most of the fishing villages", StringComparison.Ordinal)).Quoted);
        Assert.Null(SpeakerOf(p, "So the map now shows"));
    }

    [Fact]
    public void A_pronouns_words_before_a_colon_are_the_persons_the_pronoun_stands_for()
    {
        var p = Run("The ferry clerk, Mr. Anton Ruvel, kept the ledgers for the company. He saw the fire start. In his words: \"The shed went up in a minute and nobody came.\"");

        Assert.Equal("Anton Ruvel", SpeakerOf(p, "The shed went up"));
    }

    [Fact]
    public void A_kinship_honorific_is_a_title_not_part_of_the_name()
    {
        var p = Run("At the market Auntie Mai Lertsak, who has sold soup there since 1975, told me: \"Everyone here remembers the flood.\"");

        Assert.Equal("Mai Lertsak", SpeakerOf(p, "Everyone here remembers"));
    }

    [Fact]
    public void A_noun_that_introduced_a_person_stands_for_that_person_before_a_speech_verb()
    {
        var p = Run("The ferry pilot, a retired sailor named Anton Ruvel, showed us the old landing and said, \"The water was higher then.\"",
            "\"Nobody here calls it a port any more,\" the pilot told me. \"We call it the old landing.\"");

        Assert.Equal("Anton Ruvel", SpeakerOf(p, "Nobody here calls it a port"));
    }
}

