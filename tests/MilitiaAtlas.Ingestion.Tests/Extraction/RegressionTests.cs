using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>Sentences that once went wrong, kept so they stay right.</summary>
public sealed class RegressionTests
{
    [Fact]
    public void Two_men_whose_surnames_differ_by_two_letters_are_not_merged()
    {
        var r = Extract.From("Samir Haddad said the truce held. Samir Hamdan denied it.");

        Assert.Contains("Person: Samir Haddad", r.Summary);
        Assert.Contains("Person: Samir Hamdan", r.Summary);
    }

    [Fact]
    public void A_swapped_pair_of_letters_in_a_surname_is_still_one_person()
    {
        var r = Extract.From("Omar al-Rashidi, founder of the Dawn Brigades, spoke. Later Omar al-Rahsidi said the Brigades would fight on.");

        Assert.Single(r.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_honorific_inside_a_name_does_not_split_it()
    {
        var r = Extract.From("Hassan Sheikh Mohamud said the vote would go ahead. President Mohamud spoke in Mogadishu.");

        Assert.Equal(["Hassan Sheikh Mohamud", "Mohamud"], r.Mentions("Hassan Sheikh Mohamud"));
        Assert.Equal(EntityType.Person, r.Named("Hassan Sheikh Mohamud").Type);
    }

    [Theory]
    [InlineData("Rebel commander Juan Ortega surrendered to the Colombian army.", "Juan Ortega")]
    [InlineData("Deputy leader Amadou Koufa was killed in central Mali.", "Amadou Koufa")]
    [InlineData("Security officials said Aminu Bello had fled.", "Aminu Bello")]
    public void A_common_word_opening_a_sentence_is_not_a_name(string sentence, string person)
    {
        var r = Extract.From(sentence);

        Assert.Contains($"Person: {person}", r.Summary);
        Assert.DoesNotContain(r.Summary, s => s.EndsWith(": Rebel", StringComparison.Ordinal) || s.EndsWith(": Deputy", StringComparison.Ordinal) || s.EndsWith(": Security", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_opening_with_an_adjective_of_faith_is_a_group_not_a_person()
    {
        var r = Extract.From("The Islamic State claimed the attack.");

        Assert.Equal(["Group: Islamic State"], r.Summary);
    }

    [Fact]
    public void Letter_and_digit_names_are_found()
    {
        var r = Extract.From("The M23 rebels seized Goma in 2012.");

        Assert.Contains("Group: M23", r.Summary);
    }

    [Fact]
    public void A_speech_verb_outweighs_a_mid_sized_town_of_the_same_name()
    {
        var r = Extract.From("Bello said the attack had been repelled near the river.");

        Assert.Equal(["Person: Bello"], r.Summary);
    }

    [Fact]
    public void The_institution_word_alone_names_the_organization_before_it()
    {
        var r = Extract.From("The Northern Brigades and the Eastern Front clashed near the river. The Brigades withdrew.");

        Assert.Equal(["Northern Brigades", "Brigades"], r.Mentions("Northern Brigades"));
    }

    [Fact]
    public void An_acronym_matches_initials_that_follow_name_particles()
    {
        var r = Extract.From("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the base. JNIM later claimed it.");

        var group = Assert.Single(r.Entities);
        Assert.Equal(EntityType.Group, group.Type);
        Assert.Equal(3, group.Mentions.Count);
    }

    [Fact]
    public void Militants_from_a_name_make_it_their_group()
    {
        var r = Extract.From("Militants from al-Shabaab attacked a base in Somalia.");

        Assert.Contains("Group: al-Shabaab", r.Summary);
        Assert.Contains("Place: Somalia", r.Summary);
    }

    [Fact]
    public void A_weapon_model_is_not_a_group()
    {
        var r = Extract.From("The fighters raised their AK-47 rifles and M16s into the air.");

        Assert.Empty(r.Entities);
    }

    [Theory]
    [InlineData("The town is the largest one controlled by Harakat in the north.", "Harakat")]
    [InlineData("Officials said the attack was claimed by Tawhid on Friday.", "Tawhid")]
    [InlineData("The report describes the desperation of Tawhid as it loses ground.", "Tawhid")]
    public void An_agent_of_violence_without_other_cues_is_a_group(string sentence, string name)
    {
        Assert.Contains($"Group: {name}", Extract.From(sentence).Summary);
    }

    [Fact]
    public void A_title_before_an_apposed_name_refers_to_that_person()
    {
        var r = Extract.From("The Foreign Secretary, Amina Yusuf, said the talks would resume.");

        Assert.Equal(["Foreign Secretary", "Amina Yusuf"], r.Named("Amina Yusuf").Mentions.Select(m => m.Surface));
        Assert.True(r.Named("Amina Yusuf").Mentions[0].IsReference);
    }

    [Fact]
    public void A_bare_title_refers_to_the_person_the_article_gave_that_title()
    {
        var r = Extract.From("Foreign Secretary Amina Yusuf arrived in Mogadishu. The Foreign Secretary met the president.");

        var yusuf = r.Named("Amina Yusuf");
        Assert.Equal(2, yusuf.Mentions.Count);
        Assert.DoesNotContain(yusuf.Keys, k => k.Value.Contains("secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_title_with_no_one_introduced_is_not_an_entity()
    {
        Assert.Empty(Extract.From("The Foreign Secretary met the delegation in the capital on Monday.").Entities);
    }

    [Fact]
    public void A_name_with_a_particle_and_no_other_cue_is_still_a_person()
    {
        var r = Extract.From("The report says Abu Musab al-Rashidi appointed Abu Omar the lead coordinator.");

        Assert.Contains("Person: Abu Musab al-Rashidi", r.Summary);
    }

    [Fact]
    public void An_acronym_in_brackets_names_the_long_name_its_initials_spell()
    {
        var r = Extract.From("The UK condemns the attack by the Islamic State of Iraq and the Levant (ISIL) in Baghdad. ISIL has claimed it.");

        var group = r.Entities.Single(e => e.Type == EntityType.Group);
        Assert.Contains(group.Mentions, m => m.Surface == "ISIL");
        Assert.StartsWith("Islamic State of Iraq", group.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acronym_is_never_typed_as_a_person()
    {
        Assert.Equal(["Group: IS"], Extract.From("Officials said IS claimed the bombing on Friday.").Summary);
    }

    [Fact]
    public void Nouns_joined_by_and_after_a_head_and_for_stay_in_the_name_and_a_gloss_in_brackets_is_no_alias()
    {
        var r = Extract.From(
            "Ana Velt founded the Front for the Advancement and Progress of Kessa, or FAPK, in 1993.",
            "Tamaro Azul (Kessan for \"Blue Land\") was founded in 1978. Tamaro Azul members bombed a bank in 1980, and the Tamaro Azul leadership denied it.");

        Assert.Equal(["FAPK"], r.Named("Front for the Advancement and Progress of Kessa").Mentions.Skip(1).Select(m => m.Surface));
        Assert.DoesNotContain(r.Entities, e => e.Name == "Kessan" || e.Mentions.Any(m => m.Surface == "Kessan" && e.Name == "Tamaro Azul"));
    }

    [Theory]
    [InlineData("The Tamaro Chamber of Commerce and Industry of Velt condemned the siege.", "Group: Tamaro Chamber of Commerce and Industry of Velt")]
    [InlineData("Ana Ruvo, the vice-president of Kessanska Lista, resigned from the party.", "Group: Kessanska Lista")]
    [InlineData("A smaller faction, the Tamaro Libre III Assemblea, refused to disband.", "Group: Tamaro Libre III Assemblea")]
    [InlineData("Judge Tomas Velt of the Audiencia Provincial ordered the arrests.", "Group: Audiencia Provincial")]
    [InlineData("The government under Chancellor Tomas Velt chose to negotiate.", "Person: Tomas Velt")]
    [InlineData("Their leader inside calls himself Comandante Ruvo.", "Person: Ruvo")]
    [InlineData("Photographer Ana Velt, who works for a daily, saw sandbags.", "Person: Ana Velt")]
    [InlineData("The prisoners were flown out of Frankfurt on 3 March.", "Place: Frankfurt am Main")]
    [InlineData("The amnesty covers the Popular Forces of 25 April, which killed seventeen people.", "Group: Popular Forces of 25 April")]
    [InlineData("The amnesty covers the Fuerzas Populares 19 de Abril, which killed seventeen people.", "Group: Fuerzas Populares 19 de Abril")]
    [InlineData("French troops moved north from the capital to stand between Djibouti's army and the rebels.", "Place: Djibouti")]
    [InlineData("Prince Tomas Velt, then the head of the General Security Presidency, remembers the assault.", "Group: General Security Presidency")]
    [InlineData("Ana Ruvo, the vice-president of the largest party of Vojvodina Hungarians, said he would resign.", "Group: Vojvodina Hungarians")]
    public void Heads_and_titles_of_other_languages_and_a_citys_short_name(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void A_weak_given_name_counts_once_however_often_the_name_comes_back()
    {
        var r = Extract.From(
            "Viva Tamaro was founded in 1978 by students. A bomb of Viva Tamaro hit a bank in 1979.",
            "Few took Viva Tamaro seriously. The court banned Viva Tamaro in 1993.",
            "Police arrested Viva Tamaro members in 1992.");

        Assert.Equal(EntityType.Group, r.Named("Viva Tamaro").Type);
    }

    [Fact]
    public void A_letters_sign_off_names_its_writer_and_town()
    {
        var r = Extract.From(
            "Sir, - Seventeen people died at the hands of the Kessa Front. The amnesty is an insult to them.",
            "Helena Ruvo Tamsin, Velt");

        Assert.Contains("Person: Helena Ruvo Tamsin", r.Summary);
    }

    [Fact]
    public void Another_peoples_name_for_a_place_is_its_alias()
    {
        var r = Extract.From("The crowd gathered at the castle outside Bozen, which Italians call Bolzano, in 1957. Bozen was quiet by night.");

        Assert.Equal(["Bozen", "Bolzano", "Bozen"], Assert.Single(r.Entities, e => e.Type == EntityType.Place).Mentions.Select(m => m.Surface));
    }
}
