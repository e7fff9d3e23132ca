using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Each actor keeps the evidence behind its type (issue 16): the cue, the type it points to, its weight, the words of
/// the cue and the mention that gave it; and, when a rule decided over the weighed cues, that verdict first. One test
/// per cue family, on invented sentences.
/// </summary>
public sealed class TypeEvidenceTests
{
    /// <summary>"head-noun group 5 'Brigade' @ 'Wadi Liberation Brigade'": the cue, its type and weight, its words, its mention.</summary>
    private static List<string> Evidence(Extract x, string name) =>
        x.Named(name).TypeEvidence.Select(e => $"{TypeCues.Code(e.Cue)} {e.Type.ToString().ToLowerInvariant()} {e.Weight} '{(e.CueSpan.IsEmpty ? "" : e.CueSpan.Slice(x.Text))}' @ '{e.Mention.Slice(x.Text)}'").ToList();

    [Fact]
    public void A_head_noun_is_kept_with_its_word_and_mention()
    {
        var x = Extract.From("The Wadi Liberation Brigade shelled the market on Monday.");

        Assert.Equal(EntityType.Group, x.Named("Wadi Liberation Brigade").Type);
        Assert.Contains("head-noun group 5 'Brigade' @ 'Wadi Liberation Brigade'", Evidence(x, "Wadi Liberation Brigade"));
    }

    [Fact]
    public void A_plural_group_form_is_kept()
    {
        var x = Extract.From("Karsani fighters entered the valley. The Karsanis later withdrew.");

        var evidence = Evidence(x, "Karsanis");
        Assert.Contains("plural-group group 3 'The Karsanis' @ 'Karsanis'", evidence);
    }

