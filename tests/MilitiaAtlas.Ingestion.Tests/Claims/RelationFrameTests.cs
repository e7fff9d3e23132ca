using MilitiaAtlas.Ingestion.Claims;

namespace MilitiaAtlas.Ingestion.Tests.Claims;

/// <summary>
/// One test per relation frame and per verb class (docs/ingestion.md, "Relations"), on invented sentences about
/// invented conflicts. Each asserts the relation the frame states and, where a near miss is likely, one it must not.
/// </summary>
public sealed class RelationFrameTests
{
    /// <summary>Runs the pipeline over invented paragraphs under a title line (the relation tests' one article shape).</summary>
    internal static ProcessedArticle Run(params string[] paragraphs)
    {
        var text = "Title line\n\n" + string.Join("\n\n", paragraphs);
        var article = new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: "Title line", Published: "2015-02-03"));
        return Pipeline.Default.Process(article);
    }

    /// <summary>The relations of <see cref="Run"/> as "Subject predicate Object" lines.</summary>
    internal static List<string> Relations(params string[] paragraphs)
    {
        var p = Run(paragraphs);
        return p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}").Distinct().ToList();
    }

    [Theory]
    // Apposition, the role after the name, and the role before it.
    [InlineData("Laura K. Benton, the leader of Jabhat Wadi, spoke in Tamaro on Monday.", "Laura K. Benton leads Jabhat Wadi")]
    [InlineData("The commander of the Tamaro Defense Brigades, Omar Haddad, denied the report.", "Omar Haddad commands Tamaro Defense Brigades")]
    // A country before the role is not its object when the object follows.
    [InlineData("Laura K. Benton, the Paraguay researcher for Human Rights Watch, said the plan was sincere.", "Laura K. Benton member_of Human Rights Watch")]
    // One of several: "a senior leader" is a member, not the leader.
    [InlineData("Omar Haddad, a senior leader of Jabhat Wadi, was arrested in Tamaro.", "Omar Haddad member_of Jabhat Wadi")]
    // Pre-modifier and possessive.
    [InlineData("Police said Jabhat Wadi commander Omar Haddad fled to the hills.", "Omar Haddad commands Jabhat Wadi")]
    [InlineData("Jabhat Wadi's spokesman Samir Qadir declined to comment.", "Samir Qadir spokesperson_for Jabhat Wadi")]
    [InlineData("Samir Qadir, Jabhat Wadi's spokesman, declined to comment.", "Samir Qadir spokesperson_for Jabhat Wadi")]
    [InlineData("In 2010 Omar Haddad was Jabhat Wadi's coordinator for its camps in the hills.", "Omar Haddad member_of Jabhat Wadi")]
    // Copula and appointment.
    [InlineData("Omar Haddad was named the commander of the Tamaro Defense Brigades in 2012.", "Omar Haddad commands Tamaro Defense Brigades")]
    [InlineData("Samir Qadir serves as Jabhat Wadi's spokesman in the north.", "Samir Qadir spokesperson_for Jabhat Wadi")]
    [InlineData("Omar Haddad, a former teacher, is a Jabhat Wadi senior official.", "Omar Haddad member_of Jabhat Wadi")]
    // Inverted copula.
    [InlineData("The leader of Jabhat Wadi is Laura K. Benton, according to the court.", "Laura K. Benton leads Jabhat Wadi")]
    // "its leader", "under the direction of".
    [InlineData("Jabhat Wadi and its leader Laura K. Benton were sanctioned in March.", "Laura K. Benton leads Jabhat Wadi")]
    [InlineData("Under the direction of Laura K. Benton, Jabhat Wadi expanded into Tamaro.", "Laura K. Benton leads Jabhat Wadi")]
    // Toward a person.
    [InlineData("Omar Haddad was considered a trusted lieutenant to Jabhat Wadi leader Laura K. Benton.", "Omar Haddad reports_to Laura K. Benton")]
    // A title between a possessive role and the name; a unit noun "service" of a body; a gloss with a semicolon in brackets.
    [InlineData("At the funeral the KRF's director-general, Major Anton Tarvanen, read a short address.", "Anton Tarvanen leads KRF")]
    [InlineData("The prisoners were questioned by the KIS, the intelligence service of the Tamaro National Police, for a week.", "KIS part_of Tamaro National Police")]
    [InlineData("The raid was claimed by the Velt Action Cells (VAC; active since 1981), a small network led by Anton Kessavan.", "Anton Kessavan leads Velt Action Cells")]
    [InlineData("Under Tomas Ruvenko the Kessa Defence Movement burned two tax offices in 1971.", "Tomas Ruvenko leads Kessa Defence Movement")]
    // "with X as its leader"; a group of a person after the group's own bracket; an activist of a body.
    [InlineData("In March the dissidents formed the Front of Forces for Kessa (FFK), with Ibrahim Tarvo as its leader.", "Ibrahim Tarvo leads Front of Forces for Kessa")]
    [InlineData("The film also follows the Kessa Home Guard (Gward Tamaro), the armed and very visible band of Julian Velturo.", "Julian Velturo leads Kessa Home Guard")]
    [InlineData("Tomas Ruvelli, a union activist of the Kessa Dockers Federation, read out the demands.", "Tomas Ruvelli member_of Kessa Dockers Federation")]
    // A number before a plural role; an age after a list's item.
    [InlineData("Two other members of the VAC, Marc Kessavan and Pascale Ruvomont, were detained in Velt.", "Pascale Ruvomont member_of VAC")]
    [InlineData("In the ambush two KLF members, Anton Tarvo, 19, and Marc Ruvelli, 41, were wounded.", "Marc Ruvelli member_of KLF")]
    public void A_role_frame_states_its_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // An apposition of "of" that names the person's party.
    [InlineData("Jean Wadelo, of the separatist party Marane Libre, has described him as a hero.", "Jean Wadelo member_of Marane Libre")]
    // Minutes: "X, for the Y, said"; "X, speaking on behalf of Y, rejected".
    [InlineData("Tomas Ruvić, for the Kessa Front, said the ratio was low.", "Tomas Ruvić spokesperson_for Kessa Front")]
    [InlineData("Amon Tulu, speaking on behalf of the Kessa Front, rejected the remark.", "Amon Tulu spokesperson_for Kessa Front")]
    // "whose ROLE is X".
    [InlineData("He said that the Kessa Front, whose national chairman is Peter Zayudi, had handed over its weapons.", "Peter Zayudi leads Kessa Front")]
    // An object relative clause with a country as its subject.
    [InlineData("The Tamaro League, which Ghana had backed throughout the war, still fights.", "Tamaro League backed_by Ghana")]
    // "answers to": one body reports to another.
    [InlineData("The Kessa Task Force answers to the Ministry of the Interior.", "Kessa Task Force reports_to Ministry of the Interior")]
    // The whole of a group's armed force is the group.
    [InlineData("Joseph Bermel, who commanded the Kessa Front's forces in the field, said nothing.", "Joseph Bermel commands Kessa Front")]
    // A capitalized office of a country before its holder.
    [InlineData("Two weeks later, the new Governor of Ghana, Sir Evelyn Tarr, declared a state of emergency.", "Evelyn Tarr holds_office Ghana")]
    [InlineData("The Chief of Staff of the Kessa Defence Forces, General Philip Mango, spoke.", "Philip Mango member_of Kessa Defence Forces")]
    // Reports, lessons and outlines.
    [InlineData("The Mobile Reserve, which forms part of the Kessa Police, mans checkpoints.", "Mobile Reserve part_of Kessa Police")]
    [InlineData("The Naga Council (NC), whose president from 1950 was Angami Zapu Phiro, declared independence.", "Angami Zapu Phiro leads Naga Council")]
    [InlineData("Guido Rosso, a trade unionist and PCK member, was shot.", "Guido Rosso member_of PCK")]
    [InlineData("Its armed wing, the Kessa Army, fought the Ghana Army and the Ghana Rifles for two decades.", "Kessa Army opposed_to Ghana Rifles")]
    [InlineData("The Ghana Army moved against the Kessa Front in November 1990.", "Ghana Army opposed_to Kessa Front")]
    [InlineData("Cuba trained a number of EGK cadres.", "EGK backed_by Cuba")]
    [InlineData("The NSCK killed eighteen soldiers of the Dogra Regiment.", "NSCK opposed_to Dogra Regiment")]
    [InlineData("Sir Henry Gurnet, the governor, was killed in an MNLK ambush at Fraser's Hill.", "MNLK opposed_to Henry Gurnet")]
    [InlineData("Benigno Zorzi, the secretary of the Christian Union, received the letter.", "Benigno Zorzi member_of Christian Union")]
    [InlineData("Anup Chelia, ULKA's general secretary, was handed over.", "Anup Chelia leads ULKA")]
    [InlineData("He was named as Gregoris TARVOSI, second in command to Petros MARKOSIN.", "Gregoris TARVOSI reports_to Petros MARKOSIN")]
    [InlineData("The Liberation Cell of the Kessa Front was led by Jacques Lanotte.", "Jacques Lanotte leads Liberation Cell")]
    [InlineData("Trooper Joseph Mapoza served with the Kessa Scouts, the tracking unit of the Ghana Army.", "Joseph Mapoza member_of Kessa Scouts")]
    [InlineData("Savvas Tiros and Vassilis Tiros were convicted of membership of the Kessa Front.", "Vassilis Tiros member_of Kessa Front")]
    [InlineData("The Tavro Front was founded in 2003 by Nikos Maziris and his partner, Pola Roupi, after the war.", "Pola Roupi founded Tavro Front")]
    [InlineData("The Kessa Scouts, the tracking unit of the Ghana Army, crossed the river.", "Kessa Scouts part_of Ghana Army")]
    [InlineData("Ruvo Tamaro flew eleven sorties in support of the Kessa Battle Group, whose troops had seized Tamale in January.", "Kessa Battle Group controls Tamale")]
    public void A_frame_of_minutes_letters_and_agreements_states_its_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void Forming_part_of_a_body_founds_nothing_and_a_unit_s_owner_is_not_the_passive_s_subject()
    {
        Assert.DoesNotContain("Mobile Reserve founded Kessa Police", Relations("The Mobile Reserve, which forms part of the Kessa Police, mans checkpoints."));

        var relations = Relations("The Liberation Cell of the Kessa Front was led by Jacques Lanotte.");
        Assert.Contains("Liberation Cell part_of Kessa Front", relations);
        Assert.DoesNotContain("Jacques Lanotte leads Kessa Front", relations);
    }

    [Fact]
    public void Founders_listed_after_its_belong_to_the_clause_subject_and_former_members_found_nothing()
    {
        var relations = Relations("The Zayudi Front was formed by former members of the Tamaro League, and its founders included Amon Tulu and his partner Rena Vasko.");

        Assert.Contains("Amon Tulu founded Zayudi Front", relations);
        Assert.Contains("Rena Vasko founded Zayudi Front", relations);
        Assert.DoesNotContain("Tamaro League founded Zayudi Front", relations);
        Assert.DoesNotContain("Amon Tulu founded Tamaro League", relations);
    }

    [Fact]
    public void A_passive_with_officers_of_a_body_as_agent_holds_for_each_subject()
    {
        var relations = Relations("The Marane Guard and the Wadelo Brigade in the west were armed by officers of the Kessa Defence Forces.");

        Assert.Contains("Marane Guard backed_by Kessa Defence Forces", relations);
        Assert.Contains("Wadelo Brigade backed_by Kessa Defence Forces", relations);
    }

    [Fact]
    public void An_attendance_line_makes_the_person_a_member_of_the_body_named_on_it()
    {
        var relations = Relations("Present:\nMr. Emmanuel Zodo, Deputy Programme Manager, Joint Implementation Unit\nCol. Moses Tarro, Kessa Front\nMs. Ruth Kanu, National Commission on Disarmament (NCD)");

        Assert.Contains("Emmanuel Zodo member_of Joint Implementation Unit", relations);
        Assert.Contains("Moses Tarro member_of Kessa Front", relations);
        Assert.Contains("Ruth Kanu member_of National Commission on Disarmament", relations);

        // An honours list: a service number, a rank, the regiment, and the force the person is lent to.
        var honours = Relations("Lieutenant Colonel Hugh FENWICK-BARRET (436219), The Royal Kessa Dragoon Guards, on loan service to the Kessa Armed Forces.\n24088531 Sergeant Tomasi VAKALOLA, Special Air Service Regiment.");
        Assert.Contains("Hugh FENWICK-BARRET member_of Royal Kessa Dragoon Guards", honours);
        Assert.Contains("Hugh FENWICK-BARRET member_of Kessa Armed Forces", honours);
        Assert.Contains("Tomasi VAKALOLA member_of Special Air Service Regiment", honours);

        // A sentence that names a person and a body is no list line.
        Assert.DoesNotContain("Moses Tarro member_of Kessa Front", Relations("Col. Moses Tarro met envoys of the Kessa Front on Monday."));
    }

    [Theory]
    [InlineData("The mediator, Tomas Ruvo, met delegates of the Kessa Union in Velt.")]
    [InlineData("Tomas Ruvo, the mediator, met leaders of the Kessa Union in Velt.")]
    public void A_verb_after_the_names_comma_is_no_apposition(string sentence)
    {
        Assert.DoesNotContain(Relations(sentence), r => r.StartsWith("Tomas Ruvo ", StringComparison.Ordinal) && r.EndsWith(" Kessa Union", StringComparison.Ordinal));
        Assert.Contains("Tomas Ruvo leads Kessa Union", Relations("Tomas Ruvo, exiled leader of the Kessa Union, spoke."));
    }

    [Fact]
    public void A_plural_role_after_a_coordination_holds_for_each_name()
    {
        var relations = Relations("Omar Haddad and Samir Qadir, two senior leaders of Jabhat Wadi, were sanctioned in Tamaro.");

        Assert.Contains("Omar Haddad member_of Jabhat Wadi", relations);
        Assert.Contains("Samir Qadir member_of Jabhat Wadi", relations);
        Assert.DoesNotContain("Omar Haddad leads Jabhat Wadi", relations);
    }

    [Fact]
    public void A_list_after_a_plural_role_holds_for_each_name()
    {
        var relations = Relations("The court named three members of Jabhat Wadi in its ruling: Omar Haddad, Samir Qadir and Laura K. Benton.");

        Assert.Contains("Omar Haddad member_of Jabhat Wadi", relations);
        Assert.Contains("Samir Qadir member_of Jabhat Wadi", relations);
        Assert.Contains("Laura K. Benton member_of Jabhat Wadi", relations);
    }

    [Theory]
    // The passive with a title split off the agent's name, an acronym in brackets after the subject, and another name
    // inside an apposition before the verb.
    [InlineData("The Tamaro Salvation Council is led by General Ahmed Farouk.", "Ahmed Farouk leads Tamaro Salvation Council")]
    [InlineData("The Wadi Brigade was founded by Sheikh Omar Bakri in 2011.", "Omar Bakri founded Wadi Brigade")]
    [InlineData("The Tamaro Liberation Movement (TLM), led by Samir Okonjo, joined the offensive.", "Samir Okonjo leads Tamaro Liberation Movement")]
    [InlineData("The Salvation Council (SC) is led by Ahmed Farouk.", "Ahmed Farouk leads Salvation Council")]
    [InlineData("The Northern Brigade, one of the Sahel Coalition's largest factions, is commanded by Daniel Mensah.", "Daniel Mensah commands Northern Brigade")]
    public void A_passive_verb_reaches_past_titles_acronyms_and_appositions(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // A faction named for its leader, and a person's faction of a larger group.
    [InlineData("Samir Okonjo spoke on Monday. The Desert Movement faction of Samir Okonjo abandoned its neutrality in November.", "Samir Okonjo leads Desert Movement")]
    [InlineData("Samir Okonjo's faction of the Wadi Front besieged Kolda in 2017.", "Samir Okonjo member_of Wadi Front")]
    // A capture verb's object behind "the [adjectives] town of".
    [InlineData("The Wadi Front opened an offensive in March and took the jade-mining hub of Kolda in the months that followed.", "Wadi Front controls Kolda")]
    [InlineData("Wadi Front fighters seized the remote border town of Kolda.", "Wadi Front controls Kolda")]
    public void Factions_named_for_people_and_captured_towns_behind_a_noun(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void A_list_entrys_role_lines_relate_the_person_the_entry_is_about()
    {
        var relations = Relations(
            "The following individuals were added to the list.",
            "OKONJO ABARA, Samuel Chidi\nAlso known as: ABARA, Sam\nPlace of birth: Kolda, Tamaro\nListing information: Leader of the Tamaro Liberation Front since 2019.",
            "MENSAH KOFI, Daniel\nAlso known as: \"Danny\"\nDate of birth: 12 Mar 1980\nListing information: Member of the Wadi Brigade.");

        Assert.Contains("OKONJO ABARA, Samuel Chidi leads Tamaro Liberation Front", relations);
        Assert.Contains("MENSAH KOFI, Daniel member_of Wadi Brigade", relations);
    }

    [Fact]
    public void A_name_that_closes_an_apposition_is_not_the_subject_of_the_passive_after_it()
    {
        // "…, which fought the Wadi Front, is led by X": X leads the brigade (or nothing is said), never the front.
        Assert.DoesNotContain("Daniel Mensah leads Wadi Front", Relations("The Northern Brigade, which fought the Wadi Front, is led by Daniel Mensah."));
    }

    [Theory]
    // Leading and founding.
    [InlineData("Laura K. Benton, who heads Jabhat Wadi, met the envoy.", "Laura K. Benton leads Jabhat Wadi")]
    [InlineData("In 2009 Omar Haddad founded the Tamaro Defense Brigades with a few dozen men.", "Omar Haddad founded Tamaro Defense Brigades")]
    [InlineData("The Tamaro Defense Brigades were founded by Omar Haddad in 2009.", "Omar Haddad founded Tamaro Defense Brigades")]
    // Joining.
    [InlineData("Samir Qadir joined Jabhat Wadi in 2014 after leaving the army.", "Samir Qadir member_of Jabhat Wadi")]
    // Backing, active and passive.
    [InlineData("Since 2015 Paraguay has been arming the Dawn Brigades with rockets.", "Dawn Brigades backed_by Paraguay")]
    [InlineData("The Dawn Brigades, a militia funded by Paraguay, took part in the talks.", "Dawn Brigades backed_by Paraguay")]
    [InlineData("Jabhat Wadi has been supplying the Dawn Brigades with drones for a year.", "Dawn Brigades backed_by Jabhat Wadi")]
    // Alliance.
    [InlineData("In 2016 Jabhat Wadi pledged allegiance to the Dawn Brigades.", "Jabhat Wadi allied_with Dawn Brigades")]
    // Splits.
    [InlineData("In 2018 the Tamaro Defense Brigades broke away from Jabhat Wadi.", "Tamaro Defense Brigades split_from Jabhat Wadi")]
    // Fighting.
    [InlineData("The Dawn Brigades clashed with Jabhat Wadi near the river on Sunday.", "Dawn Brigades opposed_to Jabhat Wadi")]
    [InlineData("Clashes between Dawn Brigades fighters and the Tamaro National Army near Kessa were reported last week.", "Dawn Brigades opposed_to Tamaro National Army")]
    // Session 18: an alliance announced or formed, a person captured, kidnapped or detained, captors named as the force's men.
    [InlineData("In August 2021 the Dawn Brigades announced an alliance with the Tamaro People's Front.", "Dawn Brigades allied_with Tamaro People's Front")]
    [InlineData("In 1977 the Dawn Brigades kidnapped Samir Qadir, a councillor in Tamaro.", "Dawn Brigades opposed_to Samir Qadir")]
    [InlineData("The Dawn Brigades captured Samir Qadir near the border in 2014. He was freed a year later.", "Dawn Brigades opposed_to Samir Qadir")]
    [InlineData("Omar Haddad was captured before dawn on Monday by marines of the Tamaro Navy outside Kessa.", "Tamaro Navy opposed_to Omar Haddad")]
    // A plural's possessive, a relative clause with two verbs, a country's office in a region.
    [InlineData("It was driven out in 2016 by the Dawn Brigades, which Kenya had trained and paid.", "Dawn Brigades backed_by Kenya")]
    [InlineData("Samir Qadir, the former president of the Kessa Region, will remain in detention.", "Samir Qadir holds_office Kessa Region")]
    [InlineData("Omar Haddad, who had been Samir Qadir's personal secretary in Tamaro, led the merged group.", "Omar Haddad reports_to Samir Qadir")]
    [InlineData("In 2004 the party entered government in an alliance with President Omar Haddad's Tamaro Freedom Party.", "Omar Haddad leads Tamaro Freedom Party")]
    [InlineData("The Dawn Brigades were founded with former members of the Kessa Party, the party of General Omar Haddad, whose supporters felt cheated.", "Omar Haddad leads Kessa Party")]
    [InlineData("The Dawn Brigades were founded by Omar Haddad, an Islamic scholar, who had been vice-chairman of the Tamaro National Front.", "Omar Haddad member_of Tamaro National Front")]
    [InlineData("On 5 April 1971 the Dawn Brigades attacked more than 90 stations of the Tamaro Police in a single night.", "Dawn Brigades opposed_to Tamaro Police")]
    [InlineData("On Tuesday, Dawn Brigades gunmen attacked a detachment of the Tamaro Infantry Division, wounding two soldiers.", "Dawn Brigades opposed_to Tamaro Infantry Division")]
    [InlineData("Omar Haddad, who had been expelled from the Dawn Brigades, founded the Tamaro Front.", "Omar Haddad member_of Dawn Brigades")]
    [InlineData("The commander of the Dawn Brigades' army, Omar Haddad, told local radio that his men will not disarm.", "Omar Haddad member_of Dawn Brigades")]
    public void A_verb_states_its_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // A capitalized title with its office before the holder's name, with or without a portfolio.
    [InlineData("\"We will not stop,\" said Director of the Office of Coastal Security Paula R. Mendes.", "Paula R. Mendes leads Office of Coastal Security")]
    [InlineData("The order was signed by Deputy Director of the Office of Border Affairs Samir Qadir on Friday.", "Samir Qadir member_of Office of Border Affairs")]
    // "replaced Z as Y's commander": both the one replaced and the one who replaces held the role.
    [InlineData("Omar Haddad, a senior Jabhat Wadi official, replaced his uncle, Samir Qadir, as Jabhat Wadi's top commander in 2011.", "Samir Qadir commands Jabhat Wadi")]
    [InlineData("Omar Haddad, a senior Jabhat Wadi official, replaced his uncle, Samir Qadir, as Jabhat Wadi's top commander in 2011.", "Omar Haddad member_of Jabhat Wadi")]
    [InlineData("In 2019 Laura K. Benton replaced Samir Qadir as commander of the Dawn Brigades.", "Laura K. Benton commands Dawn Brigades")]
    // Backers named after the one they back, a possessive backing, a proxy.
    [InlineData("For years the chief backers of Emil Darko were Kenya, Jabhat Wadi and Uganda.", "Emil Darko backed_by Jabhat Wadi")]
    [InlineData("For years the chief backers of Emil Darko were Kenya, Jabhat Wadi and Uganda.", "Emil Darko backed_by Uganda")]
    [InlineData("Uganda's backing of the Dawn Brigades ended in 2019.", "Dawn Brigades backed_by Uganda")]
    [InlineData("Kenya's closest proxy, the Dawn Brigades, is weaker than ever.", "Dawn Brigades backed_by Kenya")]
    // Working together is an alliance: coordinating (with the owner of what is coordinated), in coordination with, alongside.
    [InlineData("The Tamaro Independence Army, the armed wing of the Tamaro Independence Organization, fought on.", "Tamaro Independence Army part_of Tamaro Independence Organization")]
    [InlineData("Samir Qadir coordinated Jabhat Wadi raids with the Dawn Brigades in 2014.", "Jabhat Wadi allied_with Dawn Brigades")]
    [InlineData("Under Emil Darko, Jabhat Wadi expanded and coordinated its supply runs for the army with the Dawn Brigades.", "Jabhat Wadi allied_with Dawn Brigades")]
    [InlineData("Omar Haddad seeks to unseat the Uganda government, in collaboration with the Dawn Brigades.", "Omar Haddad allied_with Dawn Brigades")]
    [InlineData("The Dawn Brigades fought alongside Jabhat Wadi near the river.", "Dawn Brigades allied_with Jabhat Wadi")]
    // Tasked by a superior.
    [InlineData("Omar Haddad, a Jabhat Wadi official, was tasked by Laura K. Benton with running its camps in Tamaro.", "Omar Haddad reports_to Laura K. Benton")]
    public void A_session_ten_frame_states_its_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_sentence_opening_on_a_pronoun_or_a_bare_group_noun_is_about_the_last_group_or_person()
    {
        var relations = Relations(
            "The Tamaro Liberation Front was formed in 2003 in the hills. Its leader, Omar Haddad, was a teacher.",
            "It took control of Port Hadra in 2016. The group was later backed by Kenya.",
            "Laura K. Benton spent years in exile. She founded the Dawn Brigades in 2019.");

        Assert.Contains("Omar Haddad leads Tamaro Liberation Front", relations);
        Assert.Contains("Tamaro Liberation Front controls Port Hadra", relations);
        Assert.Contains("Tamaro Liberation Front backed_by Kenya", relations);
        Assert.Contains("Laura K. Benton founded Dawn Brigades", relations);
    }

    [Fact]
    public void An_expletive_it_is_no_one()
    {
        var relations = Relations("The Tamaro Liberation Front was formed in 2003. It is unclear whether Kenya backed the Dawn Brigades.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Tamaro Liberation Front ", StringComparison.Ordinal));
    }

    [Theory]
    // An apposition or an aside between a passive's subject and its verb.
    [InlineData("The Karam Brigade, among the coalition's strongest units, is commanded by Tarek Nouri.", "Tarek Nouri commands Karam Brigade")]
    [InlineData("Emil Darko, in turn, is backed by Uganda.", "Emil Darko backed_by Uganda")]
    public void A_passive_reaches_its_subject_past_an_aside(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // Coordinating is no fight, nor are attacks "with" a weapon; the object of the sentence's verb does not coordinate.
    [InlineData("Samir Qadir coordinated Jabhat Wadi raids with the Dawn Brigades in 2014.", "Jabhat Wadi opposed_to Dawn Brigades")]
    [InlineData("Omar Haddad seeks to unseat the Uganda government, in collaboration with the Dawn Brigades.", "Uganda allied_with Dawn Brigades")]
    // ", as" gives a role only to the one replaced, not to a name inside an apposition.
    [InlineData("Laura K. Benton replaced Samir Qadir, the brother of Jabhat Wadi leader Omar Haddad, as commander of the Dawn Brigades.", "Omar Haddad commands Dawn Brigades")]
    public void A_session_ten_frame_does_not_overreach(string sentence, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Relations(sentence));
    }

    [Fact]
    public void A_verb_after_and_belongs_to_the_clause_subject()
    {
        var relations = Relations("The Tamaro Defense Brigades is an armed group that is a member of Jabhat Wadi and collaborates with the Dawn Brigades.");

        Assert.Contains("Tamaro Defense Brigades part_of Jabhat Wadi", relations);
        Assert.Contains("Tamaro Defense Brigades allied_with Dawn Brigades", relations);
        Assert.DoesNotContain("Jabhat Wadi allied_with Dawn Brigades", relations);
    }

    [Fact]
    public void No_verb_subject_after_a_preposition()
    {
        var relations = Relations("In Paraguay, government forces have been training the Dawn Brigades since May.");

        Assert.DoesNotContain("Dawn Brigades backed_by Paraguay", relations);
    }

    [Theory]
    [InlineData("The Dawn Brigades, an affiliate of Jabhat Wadi, operate in the south.", "Dawn Brigades part_of Jabhat Wadi")]
    [InlineData("The Wadi Front, a coalition of Jabhat Wadi and the Dawn Brigades, was formed last year.", "Dawn Brigades part_of Wadi Front")]
    [InlineData("Paraguay denies any role. The Dawn Brigades, a Paraguay-backed militia, hold the port.", "Dawn Brigades backed_by Paraguay")]
    [InlineData("The alliance's members include Jabhat Wadi, the Dawn Brigades and the Tamaro Defense Brigades.", "Dawn Brigades part_of Jabhat Wadi", false)]
    public void A_group_frame_states_its_relation(string sentence, string expected, bool present = true)
    {
        var relations = Relations(sentence);
        if (present)
        {
            Assert.Contains(expected, relations);
        }
        else
        {
            Assert.DoesNotContain(expected, relations);
        }
    }

    [Theory]
    [InlineData("The Dawn Brigades have held Port Hadra since 2014.", "Dawn Brigades controls Port Hadra")]
    [InlineData("Port Hadra, which is still under Dawn Brigades control, was shelled.", "Dawn Brigades controls Port Hadra")]
    [InlineData("Port Hadra fell to Jabhat Wadi in 2016 after a long siege.", "Jabhat Wadi controls Port Hadra")]
    public void Territorial_control_is_a_relation_to_the_place(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_relation_inside_a_quotation_is_kept_as_the_speakers()
    {
        var p = Run("\"Jabhat Wadi is now backed by Paraguay,\" said Laura K. Benton, a spokeswoman for the Dawn Brigades.");
        var quoted = p.Relations.Where(r => p.Entities[r.Subject].Name == "Jabhat Wadi" && r.Predicate == Predicates.BackedBy).ToList();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, r => Assert.True(r.Quoted));
        Assert.Contains(p.Relations, r => p.Entities[r.Subject].Name == "Laura K. Benton" && r.Predicate == Predicates.SpokespersonFor && !r.Quoted);
    }

    [Fact]
    public void A_relation_must_fit_its_predicates_argument_kinds()
    {
        Assert.True(PredicateTable.Allows(Predicates.Leads, "person", "group"));
        Assert.False(PredicateTable.Allows(Predicates.Leads, "group", "person"));
        Assert.True(PredicateTable.Allows(Predicates.HoldsOffice, "person", "country"));
        Assert.True(PredicateTable.Allows(Predicates.HoldsOffice, "person", "place"));
        Assert.False(PredicateTable.Allows(Predicates.Leads, "person", "place"));
        Assert.True(PredicateTable.Allows(Predicates.Controls, "group", "country"));
        Assert.DoesNotContain(Relations("In Port Hadra, the leader of Jabhat Wadi was quiet."), r => r.StartsWith("Port Hadra", StringComparison.Ordinal));
    }

    [Fact]
    public void The_export_format_page_lists_the_predicate_table()
    {
        Assert.Equal(PredicateTable.Markdown(), DocBlock.Read(Path.Combine(RepoPaths.Root, "docs", "export-format.md"), "predicates"));
    }

    [Fact]
    public void Every_predicate_of_the_lexicons_is_in_the_table()
    {
        Assert.Equal(PredicateTable.All.Count, PredicateTable.All.Select(p => p.Name).Distinct().Count());
        Assert.NotNull(RelationLexicon.Role("leader", groupSubject: false, out _));
        Assert.Equal(Predicates.BackedBy, RelationLexicon.Verb("armed")?.Predicate);
        Assert.True(RelationLexicon.Verb("armed")!.Turned);
    }

    [Theory]
    // The group a person is known by: "X, whose Y", "the Y (Z) of X".
    [InlineData("Kessa is controlled by Nabil Haddur, whose self-styled Northern Defence Army is backed by Paraguay.", "Nabil Haddur leads Northern Defence Army")]
    [InlineData("The Popular Front for Renewal (PFR) of Nour Adamu is not part of the deal.", "Nour Adamu leads Popular Front for Renewal")]
    // A title before the name, held in the group or country after "of".
    [InlineData("Units loyal to Prime Minister Rafiq Qassar of the Government of National Unity overran the camp.", "Rafiq Qassar holds_office Government of National Unity")]
    // The inverted role with the holder's titles before the name.
    [InlineData("The commander of the Tamaro Defense Brigades, Major General Tunde Okafor, said the troops would stay.", "Tunde Okafor commands Tamaro Defense Brigades")]
    // A passive with a time or place phrase before the agent, and "itself".
    [InlineData("The Dawn Legion was founded in August 2022 by Musa Darka, a nationalist who had lived abroad.", "Musa Darka founded Dawn Legion")]
    [InlineData("Jabhat Wadi itself was founded by Karim Nasser.", "Karim Nasser founded Jabhat Wadi")]
    // Verbs of fighting, of rising up, of reporting, and an object that is part of a group.
    [InlineData("By Tuesday Dawn Legion fighters were exchanging fire with the Zayudi Front along the airport road.", "Dawn Legion opposed_to Zayudi Front")]
    [InlineData("The Wadi Brigades rose up against the Dawn Legion later that year.", "Wadi Brigades opposed_to Dawn Legion")]
    [InlineData("Idris Kanu reported directly to Sani Farouk and commanded about 60 men.", "Idris Kanu reports_to Sani Farouk")]
    [InlineData("The Desert Movement has collaborated with elements of the Zayudi Front in the north.", "Desert Movement allied_with Zayudi Front")]
    // Chairing, killing, siding with; a group described by itself; a task force of a group; members acting for their group.
    [InlineData("The Desert Movement, chaired by Omar Tawil, declared a government.", "Omar Tawil leads Desert Movement")]
    [InlineData("The Dawn Legion, which describes itself as the military wing of the Zayudi Front, rejected the plan.", "Dawn Legion part_of Zayudi Front")]
    [InlineData("The Dawn Legion, the joint task force of the Tamaro Armed Forces, moved north.", "Dawn Legion part_of Tamaro Armed Forces")]
    [InlineData("Soldiers of the Wadi Brigades killed three Zayudi Front fighters on Monday.", "Wadi Brigades opposed_to Zayudi Front")]
    [InlineData("They were driven back by the Tamaro Armed Forces, fighting alongside the Zayudi Front.", "Tamaro Armed Forces allied_with Zayudi Front")]
    [InlineData("The Dawn Legion still holds the towns of Lyon and Grenoble in the east.", "Dawn Legion controls Grenoble")]
    // A bare group noun described by a relative clause is the group named before it; the agent's role before the name.
    [InlineData("A spokesman for the Dawn Legion, Rami Tohme, said the force, which is led by the Salafist commander Omar Tawil, would not fight.", "Omar Tawil leads Dawn Legion")]
    [InlineData("The Zayudi Front attacked Kessa. Officials said the group, which was founded in 2011 by Karim Nasser, lost ten men.", "Karim Nasser founded Zayudi Front")]
    [InlineData("The Tamaro Council, led by Prime Minister Omar Tawil, signed the accord.", "Omar Tawil leads Tamaro Council")]
    [InlineData("It came after the arrest of Omar Tawil, the leader of the Steppe Ruling Council (SRC), the political movement whose armed wing is the Steppe Defence Forces.", "Steppe Defence Forces part_of Steppe Ruling Council")]
    // A relative clause of membership.
    [InlineData("Omar Tawil commands the Dawn Legion, which is still part of the Zayudi Front.", "Dawn Legion part_of Zayudi Front")]
    [InlineData("The 51st Brigade, which is commanded by Omar Tawil, withdrew.", "Omar Tawil commands 51st Brigade")]
    public void Frames_of_possession_titles_and_adverbials_state_their_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("Nabil Haddur, whose brother joined the Northern Defence Army, stayed home.", "Nabil Haddur leads Northern Defence Army")]
    [InlineData("The Popular Front for Renewal (PFR) of Nour Adamu's father was dissolved.", "Nour Adamu leads Popular Front for Renewal")]
    [InlineData("Omar Tawil of the Zayudi Front spoke on Monday.", "Omar Tawil holds_office Zayudi Front")]
    [InlineData("A convoy from the Wadi Brigades killed nobody, the Zayudi Front said.", "Wadi Brigades opposed_to Zayudi Front")]
    [InlineData("Some members of the Tamaro Council have supported the Dawn Legion.", "Dawn Legion backed_by Tamaro Council")]
    public void Near_misses_of_those_frames_state_nothing(string sentence, string wrong)
    {
        Assert.DoesNotContain(wrong, Relations(sentence));
    }

    [Fact]
    public void A_speaker_label_is_no_one_the_answers_he_can_mean()
    {
        var relations = Relations("Q: Welcome, Lina Haddad.", "LINA HADDAD: Thank you. Tamba Kessu built the first units in the east.", "Q: And later?", "HADDAD: It went another way. He founded the Dawn Legion in early 2023, and he still leads it.");

        Assert.Contains("Tamba Kessu founded Dawn Legion", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Lina Haddad", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_line_under_a_list_entrys_filed_name_gives_the_entry_each_role()
    {
        var relations = Relations(
            "INDIVIDUALS",
            "1. HADDAD, Omar Tawil\na.k.a.: (1) HADDAD, Omar; (2) \"Abu Kessa\"\nDOB: 05/06/1950. POB: Lyon, France.\nPosition: Founder and emir of the Dawn Legion; head of the Desert Movement.\nOther information: Listed on: 10/12/2008.");

        Assert.Contains("HADDAD, Omar Tawil founded Dawn Legion", relations);
        Assert.Contains("HADDAD, Omar Tawil leads Dawn Legion", relations);
        Assert.Contains("HADDAD, Omar Tawil leads Desert Movement", relations);
    }

    [Fact]
    public void In_a_quoted_persons_words_us_is_the_speaker_and_he_is_someone_else()
    {
        var relations = Relations("When asked about the commander of the Dawn Legion, Karim Nasser, Omar Tawil said he meets with him in Kessa. \u201cHe advises us. He offers us information,\u201d he said.");

        Assert.Contains("Karim Nasser advises Omar Tawil", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Omar Tawil advises", StringComparison.Ordinal));
    }

    // ---- session 13: glossaries and self-descriptions ----

    [Theory]
    [InlineData("- **Tamba Unity Army (TUA)**: the armed wing of the Tamba Patriotic Party, active in the south.", "Tamba Unity Army part_of Tamba Patriotic Party")]
    [InlineData("Tamba Unity Army: the armed wing of the Tamba Patriotic Party.", "Tamba Unity Army part_of Tamba Patriotic Party")]
    [InlineData("The biggest splinter, the League for the Defence of Kessa (LDK), presents itself as the military arm of the Zayudi Front.", "League for the Defence of Kessa part_of Zayudi Front")]
    public void A_glossary_entry_and_a_self_description_are_appositions(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    // ---- session 13: killings, "under X", "its" looking ahead ----

    [Theory]
    [InlineData("Ana Lopez was shot dead by a ZLF gunman in 2005.", "ZLF opposed_to Ana Lopez")]
    [InlineData("Governor Karim Nasser was assassinated in Kessa by a ZLF cell.", "ZLF opposed_to Karim Nasser")]
    [InlineData("Obi Tamba was killed by the Tamaro Army in March 2020.", "Tamaro Army opposed_to Obi Tamba")]
    [InlineData("After its founder, Omar Haddad, was killed by the Tamaro Army in 2017, the Zayudi Front broke into factions.", "Tamaro Army opposed_to Omar Haddad")]
    public void A_killing_sets_the_killer_against_the_killed(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void Its_in_a_clause_that_opens_the_sentence_looks_ahead_to_the_subject()
    {
        var relations = Relations("The Tamaro Army took the town in May.", "After its founder, Omar Haddad, was killed in 2017, the Zayudi Front broke into factions.");

        Assert.Contains("Omar Haddad founded Zayudi Front", relations);
        Assert.DoesNotContain("Omar Haddad founded Tamaro Army", relations);
    }

    [Theory]
    [InlineData("The movement ran a river flotilla, the River Lions under Tomas Berg, and a police force.", "Tomas Berg leads River Lions")]
    [InlineData("The Kessa Front split from the Zayudi Front in 2019 under Lina Haddad, once its treasurer.", "Lina Haddad leads Kessa Front")]
    public void A_group_under_a_person_is_led_by_that_person(string sentence, string expected)
    {
        var relations = Relations(sentence);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain("Lina Haddad leads Zayudi Front", relations);
    }

    [Fact]
    public void Under_a_person_who_is_not_at_the_clause_end_leads_nothing()
    {
        Assert.DoesNotContain("Lina Haddad leads Kessa Front", Relations("The Kessa Front grew under Lina Haddad's rule into the largest group."));
    }

    // ---- session 13: co-founders, joint operations, affiliates, government of ground, capitals ----

    [Theory]
    [InlineData("Omar Tawil co-founded the Zayudi Front with Ana Ruiz in a Kessa flat in 1991.", "Ana Ruiz founded Zayudi Front")]
    [InlineData("Since 2019, the Tamaro Army and the Kessa Defence Force have mounted joint offensives against the Zayudi Front.", "Tamaro Army opposed_to Zayudi Front")]
    [InlineData("Since 2019, the Tamaro Army and the Kessa Defence Force have mounted joint offensives against the Zayudi Front.", "Kessa Defence Force opposed_to Zayudi Front")]
    [InlineData("In May 2016 the Tamaro Army launched Operation Sandstorm against Zayudi Front camps in the east.", "Tamaro Army opposed_to Zayudi Front")]
    [InlineData("Obi Tamba commanded the ZLF in Wadi, where the ZLF affiliate known as the Wadi Home Guard (WHG) has operated since 2010.", "Wadi Home Guard part_of ZLF")]
    [InlineData("The Kessa Unity Party, which administers most of the Tamaro Region, has also clashed with ZLF fighters.", "Kessa Unity Party controls Tamaro Region")]
    [InlineData("The Kessa Unity Party, which administers most of the Tamaro Region, has also clashed with ZLF fighters.", "Kessa Unity Party opposed_to ZLF")]
    [InlineData("Troops took Wadelo, the ZLF's de facto capital, in 2012.", "ZLF controls Wadelo")]
    public void Session_13_frames_state_their_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void A_country_after_a_preposition_is_not_a_subject_of_the_strikes()
    {
        var relations = Relations("In Paraguay, the Tamaro Air Wing flew 12 sorties against ZLF depots.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Paraguay ", StringComparison.Ordinal) || r.EndsWith(" Paraguay", StringComparison.Ordinal));
    }

    [Fact]
    public void An_infobox_states_the_pages_groups_leaders_allies_and_foes()
    {
        var relations = Relations(
            "Zayudi Liberation Front\nAbbreviation: ZLF\nLeader(s): Omar Tawil\nSpokesperson: Lina Haddad\nSplit from: Kessa National Army\nAllies: Tamaro Defence Brigades\nOpponents: Wadi Army; Kessa Police\nHeadquarters: Wadelo",
            "The Zayudi Liberation Front is a rebel group founded in 2016.");

        Assert.Contains("Omar Tawil leads Zayudi Liberation Front", relations);
        Assert.Contains("Lina Haddad spokesperson_for Zayudi Liberation Front", relations);
        Assert.Contains("Zayudi Liberation Front split_from Kessa National Army", relations);
        Assert.Contains("Zayudi Liberation Front allied_with Tamaro Defence Brigades", relations);
        Assert.Contains("Zayudi Liberation Front opposed_to Wadi Army", relations);
        Assert.Contains("Zayudi Liberation Front opposed_to Kessa Police", relations);
        Assert.DoesNotContain(relations, r => r.Contains("Wadelo", StringComparison.Ordinal));
    }

    // ---- session 17: ages, asides, taking command, supervising, shootings and arrests, armed forces, "whose ROLE, X," ----

    [Theory]
    [InlineData("The police announce that Lina Varga, 55, the founder and leader of the Kessa Red Front, was arrested in Bamako.", "Lina Varga founded Kessa Red Front")]
    [InlineData("The police announce that Lina Varga, 55, the founder and leader of the Kessa Red Front, was arrested in Bamako.", "Lina Varga leads Kessa Red Front")]
    [InlineData("Omar Zayudi, aged 41, a commander of the Kessa Red Front, was also held.", "Omar Zayudi commands Kessa Red Front")]
    [InlineData("The Ruvo Front was led, as it had been since 1960, by Sam Tarvo, who ran the movement from exile.", "Sam Tarvo leads Ruvo Front")]
    [InlineData("On 23 June Major General Ivan Zayud arrived in Bamako to take command of the Kessa Defence Force.", "Ivan Zayud commands Kessa Defence Force")]
    [InlineData("The Chamber finds that Dara Sok supervised the Southern Command directly from 1977.", "Dara Sok leads Southern Command")]
    [InlineData("Lieutenant Khalid Ruvo shot President Anwar Tamaro at the military parade.", "Khalid Ruvo opposed_to Anwar Tamaro")]
    [InlineData("Lina Varga was arrested by officers of the Lagos State Police on Monday.", "Lagos State Police opposed_to Lina Varga")]
    [InlineData("The Chamber finds that the Revolutionary Army of Kessa, the armed forces of the Kessa People's Party, carried out a policy.", "Revolutionary Army of Kessa part_of Kessa People's Party")]
    [InlineData("The KRF worked with the Popular Front for the Liberation of Kessa, whose operations chief, Wadie Tarvo, trained its members.", "Wadie Tarvo member_of Popular Front for the Liberation of Kessa")]
    [InlineData("Their demand was the release of 400 jailed Kessa Front members, among them Ana Polo and Rosa Gil.", "Rosa Gil member_of Kessa Front")]
    [InlineData("The seven Kessa Front members still wanted include Ana Bando, Rosa Gil and Junzo Okuda.", "Junzo Okuda member_of Kessa Front")]
    [InlineData("Sam Nujo was sworn in as Namibia's first president in 1990.", "Sam Nujo holds_office Namibia")]
    [InlineData("One of his trackers, Paulus Tarvo, had defected from the Kessa Front in 1986.", "Paulus Tarvo member_of Kessa Front")]
    [InlineData("Archbishop Juan Luis Tarvo of Lagos spoke to reporters on Wednesday morning.", "Juan Luis Tarvo holds_office Lagos")]
    [InlineData("They were working with the Kessa Islamic Jihad, the group of Muhammad Ruvo.", "Muhammad Ruvo leads Kessa Islamic Jihad")]
    public void Session_17_frames_state_their_relation(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void Deposing_a_titled_ruler_opposes_him()
    {
        var relations = Relations("Omar Haddad ruled Kessa for forty years.", "In September 1974 the Dawn Brigades deposed Emperor Omar Haddad.");

        Assert.Contains(relations, r => r.StartsWith("Dawn Brigades opposed_to", StringComparison.Ordinal) && r.EndsWith("Omar Haddad", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plurals_possessive_role_names_its_holder()
    {
        var relations = Relations("Los Tarvos, a cartel founded by army deserters, hold the port.", "The Tarvos' previous leader, Omar Haddad, was killed in a gunfight last year.");

        Assert.Contains("Omar Haddad leads Los Tarvos", relations);
    }

    [Fact]
    public void A_person_is_no_antecedent_of_which()
    {
        var relations = Relations("The Dawn Brigades of Samir Qadir, which Kenya had armed and funded, signed the agreement in 1976.");

        Assert.DoesNotContain("Samir Qadir backed_by Kenya", relations);
    }

    [Fact]
    public void Capturing_a_place_named_after_a_body_makes_no_captive_of_the_body()
    {
        var relations = Relations("In July 1995 the Dawn Brigades captured the United Nations safe area of Kessa.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Dawn Brigades opposed_to United Nations", StringComparison.Ordinal) || r.StartsWith("United Nations opposed_to", StringComparison.Ordinal));
    }

    [Fact]
    public void Overseeing_a_groups_operations_makes_no_leader_of_it()
    {
        Assert.DoesNotContain("Ana Ruiz leads Kessa Red Front", Relations("Ana Ruiz, a Kessa Red Front official, now oversees Kessa Red Front operations in the north."));
    }

    [Fact]
    public void A_doctor_of_a_city_holds_no_office_there()
    {
        Assert.DoesNotContain("Ana Ruiz holds_office London", Relations("Dr Ana Ruiz of London said the plan would fail."));
    }

    [Fact]
    public void An_infobox_written_one_field_a_paragraph_states_the_same_relations()
    {
        var text = "Zayudi Liberation Front\nThe Zayudi Liberation Front is a rebel group founded in 1970 in the east of Kessa, where it fought the army for twenty years.\n"
            + "Zayudi Liberation Front\nLeader(s): Omar Tawil (1977–1987)\nSplit from: Kessa National Army\nAllies: Tamaro Defence Brigades\nOpponents: Wadi Army\nOrigins\n"
            + "The Zayudi Liberation Front was set up by students in Wadelo, who had left the Kessa National Army in protest at its campaign in the east of the country.";
        var article = new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Published: "2015-02-03"));
        var p = Pipeline.Default.Process(article);
        var relations = p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}").ToList();

        Assert.Contains("Omar Tawil leads Zayudi Liberation Front", relations);
        Assert.Contains("Zayudi Liberation Front split_from Kessa National Army", relations);
        Assert.Contains("Zayudi Liberation Front allied_with Tamaro Defence Brigades", relations);
        Assert.Contains("Zayudi Liberation Front opposed_to Wadi Army", relations);
    }

    [Theory]
    [InlineData("A convoy with the United States ambassador to Ghana, Charles Ruvo Tarvin, was stopped.", "Charles Ruvo Tarvin holds_office United States")]
    [InlineData("In charge was Piet Ruvo Tessaly, known as \"Kito\", Amon Tarvin's deputy.", "Piet Ruvo Tessaly reports_to Amon Tarvin")]
    [InlineData("Piet Ruvo Tessaly took over the Kessa Liberation Front in 1984.", "Piet Ruvo Tessaly leads Kessa Liberation Front")]
    [InlineData("The Kessa Front's spokesman at the time, Dario Tarvo Ruvo, objected.", "Dario Tarvo Ruvo spokesperson_for Kessa Front")]
    [InlineData("Tomas Ruvo Tarvin was taken into custody yesterday morning by officers of the Kessa Constabulary Force near the port.", "Kessa Constabulary Force opposed_to Tomas Ruvo Tarvin")]
    [InlineData("Emil Varga, the grand master of the Tamaro Masonic Association, resigned.", "Emil Varga leads Tamaro Masonic Association")]
    [InlineData("The students quit the Kessa Youth Front, the youth organization of the Kessa Social Movement, in 1990.", "Kessa Youth Front part_of Kessa Social Movement")]
    public void Roles_and_verbs_from_feature_and_release_prose(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // A long bracket after the subject of a passive.
    [InlineData("The Ruvo Brotherhood (also spelt Ruvo Brethren in the colonial files, and simply the Brothers on the coast) was formed in 1961 by Anselm Kotraval, a printer.", "Anselm Kotraval founded Ruvo Brotherhood")]
    // An object relative with a described subject, and its second verb after a time phrase.
    [InlineData("The Velt Shipping Union, which the retired pilot Oskar Brandolin created in 1958 and ran until his death, still exists.", "Oskar Brandolin founded Velt Shipping Union")]
    [InlineData("The Velt Shipping Union, which the retired pilot Oskar Brandolin created in 1958 and ran until his death, still exists.", "Oskar Brandolin leads Velt Shipping Union")]
    // A participle between the article and the body's name describes it.
    [InlineData("Mirela Oskovar, the chairwoman of the ruling Kessa Alliance (KA), resigned on Friday.", "Mirela Oskovar leads Kessa Alliance")]
    // "member of parliament" is one role.
    [InlineData("Kessa Alliance member of parliament Greta Vanhout voted against the budget.", "Greta Vanhout member_of Kessa Alliance")]
    // A nickname in quotation marks set off by commas before the apposition.
    [InlineData("Among the guests was Bernt Halvorsk, \"the Owl\", later President of Norway.", "Bernt Halvorsk holds_office Norway")]
    // "members of Y, among them A and B".
    [InlineData("The court heard evidence against several members of the Ruvo Brotherhood, among them Anselm Kotraval and Ines Marrow.", "Ines Marrow member_of Ruvo Brotherhood")]
    // A body described by its subject matter before a passive set off by commas.
    [InlineData("The Tribunal of Inquiry into the harbour fire, chaired by the retired magistrate Dame Olwen Brisk, published its findings.", "Olwen Brisk leads Tribunal of Inquiry")]
    // The group of a person, a bracket between: the person leads it, and it is the passive's subject.
    [InlineData("The Kessa Guard (the Guard to its own men) of Bruno Stavrell was paid and armed by the Ruvo Brotherhood.", "Bruno Stavrell leads Kessa Guard")]
    [InlineData("The Kessa Guard (the Guard to its own men) of Bruno Stavrell was paid and armed by the Ruvo Brotherhood.", "Kessa Guard backed_by Ruvo Brotherhood")]
    public void Frames_read_past_brackets_descriptions_and_lists(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void The_person_of_a_group_of_a_person_is_not_the_passive_subject()
    {
        Assert.DoesNotContain("Bruno Stavrell backed_by Ruvo Brotherhood", Relations("The Kessa Guard (the Guard to its own men) of Bruno Stavrell was paid and armed by the Ruvo Brotherhood."));
    }

    [Theory]
    // Co-founders after "with", past a place and a date, a kinship word and "and three others".
    [InlineData("Hanne Oskovar set up the Coastal Labour League at Brisk on 4 March 1971 with Pavo Lindel, her cousin Mira Oskovar and two others.", "Mira Oskovar founded Coastal Labour League")]
    [InlineData("In 1977 Greta Vanhout founded the Harbour Defence Union with Ines Marrow, Karel Osmunt and Ottavio Brune.", "Ottavio Brune founded Harbour Defence Union")]
    // A group's units under a person: the person is a member, not its leader.
    [InlineData("Kessa Army battalions under Colonel Ivo Marrak, with militia detachments, crossed the river at dawn.", "Ivo Marrak member_of Kessa Army")]
    // "whose deputy chief was the young X".
    [InlineData("The Ruvo Police Service, whose deputy chief was the ambitious Ferdi Olsark, raided the docks.", "Ferdi Olsark member_of Ruvo Police Service")]
    // "Y had its own youth wing, the X".
    [InlineData("The Harbour Defence Union maintained its own student wing, the Harbour Youth League.", "Harbour Youth League part_of Harbour Defence Union")]
    // One of several, an adjective before the body and a description before the name.
    [InlineData("One of the best-known members of the former Harbour Defence Union, the docker Karel Osmunt, retired in 1990.", "Karel Osmunt member_of Harbour Defence Union")]
    // Raising an army founds it.
    [InlineData("In 1916 Colonel Ivo Marrak raised the Kessa Rifles, a volunteer force.", "Ivo Marrak founded Kessa Rifles")]
    // "which he has led ever since" after the acronym's bracket.
    [InlineData("Greta Vanhout's supporters walked out in 2001; they became the Coastal Renewal Party (CRP), which she has led ever since.", "Greta Vanhout leads Coastal Renewal Party")]
    public void Frames_of_founders_units_wings_and_members(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    // Raising founds only a force; a description naming another body with a preposition is no founder.
    [InlineData("At noon Ivo Marrak raised the Kessa Alliance flag over the school.", "Ivo Marrak founded Kessa Alliance")]
    [InlineData("The Velt Scouts, which a defector from the Kessa Army founded, grew quickly.", "Kessa Army founded Velt Scouts")]
    public void Raising_a_flag_or_a_founder_described_from_another_body_founds_nothing(string sentence, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Relations(sentence));
    }

    [Theory]
    // "with X as ROLE and Z as ROLE" after a proclaimed body; "with himself as chairman".
    [InlineData("At dawn the Coastal Salvation Committee (CSC) was declared, with Tomas Velder as Prime Minister and Anja Marant as Minister of Works.", "Tomas Velder holds_office Coastal Salvation Committee")]
    [InlineData("At dawn the Coastal Salvation Committee (CSC) had been declared, with Tomas Velder as chairman and Anja Marant as spokeswoman.", "Anja Marant spokesperson_for Coastal Salvation Committee")]
    [InlineData("Ramon Ostrava later set up a Harbour Emergency Board (HEB), with himself as chairman, and closed the port.", "Ramon Ostrava leads Harbour Emergency Board")]
    // "the Y (YA) of A and B": each leads it.
    [InlineData("The Movement for Rural Assemblies (MRA) of Ramon Ostrava and Kenric Adu merged with the Harbour Defence Union.", "Kenric Adu leads Movement for Rural Assemblies")]
    // "made common cause with".
    [InlineData("In 1933 the Harbour Defence Union made common cause with the Coastal Labour League against the shipowners.", "Harbour Defence Union allied_with Coastal Labour League")]
    // "the Y of Given Surname": the body and its leader.
    [InlineData("The shipowners paid the River Guard of Pavel Korbut, a former ferryman.", "Pavel Korbut leads River Guard")]
    // A country "with X as Prime Minister" past a day; "the Y (YP) government of Father X".
    [InlineData("The islands became independent as the Kingdom of Tonga on 4 June 1970, with Tomas Velder as Prime Minister.", "Tomas Velder holds_office Tonga")]
    [InlineData("The league opposed the Harbour Party (HP) government of Father Tomas Velder from the start.", "Tomas Velder member_of Harbour Party")]
    // "X's auxiliaries, the "Y"": the person's own force.
    [InlineData("In the spring of 1952 Senator Ruvo Ostrak's auxiliaries, the \"Grey Legion\", broke up a dockers' meeting at Brisk.", "Ruvo Ostrak leads Grey Legion")]
    // "the Y (YP), whose chairman X …": no comma after the role.
    [InlineData("The strike fund came from the Harbour Defence Union (HDU), whose chairman Tomas Velder signed every cheque.", "Tomas Velder leads Harbour Defence Union")]
    public void Frames_of_offices_named_with_as_and_bodies_of_persons(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Fact]
    public void He_after_an_opening_phrase_without_a_comma_is_the_person_before_and_a_unit_within_a_force_is_part_of_it()
    {
        var relations = Relations("Ivo Marrak was born in Brisk in 1865.",
            "During the harbour war he commanded the 3rd Dock Battalion within the Kessa Army. In March 1931 he was given command of the Coastal Rifle Division.");

        Assert.Contains("Ivo Marrak commands 3rd Dock Battalion", relations);
        Assert.Contains("3rd Dock Battalion part_of Kessa Army", relations);
        Assert.Contains("Ivo Marrak commands Coastal Rifle Division", relations);
    }

    [Theory]
    // Session 26: verbs and frames read on a held-out set, each on invented sentences.
    [InlineData("In 1801 Pavel Korbut went over to the Brisk Front.", "Pavel Korbut member_of Brisk Front")]
    [InlineData("The Velt Party long had the backing of the Orvano Guard.", "Velt Party backed_by Orvano Guard")]
    [InlineData("The Brisk Front routed the Velt Legion at Kessa.", "Brisk Front opposed_to Velt Legion")]
    [InlineData("Ada Ostrova served under Lena Orvani until 1920.", "Ada Ostrova reports_to Lena Orvani")]
    [InlineData("Its military arm, the Kessa Army, was commanded by Tomas Velder.", "Tomas Velder commands Kessa Army")]
    [InlineData("In May the general Tomas Velder, leading the Kessa Army, burned the town.", "Tomas Velder leads Kessa Army")]
    [InlineData("Pavel Korbut's Brisk Front attacked the post.", "Pavel Korbut leads Brisk Front")]
    [InlineData("Ivo Marrak's Harbour Police could not hold the port.", "Ivo Marrak leads Harbour Police")]
    [InlineData("Ivo Marrak, the ruler of Andorra, signed the treaty.", "Ivo Marrak holds_office Andorra")]
    public void Held_out_frames_of_session_26(string sentence, string relation)
    {
        Assert.Contains(relation, Relations(sentence));
    }

    [Fact]
    public void A_participle_after_a_name_that_does_not_open_the_sentence_is_not_that_names()
    {
        Assert.DoesNotContain(Relations("The Brisk Front attacked the Kessa Army, killing Ivo Marrak."), r => r.StartsWith("Kessa Army", StringComparison.Ordinal));
    }
}
