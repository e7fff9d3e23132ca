using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class TokenizerTests
{
    private static List<Token> Tokens(string sentence) => Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));

    private static List<string> Texts(string sentence) => Tokens(sentence).Select(t => t.Text).ToList();

    [Fact]
    public void Every_token_carries_the_exact_span_of_its_text()
    {
        const string Sentence = "Col. Samir Haddad’s men left the U.S.-run camp near al-Bab.";

        Assert.All(Tokens(Sentence), t => Assert.Equal(t.Text, t.Span.Slice(Sentence)));
    }

    [Theory]
    [InlineData("Haddad’s fighters crossed.")]
    [InlineData("Haddad's fighters crossed.")]
    public void A_possessive_s_is_its_own_token(string sentence)
    {
        var tokens = Tokens(sentence);

        Assert.Equal("Haddad", tokens[0].Text);
        Assert.Equal(TokenKind.Word, tokens[0].Kind);
        Assert.Equal(TokenKind.Possessive, tokens[1].Kind);
        Assert.Equal(2, tokens[1].Span.Length);
        Assert.Equal("fighters", tokens[2].Text);
    }

    [Fact]
    public void Inner_apostrophes_stay_inside_the_word()
    {
        Assert.Equal(["Jama'at", "and", "Shi'ite", "fighters", "met", "O'Neill", "."], Texts("Jama'at and Shi'ite fighters met O'Neill."));
    }

    [Fact]
    public void Dotted_acronyms_keep_their_periods()
    {
        var tokens = Tokens("The U.S. and the U.N. sent envoys.");

        Assert.Equal(["The", "U.S.", "and", "the", "U.N.", "sent", "envoys", "."], tokens.Select(t => t.Text).ToList());
        Assert.True(tokens[1].IsAcronym);
        Assert.True(tokens[4].IsAcronym);
    }

    [Fact]
    public void A_dotted_acronym_before_a_hyphenated_word_stops_at_its_last_period()
    {
        Assert.Equal(["the", "U.S.", "-", "led", "coalition"], Texts("the U.S.-led coalition"));
    }

    [Fact]
    public void Hyphenated_name_particles_stay_in_one_capitalized_word()
    {
        var tokens = Tokens("Officials said al-Rashidi met el-Amin in Mogadishu.");

        var rashidi = Assert.Single(tokens, t => t.Text == "al-Rashidi");
        var amin = Assert.Single(tokens, t => t.Text == "el-Amin");
        Assert.True(rashidi.IsCapitalized);
        Assert.True(amin.IsCapitalized);
    }

    [Fact]
    public void Hyphenated_compounds_stay_one_word()
    {
        Assert.Equal(["Iran-backed", "and", "Turkish-supported", "units"], Texts("Iran-backed and Turkish-supported units"));
    }

    [Theory]
    [InlineData("the anti-ISIL coalition", "anti", "ISIL")]
    [InlineData("a counter-Daesh raid", "counter", "Daesh")]
    [InlineData("pro-Assad gunmen", "pro", "Assad")]
    public void A_prefix_before_a_capitalized_name_is_split_off(string phrase, string prefix, string name)
    {
        var texts = Texts(phrase);
        var at = texts.IndexOf(prefix);

        Assert.True(at >= 0);
        Assert.Equal(["-", name], texts.Skip(at + 1).Take(2).ToList());
    }

    [Fact]
    public void A_capitalized_prefix_inside_a_sentence_belongs_to_the_name_and_opening_one_is_split_off()
    {
        Assert.Equal(["the", "Counter-Zayudi", "Coalition", "met"], Texts("the Counter-Zayudi Coalition met"));
        Assert.Equal(["Anti", "-", "Zayudi", "units", "met"], Texts("Anti-Zayudi units met"));
    }

    [Fact]
    public void A_capitalized_prefix_before_a_common_word_stays_inside_a_name_after_a_capitalized_word()
    {
        Assert.Equal(["the", "Tamaro", "Anti-Fascist", "Groups", "struck"], Texts("the Tamaro Anti-Fascist Groups struck"));
        Assert.Equal(["the", "Counter", "-", "Terrorism", "Listings", "grew"], Texts("the Counter-Terrorism Listings grew"));
    }

    [Fact]
    public void Initials_and_title_abbreviations_keep_their_periods()
    {
        Assert.Equal(["J.", "Robert", "Hale", "met", "Maj.", "Gen.", "Tariq", "Saleh", "."], Texts("J. Robert Hale met Maj. Gen. Tariq Saleh."));
    }

    [Fact]
    public void Numbers_with_separators_are_one_number_token()
    {
        var tokens = Tokens("It cost 1,200.50 dollars.");

        var number = Assert.Single(tokens, t => t.Kind == TokenKind.Number);
        Assert.Equal("1,200.50", number.Text);
    }

    [Fact]
    public void The_first_word_after_an_opening_quote_starts_the_sentence()
    {
        var tokens = Tokens("\"Abu Bakr\" told the crowd.");

        Assert.True(Assert.Single(tokens, t => t.Text == "Abu").SentenceStart);
        Assert.False(Assert.Single(tokens, t => t.Text == "Bakr").SentenceStart);
    }
}
