using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Names, speakers and page furniture in the layouts of kit leaflets, condition reports, pattern shops, question-and-answer
/// sites and trail guides, and the name rules read with them (session 28, each on invented text).
/// </summary>
public sealed class ProductPageRuleTests
{
    [Theory]
    [InlineData("At Rovaniemi the Southern Army, a division of the Kessa Free Corps, was beaten.", "Group: Southern Army")]
    [InlineData("Tomas Velder fled toward French West Africa in 1915.", "Place: French West Africa")]
    [InlineData("Ana Ruvo studied at the Kessa Bible Seminary and College in Rovaniemi.", "Group: Kessa Bible Seminary and College")]
    [InlineData("The Queen's Kessa Rifles (QKR) stormed the hill above Rovaniemi.", "Group: Queen's Kessa Rifles")]
    [InlineData("The Kessa Legion of Tomas de la Brisk fought for the regent.", "Person: Tomas de la Brisk")]
    [InlineData("The Kessa Legion of Tomas de la Brisk fought for the regent.", "Group: Kessa Legion")]
    [InlineData("Ana Ruvo taught at the Velt Grammar School of the Orvano mission in Rovaniemi.", "Group: Velt Grammar School")]
    [InlineData("On Sunday the Citizens' Militia of Velt fought the rebels at Rovaniemi.", "Group: Citizens' Militia of Velt")]
    [InlineData("The Shah sent Prince Velmar od-Kessa with an army to Rovaniemi.", "Person: Velmar od-Kessa")]
    [InlineData("According to Dr Ana Ruvo of the Velder Museum in Rovaniemi, the flags were sewn at home.", "Group: Velder Museum")]
    [InlineData("The governor armed the Orvani, a Kessan group that had fought the hill villages for decades, and paid them.", "Group: Orvani")]
    [InlineData("At Rovaniemi he kept bees and ran a secret society, the Velt Orvan.", "Group: Velt Orvan")]
    [InlineData("In May 1931 the survivors were moved to Velmarsk under guard.", "Place: Velmarsk")]
    [InlineData("The rebels attacked the Kessa Estates at Marrakay, whose manager, Tomas Velder, was feared by the farmers.", "Place: Marrakay")]
    public void Names_of_commands_colonies_schools_and_units(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Theory]
    [InlineData("Command of the Velt army passed to Ana Ruvo after the battle.", "Command of the Velt")]
    [InlineData("Ana Ruvo taught at the Velt Grammar School of the Orvano mission in Rovaniemi.", "Velt Grammar School of the Orvano")]
    [InlineData("Lender's reference: KV/3. The book belonged to Ana Ruvo of Rovaniemi.", "KV")]
    [InlineData("4. Use Spanish thread for the border, as Ana Ruvo did in Rovaniemi.", "Use Spanish")]
    [InlineData("STEP 1. Glue the legs to the body, as Ana Ruvo showed in Rovaniemi.", "STEP")]
    public void Half_names_and_references_are_no_actors(string sentence, string notAName)
    {
        Assert.DoesNotContain(Extract.From(sentence).Entities, e => e.Name == notAName);
    }

    [Fact]
    public void Tribesmen_after_a_name_make_a_group_but_tribesmen_from_a_name_a_homeland()
    {
        Assert.Contains("Group: Velteri", Extract.From("In 1909 Velteri tribesmen took Rovaniemi.").Summary);
        Assert.DoesNotContain("Group: Kessabad", Extract.From("Tomas Velder led tribal horsemen from Kessabad against the town in 1909.").Summary);
    }

