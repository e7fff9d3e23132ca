namespace MilitiaAtlas.Ingestion.Tests.Claims;

/// <summary>
/// The frames about sides in a fight and the tightened office frames (docs/ingestion.md, "Relations"), on invented
/// sentences about invented conflicts, each in two or three phrasings, with the near misses they must not read.
/// </summary>
public sealed class SideFrameTests
{
    private static List<string> Relations(params string[] paragraphs) => RelationFrameTests.Relations(paragraphs);

    [Theory]
    [InlineData("Jabhat Wadi gunmen carried out six raids with mortars, rockets and drones against Zayudi Front outposts near Kessa.")]
    [InlineData("Since January Jabhat Wadi has mounted some 1,400 attacks against the Zayudi Front along the river.")]
    [InlineData("Jabhat Wadi tried to wrest the grain depot from the Zayudi Front last week.")]
    [InlineData("Jabhat Wadi recaptured the village of Kessa from Zayudi Front fighters after two days.")]
    [InlineData("Jabhat Wadi, which fought a bitter war with the Zayudi Front in the 1990s, now guards the pass.")]
    [InlineData("Jabhat Wadi vowed to degrade and destroy the Zayudi Front before the rains.")]
    public void Strikes_and_places_taken_from_a_foe_put_the_two_on_opposite_sides(string sentence)
    {
        var relations = Relations(sentence);

        Assert.True(relations.Contains("Jabhat Wadi opposed_to Zayudi Front") || relations.Contains("Zayudi Front opposed_to Jabhat Wadi"), string.Join("; ", relations));
    }

    [Fact]
    public void A_nickname_inside_a_name_neither_breaks_nor_hides_the_frames()
    {
        var taken = Relations("Musa \"Falcon\" Darka spoke on Monday.", "Musa \"Falcon\" Darka's Jabhat Wadi recaptured the village of Kessa from Zayudi Front fighters after two days.");
        var led = Relations("Jabhat Wadi, led by Musa \"Falcon\" Darka, mounted raids against the Zayudi Front.");

        Assert.True(taken.Contains("Jabhat Wadi opposed_to Zayudi Front") || taken.Contains("Zayudi Front opposed_to Jabhat Wadi"), string.Join("; ", taken));
        Assert.Contains("Musa Darka leads Jabhat Wadi", led);
    }

    [Fact]
    public void A_speaker_is_no_side_of_the_campaign_he_reports()
    {
        var relations = Relations("Laura K. Benton told reporters the offensive against Jabhat Wadi would resume in spring.");

        Assert.DoesNotContain(relations, r => r.Contains("opposed_to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_joined_by_and_to_a_noun_phrase_is_the_subject_of_their_fight()
    {
        var relations = Relations("Paraguay pledged more trucks for the Tamaro Defense Brigades and the villagers of the valley in their fight against Jabhat Wadi.");

        Assert.Contains("Tamaro Defense Brigades opposed_to Jabhat Wadi", relations);
        Assert.DoesNotContain("Paraguay opposed_to Jabhat Wadi", relations);
    }

    [Fact]
    public void An_and_before_a_verb_still_takes_the_clause_subject()
    {
        var relations = Relations("Jabhat Wadi, a militia of herders, belongs to the Zayudi Alliance and collaborates with the Dawn Brigades.");

        Assert.Contains(relations, r => r is "Jabhat Wadi allied_with Dawn Brigades" or "Dawn Brigades allied_with Jabhat Wadi");
        Assert.DoesNotContain(relations, r => r is "Zayudi Alliance allied_with Dawn Brigades" or "Dawn Brigades allied_with Zayudi Alliance");
    }

    [Theory]
    [InlineData("Paraguay, the Dawn Brigades and the Tamaro Defense Brigades are determined to defeat the raiders.")]
    [InlineData("Paraguay, the Dawn Brigades and the Tamaro Defense Brigades jointly attacked the raiders' camp.")]
    public void Actors_named_together_as_committed_to_one_fight_are_allies(string sentence)
    {
        var relations = Relations(sentence);

        Assert.Contains(relations, r => r is "Dawn Brigades allied_with Tamaro Defense Brigades" or "Tamaro Defense Brigades allied_with Dawn Brigades");
        Assert.Contains(relations, r => r is "Paraguay allied_with Dawn Brigades" or "Dawn Brigades allied_with Paraguay");
    }

    [Theory]
    [InlineData("The Dawn Brigades and Jabhat Wadi fought over the town for three days.")]
    [InlineData("Fighting between the Dawn Brigades and Jabhat Wadi left the raiders' camp in ruins.")]
    public void Two_actors_fighting_each_other_are_not_allies(string sentence)
    {
        Assert.DoesNotContain(Relations(sentence), r => r.Contains("allied_with", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In support of the Tamaro Defense Brigades, Paraguay sent two artillery batteries.")]
    [InlineData("In support of Jabhat Wadi, the Zayudi Alliance shipped ammunition by truck.")]
    public void Support_named_first_backs_the_group_it_names(string sentence)
    {
        var relations = Relations(sentence);

        Assert.True(relations.Contains("Tamaro Defense Brigades backed_by Paraguay") || relations.Contains("Jabhat Wadi backed_by Zayudi Alliance"), string.Join("; ", relations));
    }

    [Theory]
    [InlineData("\"We will hold the bridge,\" said Gen. Omar Haddad, commander, Tamaro Defense Brigades.", "Omar Haddad commands Tamaro Defense Brigades")]
    [InlineData("Col. Omar Haddad, deputy commander, Tamaro Defense Brigades visited the front on Monday.", "Omar Haddad member_of Tamaro Defense Brigades")]
    public void A_military_title_set_off_by_commas_names_its_unit(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("Paraguay is serving as part of the Zayudi Alliance in the north.", "Paraguay member_of Zayudi Alliance")]
    [InlineData("Sgt. Omar Haddad was reassigned to the Tamaro Defense Brigades last spring.", "Omar Haddad member_of Tamaro Defense Brigades")]
    public void Membership_read_from_part_of_and_reassigned_to(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("At a meeting in Paraguay Minister Laura K. Benton signed the accord with the Zayudi Alliance.")]
    [InlineData("Across Paraguay Minister Laura K. Benton is known as a reformer.")]
    public void A_country_after_a_preposition_of_place_is_not_the_ministers(string sentence)
    {
        Assert.DoesNotContain("Laura K. Benton holds_office Paraguay", Relations(sentence));
    }

    [Fact]
    public void An_envoy_to_a_country_does_not_hold_office_there()
    {
        var relations = Relations("Omar Haddad, Estonia's envoy to Paraguay, said the talks would resume.");

        Assert.DoesNotContain("Omar Haddad holds_office Paraguay", relations);
    }

    [Fact]
    public void The_agent_of_an_appointment_takes_no_role()
    {
        var relations = Relations("Last year she was named by President Omar Haddad as the head of the Tamaro Defense Brigades.");

        Assert.DoesNotContain("Omar Haddad leads Tamaro Defense Brigades", relations);
    }
}
