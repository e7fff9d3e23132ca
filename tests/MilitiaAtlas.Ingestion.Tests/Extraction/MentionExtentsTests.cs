namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// The words written with a place's or a group's name that the cited span takes (MentionExtents): the name itself stays
/// the surface, the entity's name and its alias.
/// </summary>
public sealed class MentionExtentsTests
{
    [Theory]
    [InlineData("Fighting spread across northern Andorra last week.", "Andorra", "northern Andorra")]
    [InlineData("Shelling was heard in north-east Andorra on Monday.", "Andorra", "north-east Andorra")]
    [InlineData("The rebels entered the town of Kessa on Monday.", "Kessa", "town of Kessa")]
    [InlineData("Patrols reached the Andorran village of Kessa at dawn.", "Kessa", "Andorran village of Kessa")]
    [InlineData("Troops moved into the northern city of Kessa overnight.", "Kessa", "northern city of Kessa")]
    [InlineData("Shelling hit Kessa province again on Friday.", "Kessa", "Kessa province")]
    [InlineData("The unit trained at Fort Kessa, Manitoba, before it deployed.", "Fort Kessa", "Fort Kessa, Manitoba")]
    [InlineData("Two civilians died in Kessa, Andorra, on Monday.", "Kessa", "Kessa, Andorra")]
    public void A_place_cites_the_words_that_say_which_part_or_which_place(string sentence, string name, string cited)
    {
        var r = Extract.From(sentence);

        Assert.Equal([cited], r.Cited(name));
        Assert.Equal([name], r.Mentions(name));
        Assert.Equal(name, r.Named(name).Name);
    }

    [Fact]
    public void The_larger_place_after_a_comma_keeps_its_own_mention()
    {
        var r = Extract.From("The unit trained at Fort Kessa, Manitoba, before it deployed.");

        Assert.Equal(["Manitoba"], r.Cited("Manitoba"));
    }

    [Theory]
    [InlineData("Aid reached Fort Kessa, Manitoba and Tasmania by sea.", "Fort Kessa")]
    [InlineData("Delegates from Andorra, Manitoba and Tasmania met in Kessa.", "Andorra")]
    [InlineData("He lived in Fort Kessa, Manitoba's oldest post, for a decade.", "Fort Kessa")]
    [InlineData("Officials in the capital of Andorra denied it.", "Andorra")]
    public void A_list_of_places_a_possessive_and_the_capital_of_a_place_are_not_taken(string sentence, string name)
    {
        var r = Extract.From(sentence);

        Assert.Equal([name], r.Cited(name));
    }

    [Theory]
    [InlineData("Velt Front fighters attacked the post at dawn.", "Velt Front fighters")]
    [InlineData("The army said Velt Front tactical units had withdrawn.", "Velt Front tactical units")]
    public void A_group_cites_the_noun_for_its_people_or_units_written_after_it(string sentence, string cited)
    {
        var r = Extract.From(sentence);

        Assert.Equal([cited], r.Cited("Velt Front"));
        Assert.Equal(["Velt Front"], r.Mentions("Velt Front"));
    }

    [Fact]
    public void A_role_after_a_group_is_no_part_of_its_cited_span()
    {
        var r = Extract.From("Velt Front leader Ivo Marrak spoke to reporters. Velt Front members later left the town.");

        Assert.Equal(["Velt Front", "Velt Front members"], r.Cited("Velt Front"));
    }
}
