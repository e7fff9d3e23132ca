using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var passage = new Passage(1, new TextSpan(0, text.Length), PassageKind.Body);
        var sentences = SentenceSplitter.Split(text, passage);
        Assert.All(sentences, s => Assert.False(char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1])));
        return sentences.Select(s => s.Span.Slice(text)).ToList();
    }

    [Fact]
    public void Splits_sentences_but_not_after_abbreviations()
    {
        var parts = Split("Maj. Gen. Tariq Saleh arrived on Dec. 5 with Lt. Omar. He met Dr. Ruiz and Mr. Chen at No. 10 Mill St. in the capital. The talks ended.");

        Assert.Equal(["Maj. Gen. Tariq Saleh arrived on Dec. 5 with Lt. Omar.", "He met Dr. Ruiz and Mr. Chen at No. 10 Mill St. in the capital.", "The talks ended."], parts);
    }

    [Fact]
    public void Does_not_split_after_initials_or_inside_numbers()
    {
        var parts = Split("L. Paul Bremer met George W. Bush in May. The U.S. spent $1.2 million on it.");

        Assert.Equal(["L. Paul Bremer met George W. Bush in May.", "The U.S. spent $1.2 million on it."], parts);
    }

    [Fact]
    public void A_dotted_acronym_ends_a_sentence_only_before_a_typical_opener()
    {
        Assert.Equal(["They relied on the U.S.", "But the aid stopped."], Split("They relied on the U.S. But the aid stopped."));
        Assert.Single(Split("The U.S. Army and the U.N. Security Council agreed."));
    }

    [Fact]
    public void A_footnotes_superscript_after_the_full_stop_ends_the_sentence_with_it()
    {
        Assert.Equal(["They helped to bring down the empire.²", "When the army took power, the party refused."], Split("They helped to bring down the empire.² When the army took power, the party refused."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var parts = Split("“We will not leave,” he said. “They know it.” The spokesman added: \"Nothing changed.\" Then he left.");

        Assert.Equal(["“We will not leave,” he said.", "“They know it.”", "The spokesman added: \"Nothing changed.\"", "Then he left."], parts);
    }

    [Fact]
    public void A_question_inside_a_quote_followed_by_lower_case_does_not_end_the_sentence()
    {
        Assert.Single(Split("\"What can we do?\" he asked the crowd."));
    }

    [Fact]
    public void Non_breaking_spaces_separate_sentences_like_spaces()
    {
        var parts = Split("The convoy left.\u00A0It reached the\u00A0border at noon.");

        Assert.Equal(["The convoy left.", "It reached the\u00A0border at noon."], parts);
    }

    [Fact]
    public void Spans_index_the_original_text_with_offsets()
    {
        var text = "Intro paragraph.\n\n  First one.  Second one.  ";
        var start = text.IndexOf("First", StringComparison.Ordinal);
        var passage = new Passage(2, new TextSpan(start, text.Length - 2), PassageKind.Body);

        var sentences = SentenceSplitter.Split(text, passage);

        Assert.Equal([new TextSpan(start, start + 10), new TextSpan(start + 12, start + 23)], sentences.Select(s => s.Span));
        Assert.All(sentences, s => Assert.Equal(2, s.PassageOrdinal));
    }

    [Fact]
    public void A_sentence_broken_by_a_blank_line_stays_whole()
    {
        var text = "“We lacked a picture of the army,” said Lieutenant\n\nGeneral Mick Ortega, the senior officer in the region. He retired later.";
        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText);
        var passage = new Passage(1, Assert.Single(paragraphs).Span, PassageKind.Body);

        var parts = SentenceSplitter.Split(text, passage).Select(s => s.Span.Slice(text)).ToList();

        Assert.Equal(["“We lacked a picture of the army,” said Lieutenant\n\nGeneral Mick Ortega, the senior officer in the region.", "He retired later."], parts);
    }

    [Fact]
    public void A_headline_ending_on_a_role_noun_stays_its_own_paragraph()
    {
        var text = "Rebels in Tamaro name a new commander\n\nOmar Haddad took over the Dawn Brigades on Monday.";

        var paragraphs = ParagraphSplitter.Split(text, ArticleFormat.PlainText).Select(p => p.Span.Slice(text)).ToList();

        Assert.Equal(["Rebels in Tamaro name a new commander", "Omar Haddad took over the Dawn Brigades on Monday."], paragraphs);
    }

    [Fact]
    public void Text_wrapped_wider_than_a_hundred_characters_is_one_paragraph_when_its_lines_stop_on_lower_case_words()
    {
        var text = "Reviewers noted that the Coastal Labour League (CLL) was founded on 2 May 1968 by a merger of two unions of the\n"
            + "harbour, led by Greta Vanhout and Karel Osmunt, and that its first congress met in Brisk before the end of the\n"
            + "year, with delegates from every dock on the coast and from the inland towns along the river.\n";

        Assert.Single(Paragraphs(text));

        // Items of a list, each a line of prose without a full stop, stay apart.
        var list = "The harbour report of the coastal league for the long winter season of that year has three findings for the board\n"
            + "- The army withdrew from the northern districts soon after the ceasefire was signed in the old capital by both sides\n"
            + "- Rebels took three towns in the south and the east of the country over the following two weeks of heavy fighting\n"
            + "- The ferries stopped running for a month and the fishermen of the coast sold their catch inland to the market towns\n";
        Assert.Equal(4, Paragraphs(list).Count);
    }

    [Fact]
    public void A_rule_line_inside_a_block_parts_it_from_what_it_opens()
    {
        var text = "That is all for this week. Thank you for reading the newsletter right to the end.\n"
            + "----------------------------------------\n"
            + "Members' corner: this issue was mailed to everyone on the club register at the start of the month. To leave\n"
            + "the list, write to the secretary and say which address you would like us to remove from the register.\n";

        var paragraphs = Paragraphs(text);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("That is all", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("----------------------------------------\nMembers' corner:", paragraphs[1], StringComparison.Ordinal);
    }

    private static List<string> Paragraphs(string text) =>
        ParagraphSplitter.Split(text, ArticleFormat.PlainText).Select(p => p.Span.Slice(text)).ToList();

    private const string Long = "The Eastern Front said its fighters had crossed the river near the town of Kessa on Friday, and that the army had withdrawn to the hills above it.";

    [Fact]
    public void A_file_written_one_paragraph_per_line_splits_at_every_line()
    {
        var text = $"Rebels cross the river\nBy ANA RUIZ, Kessa Wire\n{Long}\nRIVER TOWNS\n{Long}\nReporting by Ana Ruiz; Editing by Omar Haddad";

        Assert.Equal(["Rebels cross the river", "By ANA RUIZ, Kessa Wire", Long, "RIVER TOWNS", Long, "Reporting by Ana Ruiz; Editing by Omar Haddad"], Paragraphs(text));
    }

    [Fact]
    public void A_paragraph_per_line_file_still_mends_a_line_broken_mid_sentence()
    {
        var text = $"{Long}\n{Long}\nThe commander of the Eastern Front, who had led it since 2009 and\nwas wounded in May, said the crossing was over.\n{Long}\n{Long}";

        Assert.Equal([Long, Long, "The commander of the Eastern Front, who had led it since 2009 and\nwas wounded in May, said the crossing was over.", Long, Long], Paragraphs(text));
    }

    [Fact]
    public void Text_wrapped_at_a_fixed_width_stays_one_paragraph()
    {
        var text = "The Eastern Front said its fighters had crossed the river near\nthe town of Kessa on Friday. The army had withdrawn to the hills\nabove it, officials in Tamaro said on Saturday.";

        Assert.Equal([text], Paragraphs(text));
    }

    [Fact]
    public void A_record_indented_under_its_heading_stays_one_paragraph()
    {
        var text = $"7. EASTERN FRONT OF KESSA\n   Also known as: Kessa Front; EFK\n   Address: Kessa; Tamaro\n   Listing information: {Long}";

        Assert.Equal([text], Paragraphs(text));
    }

    [Fact]
    public void A_headline_and_its_lede_on_two_lines_stay_one_paragraph()
    {
        var text = $"Minister calls the rebel advance on Wadelo a tragedy\n{Long}";

        Assert.Equal([text], Paragraphs(text));
    }

    [Fact]
    public void A_line_that_opens_on_a_full_stop_goes_on_from_the_line_before()
    {
        var text = $"Strike report\n{Long}\nKessa\n. Near Wadelo, four strikes hit an Eastern Front unit and destroyed a fighting position.\n{Long}";

        Assert.Contains("Kessa\n. Near Wadelo, four strikes hit an Eastern Front unit and destroyed a fighting position.", Paragraphs(text));
    }

    [Fact]
    public void A_numbered_entry_with_its_field_lines_is_one_record_in_a_paragraph_per_line_file()
    {
        const string Entry = "2. TAWIL, Omar\na.k.a.: (1) TAWIL, Umar; (2) \"Abu Sami\"\nDOB: 30/12/1960. POB: Wadelo, Kessa.\nPosition: Chief of operations of the Eastern Front.";
        var text = $"{Long}\n{Entry}\n{Long}";

        Assert.Equal([Long, Entry, Long], Paragraphs(text));
    }

    [Fact]
    public void A_table_written_with_pipes_stays_one_paragraph()
    {
        var text = "No. | SURNAME, Forename | Code name | Position of the listed person within the Eastern Front of Kessa | Listed\nR-1 | TAWIL, Omar | \"Cemal\" | Head of the Eastern Front's headquarters command in the hills above Wadelo | 05/11/2014\nR-2 | RUIZ, Ana | \"Cuma\" | Co-chair | 05/11/2014";

        Assert.Equal([text], Paragraphs(text));
    }
}

