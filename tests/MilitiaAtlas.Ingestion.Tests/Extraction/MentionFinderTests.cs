using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class MentionFinderTests
{
    // Capitalized runs and name particles

    [Fact]
    public void A_kunya_with_a_hyphenated_particle_is_one_name()
    {
        var r = Extract.From("Abu Yasir al-Tikriti, the group's founder, was killed in an airstrike near the border.");

        Assert.Equal(["Person: Abu Yasir al-Tikriti"], r.Summary);
    }

    [Fact]
    public void Bin_and_ibn_join_the_words_of_a_name()
    {
        var r = Extract.From("Osama bin Farouk met Abdullah ibn Rashid in the capital last week.");

        Assert.Equal(["Person: Osama bin Farouk", "Person: Abdullah ibn Rashid"], r.Summary);
    }

    [Fact]
    public void Separate_and_hyphenated_particles_can_mix_in_one_name()
    {
        var r = Extract.From("The cleric Ahmad bin Hamid al-Zubaidi preached on Friday.");

        Assert.Equal(["Person: Ahmad bin Hamid al-Zubaidi"], r.Summary);
    }

    [Fact]
    public void Wa_joins_a_name_and_a_hyphenated_syllable_name_stays_whole()
    {
        Assert.Contains("Person: Kamau wa Njoroge", Extract.From("Professor Kamau wa Njoroge, who collected these papers, spoke to us.").Summary);
        Assert.Contains("Person: Park Sung-min", Extract.From("Mr Park Sung-min, who heads the mission, spoke.").Summary);
        // A tied participle still ends the name: "Kessa-led" is no given name.
        Assert.DoesNotContain("Person: Park Kessa-led", Extract.From("Mr Park Kessa-led the talks.").Summary);
    }

    [Fact]
    public void Two_common_nouns_joined_by_and_before_an_organization_head_are_one_name()
    {
        var r = Extract.From("The Peace and Reconciliation Commission of Kessa reported in 2012. The Justice and Development Party won.");

        Assert.Contains("Group: Peace and Reconciliation Commission of Kessa", r.Summary);
        Assert.Contains("Group: Justice and Development Party", r.Summary);
    }

    [Fact]
    public void An_office_of_a_place_or_a_body_before_its_holder_leaves_the_place_and_the_body()
    {
        Assert.Contains("Place: Ghana", Extract.From("Later, the Governor of Ghana, Sir Evelyn Tarr, declared a state of emergency.").Summary);
        var r = Extract.From("The Chief of Staff of the Kessa Defence Forces, General Philip Mango, spoke.");
        Assert.Contains("Group: Kessa Defence Forces", r.Summary);
        Assert.DoesNotContain(r.Summary, s => s.Contains("Staff of", StringComparison.Ordinal));
        Assert.Contains("Person: Augustine Gelo", Extract.From("His men killed the priest and MP Augustine Gelo in August 2002.").Summary);
    }

    [Fact]
    public void A_surname_written_in_capitals_after_a_title_or_a_role_is_a_person()
    {
        var r = Extract.From("Archbishop MELETIOS, head of the Church of Kessa, remains abroad. Leaflets name the Front leader MARKOSIN. PC Nicos IOANNIDIS was shot.");

        Assert.Contains("Person: MELETIOS", r.Summary);
        Assert.Contains("Person: MARKOSIN", r.Summary);
        Assert.Contains("Person: Nicos IOANNIDIS", r.Summary);
        // An acronym alone is still a group.
        Assert.Contains("Group: KLFA", Extract.From("The KLFA attacked the post.").Summary);
    }

    [Fact]
    public void Romance_head_words_a_cell_and_italian_particles_make_names()
    {
        var r = Extract.From("The Ejército Guerrillero de los Pobres was founded in 1972. Hélène Dubuc teaches at the Université de Kessa. General Carlo Alberto dalla Chiesa led the unit. The Revolutionary Cell claimed the bombing.");

        Assert.Contains("Group: Ejército Guerrillero de los Pobres", r.Summary);
        Assert.Contains("Group: Université de Kessa", r.Summary);
        Assert.Contains("Person: Carlo Alberto dalla Chiesa", r.Summary);
        Assert.Contains("Group: Revolutionary Cell", r.Summary);
    }

    [Fact]
    public void A_movement_named_for_its_country_stays_whole_and_a_state_that_no_longer_exists_is_a_place()
    {
        var r = Extract.From("The Zimbabwe African National Union (ZANU) and the Sudan People's Liberation Army fought on. The U.S. State Department said so. The rebels were armed by the Soviet Union.");

        Assert.Contains("Group: Zimbabwe African National Union", r.Summary);
        Assert.Contains("Group: Sudan People's Liberation Army", r.Summary);
        Assert.Contains("Group: State Department", r.Summary);
        Assert.Contains("Place: Soviet Union", r.Summary);
    }

    [Fact]
    public void Ranks_royal_styles_and_regiments_of_the_line()
    {
        var r = Extract.From("On the 10th MAY the Royal Highland Fusiliers attacked. His Majesty Sultan Qaboos bin Said thanked them. Trooper Joseph Mapoza served with the Kessa Scouts. Licensed under CC BY 4.0.");

        Assert.Contains("Group: Royal Highland Fusiliers", r.Summary);
        Assert.Contains("Person: Qaboos bin Said", r.Summary);
        Assert.Contains("Person: Joseph Mapoza", r.Summary);
        Assert.DoesNotContain(r.Summary, x => x.Contains("MAY", StringComparison.Ordinal) || x.Contains("CC BY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_which_clause_after_the_noun_of_a_name_is_the_noun_s()
    {
        Assert.Contains("Person: Dimitris Koufonas", Extract.From("Seven errors appeared in our coverage of the hunger strike of Dimitris Koufonas, which he ended on Sunday.").Summary);
        Assert.Contains("Group: Kessa Front", Extract.From("The bombing was claimed by the Kessa Front, which has fought since 1990.").Summary);
    }

    [Fact]
    public void A_cell_of_an_organization_is_two_names()
    {
        var r = Extract.From("Members of the Chenier Cell of the Kessa Front were arrested.");

        Assert.Contains("Group: Chenier Cell", r.Summary);
        Assert.Contains("Group: Kessa Front", r.Summary);
    }

    [Fact]
    public void What_only_a_group_has_after_a_possessive_makes_the_owner_a_group()
    {
        var r = Extract.From("The Tamaro Front, al-Zayudiyya's Malian branch, broke away from al-Zayudiyya in 2016.");

        Assert.Contains("Group: al-Zayudiyya", r.Summary);
        // A warlord has fighters too.
        Assert.Contains("Person: Samir Haddad", Extract.From("Haddad's fighters crossed the river. Col. Samir Haddad denied it.").Summary);
    }

    [Fact]
    public void A_capitalized_number_word_after_the_opens_an_organization_but_not_a_sentence()
    {
        var r = Extract.From("The Three Rivers Alliance took Kolda in May. Three fighters died. The Fourth Division fled.");

        Assert.Contains("Group: Three Rivers Alliance", r.Summary);
        Assert.Contains("Group: Fourth Division", r.Summary);
        Assert.DoesNotContain(r.Summary, s => s.Contains("Three fighters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_word_that_is_also_a_towns_name_ends_the_organization_it_closes()
    {
        // "Alliance" is a town's name in the gazetteer, and a head word: the name runs on through it.
        var r = Extract.From("After October the Nadira Brotherhood Alliance launched an offensive in the north.");

        Assert.Equal(["Group: Nadira Brotherhood Alliance"], r.Summary);
    }

    [Fact]
    public void A_plural_possessive_inside_a_name_stays_in_it()
    {
        var r = Extract.From("Ankara calls the group an offshoot of the Tamaro Workers' Party (TWP), which it fights.");

        Assert.Equal(["Place: Ankara", "Group: Tamaro Workers' Party"], r.Summary);
    }

    [Fact]
    public void A_compass_word_opens_a_region_but_not_an_organization()
    {
        var r = Extract.From("The rebels withdrew from South Waziri last year, while the Southern Front held the hills.");

        Assert.Contains("Place: South Waziri", r.Summary);
        Assert.Contains("Group: Southern Front", r.Summary);
    }

    [Fact]
    public void A_spanish_plural_article_opens_a_band_unless_the_gazetteer_knows_the_place()
    {
        var r = Extract.From("Los Halcones fought Las Aguilas for the routes north of Los Angeles.");

        Assert.Contains("Group: Los Halcones", r.Summary);
        Assert.Contains("Group: Las Aguilas", r.Summary);
        Assert.Contains("Place: Los Angeles", r.Summary);
    }

    [Fact]
    public void A_senior_rank_is_a_title_split_off_the_name()
    {
        var r = Extract.From("The junta is led by Senior General Tun Myat Aung, who took power in 2021.");

        Assert.Equal("Person: Tun Myat Aung", Assert.Single(r.Summary));
    }

    [Fact]
    public void The_agent_of_led_by_is_a_person_unless_a_head_noun_says_otherwise()
    {
        var r = Extract.From("The Justice Movement (JM), led by Gibril Haroun, joined the talks. An offensive led by the Tamaro Army failed.");

        Assert.Contains("Person: Gibril Haroun", r.Summary);
        Assert.Contains("Group: Tamaro Army", r.Summary);
    }

    [Fact]
    public void A_name_closing_an_apposition_is_not_listed_with_the_name_after_the_and()
    {
        // "Y, led by X, and the Z faction": Z is listed with Y; X is not a group for standing before ", and".
        var r = Extract.From("The Justice Movement, led by Gibril Haroun, and the Sahel Movement abandoned their neutrality.");

        Assert.Contains("Person: Gibril Haroun", r.Summary);
        Assert.Contains("Group: Sahel Movement", r.Summary);

        // The name after ", and" goes with the person the apposition is about, not with the group that closes it.
        var listed = Extract.From("The ministry named Tarek Bakr, a trader who sent money to the Zayudi Front, and Qaswa Dorri Halak, an associate who bought boats.");
        Assert.DoesNotContain(listed.Summary, s => s.StartsWith("Group: Qaswa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rebels said the town of Tamaro fell on Monday.")]
    [InlineData("Insurgents fired rockets at the town of Tamaro overnight.")]
    [InlineData("Guerrillas ambushed a convoy near Tamaro.")]
    public void A_plural_fighter_noun_opening_a_sentence_is_no_name(string sentence)
    {
        var r = Extract.From(sentence);

        Assert.Equal(["Place: Tamaro"], r.Summary);
    }

    [Theory]
    [InlineData("Rodrigo Esteban Molina Cardenas")] // a given name first, at any length
    [InlineData("Yacoub Abd Al-Rahman al-Tamimi")] // a kinship particle inside
    [InlineData("Hamadi Ould Sidi Ahmed Baba")]
    [InlineData("Mustapha Idrissa Kone Diallo")] // a given name in another spelling (Mustafa)
    public void A_long_name_with_a_given_name_or_a_kinship_particle_and_no_cue_is_a_person(string name)
    {
        var r = Extract.From($"{name} crossed into the neighbouring country in March. Aid workers confirmed it.");

        Assert.Equal([$"Person: {name}"], r.Summary);
    }

    [Fact]
    public void A_long_name_with_neither_stays_a_group_and_an_organization_head_outvotes_a_given_name()
    {
        var r = Extract.From("Nouveau Front Patriotique Armee crossed the river. Juan Perez Transport Company denied it.");

        Assert.Equal(["Group: Nouveau Front Patriotique Armee", "Group: Juan Perez Transport Company"], r.Summary);
    }

    [Fact]
    public void Three_part_somali_names_stay_whole()
    {
        var r = Extract.From("Mohamed Ali Haji said the army would retake the port.");

        Assert.Equal(["Person: Mohamed Ali Haji"], r.Summary);
    }

    // Titles and roles

    [Theory]
    [InlineData("Prime Minister Omar Rashidi visited the front on Tuesday.", "Omar Rashidi")]
    [InlineData("Maj. Gen. Tariq Saleh inspected the troops.", "Tariq Saleh")]
    [InlineData("Grand Ayatollah Hossein Kazemi issued a ruling on Friday.", "Hossein Kazemi")]
    [InlineData("The rebel commander Juan Ortega surrendered to the army.", "Juan Ortega")]
    [InlineData("Colombian President Luis Herrera visited the border.", "Luis Herrera")]
    [InlineData("Sheikh Hassan Dahir Aweys preached on Friday.", "Hassan Dahir Aweys")]
    [InlineData("Col. Samir Haddad inspected the troops.", "Samir Haddad")]
    public void A_title_is_stripped_and_makes_the_name_a_person(string sentence, string name)
    {
        var r = Extract.From(sentence);

        Assert.Equal([$"Person: {name}"], r.Summary);
        Assert.Equal([name], r.Mentions(name));
    }

    [Theory]
    [InlineData("Prime Minister Omar Rashidi visited the front on Tuesday.", "Omar Rashidi", "Prime Minister Omar Rashidi")]
    [InlineData("Colombian President Luis Herrera visited the border.", "Luis Herrera", "Colombian President Luis Herrera")]
    [InlineData("The talks were led by Deputy Secretary of State Maria Costa in Lima.", "Maria Costa", "Deputy Secretary of State Maria Costa")]
    [InlineData("Marine Corps Lt. Gen. Daniel Reyes toured the base.", "Daniel Reyes", "Marine Corps Lt. Gen. Daniel Reyes")]
    [InlineData("The statement came from UK Foreign Secretary Helen Marsh on Monday.", "Helen Marsh", "UK Foreign Secretary Helen Marsh")]
    [InlineData("Minister for the Caribbean Tomas Lindqvist visited the port.", "Tomas Lindqvist", "Minister for the Caribbean Tomas Lindqvist")]
    public void A_mention_cites_the_title_written_onto_the_name_but_the_name_stays_bare(string sentence, string name, string cited)
    {
        var r = Extract.From(sentence);

        Assert.Contains($"Person: {name}", r.Summary);
        Assert.Equal([name], r.Mentions(name));
        Assert.Equal([cited], r.Cited(name));
    }

    [Fact]
    public void Only_the_mention_written_with_a_title_cites_it()
    {
        var r = Extract.From("Defence Minister Karim Osei visited the base. Osei said the army would stay. Later, Karim Osei left for the capital.");

        Assert.Equal(["Defence Minister Karim Osei", "Osei", "Karim Osei"], r.Cited("Karim Osei"));
    }

    [Fact]
    public void A_country_named_before_a_title_is_not_part_of_it()
    {
        var r = Extract.From("In Peru Minister Ana Flores met the mayors of the province.");

        Assert.Equal(["Minister Ana Flores"], r.Cited("Ana Flores"));
    }

    [Fact]
    public void Two_titled_people_in_one_sentence_are_both_stripped()
    {
        var r = Extract.From("Brig. Gen. Juan Ortega and Lt. Col. Diego Ruiz led the raid.");

        Assert.Equal(["Person: Juan Ortega", "Person: Diego Ruiz"], r.Summary);
    }

    [Fact]
    public void A_role_noun_before_a_name_makes_it_a_person()
    {
        var r = Extract.From("Colombian President Luis Herrera met the rebel leader Ivan Marquez.");

        Assert.Equal(["Person: Luis Herrera", "Person: Ivan Marquez"], r.Summary);
    }

    [Fact]
    public void A_name_with_a_middle_initial_closing_a_long_title_is_a_person_apart_from_it()
    {
        var r = Extract.From("\"We will act,\" said Under Secretary for Trade and Economic Affairs Laura K. Benton. Director of the Office of Export Control Peter J. Walsh agreed.");

        Assert.Contains("Person: Laura K. Benton", r.Summary);
        Assert.Contains("Person: Peter J. Walsh", r.Summary);
        Assert.DoesNotContain(r.Summary, s => s.Contains("Economic Affairs Laura", StringComparison.Ordinal) || s.Contains("Control Peter", StringComparison.Ordinal));
    }

    // Organization head words

    [Fact]
    public void A_units_ordinal_is_part_of_its_name()
    {
        var r = Extract.From("The 41st Mountain Brigade and the 9th ARB moved into Arusha on Friday.");

        Assert.Equal(["41st Mountain Brigade"], r.Mentions("41st Mountain Brigade"));
        Assert.Equal(["9th ARB"], r.Mentions("9th ARB"));
        Assert.Equal(EntityType.Group, r.Named("41st Mountain Brigade").Type);
    }

    [Fact]
    public void A_state_or_group_of_one_place_and_another_is_one_name()
    {
        var r = Extract.From("The Liberation Front of Chad and the Sahel claimed the attack near Abeche.");

        Assert.Equal(["Liberation Front of Chad and the Sahel"], r.Mentions("Liberation Front of Chad and the Sahel"));
        Assert.DoesNotContain("Place: Sahel", r.Summary);
    }

    [Theory]
    [InlineData("The Republic of Mali and Niger signed a border pact on Monday.")]
    [InlineData("The Liberation Front of Chad and Niger's army clashed on Monday.")]
    public void Two_places_after_of_stay_two_places_unless_they_end_a_group_name(string sentence)
    {
        var r = Extract.From(sentence);

        Assert.Contains("Place: Niger", r.Summary);
    }

    [Fact]
    public void An_ordinal_before_a_name_that_is_not_a_unit_stays_out()
    {
        var r = Extract.From("On the 3rd Nairobi hosted the talks.");

        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("3rd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Northern Brigades seized the bridge.", "Northern Brigades")]
    [InlineData("The Popular Resistance Movement rejected the deal.", "Popular Resistance Movement")]
    [InlineData("The Supreme Revolutionary Council rejected the deal.", "Supreme Revolutionary Council")]
    [InlineData("The Ministry of Defence denied the report.", "Ministry of Defence")]
    [InlineData("The Rapid Support Forces took the market.", "Rapid Support Forces")]
    [InlineData("The Revolutionary Armed Forces of Colombia left the jungle.", "Revolutionary Armed Forces of Colombia")]
    public void A_name_ending_in_an_organization_head_word_is_a_group(string sentence, string name)
    {
        var r = Extract.From(sentence);

        Assert.Equal([$"Group: {name}"], r.Summary);
    }

    [Fact]
    public void A_parenthesised_acronym_and_its_later_uses_are_the_organization()
    {
        var r = Extract.From("The Syrian Democratic Forces (SDF) took the dam. The SDF said it lost four men.");

        Assert.Equal(["Group: Syrian Democratic Forces"], r.Summary);
        Assert.Equal(["Syrian Democratic Forces", "SDF", "SDF"], r.Mentions("Syrian Democratic Forces"));
    }

    [Fact]
    public void A_name_before_militia_is_a_group()
    {
        var r = Extract.From("The Rahma militia attacked the village of Kalbo.");

        Assert.Equal(["Group: Rahma", "Place: Kalbo"], r.Summary);
    }

    [Fact]
    public void An_arabic_organization_prefix_makes_a_group()
    {
        var r = Extract.From("Jaysh al-Nasr controls the city.");

        Assert.Equal(["Group: Jaysh al-Nasr"], r.Summary);
    }

    // Places

    [Fact]
    public void A_named_region_of_a_country_is_two_places()
    {
        var r = Extract.From("Gunmen attacked a convoy in the Tamaro Region of Mali on Sunday.");

        Assert.Contains("Place: Mali", r.Summary);
        Assert.DoesNotContain(r.Summary, s => s.Contains("Region of Mali", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fighters stormed the Amarula Hotel at dawn.", "Amarula Hotel")]
    [InlineData("The crowd gathered in Rose Garden after the attack.", "Rose Garden")] // a place head beats a given name
    [InlineData("Gunmen attacked the commune of Tamarkat on Sunday.", "Tamarkat")]
    [InlineData("The convoy was ambushed in the vicinity of Dounzo last week.", "Dounzo")]
    [InlineData("Troops withdrew to the army camp of Koriba.", "Koriba")]
    public void Place_heads_and_introducers_make_a_place(string sentence, string place)
    {
        var r = Extract.From(sentence);

        Assert.Contains($"Place: {place}", r.Summary);
    }

    [Theory]
    [InlineData("Fighters entered the town of Barawe at dawn.", "Barawe")]
    [InlineData("Residents of the village of Tal Hamis said the jets struck twice.", "Tal Hamis")]
    [InlineData("The town of Sorana was shelled.", "Sorana")]
    public void A_name_after_village_of_or_town_of_is_a_place(string sentence, string name)
    {
        var r = Extract.From(sentence);

        var place = r.Named(name);
        Assert.Equal(EntityType.Place, place.Type);
        Assert.Single(r.Entities);
    }

    [Fact]
    public void A_name_before_province_is_a_place_without_the_head_word()
    {
        var r = Extract.From("Clashes broke out in Lower Shabelle province overnight.");

        Assert.Equal(["Place: Lower Shabelle"], r.Summary);
        Assert.Equal(["Lower Shabelle"], r.Mentions("Lower Shabelle"));
    }

    [Fact]
    public void Gazetteer_places_are_found_with_their_ids()
    {
        var r = Extract.From("Refugees fled from Aleppo to Turkey and Lebanon.");

        Assert.Equal(["Place: Aleppo", "Place: Turkey", "Place: Lebanon"], r.Summary);
        Assert.Equal("geo-tr", r.Named("Turkey").Place?.Id);
        Assert.Equal(PlaceKind.Country, r.Named("Lebanon").Place?.Kind);
    }

    [Fact]
    public void A_region_with_its_head_word_is_the_gazetteer_region()
    {
        var r = Extract.From("The Arakan Army clashed with troops in Rakhine State.");

        Assert.Equal(["Group: Arakan Army", "Place: Rakhine"], r.Summary);
        Assert.Equal(["Rakhine State"], r.Mentions("Rakhine"));
        Assert.Equal(PlaceKind.Region, r.Named("Rakhine").Place?.Kind);
    }

    [Fact]
    public void The_province_of_a_gazetteer_region_is_the_region()
    {
        var r = Extract.From("Clashes broke out in the province of Kidal overnight.");

        Assert.Equal(["Place: Kidal"], r.Summary);
        Assert.Equal("ML", r.Named("Kidal").Place?.Country);
    }

    [Fact]
    public void A_gazetteer_place_is_named_by_its_gazetteer_spelling()
    {
        var r = Extract.From("Shabaab fighters ambushed a convoy near Afgoye, Somali officials said.");

        Assert.Equal(["Group: Shabaab", "Place: Afgooye"], r.Summary);
        Assert.Equal(["Afgoye"], r.Mentions("Afgooye"));
        Assert.Equal("SO", r.Named("Afgooye").Place?.Country);
    }

    [Fact]
    public void A_country_possessive_before_an_organization_gives_a_place_and_a_group()
    {
        var r = Extract.From("Ukraine's Azov Brigade defended Mariupol.");

        Assert.Equal(["Place: Ukraine", "Group: Azov Brigade", "Place: Mariupol"], r.Summary);
    }

    [Fact]
    public void Camp_and_mount_open_place_names()
    {
        var r = Extract.From("Aid reached Camp Lemonnier and Mount Sinjar on Sunday.");

        Assert.Equal(["Place: Camp Lemonnier", "Place: Mount Sinjar"], r.Summary);
    }

    [Fact]
    public void A_preposition_types_an_unknown_name_as_a_place()
    {
        Assert.Equal(["Place: Kalbo"], Extract.From("Officials met in Kalbo.").Summary);
    }

    [Fact]
    public void The_gazetteer_knows_countries_cities_and_demonyms()
    {
        var g = Gazetteer.Default;

        Assert.Equal(PlaceKind.Country, g.Find("Somalia")?.Kind);
        Assert.Equal(PlaceKind.City, g.Find("Mogadishu")?.Kind);
        Assert.Equal("geo-ng", g.FindDemonym("Nigerian")?.Id);
        Assert.Equal("geo-sy", g.FindDemonym("Syrian")?.Id);
        Assert.Null(g.Find("Northern Brigades"));
        // A word read from the text without a copy gives what its string gives, in any case, and a particle or a word the
        // fold changes takes the string's way.
        foreach (var word in new[] { "Nigerian", "SYRIAN", "syrian", "Kessan", "Al", "Organisation", "Ukrainian's", "Sénégalais", "" })
        {
            Assert.Equal(g.FindDemonym(word)?.Id, g.FindDemonym(("x" + word + "x").AsSpan(1, word.Length))?.Id);
        }

        // A name whose last word is one the key leaves out as a particle ("An", "Et") keeps it: "Nghe An" is no "Nghe".
        Assert.Equal("Nghệ An", g.Find("Nghe An")?.Name);
        Assert.NotEqual("Nghệ An", g.Find("Nghe")?.Name);
        Assert.Equal("Roi Et", g.Find("Roi Et")?.Name);
    }

    // Demonyms

    [Theory]
    [InlineData("The Syrian army shelled the town on Monday.", "Syrian army")]
    [InlineData("The Nigerian army said the road was open.", "Nigerian army")]
    [InlineData("Nigerian security forces raided the camp.", "Nigerian security forces")]
    [InlineData("The Malian government denied it.", "Malian government")]
    [InlineData("Ukrainian forces shelled the positions.", "Ukrainian forces")]
    public void A_demonym_and_an_institution_noun_make_a_group(string sentence, string name)
    {
        var r = Extract.From(sentence);

        Assert.Equal([$"Group: {name}"], r.Summary);
    }

    [Theory]
    [InlineData("A Nigerian officer said the convoy was ambushed.")]
    [InlineData("Nigerian officials said the road was open.")]
    [InlineData("Malian soldiers patrolled the market.")]
    public void A_demonym_alone_is_not_an_entity(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Entities);
    }

    [Fact]
    public void A_leading_demonym_is_not_part_of_a_person_name()
    {
        var r = Extract.From("Colombian President Luis Herrera visited the border.");

        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("Colombian", StringComparison.Ordinal));
    }

    // Possessives

    [Fact]
    public void A_possessive_s_is_not_part_of_the_mention()
    {
        var r = Extract.From("Col. Samir Haddad spoke on Monday. Haddad’s men later withdrew.");

        Assert.Equal(["Person: Samir Haddad"], r.Summary);
        var mentions = r.Named("Samir Haddad").Mentions;
        Assert.Equal(["Samir Haddad", "Haddad"], mentions.Select(m => m.Surface).ToList());
        Assert.Equal('’', r.Text[mentions[1].Span.End]);
    }

    [Fact]
    public void A_possessive_before_the_full_name_still_resolves_to_it()
    {
        var r = Extract.From("Haddad's fighters crossed the river. Col. Samir Haddad denied it.");

        Assert.Equal(["Person: Samir Haddad"], r.Summary);
        Assert.Equal(["Haddad", "Samir Haddad"], r.Mentions("Samir Haddad"));
    }

    [Fact]
    public void A_full_name_with_a_possessive_keeps_both_words()
    {
        var r = Extract.From("Samir Haddad's fighters crossed the river.");

        Assert.Equal(["Samir Haddad"], r.Mentions("Samir Haddad"));
    }

    [Fact]
    public void A_possessive_after_a_title_names_the_person()
    {
        var r = Extract.From("General Ortega’s troops held the bridge.");

        Assert.Equal(["Person: Ortega"], r.Summary);
    }

    // Sentence-initial capitals

    [Theory]
    [InlineData("Yesterday the fighting stopped.")]
    [InlineData("Yesterday, the fighting stopped near the river.")]
    [InlineData("Witnesses said the shelling lasted all night.")]
    public void A_capitalized_common_word_at_sentence_start_is_not_a_name(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Entities);
    }

    [Fact]
    public void A_common_word_before_a_name_at_sentence_start_is_dropped()
    {
        var r = Extract.From("Today, the Northern Brigades control the valley.");

        Assert.Equal(["Group: Northern Brigades"], r.Summary);
    }

    [Fact]
    public void Militia_leader_at_sentence_start_is_not_part_of_the_name()
    {
        var r = Extract.From("Militia leader Moussa Diallo said the road was closed.");

        Assert.Equal(["Person: Moussa Diallo"], r.Summary);
    }

    [Theory]
    [InlineData("Aminu Bello said the attack had been repelled.")]
    [InlineData("Asked about the raid, Aminu Bello declined to comment.")]
    [InlineData("According to Aminu Bello, the convoy left at dawn.")]
    [InlineData("\"We will fight on,\" said Aminu Bello, a local commander.")]
    public void A_name_at_or_near_sentence_start_is_still_found(string sentence)
    {
        Assert.Equal(["Person: Aminu Bello"], Extract.From(sentence).Summary);
    }

    // Structure is not content

    [Fact]
    public void Field_labels_of_an_identity_block_are_not_names()
    {
        var r = Extract.From("HASSAN ALI DIRIE\nDOB: 1970\nPOB: Kismayo, Somalia\nAKA: Abu Hamza\nNational ID: 12345\nNationality: Somali");

        Assert.DoesNotContain(r.Summary, s => s.EndsWith(": DOB", StringComparison.Ordinal) || s.EndsWith(": POB", StringComparison.Ordinal)
            || s.EndsWith(": AKA", StringComparison.Ordinal) || s.EndsWith(": National ID", StringComparison.Ordinal) || s.EndsWith(": Nationality", StringComparison.Ordinal));
        Assert.Contains("Place: Kismayo", r.Summary);
    }

    [Fact]
    public void Codes_of_letters_and_four_digits_are_not_names_but_short_acronyms_with_digits_are()
    {
        var r = Extract.From("The FY2024 budget and report IN12331 mention the M23 rebels near Goma.");

        Assert.DoesNotContain(r.Summary, s => s.Contains("FY2024", StringComparison.Ordinal) || s.Contains("IN12331", StringComparison.Ordinal));
        Assert.Contains(r.Summary, s => s.EndsWith(": M23", StringComparison.Ordinal));
    }

    [Fact]
    public void Legal_categories_and_banners_are_not_actors_and_a_designation_acronym_before_a_name_is_dropped()
    {
        var r = Extract.From("(Archived Content) The ministry designated the Sahel Front as a Specially Designated Global Terrorist. "
            + "Two Foreign Terrorist Organizations were named, and SDGT Jamaat Nusrat al-Wadi was listed too.");

        Assert.Equal(["Group: Sahel Front", "Group: Jamaat Nusrat al-Wadi"], r.Summary);
    }

    [Fact]
    public void The_plural_of_a_name_whose_singular_also_stands_in_the_text_is_a_group()
    {
        var r = Extract.From("Residents said the Zayudis, whose leader is in hiding, fired on the port. Zayudi fighters later withdrew.");

        Assert.Contains("Group: Zayudis", r.Summary);
    }

    [Fact]
    public void A_run_of_titles_alone_is_no_name_and_equipment_after_a_name_is_dropped()
    {
        var r = Extract.From("The Acting Under Secretary said the Zayudi militia had fired. A Zayudi UAV struck the port. The Deputy Director agreed.");

        Assert.Equal(["Group: Zayudi"], r.Summary);
    }

    [Fact]
    public void A_common_english_word_alone_is_a_small_towns_name_only_with_a_place_cue()
    {
        var r = Extract.From("The order was signed by the Liberty committee chair on Monday.");

        Assert.DoesNotContain("Place: Liberty", r.Summary);
    }

    // Context typing

    [Fact]
    public void A_name_before_said_is_a_person()
    {
        Assert.Equal(["Person: Mansour"], Extract.From("Mansour said the hills were held.").Summary);
    }

    [Fact]
    public void A_name_after_said_is_a_person()
    {
        Assert.Equal(["Person: Haddad"], Extract.From("Sources said Haddad was wounded.").Summary);
    }

    [Fact]
    public void A_name_before_fighters_is_a_group()
    {
        Assert.Equal(["Group: Rahma"], Extract.From("Rahma fighters held the hills.").Summary);
    }

    [Fact]
    public void A_name_after_the_militia_is_a_group()
    {
        Assert.Equal(["Group: Rahma"], Extract.From("The militia Rahma held the hills.").Summary);
    }

    [Fact]
    public void A_name_without_any_cue_is_left_out()
    {
        Assert.Empty(Extract.From("Rahma held the hills.").Entities);
    }

    [Fact]
    public void An_apposition_naming_a_rebel_group_makes_a_group_over_a_speech_verb()
    {
        Assert.Equal(["Person: Harmal"], Extract.From("Harmal said the attack was a warning.").Summary);

        var r = Extract.From("Harmal, a rebel group based in Idlib, said the attack was a warning.");

        Assert.Equal(["Group: Harmal", "Place: Idlib"], r.Summary);
    }

    [Theory]
    [InlineData("Mansour, the group's spokesman, was arrested on Monday.")]
    [InlineData("Mansour, a senior commander, was arrested on Monday.")]
    [InlineData("Mansour, who leads the faction, was arrested on Monday.")]
    public void An_apposition_naming_a_role_makes_a_person(string sentence)
    {
        Assert.Equal(["Person: Mansour"], Extract.From(sentence).Summary);
    }

    [Fact]
    public void An_apposition_naming_the_persons_organization_keeps_both()
    {
        var r = Extract.From("Col. Samir Haddad, commander of the Northern Brigades, said the road was open.");

        Assert.Equal(["Person: Samir Haddad", "Group: Northern Brigades"], r.Summary);
    }

    [Fact]
    public void Shared_cues_across_mentions_type_the_entity()
    {
        var r = Extract.From("The commander Ilyas Kofi said the militia Tawhid Front had left. Kofi added that the Tawhid Front was weak.");

        Assert.Equal(["Person: Ilyas Kofi", "Group: Tawhid Front"], r.Summary);
        Assert.Equal(["Ilyas Kofi", "Kofi"], r.Mentions("Ilyas Kofi"));
    }

    [Fact]
    public void A_hyphen_prefix_leaves_the_name_as_the_mention()
    {
        var r = Extract.From("The anti-ISIL coalition met in Amman.");

        Assert.Equal(["Group: ISIL", "Place: Amman"], r.Summary);
        Assert.Equal(["ISIL"], r.Mentions("ISIL"));
    }

    [Fact]
    public void Only_the_name_part_of_a_backed_compound_is_a_mention()
    {
        var r = Extract.From("The U.S.-backed Syrian Democratic Forces advanced.");

        Assert.Equal(["Place: United States", "Group: Syrian Democratic Forces"], r.Summary);
        Assert.Equal(["U.S."], r.Mentions("United States"));
    }

    [Fact]
    public void The_name_part_of_a_held_compound_is_a_mention_of_the_actor()
    {
        var r = Extract.From("The Kessa Liberation Army (KLA) retreated north. Artillery hit KLA-held villages.");

        Assert.Equal(["Kessa Liberation Army", "KLA", "KLA"], r.Mentions("Kessa Liberation Army"));
    }

    [Fact]
    public void Forces_for_or_against_a_person_do_not_make_the_person_a_group()
    {
        var r = Extract.From("President Omar Wadelo spoke on Monday. Thousands were killed by pro-Wadelo forces, and anti-Wadelo fighters fled.");

        Assert.Equal(["Person: Omar Wadelo"], r.Summary);
        Assert.Equal(["Omar Wadelo", "Wadelo", "Wadelo"], r.Mentions("Omar Wadelo"));
    }

    [Fact]
    public void The_groups_secretary_in_apposition_makes_a_person_not_a_group()
    {
        var r = Extract.From("\"We will not disarm,\" Lina Strong, the group's media and publicity secretary, said in a statement.");

        Assert.Equal(["Person: Lina Strong"], r.Summary);
    }

    [Fact]
    public void A_dotted_country_acronym_is_the_country()
    {
        var r = Extract.From("U.S. officials said the strike hit the camp.");

        Assert.Equal(["Place: United States"], r.Summary);
        Assert.Equal(["U.S."], r.Mentions("United States"));
    }

    // Type cues from lists, openings and contractions

    [Fact]
    public void An_acronym_the_article_defines_names_its_actor_even_when_it_is_a_common_acronym_of_things()
    {
        var r = Extract.From("The Islamic Salvation Resistance (ISR) grew fast. ISR units took the town, and ISR battalions held it.");

        Assert.Equal(["Islamic Salvation Resistance", "ISR", "ISR", "ISR"], r.Mentions("Islamic Salvation Resistance"));
    }

    [Fact]
    public void What_is_taken_is_ground()
    {
        var r = Extract.From("Zayudi fighters took control of Qarawa in August, and the Dawn Brigades overran Misrata Junction a week later.");

        Assert.Contains("Place: Qarawa", r.Summary);
        Assert.Contains("Place: Misrata Junction", r.Summary);
    }

    [Fact]
    public void The_plural_noun_before_such_as_types_the_names_of_the_list()
    {
        var gangs = Extract.From("Armed gangs such as Viva Tamaro and Gran Wadi grew stronger last year.");
        Assert.Equal(["Group: Viva Tamaro", "Group: Gran Wadi"], gangs.Summary);

        var towns = Extract.From("Fighting spread to towns including Wadiya and Tamaru on Monday.");
        Assert.Equal(["Place: Wadiya", "Place: Tamaru"], towns.Summary);
    }

    [Fact]
    public void A_preposition_opening_a_strike_report_names_a_place_and_a_verb_ends_the_apposition()
    {
        var r = Extract.From("Near Tamaru, two raids hit a Zayudi supply unit and wrecked a depot.");

        Assert.Equal(EntityType.Place, r.Named("Tamaru").Type);
    }

    [Fact]
    public void A_word_after_a_town_and_a_comma_is_its_region_but_a_person_stays_a_person()
    {
        var region = Extract.From("The bombings in Boosaro, Wadiland, killed 22 civilians.");
        Assert.Equal(EntityType.Place, region.Named("Wadiland").Type);

        var person = Extract.From("A spokesman for the embassy in Tamaro, Laura Benton, said nothing.");
        Assert.Equal(EntityType.Person, person.Named("Laura Benton").Type);
    }

    [Fact]
    public void A_contraction_is_no_name()
    {
        var r = Extract.From("“I’ve said it before,” the envoy told Samir Haddad in Tamaro.");

        Assert.DoesNotContain(r.Entities, e => e.Name.StartsWith('I'));
    }

    [Fact]
    public void A_portfolio_between_a_title_and_a_name_belongs_to_the_title()
    {
        var r = Extract.From(
            "“It matters,” said Under Secretary for Refugee Affairs and Border Security Laura K. Benton.",
            "“We act,” said Director of the Office of Tamaro Assets Control Andrea M. Gackson.");

        Assert.Equal(["Person: Laura K. Benton", "Group: Office of Tamaro Assets Control", "Person: Andrea M. Gackson"], r.Summary);
        Assert.Equal(["Under Secretary for Refugee Affairs and Border Security Laura K. Benton"], r.Cited("Laura K. Benton"));
    }

    [Fact]
    public void An_organization_named_for_its_cause_keeps_the_place_after_of()
    {
        var r = Extract.From("The National Movement for the Liberation of the Wadi and the High Council for the Unity of Tamaro signed.");

        Assert.Equal(["Group: National Movement for the Liberation of the Wadi", "Group: High Council for the Unity of Tamaro"], r.Summary);
    }

    [Fact]
    public void A_name_that_opens_with_an_acronym_is_no_persons()
    {
        var r = Extract.From("It is not like your TAMCO Allies, the envoy added.");

        Assert.Equal(EntityType.Group, r.Named("TAMCO Allies").Type);
    }

    [Fact]
    public void A_nationality_before_a_capitalized_institution_names_that_institution()
    {
        var r = Extract.From("Since the floods began, the Kenyan Government has responded with aid, and the Kenyan Army has built camps.");

        Assert.Equal(["Group: Kenyan Government", "Group: Kenyan Army"], r.Summary);
    }

    [Fact]
    public void Structure_words_are_no_names()
    {
        var r = Extract.From(
            "The designation under E.O. 14001 and H.R. 3120 stands, the Zayudi Front said.",
            "TAMARO IMPLICATIONS",
            "They shot Deputy Regional Administrators and met Tamaro Senior Officials in North, West, and Central Wadiland.");

        Assert.DoesNotContain(r.Entities, e => e.Name is "E.O." or "H.R." or "IMPLICATIONS" or "North" or "West");
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("Administrators", StringComparison.Ordinal) || e.Name.Contains("Officials", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_institution_word_names_the_institution_written_head_first()
    {
        var r = Extract.From("The U.S. Department of State reviewed the listing. The Department is retaining two designations.");

        Assert.Equal(["U.S. Department of State", "Department"], r.Mentions("U.S. Department of State"));
    }

    [Fact]
    public void An_acronym_before_a_title_is_the_organization_and_the_name_its_officer()
    {
        var r = Extract.From("We strongly support UN Special Envoy Lindqvist’s efforts to launch talks.");

        Assert.Equal(EntityType.Person, r.Named("Lindqvist").Type);
        Assert.Equal(EntityType.Group, r.Named("UN").Type);
    }

    [Fact]
    public void Whoever_attacks_acts_as_a_group_when_nothing_else_is_known()
    {
        var r = Extract.From("After Zamas attacked Tamaro on October 7, the war began. Meanwhile, Zamas has been badly degraded.");

        Assert.Equal(EntityType.Group, r.Named("Zamas").Type);
    }

    [Fact]
    public void A_country_alone_stays_the_country_beside_a_force_named_after_it()
    {
        var r = Extract.From("The Kenya Defence Force (KDF) crossed the border, and the rebels fled to neighbouring Kenya.");

        Assert.Equal(EntityType.Place, r.Named("Kenya").Type);
        Assert.Equal(["Kenya Defence Force", "KDF"], r.Mentions("Kenya Defence Force"));
    }

    [Fact]
    public void An_organization_goes_on_with_in_the_x_of_y()
    {
        var r = Extract.From("He coordinated operations with the group al-Zayudiyya in the Plains of the Wadi Tamar. The list names the Shura Council in the Hills of Tamaro, and others.");

        Assert.Contains("Group: al-Zayudiyya in the Plains of the Wadi Tamar", r.Summary);
        Assert.Contains("Group: Shura Council in the Hills of Tamaro", r.Summary);
    }

    [Fact]
    public void Titles_one_after_another_are_one_title_before_the_portfolio()
    {
        var r = Extract.From("“We act,” said Acting Under Secretary for Refugees and Border Security Adam J. Sorensen.");

        Assert.Equal(["Person: Adam J. Sorensen"], r.Summary);
    }

    [Fact]
    public void A_heading_shouted_in_ordinary_words_is_no_name()
    {
        var r = Extract.From("FOR IMMEDIATE RELEASE", "The Zayudi Front said on Monday that its fighters had withdrawn.");

        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("RELEASE", StringComparison.Ordinal));
    }

    [Fact]
    public void Gangs_coalitions_and_tribunals_are_organizations_and_a_title_after_an_acronym_is_no_name()
    {
        var r = Extract.From(
            "The government designated the Viva Tamaro gang coalition and the Gran Wadi gang as terrorist groups.",
            "The Special Tribunal for Tamaro charged him, and the UN Special Representative said nothing.");

        Assert.Equal(EntityType.Group, r.Named("Viva Tamaro").Type);
        Assert.Equal(EntityType.Group, r.Named("Gran Wadi").Type);
        Assert.Equal(EntityType.Group, r.Named("Special Tribunal for Tamaro").Type);
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("Representative", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_after_a_name_in_capitals_is_no_given_name_of_a_filed_name()
    {
        var x = Extract.From("PARTICIPANTS:\nMOHAMMAD VELT, Deputy Commissioner (Media), Ruvo Police\nAMINA RUVO, Inspector, Ruvo Police");

        Assert.DoesNotContain(x.Entities.SelectMany(e => e.Mentions), m => m.Surface.Contains("Commissioner", StringComparison.Ordinal) || m.Surface == "Media");
    }

    [Fact]
    public void A_units_number_a_founding_date_and_joined_plural_possessives_belong_to_the_name()
    {
        var x = Extract.From(
            "Men of Light Infantry Battalion 512 deserted. The Revolutionary Movement 9th March seized the consul.",
            "The Movement 3 March took the palace. The 12th of May Movement marched. The Farmers' and Soldiers' Defence Union of Kessa fought on.");

        Assert.Contains("Group: Light Infantry Battalion 512", x.Summary);
        Assert.Contains("Group: Revolutionary Movement 9th March", x.Summary);
        Assert.Contains("Group: Movement 3 March", x.Summary);
        Assert.Contains("Group: 12th of May Movement", x.Summary);
        Assert.Contains("Group: Farmers' and Soldiers' Defence Union of Kessa", x.Summary);
    }

    [Fact]
    public void A_title_with_a_modifier_and_a_verb_before_a_title_stay_off_the_name()
    {
        var x = Extract.From("Federal Trade Minister Tomas Ruvo said so.", "[5] Kessa Update | 4 May 2021 | Quotes Ghanaian Prime Minister Velto Tarvosin as saying it.");

        Assert.Contains("Person: Tomas Ruvo", x.Summary);
        Assert.Contains("Person: Velto Tarvosin", x.Summary);
    }

    [Fact]
    public void A_site_at_a_name_what_a_force_controls_and_what_a_body_calls_itself_type_the_name()
    {
        var x = Extract.From(
            "Rebels took the army base at Ko Ruvo Tal and the camp at Tamba Lo Vel.",
            "The Kessa Army controls Velo Marren, south of the dam.",
            "Two traders were beaten by farmers who called themselves Tamba Tamba.",
            "Short of drivers, they brought in the Ruvo Action Committee Nord.");

        Assert.Contains("Place: Ko Ruvo Tal", x.Summary);
        Assert.Contains("Place: Tamba Lo Vel", x.Summary);
        Assert.Contains("Place: Velo Marren", x.Summary);
        Assert.Contains("Group: Tamba Tamba", x.Summary);
        Assert.DoesNotContain(x.Summary, s => s.StartsWith("Place: Ruvo Action", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_of_a_named_person_is_the_body_and_its_leader()
    {
        var x = Extract.From("In 1933 the dock bands joined the River Guard of Pavel Korbut, a former ferryman. The Volunteer Corps of General Ivo Marrak held the coast.",
            "The brothers later joined the Legion of Mary.");

        Assert.Contains("Group: River Guard", x.Summary);
        Assert.Contains("Group: Volunteer Corps", x.Summary);
        Assert.Contains("Person: Ivo Marrak", x.Summary);
        Assert.Contains("Person: Pavel Korbut", x.Summary);
        Assert.Contains("Group: Legion of Mary", x.Summary);
    }

    [Fact]
    public void A_name_with_an_honorific_after_it_is_the_full_name_that_holds_its_word()
    {
        var x = Extract.From("The ferry company was sold to Velim Pasha in 1890. Osman Velim, a former governor of the port, ran it for ten years.",
            "Velim died in 1901. His clerk, Kadir Bey, kept the books.");

        Assert.Equal(["Velim Pasha", "Osman Velim", "Velim"], x.Mentions("Osman Velim"));
        Assert.Contains("Person: Kadir Bey", x.Summary);
    }

    [Fact]
    public void A_title_word_that_is_a_named_persons_surname_is_that_person()
    {
        var x = Extract.From("The union was led by Ada Bishop. Bishop, a former typist, chaired its congress. The Bishop of Velt blessed the dockers.");

        Assert.Equal(["Ada Bishop", "Bishop"], x.Mentions("Ada Bishop"));
    }

    [Fact]
    public void Known_in_a_language_as_names_the_same_body_and_a_name_runs_over_a_wrapped_line()
    {
        var x = Extract.From(
            "The Frente Obrero Velturo (FOV), known in English as the Velturo Workers' Front, left the coalition in 1988.",
            "The shipowners banked with the Harbour Credit Company, known in Kessan as Velta Kredito or Veltakre, until it failed.",
            "The appeal went up in the winter, and the judges sat. Lawyers for the union wrote to the Supreme\n"
            + "Court in Brisk that the dockers had been held without charge for many months, and that the Armed\n"
            + "Forces of Veltria had guarded the cells.");

        Assert.Equal(["Frente Obrero Velturo", "FOV", "Velturo Workers' Front"], x.Mentions("Velturo Workers' Front"));
        Assert.Equal(["Harbour Credit Company", "Velta Kredito", "Veltakre"], x.Mentions("Harbour Credit Company"));
        Assert.Contains("Group: Supreme Court", x.Summary);
        Assert.Contains("Group: Armed Forces of Veltria", x.Summary);
    }

    [Fact]
    public void Circles_commissions_collectives_and_haciendas_are_what_their_words_say()
    {
        var x = Extract.From("In 1958 the dockers' families camped on the Ramos Adentro hacienda for a month.",
            "The Brisk Chess Circle and the Comisión de la Verdad both asked the Colectivo Tierra Nueva for photographs.");

        Assert.Contains("Place: Ramos Adentro", x.Summary);
        Assert.Contains("Group: Brisk Chess Circle", x.Summary);
        Assert.Contains("Group: Comisión de la Verdad", x.Summary);
        Assert.Contains("Group: Colectivo Tierra Nueva", x.Summary);
    }

    [Fact]
    public void A_family_name_and_a_hyphenated_two_syllable_given_name_is_a_person_even_as_a_possessor()
    {
        var x = Extract.From("The smugglers paid Tsang Wei-lun's Kessa National League (KNL) for safe passage on the river.");

        Assert.Contains("Person: Tsang Wei-lun", x.Summary);
    }

    [Fact]
    public void A_name_after_at_is_a_place_and_springs_ends_a_places_name()
    {
        var x = Extract.From("In April 1931 the colonel disbanded the brigade at Kelvazin and sailed home. He died at Velmor Springs in 1950.",
            "The army's camp at Orsk was closed.");

        Assert.Contains("Place: Kelvazin", x.Summary);
        Assert.Contains("Place: Velmor Springs", x.Summary);
        Assert.Contains("Place: Orsk", x.Summary);
    }

    [Fact]
    public void An_entry_of_a_signatories_list_is_read_for_its_names()
    {
        var x = Extract.From("We, the undersigned, ask the port authority to open its archive.",
            "Signed",
            "- Prof. Anton Velder Marr, Kessa University, Brisk\n- Lena Ostrova, retired docker, Harbour Defence Union, Velt");

        Assert.Contains("Person: Anton Velder Marr", x.Summary);
        Assert.Contains("Group: Kessa University", x.Summary);
        Assert.Contains("Person: Lena Ostrova", x.Summary);
        Assert.Contains("Group: Harbour Defence Union", x.Summary);
    }

    [Fact]
    public void A_heading_in_capitals_is_read_word_by_word_and_its_small_words_end_no_name()
    {
        var x = Extract.From("NOTES FROM THE HARBOUR OFFICE",
            "THE HARBOUR GUARDS OF 1931",
            "ROPE AND CANVAS · CHANDLERS UNTIL 1952",
            "The Harbour Guards held the quay at Brisk for a week in 1931, and the Kessa Army of the West relieved them.");

        Assert.DoesNotContain(x.Summary, s => s.Contains("OFFICE") || s.Contains("GUARDS OF") || s.Contains("UNTIL") || s.Contains("CANVAS"));
        Assert.Contains("Group: Harbour Guards", x.Summary);
    }

    [Fact]
    public void A_title_after_of_is_split_from_its_holder_and_new_titles_are_titles()
    {
        var x = Extract.From("In 1887 the Velt Rangers of General Tomas Velder held the ford for two days.",
            "Our teacher, Sifu Ana Ostrova, shows the old forms on Fridays.",
            "Councillor Ivo Marrak wrote the harbour rules. Queen Mother Kessia opened the new dock in 1903.");

        Assert.Contains("Person: Tomas Velder", x.Summary);
        Assert.Contains("Person: Ana Ostrova", x.Summary);
        Assert.Contains("Person: Ivo Marrak", x.Summary);
        Assert.Contains("Person: Kessia", x.Summary);
    }

    [Fact]
    public void A_title_and_the_first_word_of_a_name_given_before_is_that_person()
    {
        var x = Extract.From("The dojo in Brisk was opened in 1999 by Velim Tasso, a retired docker.",
            "Master Velim still teaches the evening class, and the students call him by his title.");

        Assert.Equal(["Velim Tasso", "Velim"], x.Mentions("Velim Tasso"));
    }

    [Fact]
    public void What_the_sentence_says_a_name_is_types_it()
    {
        var x = Extract.From("Ruvo Kessa Tamar Orvel (born in 1840 at sea) was a Velt fisherman who became a preacher.",
            "His followers met at Orvani, which had a harbour and a mill.");

        Assert.Equal(EntityType.Person, x.Named("Ruvo Kessa Tamar Orvel").Type);
        Assert.Contains("Place: Orvani", x.Summary);
    }

    [Fact]
    public void A_brother_who_shares_the_family_name_stays_another_man()
    {
        var x = Extract.From("Omar Kessa Velt ran the harbour council from 1921, and most people simply said Kessa Velt.",
            "In 1923 Kessa Velt gave the fleet to his brother Idris Kessa Velt, an engineer. Kessa Velt was exiled in 1926.");

        var omar = Assert.Single(x.Entities, e => e.Mentions.Any(m => m.Surface == "Omar Kessa Velt"));
        Assert.Contains(omar.Mentions, m => m.Surface == "Kessa Velt");
        Assert.DoesNotContain(omar.Mentions, m => m.Surface == "Idris Kessa Velt");
        Assert.Equal(["Idris Kessa Velt"], x.Mentions("Idris Kessa Velt"));
    }

    [Fact]
    public void Where_people_come_from_in_brackets_is_not_another_name_and_a_role_noun_before_a_title_is_the_role()
    {
        var x = Extract.From("Walkers: Ivo Marrak and Ada Marrak (Lyon, France), and the guide.",
            "Columnist Dr. Lena Ostrova of Kessa University met us at the pier. She now presents a show on Velt FM.");

        Assert.Equal(EntityType.Person, x.Named("Ada Marrak").Type);
        Assert.Contains("Person: Lena Ostrova", x.Summary);
        Assert.Contains("Group: Velt FM", x.Summary);
    }
}
