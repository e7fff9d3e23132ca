using MilitiaAtlas.Web.Pages.Search;

namespace MilitiaAtlas.Web.Tests.Search;

/// <summary>The ranking and query building of search, without a database.</summary>
public sealed class NameMatchTests
{
    private static MatchTier Tier(string query, string name) => NameMatch.Tier(NameForms.Of(query), NameForms.Of(name));

    private static double Score(string query, string name) => NameMatch.Score(NameForms.Of(query), NameForms.Of(name));

    [Theory]
    [InlineData("the sahel front", "Sahel Front", MatchTier.Exact)]
    [InlineData("SAMIR AL-HADDAD", "Samir Haddad", MatchTier.Exact)]
    [InlineData("Yousef Qaddour", "Yusef Kaddur", MatchTier.Translit)]
    [InlineData("Yasin Hamdan", "Yassen Hamdun", MatchTier.Skeleton)]
    [InlineData("Hamdan", "Hamdun", MatchTier.Fuzzy)]
    [InlineData("Hamdan", "Rahma Corps", MatchTier.Fuzzy)]
    public void Whole_name_keys_give_the_tier(string query, string name, MatchTier tier)
    {
        Assert.Equal(tier, Tier(query, name));
    }

    [Fact]
    public void A_typo_scores_below_the_word_itself_and_above_the_threshold()
    {
        var exact = Score("zaytoun", "Zaytoun");
        var typo = Score("zaytoan", "Zaytoun");

        Assert.Equal(1.0, exact);
        Assert.InRange(typo, NameMatch.Threshold, exact - 0.01);
    }

    [Fact]
    public void The_name_closer_in_size_to_the_query_wins()
    {
        Assert.True(Score("rahma", "Rahma") > Score("rahma", "Rahma Corps"));
        Assert.True(Score("rahma", "Rahma Corps") > Score("rahma", "Rahma Corps of the North"));
    }

    [Fact]
    public void Unrelated_names_fall_below_the_threshold()
    {
        Assert.True(Score("hashd", "Hashem") < NameMatch.Threshold);
        Assert.True(Score("Yusuf Bello", "Amina Toure") < NameMatch.Threshold);
        Assert.Equal(0, Score("", "Amina Toure"));
    }

    [Theory]
    [InlineData("Ameri", "Amiri", true)]            // a vowel changed
    [InlineData("Hadi Ameri", "Hadi al-Amiri", true)]
    [InlineData("Soleymeni", "Qassem Soleimani", true)] // two letters off in a long word
    [InlineData("Sadar", "Muqtada al-Sadr", true)]   // a letter added
    [InlineData("Ameri", "Americans", false)]       // a prefix is no misspelling
    [InlineData("Amiri", "Amiri", false)]           // the name itself
    [InlineData("Abedi", "Amina Toure", false)]
    public void A_misspelling_is_a_word_or_two_letters_off_or_other_vowels(string query, string name, bool misspelled)
    {
        Assert.Equal(misspelled, NameMatch.IsMisspelling(NameForms.Of(query), NameForms.Of(name)));
    }

    [Fact]
    public void The_first_letters_typed_with_a_slip_score_below_a_true_prefix()
    {
        var slip = Score("ame", "Amiri");
        Assert.InRange(slip, NameMatch.Threshold, Score("ami", "Amiri") - 0.01);
        Assert.True(Score("ome", "Amiri") < NameMatch.Threshold, "the first letter is never the slip");
        Assert.Contains("\"ami\"", SearchQuery.TrigramMatch(NameForms.Of("ame")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_scores_as_a_name_being_typed()
    {
        Assert.InRange(Score("zay", "Zaytoun"), NameMatch.Threshold, 0.99);
        Assert.InRange(Score("za", "Zaytoun"), NameMatch.Threshold, 0.99);
    }

    [Fact]
    public void Matching_words_of_a_name_are_highlighted()
    {
        var query = NameForms.Of("zaytoon");

        var spans = NameMatch.Highlights("Abu al-Zaytoun's men", query, MatchTier.Fuzzy);

        var (start, end) = Assert.Single(spans);
        Assert.Equal("Zaytoun's", "Abu al-Zaytoun's men"[start..end]);
        Assert.Equal(new[] { (0, 5) }, NameMatch.Highlights("Sahel", query, MatchTier.Exact));
    }

    [Theory]
    [InlineData("\" * : ^ ( ) NEAR AND OR NOT", "\"NEAR\" \"AND\" \"OR\" \"NOT\"*")]
    [InlineData("kataib*", "\"kataib\"*")]
    [InlineData("' OR 1=1 --", "\"OR\"")]
    [InlineData("a", null)]
    [InlineData("**", null)]
    [InlineData("Diyāla province", "\"Diyāla\" \"province\"*")]
    public void The_text_query_holds_only_quoted_words(string query, string? match)
    {
        Assert.Equal(match, SearchQuery.TextMatch(query));
    }

    [Fact]
    public void The_trigram_query_holds_only_quoted_trigrams()
    {
        var match = SearchQuery.TrigramMatch(NameForms.Of("Qais NEAR"));

        // "ks nr" has no consonant trigram, so only the transliteration key is searched: its trigrams, then the last
        // word's first three letters with another vowel after the first letter (a name being typed with a slip).
        Assert.Equal("{Translit} : (\"kai\" OR \"ais\" OR \"nea\" OR \"ear\" OR \"naa\" OR \"nia\" OR \"noa\" OR \"nua\" OR \"nya\" OR \"nee\" OR \"nei\" OR \"neo\" OR \"neu\" OR \"ney\")", match);
        Assert.Equal("{Translit} : (\"zai\" OR \"ait\" OR \"itu\" OR \"tun\" OR \"zei\" OR \"zii\" OR \"zoi\" OR \"zui\" OR \"zyi\" OR \"zaa\" OR \"zae\" OR \"zao\" OR \"zau\" OR \"zay\") OR {Skeleton} : (\"ztn\")", SearchQuery.TrigramMatch(NameForms.Of("Zaytoun")));
        Assert.Null(SearchQuery.TrigramMatch(NameForms.Of("al ab")));
    }

    [Fact]
    public void A_double_quote_is_doubled_inside_an_fts_string()
    {
        Assert.Equal("\"a\"\"b\"", SearchQuery.Quote("a\"b"));
    }

    [Fact]
    public void The_query_is_cut_at_the_limit_never_inside_a_surrogate_pair()
    {
        var (plain, cut) = SearchQuery.Clean(new string('x', 500));
        var (emoji, _) = SearchQuery.Clean("x" + string.Concat(Enumerable.Repeat("😀", 200)));
        var (blank, notCut) = SearchQuery.Clean(" \t\u0000 ");

        Assert.Equal(SearchQuery.MaxQueryLength, plain.Length);
        Assert.True(cut);
        Assert.Equal(SearchQuery.MaxQueryLength - 1, emoji.Length);
        Assert.False(char.IsHighSurrogate(emoji[^1]));
        Assert.Equal("", blank);
        Assert.False(notCut);
    }

    [Fact]
    public void Marked_segments_are_encoded_as_html()
    {
        var html = SearchQuery.ToHtml(SearchQuery.Markers("a <b> \u0002c & d\u0003 e"));

        Assert.Equal("a &lt;b&gt; <mark>c &amp; d</mark> e", html);
    }
}