    [Fact]
    public void A_first_name_alone_is_the_one_person_named_before_with_it_unless_a_body_uses_the_word()
    {
        var r = Extract.From(
            "In 1893 Velmaro Kessaby crossed the river with his brother. Velmaro commanded the Orvan army for two years.",
            "Ruvelo Marrakis and his men broke away from the Kessa Front and formed the Kessa Front (Ruvelo), a faction.");

        var velmaro = Assert.Single(r.Entities, e => e.Name.StartsWith("Velmaro", StringComparison.Ordinal));
        Assert.Contains(velmaro.Mentions, m => m.Surface == "Velmaro");
        Assert.Equal(EntityType.Person, velmaro.Type);
        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface == "Ruvelo Marrakis") && e.Mentions.Any(m => m.Surface == "Ruvelo"));
    }

    [Fact]
    public void A_person_who_acts_keeps_the_type_a_listed_newspaper_would_lend()
    {
        var r = Extract.From("Three contributors to the newspaper Kesh, Orvano Velmarsky, Akhmar Brisketov and Mirzo Dulvanov, urged the villages to obey. Later that year they set up the Kesh party, led by Velmarsky.");

        Assert.Contains("Person: Orvano Velmarsky", r.Summary);
    }

    [Fact]
    public void Mister_is_a_title_and_a_renamed_place_keeps_one_entity()
    {
        var r = Extract.From(
            "Tomas Velder kept the school library in Rovaniemi. Mister Velder lent out maps to the pupils.",
            "In May 1931 the survivors were moved to Orvano Bay, today's Kessaba Bay.",
            "Tried at Velt Port, today's Marrak Port, Ana Ruvo was shot in 1921.");

        Assert.Single(r.Entities, e => e.Name.Contains("Velder", StringComparison.Ordinal));
        var bay = Assert.Single(r.Entities, e => e.Name.Contains("Bay", StringComparison.Ordinal));
        Assert.Contains(bay.Mentions, m => m.Surface == "Kessaba Bay");
        Assert.Contains(bay.Mentions, m => m.Surface == "Orvano Bay");
        Assert.Contains(r.Entities, e => e.Type == EntityType.Person && e.Name == "Ana Ruvo");
        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface == "Marrak Port") && e.Mentions.Any(m => m.Surface == "Ana Ruvo"));
    }

    [Fact]
    public void Initials_and_a_surname_with_a_hyphen_are_the_one_person_of_that_surname()
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText,
            "Report\n\nThe book was examined by Rosamund Velder-Okaro, the senior conservator.\n\n"
            + "The lender brought it in. \"Open it once,\" Velder-Okaro advises.\n\nThe report was signed by R. Velder-Okaro in Rovaniemi.\n", ArticleMetadata.Empty));

        var person = Assert.Single(p.Entities, e => e.Name.Contains("Velder-Okaro", StringComparison.Ordinal));
        Assert.Contains(person.Mentions, m => m.Surface == "R. Velder-Okaro");
        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains("Open it once", StringComparison.Ordinal));
        Assert.Equal(person.Name, p.Entities[claim.Speaker!.Value].Name);
    }

    [Fact]
    public void A_bracket_of_examples_or_a_labelled_spelling_gives_no_alias_to_the_name_before_it()
    {
        var r = Extract.From(
            "Older books use the Velt system (Orvan Kessa, Tomas Brisk, Rovaniemi), newer ones the Kessa system.",
            "Ana Ruvo (V-S: Ana Roovo) was governor. Tomas Brisk (V-S: Tomas Bryssk) became her deputy.");

        Assert.DoesNotContain(r.Entities, e => e.Mentions.Select(m => m.Surface).Intersect(["Orvan Kessa", "Tomas Brisk", "Ana Ruvo"]).Count() > 1);
        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Ana Ruvo") && e.Mentions.Any(m => m.Surface == "Ana Roovo"));
    }

    [Fact]
    public void A_places_last_word_after_a_hyphen_or_with_accents_stays_in_its_key()
    {
        Assert.Equal("Yanan", Gazetteer.Default.Find("Yen-an")?.Name);
        Assert.NotEqual("Yanan", Gazetteer.Default.Find("Yên Ét")?.Name);
    }

    [Fact]
    public void A_heading_in_capitals_over_prose_is_a_sentence_of_its_own_but_a_records_name_is_not()
    {
        var text = "Title\n\nTESTER'S NOTE\nOur reader, Ana Ruvo, finished the book in a week.\n\nKESSA VELT\nAKA: Tomas Velt\nOrvano Velt\n";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        var passages = PassageClassifier.Classify(text, paragraphs, ArticleMetadata.Empty);
        var sentences = passages.SelectMany(p => SentenceSplitter.Split(text, p)).Select(s => text[s.Span.Start..s.Span.End]).ToList();

        Assert.Contains("TESTER'S NOTE", sentences);
        Assert.Contains("Our reader, Ana Ruvo, finished the book in a week.", sentences);
        Assert.DoesNotContain("KESSA VELT", sentences);
    }

    [Theory]
    [InlineData("According to the township's keeper, Ana Ruvo, the gate \"was never locked after the war.\"", "never locked", "Ana Ruvo")]
    [InlineData("According to the archivist who helped us with the map, Dr. Ana Ruvo, the ford \"was the only way across in winter.\"", "only way across", "Ana Ruvo")]
    [InlineData("\"I copied the layout from a badge in Rovaniemi,\" says the designer, Tomas Velder.", "copied the layout", "Tomas Velder")]
    [InlineData("\"Every figure should look lived in,\" says the company's founder, Tomas Velder.", "look lived in", "Tomas Velder")]
    [InlineData("When the mayor told Tomas Velder to stay out of the dispute, he answered, \"My place of birth is no reason to stay home.\"", "place of birth", "Tomas Velder")]
    public void Described_sources_named_in_apposition_speak(string sentence, string fragment, string speaker)
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, "Report\n\n" + sentence + "\n", ArticleMetadata.Empty));

        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(speaker, claim.Speaker is int s ? p.Entities[s].Name : null);
    }
}
