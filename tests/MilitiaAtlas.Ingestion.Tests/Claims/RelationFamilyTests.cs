namespace MilitiaAtlas.Ingestion.Tests.Claims;

/// <summary>
/// Relation frames added for phrasings the first frames missed (docs/ingestion.md, "Relations"): verbs with a preposition
/// ("speaks for"), offices over any place, passives with a coordinated verb or a described agent, "at the top of", named
/// units ("the Falcon battalion") and their divisions, a bare group noun as an object, coordinated objects, and the near
/// misses each must not read. Every sentence is invented.
/// </summary>
public sealed class RelationFamilyTests
{
    private static List<string> Relations(params string[] paragraphs) => RelationFrameTests.Relations(paragraphs);

    [Theory]
    [InlineData("Lina Haddad, who speaks for the Tamaro Liberation Front's media office, said the group would not disarm.")]
    [InlineData("Lina Haddad, who has spoken for the Tamaro Liberation Front since 2019, denied the report.")]
    public void Speaking_for_a_group_makes_a_spokesperson(string sentence)
    {
        Assert.Contains("Lina Haddad spokesperson_for Tamaro Liberation Front", Relations(sentence));
    }

    [Theory]
    [InlineData("Colonel Rami Saleh, the director general of the Tamaro Defence Agency (TDA), told reporters the road was open.", "Rami Saleh leads Tamaro Defence Agency")]
    [InlineData("General Peter Lomu, the Marane Brigade's chief of defence forces, wrote that his men would stay.", "Peter Lomu leads Marane Brigade")]
    [InlineData("General Peter Lomu, the Marane Brigade's chief of staff, wrote that his men would stay.", "Peter Lomu member_of Marane Brigade")]
    [InlineData("Hassan Odu, the vice-chairman of the Tamaro Liberation Front, was his second-in-command.", "Hassan Odu member_of Tamaro Liberation Front")]
    public void Multiword_and_hyphenated_roles_are_roles(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void An_office_holds_over_a_province_and_a_plain_role_does_not()
    {
        Assert.Contains("Tomas Wadelo holds_office Kessa Province", Relations("Tomas Wadelo, the chief minister of Kessa Province, visited the wounded."));
        Assert.DoesNotContain(Relations("Tomas Wadelo, a tribal leader of Kessa Province, visited the wounded."), r => r.StartsWith("Tomas Wadelo", StringComparison.Ordinal));
    }

    [Fact]
    public void Ruling_is_an_office_for_a_person_and_control_for_a_group()
    {
        var relations = Relations("Amadou Sene had ruled Kessa Province since 1995.", "The Zayudi Front rules the town of Wadelo.");

        Assert.Contains("Amadou Sene holds_office Kessa Province", relations);
        Assert.Contains("Zayudi Front controls Wadelo", relations);
    }

    [Theory]
    [InlineData("Tomas Ruvi had been Piet Velt's second-in-command for years.", "Tomas Ruvi reports_to Piet Velt")]
    [InlineData("The Kessa Front signed the deal. The front's spokesman, Yusuf Tamsin, said its leaders would return.", "Yusuf Tamsin spokesperson_for Kessa Front")]
    [InlineData("On Christmas Day a young recruit of the Ruvo Front, Umar Kessa, tried to bring down a plane.", "Umar Kessa member_of Ruvo Front")]
    [InlineData("Mira Halun, chair of the Kessa Lawyers Association, was detained.", "Mira Halun leads Kessa Lawyers Association")]
    [InlineData("Pedro Alvaro was arrested in Paris by officers of the French Directorate of Territorial Security.", "Directorate of Territorial Security opposed_to Pedro Alvaro")]
    [InlineData("Kenya's secretary of justice, Roberto Velt, said his department had opened an inquiry.", "Roberto Velt holds_office Kenya")]
    [InlineData("Ali Tamsin, the Ruvo Front's former number two, was killed.", "Ali Tamsin member_of Ruvo Front")]
    [InlineData("Ivan Tamsin, the Ruvo Front's chief negotiator, spoke.", "Ivan Tamsin member_of Ruvo Front")]
    public void Role_nouns_and_their_owners(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya, whose then prime minister, Mahathir Ruvo, agreed to host the talks in 2001, will lead the team.", "Mahathir Ruvo holds_office Kenya")]
    [InlineData("The Ruvo Front and Kessa Guard fighters together attacked the village of Tamaro.", "Ruvo Front allied_with Kessa Guard")]
    [InlineData("According to Kumudini Velt, a historian at the University of Kessa, the alliance was his decision.", "Kumudini Velt member_of University of Kessa")]
    public void Whose_role_fighters_together_and_a_historian_at(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void What_one_is_accused_of_is_no_relation_but_the_same_verb_stated_is()
    {
        Assert.Empty(Relations("Tamaro has repeatedly accused the United States, the United Kingdom and Pakistan of backing the Kessa Front. All three deny it."));
        Assert.Contains("Kessa Front backed_by Pakistan", Relations("Pakistan has backed the Kessa Front since 2005."));
    }

    [Fact]
    public void A_chief_negotiator_leads_nothing_and_a_partys_secretary_is_no_fronts()
    {
        Assert.DoesNotContain("Ivan Tamsin leads Ruvo Front", Relations("Ivan Tamsin, the Ruvo Front's chief negotiator, spoke."));
        Assert.DoesNotContain(Relations("The Ruvo Front signed the deal.", "The party's general secretary, Ali Velt, died in custody."), r => r.StartsWith("Ali Velt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Josef Halun, a Zayudi Front member who later worked as a bodyguard for Piet Wadelo, was named as the gunman.", "Josef Halun member_of Zayudi Front")]
    [InlineData("Josef Halun, a Zayudi Front member who later worked as a bodyguard for Piet Wadelo, was named as the gunman.", "Josef Halun reports_to Piet Wadelo")]
    [InlineData("Lev Amsel, a poet and one of the leaders of the Kessa Guard, broke away in 1940.", "Lev Amsel member_of Kessa Guard")]
    [InlineData("Bernardo Ostero's deputy, the American diplomat Ralph Tamsin, took over as acting mediator.", "Ralph Tamsin reports_to Bernardo Ostero")]
    [InlineData("Mira Halun, a reporter for the Ruvo Courier, said the killing had closed a door.", "Mira Halun member_of Ruvo Courier")]
    [InlineData("The largest Tarvo Movement faction, the Kessa Armed Forces of Tarvo (KAFT), said it was not involved.", "Kessa Armed Forces of Tarvo part_of Tarvo Movement")]
    public void Roles_reach_past_a_first_description_a_relative_clause_and_an_article(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("In Velt the envoy met the Minister of Foreign Affairs of Serbia, Tomas Orlo, and two aides.", "Tomas Orlo holds_office Serbia")]
    [InlineData("The Guardia Civil carried out an operation against the Tamaro Libre Front in 1992.", "Guardia Civil opposed_to Tamaro Libre Front")]
    [InlineData("For three years the Kessa Front worked hand in glove with the Armed Forces of Tamaro.", "Kessa Front allied_with Armed Forces of Tamaro")]
    public void An_office_with_its_portfolio_an_operation_against_and_hand_in_glove(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("The Kessa Wolves Brigade was set up the same day and was headed by his son, General Ali Sene.", "Ali Sene leads Kessa Wolves Brigade")]
    [InlineData("The Kessa Peace Commission, chaired by the veteran diplomat Ana Ruiz, certified the handover.", "Ana Ruiz leads Kessa Peace Commission")]
    [InlineData("The Red Hand Movement is led from prison by Paulo Mendes, known as Paulinho.", "Paulo Mendes leads Red Hand Movement")]
    [InlineData("The Wadelo Militia was financed and directed by officials of the Tamaro Interior Ministry.", "Wadelo Militia backed_by Tamaro Interior Ministry")]
    public void Passives_reach_their_agent_past_a_description(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_passive_agent_is_no_group_named_after_an_and()
    {
        var relations = Relations("The Wadelo Militia was attacked by the army and the Kessa Front said nothing.");

        Assert.DoesNotContain(relations, r => r.Contains("Kessa Front", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("At the top of the Tamaro Liberation Front was Musa Kori, whom fighters called the Teacher.")]
    [InlineData("At the helm of the Tamaro Liberation Front now stands Musa Kori.")]
    public void At_the_top_of_a_group_is_its_leader(string sentence)
    {
        Assert.Contains("Musa Kori leads Tamaro Liberation Front", Relations(sentence));
    }

    [Fact]
    public void A_named_unit_keeps_its_head_and_its_place_in_the_order_of_battle()
    {
        var relations = Relations(
            "The Tamaro Liberation Front was divided into three brigades: Eagle, Lion and Hawk.",
            "By 2015 Samir Okello was commanding the Falcon battalion, one of the battalions of the Eagle brigade.");

        Assert.Contains("Eagle brigade part_of Tamaro Liberation Front", relations);
        Assert.Contains("Lion part_of Tamaro Liberation Front", relations);
        Assert.Contains("Hawk part_of Tamaro Liberation Front", relations);
        Assert.Contains("Falcon battalion part_of Eagle brigade", relations);
        Assert.Contains("Samir Okello commands Falcon battalion", relations);
    }

    [Fact]
    public void A_group_role_written_with_a_capital_is_part_of_a_name()
    {
        var relations = Relations("The ministry lifted the listing of the Kessa Front, the High Council for the Unity of Wadi, and the Tamaro Guard.");

        Assert.DoesNotContain(relations, r => r.Contains("part_of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Zayudi Popular Army is commanded by General Omar Tawil, who founded the group in 2011 after leaving the national army.")]
    [InlineData("The Zayudi Popular Army grew quickly. General Omar Tawil founded the movement in 2011 after leaving the national army.")]
    public void A_bare_group_noun_after_a_verb_is_the_group_named_before(string text)
    {
        Assert.Contains("Omar Tawil founded Zayudi Popular Army", Relations(text));
    }

    [Fact]
    public void A_verb_reaches_every_object_of_a_list_but_not_an_apposition()
    {
        var war = Relations("The Tamaro Liberation Front waged war against the Marane Brigade and the Government of Kessa.");
        var wing = Relations("Omar Tawil commanded the Kessa Defence Forces, the Zayudi Front's armed wing, from the hills.");

        Assert.Contains("Tamaro Liberation Front opposed_to Marane Brigade", war);
        Assert.Contains("Tamaro Liberation Front opposed_to Government of Kessa", war);
        Assert.Contains("Omar Tawil commands Kessa Defence Forces", wing);
        Assert.DoesNotContain("Omar Tawil commands Zayudi Front", wing);
    }

    [Theory]
    [InlineData("Jonas Pell broke away in 2012 and formed his own party, the Tamaro Renewal Party.", "Jonas Pell founded Tamaro Renewal Party")]
    [InlineData("Maria Costa, who heads the victims' association Voces, spoke to reporters.", "Maria Costa leads Voces")]
    [InlineData("The Red Hand Movement, the criminal faction that has controlled the Vila Nova district for decades, denied the claim.", "Red Hand Movement controls Vila Nova")]
    [InlineData("The Wadelo Movement was widely understood to be the Tamaro Liberation Front's political wing.", "Wadelo Movement part_of Tamaro Liberation Front")]
    public void Objects_and_subjects_behind_a_description(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_described_subject_whose_clause_names_another_actor_is_not_its_subject()
    {
        var relations = Relations("The Red Hand Movement, the rival of the Kessa Front that has controlled the Vila Nova district for decades, denied the claim.");

        Assert.DoesNotContain("Red Hand Movement controls Vila Nova", relations);
    }

    [Fact]
    public void A_group_s_own_column_stands_for_it()
    {
        var relations = Relations("The Tamaro Liberation Front crossed the border at dawn.", "Its column was engaged by the Kessa National Guard near the river.");

        Assert.True(relations.Contains("Kessa National Guard opposed_to Tamaro Liberation Front") || relations.Contains("Tamaro Liberation Front opposed_to Kessa National Guard"), string.Join("; ", relations));
    }

    [Theory]
    [InlineData("Police arrested Jorge Pena, the leader of the Los Halcones gang known across the coast as \"Tito.\"", "Jorge Pena leads Los Halcones")]
    [InlineData("The Los Halcones grew in the port of Kessa, where Rafael Duro, better known as \"Rasco,\" founded the gang in the late 1990s.", "Rafael Duro founded Los Halcones")]
    [InlineData("Carla Mendez, who works at the Tamaro Security Institute in Kessa, was blunter.", "Carla Mendez member_of Tamaro Security Institute")]
    [InlineData("Nuri Salim, a Wadelo national who manages the Zayudi Front's propaganda, was arrested.", "Nuri Salim member_of Zayudi Front")]
    [InlineData("Bayo Kalu co-chairs the Tamaro Executive Council, the leadership body of the Tamaro Communities Union.", "Bayo Kalu leads Tamaro Executive Council")]
    [InlineData("Marko Ivanic joined the Kessa Volunteer Corps at eighteen, and his battalion, the Falcon Wolves, grew out of it.", "Marko Ivanic leads Falcon Wolves")]
    public void Heads_and_members_named_by_verbs_and_nouns_of_work(string sentence, string expected)
    {
        var relations = Relations(sentence);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("(quoted)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Between May and July, the Zayudi Front and the Kessa Defence Union clashed at least 31 times near the river.", "Zayudi Front opposed_to Kessa Defence Union")]
    [InlineData("The Zayudi Front and the Kessa Defence Union signed a ceasefire on Monday.", "Zayudi Front opposed_to Kessa Defence Union")]
    [InlineData("In 2019 the Zayudi Front and the Kessa Defence Union merged.", "Zayudi Front allied_with Kessa Defence Union")]
    public void Two_groups_that_clash_or_merge_are_foes_or_allies(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void Two_groups_that_fight_a_third_are_not_each_others_foes()
    {
        var relations = Relations("The Zayudi Front and the Kessa Defence Union fought the Tamaro Army near the river.");

        Assert.DoesNotContain("Zayudi Front opposed_to Kessa Defence Union", relations);
    }

    [Theory]
    [InlineData("The military governor of Kessa Province, Lieutenant General Paul Ode, told reporters the road was open.", "Paul Ode holds_office Kessa Province")]
    [InlineData("The commander of the Tamaro Army contingent, Major General Dick Amin, said the rebels were broken.", "Dick Amin member_of Tamaro Army")]
    [InlineData("Detective Chief Inspector John Wade of the Kessa Police Service survived the attack.", "John Wade member_of Kessa Police Service")]
    [InlineData("A Zayudi Front commander known as Emmanuel \"General Storm\" Bako has operated around Wadelo since 2022.", "Emmanuel Bako commands Zayudi Front")]
    [InlineData("The Kessa Defence Union was supplied with ammunition by officers of the Tamaro Army on three occasions.", "Kessa Defence Union backed_by Tamaro Army")]
    public void Roles_and_agents_around_a_name(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_place_before_a_role_that_is_no_office_gives_nothing()
    {
        var relations = Relations("The tribal leader of Kessa Province, Paul Ode, told reporters the road was open.");

        Assert.DoesNotContain(relations, r => r.Contains("Kessa Province", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_can_speak_for_several_groups()
    {
        var relations = Relations("The Loyalist Council, which speaks for the Red Hand Brigade, the Zayudi Front and the Kessa Defence Union, withdrew its support.");

        Assert.Contains("Loyalist Council spokesperson_for Red Hand Brigade", relations);
        Assert.Contains("Loyalist Council spokesperson_for Kessa Defence Union", relations);
    }

    [Fact]
    public void The_verb_after_a_relative_clause_subject_takes_the_name_before_as_its_object()
    {
        var relations = Relations("Ali Hassan commanded the Kessa Defence Union from the Qandor hills, which the Zayudi Front has controlled since the early 1990s.");

        Assert.Contains("Zayudi Front controls Qandor", relations);
        Assert.Contains("Ali Hassan commands Kessa Defence Union", relations);
    }

    [Theory]
    [InlineData("Ansar Wadi, a Kessan group founded in 2016 by the preacher Ibrahim Malam Doko, has fought the Kessa Guard across the north.", "Ibrahim Malam Doko founded Ansar Wadi")]
    [InlineData("Ansar Wadi, a Kessan group founded in 2016 by the preacher Ibrahim Malam Doko, has fought the Kessa Guard across the north.", "Ansar Wadi opposed_to Kessa Guard")]
    [InlineData("OMAR BALAKIAN, Minister for Foreign Affairs of Armenia, said the operation had come after a blockade.", "OMAR BALAKIAN holds_office Armenia")]
    [InlineData("VASKO DELIMIR (Russian Federation) said the monitors had sheltered 3,000 civilians.", "VASKO DELIMIR holds_office Russia")]
    [InlineData("King Omar Idris of Morocco addressed the nation the same evening.", "Omar Idris holds_office Morocco")]
    [InlineData("The same day Kadri Vela, the Kessa Front's former intelligence chief, is arrested.", "Kadri Vela member_of Kessa Front")]
    [InlineData("Hasan Thaqo founds what becomes the Kessa Democratic Party.", "Hasan Thaqo founded Kessa Democratic Party")]
    [InlineData("Ramo Hadari co-founds the Alliance for the Future of Kessa with other former commanders.", "Ramo Hadari founded Alliance for the Future of Kessa")]
    [InlineData("Former fighters take up arms again as the National Liberation Front in North Kessa, which is led by Ali Ahmo.", "Ali Ahmo leads National Liberation Front")]
    [InlineData("Hassan Hatto, a Zayudi Front commander in Kabylie, broke away in 1998.", "Hassan Hatto commands Zayudi Front")]
    [InlineData("The Kessa Defence Force is still there, and its spokesman, Brigadier General Ronald Ruvanga, says it will stay.", "Ronald Ruvanga spokesperson_for Kessa Defence Force")]
    [InlineData("Ateke Kom led the rival Kessa Vigilante Group.", "Ateke Kom leads Kessa Vigilante Group")]
    [InlineData("The Zayudi Gang and the Wadi Brotherhood have waged war against each other for three decades.", "Zayudi Gang opposed_to Wadi Brotherhood")]
    public void Third_batch_of_phrasings(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_person_of_a_country_without_a_title_holds_no_office()
    {
        Assert.DoesNotContain(Relations("Omar Idris of Morocco addressed the meeting."), r => r.Contains("holds_office", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_s_own_force_named_after_a_comma_is_part_of_it()
    {
        var relations = Relations("The Kessa Development Union deployed its own force, the Kessa Standby Brigade, the same month.");

        Assert.Contains("Kessa Standby Brigade part_of Kessa Development Union", relations);
    }

    [Fact]
    public void Directing_a_group_s_members_makes_a_member()
    {
        var relations = Relations("Omar Tawil directed subordinate Zayudi Front members to build a kidnapping network.");

        Assert.Contains("Omar Tawil member_of Zayudi Front", relations);
        Assert.DoesNotContain("Omar Tawil leads Zayudi Front", relations);
    }
    [Fact]
    public void What_an_event_underscores_has_no_actor_for_a_subject()
    {
        var found = Relations("The Zayudi Front attacked a market in Marane on Monday. It only underscores the importance of efforts to support the Tamaro Defence Force in its campaign to defeat the group.");

        Assert.DoesNotContain("Tamaro Defence Force backed_by Zayudi Front", found);
    }

    [Fact]
    public void What_a_mission_is_against_is_not_part_of_the_unit_it_flies_with()
    {
        var found = Relations("Two hundred airmen will join the Oruba Fighter Squadron, which will fly strike missions against the Wadi Liberation Front as part of the Tamaro Air Group.");

        Assert.DoesNotContain("Wadi Liberation Front part_of Tamaro Air Group", found);
        Assert.Contains("Oruba Fighter Squadron opposed_to Wadi Liberation Front", found);
    }
    [Fact]
    public void A_person_who_was_its_leader_leads_the_group_the_sentence_or_the_story_is_about()
    {
        var found = Relations("The Kessa Liberation Army fought for ten years. Tomas Wadelo was its leader, and Omar Zayudi was its military commander.");

        Assert.Contains("Tomas Wadelo leads Kessa Liberation Army", found);
        Assert.Contains("Omar Zayudi commands Kessa Liberation Army", found);
    }

    [Theory]
    [InlineData("Joseph Ruma, who had been premier of the Tamaro Province, spoke at the funeral.")]
    [InlineData("Joseph Ruma, the premier of the Tamaro Province, spoke at the funeral.")]
    public void A_premier_holds_office_over_the_province(string sentence)
    {
        Assert.Contains("Joseph Ruma holds_office Tamaro Province", Relations(sentence));
    }

    [Theory]
    [InlineData("The Kessa Resistance Forces were armed, fed and paid by the Tamaro Defence Force.")]
    [InlineData("The Kessa Resistance Forces were armed and paid by the Tamaro Defence Force.")]
    [InlineData("The Kessa Resistance Forces, trained, armed and paid by the Tamaro Defence Force, held the south.")]
    public void Participles_joined_in_a_list_share_their_agent(string sentence)
    {
        Assert.Contains("Kessa Resistance Forces backed_by Tamaro Defence Force", Relations(sentence));
    }
}