    [Fact]
    public void What_the_name_does_is_kept_members_after_it()
    {
        var x = Extract.From("Jund Tamaro fighters stormed the checkpoint near the river.");

        Assert.Contains(Evidence(x, "Jund Tamaro"), e => e.StartsWith("members-after group 2 'fighters'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_of_the_name_is_kept()
    {
        var x = Extract.From("Laura K. Benton, the leader of the Zayudi Relief Front, spoke to reporters. Benton said the leader of Harakat Qasr had fled.");

        Assert.Contains(Evidence(x, "Harakat Qasr"), e => e.StartsWith("role-of group 3 'leader of'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gazetteer_hit_is_evidence_with_a_weight_not_a_verdict()
    {
        var x = Extract.From("Delegates met in Montevideo on Tuesday.");

        var evidence = Evidence(x, "Montevideo");
        Assert.Contains("gazetteer place 6 '' @ 'Montevideo'", evidence);
        Assert.Contains("in-place place 1 'in' @ 'Montevideo'", evidence);
        Assert.DoesNotContain(x.Named("Montevideo").TypeEvidence, e => e.IsVerdict);
    }

    [Fact]
    public void A_given_name_and_a_title_are_kept()
    {
        var x = Extract.From("Deputy Minister Laura Hendrix visited the camp. Hendrix said aid would follow.");

        var evidence = Evidence(x, "Laura Hendrix");
        Assert.Contains("given-name person 2 'Laura' @ 'Laura Hendrix'", evidence);
        Assert.Contains("title person 5 'Deputy Minister' @ 'Laura Hendrix'", evidence);
        // The surname alone said something: its cue belongs to the same person.
        Assert.Contains("speech-after person 3 'said' @ 'Hendrix'", evidence);
    }

    [Fact]
    public void A_field_label_is_kept()
    {
        var x = Extract.From(
            "The department designated a network that funds the Zayudi movement.",
            "Entity:  Wadi Karsan Relief",
            "Address:  Tamaro Road");

        Assert.Contains("field-label group 4 'Entity' @ 'Wadi Karsan Relief'", Evidence(x, "Wadi Karsan Relief"));
    }

    [Fact]
    public void A_type_lent_by_listed_neighbours_is_the_deciding_verdict()
    {
        var x = Extract.From("The Northern Brigades, Harmal and Tawhid signed the deal.");

        var first = x.Named("Harmal").TypeEvidence[0];
        Assert.Equal(TypeCue.ListedWith, first.Cue);
        Assert.Equal(EntityType.Group, first.Type);
        Assert.True(first.IsVerdict);
        Assert.Equal("Harmal", first.Mention.Slice(x.Text));
        Assert.Equal("listed with 'Northern Brigades'", TypeCues.Describe(first.Cue, first.CueSpan.Slice(x.Text)));
    }

    [Fact]
    public void A_name_with_no_cue_says_its_shape_decided()
    {
        var x = Extract.From("Halvard Quensel arrived at the border on Monday.");

        var e = x.Named("Halvard Quensel");
        Assert.Equal(EntityType.Person, e.Type);
        var verdict = Assert.Single(e.TypeEvidence);
        Assert.Equal(TypeCue.NameShape, verdict.Cue);
        Assert.Equal(0, verdict.Weight);
    }

    [Fact]
    public void An_acronym_turns_its_person_cues_into_group_evidence()
    {
        var x = Extract.From("The Tamaro Liberation Front (TLF) was formed in May. The TLF said it would fight on.");

        var evidence = x.Named("Tamaro Liberation Front").TypeEvidence;
        Assert.DoesNotContain(evidence, e => e.Type == EntityType.Person);
        Assert.Contains(evidence, e => e.Cue == TypeCue.AcronymNotPerson && e.Type == EntityType.Group && e.Weight == 3 && e.Mention.Slice(x.Text) == "TLF");
    }

    [Fact]
    public void Cues_against_the_chosen_type_are_kept_too()
    {
        var x = Extract.From("Fighters of the Qasr Brigade moved in. Qasr Brigade said the town had fallen, and the Qasr Brigade fighters stayed.");

        var e = x.Named("Qasr Brigade");
        Assert.Equal(EntityType.Group, e.Type);
        Assert.Contains(e.TypeEvidence, v => v.Type == EntityType.Person && v.Cue == TypeCue.SpeechAfter);
        Assert.True(e.TypeEvidence.Where(v => v.Type == EntityType.Group).Sum(v => v.Weight) > e.TypeEvidence.Where(v => v.Type == EntityType.Person).Sum(v => v.Weight));
    }

    [Fact]
    public void Every_piece_of_evidence_cites_a_mention_of_its_actor()
    {
        var x = Extract.From(
            "Laura K. Benton, the leader of the Zayudi Relief Front, said on Monday that Jund Tamaro fighters had entered Montevideo.",
            "The Karsanis withdrew from the Tamaro Region, according to Benton.");

        foreach (var entity in x.Entities)
        {
            var spans = entity.Mentions.Select(m => m.Span).ToHashSet();
            Assert.All(entity.TypeEvidence, e => Assert.Contains(e.Mention, spans));
            Assert.NotEmpty(entity.TypeEvidence);
        }
    }

    [Fact]
    public void Every_cue_has_a_distinct_code_and_a_label()
    {
        var codes = Enum.GetValues<TypeCue>().Select(TypeCues.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<TypeCue>(), c => Assert.Equal(c, TypeCues.FromCode(TypeCues.Code(c))));
        Assert.Equal("head noun 'Brigade'", TypeCues.Describe(TypeCue.HeadNoun, "Brigade"));
        Assert.Equal("'X fighters'", TypeCues.Describe(TypeCue.MembersAfter, "fighters"));
        Assert.Equal("curation: an analyst set the type", TypeCues.Describe("curation", null));
        Assert.Equal("some future cue", TypeCues.Describe("some-future-cue", null));
    }

    [Fact]
    public void A_tie_between_a_person_and_a_group_goes_to_a_persons_name_shape()
    {
        // "led by X" says person, "X's fighters" says group: a warlord has fighters too.
        var x = Extract.From("The northern command was led by Tobani Kessu. Kessu's fighters seized two pilots in March.");

        Assert.Equal(EntityType.Person, x.Named("Tobani Kessu").Type);
        Assert.StartsWith("name-shape person", Evidence(x, "Tobani Kessu")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Four_name_words_with_a_given_name_early_are_a_persons_name_and_without_one_a_groups()
    {
        var x = Extract.From("Ombe Peter Tamba Kessu was moved to another prison. Later, Zuber Kando Mofa Tirri met in the capital.");

        Assert.Equal(EntityType.Person, x.Named("Ombe Peter Tamba Kessu").Type);
        Assert.Equal(EntityType.Group, x.Named("Zuber Kando Mofa Tirri").Type);
    }

    [Fact]
    public void A_centre_is_an_organization_and_a_regency_or_canton_a_place()
    {
        var x = Extract.From("Olga Berg, a fellow at the Tamba Centre for Desert Studies, visited Kessu Regency and Mirta Canton last week.");

        Assert.Equal(EntityType.Group, x.Named("Tamba Centre for Desert Studies").Type);
        Assert.Equal(EntityType.Place, x.Named("Kessu Regency").Type);
        Assert.Equal(EntityType.Place, x.Named("Mirta Canton").Type);
    }

    // ---- session 13: shapes a person's name never has ----

    [Theory]
    [InlineData("The army said the River Lions under Omar Haddad had left the coast.", "River Lions")]
    [InlineData("Its commando unit, the Desert Wolves, struck twice in May.", "Desert Wolves")]
    public void Capitalized_plural_nouns_after_the_name_a_group(string sentence, string name)
    {
        var x = Extract.From(sentence);

        Assert.Equal(EntityType.Group, x.Named(name).Type);
        Assert.Contains(Evidence(x, name), e => e.StartsWith("plural-group group 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_that_is_a_plural_word_keeps_a_given_name_a_person()
    {
        var x = Extract.From("The case against Anna Banks was dropped in March, the court said.");

        Assert.Equal(EntityType.Person, x.Named("Anna Banks").Type);
    }

    [Theory]
    [InlineData("The New ZLA claimed the attack on the barracks.", "New ZLA")]
    [InlineData("The Free ZLA said it would fight on.", "Free ZLA")]
    public void An_english_word_before_an_acronym_names_a_faction(string sentence, string name)
    {
        var x = Extract.From(sentence);

        Assert.Equal(EntityType.Group, x.Named(name).Type);
    }

    [Fact]
    public void A_kings_numeral_is_no_acronym()
    {
        var x = Extract.From("Hassan III said the border would stay closed.");

        Assert.NotEqual(EntityType.Group, x.Named("Hassan III").Type);
    }

    [Theory]
    [InlineData("Ana Ruiz founded Baraka Tamu in 1988 in the highlands.")]
    [InlineData("In 1988 Ana Ruiz founded the Baraka Tamu in the highlands.")]
    public void What_is_founded_is_an_organization(string sentence)
    {
        var x = Extract.From(sentence);

        Assert.Equal(EntityType.Group, x.Named("Baraka Tamu").Type);
        Assert.Contains(Evidence(x, "Baraka Tamu"), e => e.StartsWith("founded-object group 2 'founded'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ostero led Kamsallah until his capture in 2010.", "led")]
    [InlineData("Tomas Ruvi, who heads the Wadelo Peace Office, spoke on Monday.", "heads")]
    [InlineData("In 2022 two bands joined the Tarvelia Nueva.", "joined")]
    public void What_one_leads_or_joins_is_an_organization_past_an_article(string sentence, string verb)
    {
        var x = Extract.From(sentence);
        var name = x.Entities.Single(e => e.TypeEvidence.Any(t => t.Cue is TypeCue.LedObject or TypeCue.JoinedObject)).Name;

        Assert.Equal(EntityType.Group, x.Named(name).Type);
        Assert.Contains(Evidence(x, name), e => e.Contains($"group 2 '{verb}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kamsallah claimed the attack on the barracks. Kamsallah claimed responsibility for the bombing.")]
    [InlineData("Kamsallah claimed the bombing in Ruvo.")]
    public void Who_claims_an_attack_is_a_group_not_a_speaker(string text)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Group, x.Named("Kamsallah").Type);
        Assert.Contains(Evidence(x, "Kamsallah"), e => e.StartsWith("claims-attack group 2 'claimed ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_who_claims_something_else_still_speaks()
    {
        var x = Extract.From("Tomas Ruvi claimed the vote had been rigged.");

        Assert.Equal(EntityType.Person, x.Named("Tomas Ruvi").Type);
    }

    [Theory]
    [InlineData("The Tarvelia Nueva was founded in 2019 by Ramón Ostero.", "was founded")]
    [InlineData("The Tarvelia Nueva had been formed by deserters.", "had been formed")]
    public void What_was_founded_is_an_organization(string text, string cue)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Group, x.Named("Tarvelia Nueva").Type);
        Assert.Contains(Evidence(x, "Tarvelia Nueva"), e => e.StartsWith($"founded-subject group 2 '{cue}'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_apposition_ends_its_head_before_a_participle()
    {
        // "a rebel movement formed by former commanders": the head is "movement", not the commanders after "formed by".
        var x = Extract.From("The Tarvelia Nueva, a rebel movement formed by former commanders of the army, said it would talk.");

        Assert.Equal(EntityType.Group, x.Named("Tarvelia Nueva").Type);
        Assert.Contains(Evidence(x, "Tarvelia Nueva"), e => e.StartsWith("apposition-head group 3 'movement'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Convoys crossed the Tamba Pass on Thursday.", "Tamba Pass")]
    [InlineData("Elders gathered at the Kessa Fort in May.", "Kessa Fort")]
    [InlineData("Riots broke out at the Wadelo Penitentiary last year.", "Wadelo Penitentiary")]
    public void Forts_passes_and_prisons_are_places(string sentence, string name)
    {
        Assert.Equal(EntityType.Place, Extract.From(sentence).Named(name).Type);
    }

    [Fact]
    public void The_role_of_the_group_looks_past_the_article_and_the_place_after_of_is_no_surname()
    {
        var x = Extract.From("Obi Tamba, the leader of the Freedom Eagles of Wadi Kessa (FEWK), was killed.", "Patrols searched the road near Kessa on Thursday.");

        Assert.Equal(EntityType.Group, x.Named("Freedom Eagles of Wadi Kessa").Type);
        Assert.DoesNotContain("Kessa", x.Mentions("Freedom Eagles of Wadi Kessa"));
    }

    [Fact]
    public void The_legal_arm_of_a_name_makes_it_a_group()
    {
        var x = Extract.From("Prosecutors describe the party as the legal arm of Baraka Tamu.");

        Assert.Equal(EntityType.Group, x.Named("Baraka Tamu").Type);
    }

    // ---- session 17 ----

    [Fact]
    public void What_one_joins_is_an_organization()
    {
        var x = Extract.From("Jannie Ruvo joined Breekyster as a constable in 1984.");

        Assert.Equal(EntityType.Group, x.Named("Breekyster").Type);
        Assert.Contains(Evidence(x, "Breekyster"), e => e.StartsWith("joined-object group 2 'joined'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_apposition_names_its_head()
    {
        var x = Extract.From("The attack was carried out by the Jama'a al-Tamariyya, Egypt's largest armed Islamist group.");

        Assert.Equal(EntityType.Group, x.Named("Jama'a al-Tamariyya").Type);
    }

    [Fact]
    public void A_lone_acronym_that_spells_a_common_word_is_still_an_actor()
    {
        var x = Extract.From("Amutu had joined PLAN, the armed wing of the Kessa People's Organisation, in 1981. PLAN fighters crossed the river.", "They waited to be confined to base under the settlement plan.");

        Assert.Equal(EntityType.Group, x.Named("PLAN").Type);
    }

    [Theory]
    [InlineData("Another band, Laskar Salib, operated in the hills above Ambon.", "Laskar Salib")]
    [InlineData("The bombing was claimed by Lashkar-e-Tamaro on Friday.", "Lashkar-e-Tamaro")]
    [InlineData("The hijacking of Tamaro Airlines Flight 472 to Dhaka ended in Algiers.", "Tamaro Airlines")]
    [InlineData("At the summit of the Organization for Security and Co-operation in Europe, Russia undertook to withdraw.", "Organization for Security and Co-operation in Europe")]
    public void Head_words_of_other_languages_and_of_companies_name_organizations(string sentence, string name)
    {
        Assert.Equal(EntityType.Group, Extract.From(sentence).Named(name).Type);
    }

    [Fact]
    public void Only_a_person_is_a_himself()
    {
        var x = Extract.From("The council chose a new president in 1950. Tarvo himself left for London in 1960.", "Box 3: Letter from Tarvo, London, 1976.");

        Assert.Equal(EntityType.Person, x.Named("Tarvo").Type);
        Assert.Contains(Evidence(x, "Tarvo"), e => e.StartsWith("reflexive person 3 'himself'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_one_a_country_belongs_to_is_its_ruler_a_person()
    {
        var x = Extract.From("Exiles came home to find that Tarvosso's Portugal was poorer than they had left it.");

        Assert.Contains(x.Entities, e => e.Name == "Tarvosso" && e.Type == EntityType.Person);
        Assert.Contains(Evidence(x, "Tarvosso"), e => e.StartsWith("ruler-of person 2", StringComparison.Ordinal));
        Assert.DoesNotContain(Evidence(Extract.From("The Kessa Oil Company sold the Kessa Oil Company's Nigeria unit."), "Kessa Oil Company"), e => e.StartsWith("ruler-of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Refugees camped on the slopes of Bukit Tarvolan.", "Bukit Tarvolan")]
    [InlineData("The ferry docked at Kuala Vessaro at noon.", "Kuala Vessaro")]
    public void A_malay_place_word_opens_a_places_name(string sentence, string place)
    {
        Assert.Contains(Extract.From(sentence).Entities, e => e.Name == place && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_paper_introduced_as_a_daily_is_a_body()
    {
        var x = Extract.From("Ines Marrow writes a column for the Velturo weekly Morgenbrief Ost.");

        Assert.Contains(x.Entities, e => e.Name == "Morgenbrief Ost" && e.Type == EntityType.Group);
    }
}
