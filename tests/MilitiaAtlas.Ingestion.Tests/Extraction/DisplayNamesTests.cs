using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class DisplayNamesTests
{
    [Fact]
    public void A_full_name_counts_the_uses_of_its_last_word_alone()
    {
        // The one-off misspelled full form loses to the form whose surname is used alone three times.
        Assert.Equal("Tarek al-Mansouri", DisplayNames.Choose([("Tarek al-Mansouri", 1), ("Tarek al-Mansory", 2), ("al-Mansouri", 3)]));
    }

    [Fact]
    public void A_group_named_by_its_members_is_shown_in_the_plural()
    {
        Assert.Equal("Zayudis", DisplayNames.Choose([("Zayudi", 9), ("Zayudis", 2)]));
    }

    [Fact]
    public void A_name_filed_last_first_is_not_shown_when_a_reading_form_exists()
    {
        Assert.Equal("Laura K. Benton", DisplayNames.Choose([("Benton, Laura K.", 5), ("Laura K. Benton", 1)]));
        Assert.Equal("Benton, Laura K.", DisplayNames.Choose([("Benton, Laura K.", 5), ("Benton", 1)]));
        // A nickname is no reading form of the filed name: the filed name stays.
        Assert.Equal("BENTON, Laura K.", DisplayNames.Choose([("BENTON, Laura K.", 1), ("Lady Blue", 1)]));
    }

    [Fact]
    public void Ties_go_to_the_longer_then_the_ordinal_first_form_whatever_the_order_given()
    {
        Assert.Equal("Northern Tamaro Front", DisplayNames.Choose([("Tamaro Front", 2), ("Northern Tamaro Front", 2)]));
        Assert.Equal("Jabhat Wadi", DisplayNames.Choose([("Jabhat Wadi", 1), ("Jabhat Wady", 1)]));
        Assert.Equal("Jabhat Wadi", DisplayNames.Choose([("Jabhat Wady", 1), ("Jabhat Wadi", 1)]));
    }

    [Fact]
    public void Between_full_forms_used_as_often_one_whose_surname_is_used_alone_wins_then_the_fuller()
    {
        // A nickname used as often as the name loses to the name whose surname stands alone elsewhere.
        Assert.Equal("Ramon Vega", DisplayNames.Choose([("El Toro", 2), ("Ramon Vega", 1), ("Vega", 1)]));
        // Without that, the fuller form: a nickname is shorter than the name it stands in.
        Assert.Equal("Ramon Vega", DisplayNames.Choose([("El Toro", 1), ("Ramon Vega", 1)]));
    }

    [Fact]
    public void Words_are_split_at_no_break_spaces_too()
    {
        Assert.Equal(2, DisplayNames.WordCount("Jabhat\u00A0Wadi"));
    }
}
