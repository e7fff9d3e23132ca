using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Names in the layouts of listings, glossaries, quizzes and lettered lessons, and the name rules read with them (session 27,
/// each on invented text).
/// </summary>
public sealed class LayoutRuleTests
{
    [Fact]
    public void Kings_of_one_name_and_another_regnal_number_stay_apart()
    {
        var r = Extract.From(
            "When King Tomas IV of Kessa lost his throne in 1540, the hill lords took up his cause.",
            "His grandson, styled Tomas VI by the loyalists, landed on the coast in 1602. Tomas IV died abroad in 1561.");

        Assert.Equal(2, r.Entities.Count(e => e.Type == EntityType.Person && e.Name.StartsWith("Tomas", StringComparison.Ordinal)));
        Assert.NotEqual(NameKey.Translit("Tomas IV"), NameKey.Translit("Tomas VI"));
        Assert.NotEqual(NameKey.Skeleton("Tomas VI"), NameKey.Skeleton("Tomas VII"));
        Assert.Equal(NameKey.Translit("Tomas Velt"), NameKey.Translit("Tomas Vellt"));
    }

    [Theory]
    [InlineData("vii", true)]
    [InlineData("viii", true)]
    [InlineData("xiv", true)]
    [InlineData("ii", true)]
    [InlineData("i", false)]
    [InlineData("li", false)]
    [InlineData("vix", false)]
    [InlineData("iiii", false)]
    public void Regnal_numbers_are_told_by_their_letters(string word, bool ordinal)
    {
        Assert.Equal(ordinal, NameKey.IsOrdinalWord(word));
    }

    [Fact]
    public void A_listing_entrys_bracket_names_its_maker_not_another_name()
    {
        var r = Extract.From(
            "CONTENTS\n 1. Kessa Velt (Ana Ruvo) ......... 12\n 2. Tomas Brisk (Orvano Marrak) ......... 27",
            "Ana Ruvo wrote the first chapter in 1990. Tomas Brisk was a ferry captain who ran guns for the rebels.");

        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface == "Kessa Velt") && e.Mentions.Any(m => m.Surface == "Ana Ruvo"));
        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface == "Tomas Brisk") && e.Mentions.Any(m => m.Surface == "Orvano Marrak"));
    }

    [Fact]
    public void A_glossarys_columns_part_names_and_its_lines_give_acronyms()
    {
        var r = Extract.From(
            "GLOSSARY OF TERMS\nKVA     Kessa Velt Archive\nTRF     Tamaro Rifles Field Force",
            "The papers of the Tamaro Rifles Field Force are kept at the Kessa Velt Archive in Brisk.");

        Assert.Contains(r.Entities, e => e.Name == "Kessa Velt Archive" && e.Mentions.Any(m => m.Surface == "KVA"));
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("KVA ", StringComparison.Ordinal) || e.Name.Contains("TRF ", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Entities, e => e.Name == "GLOSSARY OF TERMS");
    }

    [Fact]
    public void A_field_after_its_labels_gap_is_still_read()
    {
        var r = Extract.From("Designated individual.\nPOB:   Kessa Velha, Brisk, Andorra\nNationality:  Andorran");

        Assert.Contains(r.Entities, e => e.Name == "Andorra");
        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Kessa Velha"));
    }

    [Fact]
    public void A_quizs_question_numbers_and_answer_letters_are_no_names()
    {
        var r = Extract.From(
            "Q1. Which colonel ran the port of Kessa after 1921?",
            "A. Orvano Marrak (half a point for Tomas Velder)",
            "Notes: Velder held the port until 1920, when Marrak took over the garrison.",
            "Q2. In which town did the smugglers land their rifles?",
            "A. Brisk");

        Assert.DoesNotContain(r.Entities, e => e.Name is "Q1" or "Q2" || e.Name.StartsWith("A. ", StringComparison.Ordinal));
        Assert.Contains(r.Entities, e => e.Type == EntityType.Person && e.Name == "Orvano Marrak");
        Assert.Contains(r.Entities, e => e.Type == EntityType.Person && e.Name == "Tomas Velder");
    }

    [Fact]
    public void An_answer_under_a_numbered_question_without_a_question_mark_is_no_initial()
    {
        var r = Extract.From(
            "Q6. Smugglers used one harbour above all. Give its old name.",
            "A. Velhavo (accept Velavo)",
            "Q7. Who commanded the guard? (Bonus: who paid them?)",
            "A. Orvano Marrak. Bonus: Tomas Velder");

        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface.StartsWith("A. ", StringComparison.Ordinal)));
        Assert.Contains(r.Entities, e => e.Type == EntityType.Person && e.Name == "Orvano Marrak");
    }

    [Fact]
    public void Another_spelling_of_a_place_in_brackets_is_the_same_place()
    {
        var r = Extract.From("The council fled to Rovaniemi (Rovanjemi) in 1918. Rovaniemi became its seat.", "The column took Kuopio (Kuopijo) in May, and the rebels fled from Kuopio.");

        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Rovaniemi") && e.Mentions.Any(m => m.Surface == "Rovanjemi"));
        Assert.Contains(r.Entities, e => e.Mentions.Any(m => m.Surface == "Kuopio") && e.Mentions.Any(m => m.Surface == "Kuopijo"));
    }

    [Fact]
    public void A_lands_plural_is_no_group()
    {
        var r = Extract.From("Upland farms paid the tax. In 1746 the rebels fell back into the Uplands, where the army hunted them.");

        Assert.DoesNotContain(r.Entities, e => e.Type == EntityType.Group && e.Name == "Uplands");
    }

    [Fact]
    public void A_lettered_lessons_section_letters_are_no_initials()
    {
        var r = Extract.From(
            "A. MAPITIO (Review)\nThe boatmen of the delta refused the new salt tax.",
            "B. MAZOEA (Practice)\nThe strike reached Brisk within a week.");

        Assert.DoesNotContain(r.Entities, e => e.Mentions.Any(m => m.Surface.StartsWith("A. ", StringComparison.Ordinal) || m.Surface.StartsWith("B. ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Shouted_headings_with_no_cue_are_no_names()
    {
        var r = Extract.From(
            "GLOSSARY OF TERMS",
            "Ana Ruvo led the Kessa Front from 1990 until 1994.",
            "SECOND EDITION",
            "The Kessa Front fought the army at Brisk in 1992.");

        Assert.DoesNotContain(r.Entities, e => e.Name is "GLOSSARY OF TERMS" or "SECOND EDITION");
        Assert.Contains(r.Entities, e => e.Name == "Kessa Front");
    }

    [Theory]
    [InlineData("The circle was started in a back room by his cousin and fellow Kessan Ana Velturo, who chaired it.", "Person: Ana Velturo")]
    [InlineData("Fighters of the Kessa Brigade held the bridge until dusk.", "Group: Kessa Brigade")]
    [InlineData("Near the border a mercenary band, the Never Defeated Army, guarded the mines.", "Group: Never Defeated Army")]
    [InlineData("The Revd Dr Ana Velturo-Brisk preached on Sunday.", "Person: Ana Velturo-Brisk")]
    [InlineData("The western glens sided with Clan Marrak in the feud.", "Group: Clan Marrak")]
    [InlineData("The baron had jailed the Velterists for years.", "Group: Velterists")]
    [InlineData("The duchy had armed the Orvaners, a sect that met in barns.", "Group: Orvaners")]
    [InlineData("Rani Kessabai held the fort of Brisk in 1858.", "Person: Kessabai")]
    [InlineData("The Marrak dynasty ruled the valley for two centuries.", "Group: Marrak dynasty")]
    [InlineData("The Orvano garrison held the castle for fifty days.", "Group: Orvano garrison")]
    [InlineData("The two bands met on Kessa Moor at dawn.", "Place: Kessa Moor")]
    public void Names_in_their_own_words(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void Fellow_before_a_body_and_its_members_keeps_the_body()
    {
        var r = Extract.From("The courier was freed when fellow Kessa Velt members raided the convoy in 2015.");

        Assert.Contains(r.Entities, e => e.Name == "Kessa Velt");
    }

    [Fact]
    public void An_agent_plural_before_an_office_or_inside_a_longer_name_is_no_group_of_its_own()
    {
        var r = Extract.From(
            "The fax went to the Orvaners office in Brisk on 3 May 2001.",
            "- **Union of the Weavers of Kessa**, chaired by Ana Ruvo, left the federation in 2009.");

        Assert.DoesNotContain(r.Entities, e => e.Type == EntityType.Group && e.Name is "Orvaners" or "Weavers");
    }

    [Fact]
    public void A_bodys_foreign_name_with_an_acronym_is_what_it_refers_to()
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText,
            "Report\n\nThe Kessa Front clashed with police in 2020. Its biggest splinter, the Front pour la libération de Velt (FLV), calls itself the voice of the river towns. It is headed by Orvano Marrak.\n",
            ArticleMetadata.Empty));

        var led = p.Relations.Where(x => x.Predicate == "leads").Select(x => p.Entities[x.Target].Name).ToList();
        Assert.Contains("Front pour la libération de Velt", led);
    }

    [Theory]
    [InlineData("Tamaro, the busiest mill town in Andorra, was the Kessa Front's stronghold.", "Kessa Front controls Tamaro")]
    [InlineData("Its Velt Guards, the militia that farmers call vartija, chose as their leader Colonel Carl Orvano, a veteran of the border war.", "Carl Orvano leads Velt Guards")]
    [InlineData("The Kessa Legion, raised by the old duke with Lord Tomas Velder as its lieutenant-general, crossed the river.", "Tomas Velder member_of Kessa Legion")]
    [InlineData("Andorra sent Tomas Kessaba to govern Manitoba for three years.", "Tomas Kessaba holds_office Manitoba")]
    [InlineData("Ana Ruvo, the exiled general-in-chief of the Kessa Free Corps, crossed the river.", "Ana Ruvo commands Kessa Free Corps")]
    [InlineData("Orvano Marrak was an aide-de-camp to Pedro Brisk.", "Orvano Marrak reports_to Pedro Brisk")]
    [InlineData("The duchy shipped the Kessa Sea Division under General Rudi von der Velt to the islands.", "Rudi von der Velt leads Kessa Sea Division")]
    public void Governing_officers_titles_and_names_with_von_der(string sentence, string expected)
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText, "Report\n\n" + sentence + "\n", ArticleMetadata.Empty));

        Assert.Contains(expected, p.Relations.Select(x => $"{p.Entities[x.Subject].Name} {x.Predicate} {p.Entities[x.Target].Name}"));
    }

    [Theory]
    [InlineData("Andorra bought the island from the Kessan Empire in 1780.", "Place: Kessan Empire")]
    [InlineData("The Velt Sultanate minted its own coins.", "Place: Velt Sultanate")]
    public void Empires_and_sultanates_are_places(string sentence, string expected)
    {
        Assert.Contains(expected, Extract.From(sentence).Summary);
    }

    [Fact]
    public void A_blurbs_bracketed_credit_and_our_plain_noun_give_speakers()
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText,
            "Report\n\nPRAISE\n\n\"A slow, patient history of a river and its ferrymen.\" (Ana Ruvo, The Kessa Review)\n\n"
            + "\"The mill paid for the strike out of its own pocket,\" says our landlord, Tomas Velder.\n", ArticleMetadata.Empty));

        string? Speaker(string fragment) => p.Claims.Single(c => p.Article.Text[c.Span.Start..c.Span.End].Contains(fragment, StringComparison.Ordinal)).Speaker is int s
            ? p.Entities[s].Name : null;
        Assert.Equal("Ana Ruvo", Speaker("patient history"));
        Assert.Equal("Tomas Velder", Speaker("out of its own pocket"));
    }

    [Fact]
    public void A_publication_named_with_its_article_speaks()
    {
        var p = Pipeline.Default.Process(new Article("t.txt", ArticleFormat.PlainText,
            "Report\n\n\"Nobody reads the old charters any more,\" said The Kessa Post in its editorial.\n", ArticleMetadata.Empty));

        var claim = Assert.Single(p.Claims, c => p.Article.Text[c.Span.Start..c.Span.End].Contains("old charters", StringComparison.Ordinal));
        Assert.Equal("Kessa Post", p.Entities[claim.Speaker!.Value].Name);
    }

    [Theory]
    [InlineData("PHOTO CREDITS\nPictures by Ana Ruvo and Tomas Brisk.\nKessa Press, 9 Mill Street, Velt.")]
    [InlineData("Readers who liked this book also liked\nSalt and Iron, Ana Ruvo (hardback, £14.00)")]
    [InlineData("COPYRIGHT NOTICE\nAll maps are the property of the publisher and may not be copied.")]
    [InlineData("NOTICES\nThe hall is closed on Mondays. Choir practice: Thursday with Tomas Brisk.")]
    [InlineData("THE SMALL PRINT\nEntries close at noon. The judges' decision is final.")]
    [InlineData("CUSTOMER SERVICE AND SAFETY\nWARNING: Not for children under 3.\nMissing parts? Write to help@kessa-models.example.com.")]
    [InlineData("MORE WALKS NEAR VELT\nOrvano Ridge (3.2 km) · Kessa Falls (5 km)")]
    [InlineData("Browse more questions tagged kessa-history, or post one of your own.")]
    [InlineData("**Support independent publishing.** The Kessa Review is funded by its readers.")]
    [InlineData("Form KV-7 (rev. 2021) · Velt Museum, 3 Mill Row, Rovaniemi · Page 2 of 2")]
    [InlineData("*Also in this issue:* \"Harbour Songs\" (translated by Ana Ruvo)")]
    public void Closing_sections_service_headings_and_site_footers_are_furniture(string closing)
    {
        var text = "Title here\n\n" + string.Join("\n\n", Enumerable.Repeat("The Eastern Front said its fighters had crossed the river near the town on Friday, officials said.", 4)) + "\n\n" + closing;
        var kinds = PassageClassifier.Classify(text, ParagraphSplitter.Split(text, ArticleFormat.PlainText), ArticleMetadata.Empty).Select(p => p.Kind).ToList();

        Assert.Equal(PassageKind.Boilerplate, kinds[^1]);
        Assert.Equal(PassageKind.Body, kinds[1]);
    }

    [Fact]
    public void An_answer_under_a_question_is_no_heading()
    {
        var text = "Title here\n\nQ3. Who held the ford in 1919?\n\nA. Orvano Marrak (or his brother)\n\nNotes: Marrak held it for a week.";
        var kinds = PassageClassifier.Classify(text, ParagraphSplitter.Split(text, ArticleFormat.PlainText), ArticleMetadata.Empty).Select(p => p.Kind).ToList();

        Assert.Equal(PassageKind.Body, kinds[2]);
    }
}
