namespace MilitiaAtlas.Ingestion.Tests.Claims;

/// <summary>
/// The frames about sides in a fight and the tightened office frames (docs/ingestion.md, "Relations"), on invented
/// sentences about invented conflicts, each in two or three phrasings, with the near misses they must not read.
/// </summary>
public sealed class SideFrameTests
{
    private static List<string> Relations(params string[] paragraphs)
    {
        var text = "Title line\n\n" + string.Join("\n\n", paragraphs);
        var article = new Model.Article("t.txt", Model.ArticleFormat.PlainText, text, new Model.ArticleMetadata(Title: "Title line", Published: "2015-02-03"));
        var p = Pipeline.Default.Process(article);
        return p.Relations.Select(r => $"{p.Entities[r.Subject].Name} {r.Predicate} {p.Entities[r.Target].Name}").Distinct().ToList();
    }

    [Theory]
    [InlineData("In Tamaro Region, Jabhat Wadi fighters conducted 12 strikes using mortars, rockets and drones against Zayudi Front positions.")]
    [InlineData("Over the last year Jabhat Wadi has launched almost 1,200 raids against the Zayudi Front in the hills.")]
    [InlineData("Jabhat Wadi attempted to seize the river crossing from the Zayudi Front on Monday.")]
    [InlineData("Jabhat Wadi liberated the town of Kessa from Zayudi Front control after a week of fighting.")]
    [InlineData("Jabhat Wadi, which fought a month-long war with the Zayudi Front in 2009, has sent fighters to Tamaro.")]
    [InlineData("Jabhat Wadi is working to degrade and defeat the Zayudi Front in the north.")]
    public void Strikes_and_places_taken_from_a_foe_put_the_two_on_opposite_sides(string sentence)
    {
        var relations = Relations(sentence);

        Assert.True(relations.Contains("Jabhat Wadi opposed_to Zayudi Front") || relations.Contains("Zayudi Front opposed_to Jabhat Wadi"), string.Join("; ", relations));
    }

    [Fact]
    public void A_speaker_is_no_side_of_the_campaign_he_reports()
    {
        var relations = Relations("Laura K. Benton said the campaign against Jabhat Wadi is also progressing in the valley.");

        Assert.DoesNotContain(relations, r => r.Contains("opposed_to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_joined_by_and_to_a_noun_phrase_is_the_subject_of_their_fight()
    {
        var relations = Relations("Paraguay remains steadfast in its support of the Tamaro Defense Brigades and the people of the valley in their fight against Jabhat Wadi.");

        Assert.Contains("Tamaro Defense Brigades opposed_to Jabhat Wadi", relations);
        Assert.DoesNotContain("Paraguay opposed_to Jabhat Wadi", relations);
    }

    [Fact]
    public void An_and_before_a_verb_still_takes_the_clause_subject()
    {
        var relations = Relations("Jabhat Wadi is an armed group in Tamaro Region that is a member of the Zayudi Alliance and collaborates with the Dawn Brigades.");

        Assert.Contains(relations, r => r is "Jabhat Wadi allied_with Dawn Brigades" or "Dawn Brigades allied_with Jabhat Wadi");
        Assert.DoesNotContain(relations, r => r is "Zayudi Alliance allied_with Dawn Brigades" or "Dawn Brigades allied_with Zayudi Alliance");
    }

    [Theory]
    [InlineData("Paraguay, the Dawn Brigades and the Tamaro Defense Brigades are committed to defeating the insurgents.")]
    [InlineData("Paraguay, the Dawn Brigades and the Tamaro Defense Brigades fought together against the insurgents in the valley.")]
    public void Actors_named_together_as_committed_to_one_fight_are_allies(string sentence)
    {
        var relations = Relations(sentence);

        Assert.Contains(relations, r => r is "Dawn Brigades allied_with Tamaro Defense Brigades" or "Tamaro Defense Brigades allied_with Dawn Brigades");
        Assert.Contains(relations, r => r is "Paraguay allied_with Dawn Brigades" or "Dawn Brigades allied_with Paraguay");
    }

    [Theory]
    [InlineData("The Dawn Brigades and Jabhat Wadi fought over the town for three days.")]
    [InlineData("Fighting between the Dawn Brigades and Jabhat Wadi is committed to memory by every villager.")]
    public void Two_actors_fighting_each_other_are_not_allies(string sentence)
    {
        Assert.DoesNotContain(Relations(sentence), r => r.Contains("allied_with", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In support of the Tamaro Defense Brigades, Paraguay deployed two battalions to the valley.")]
    [InlineData("In support of Jabhat Wadi, the Zayudi Alliance sent trucks of ammunition.")]
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
    [InlineData("Paraguay is working as part of the Zayudi Alliance to end the siege.", "Paraguay member_of Zayudi Alliance")]
    [InlineData("Sgt. Omar Haddad was assigned to the Tamaro Defense Brigades in 2014.", "Omar Haddad member_of Tamaro Defense Brigades")]
    public void Membership_read_from_part_of_and_assigned_to(string sentence, string expected)
    {
        Assert.Contains(expected, Relations(sentence));
    }

    [Theory]
    [InlineData("In Paraguay Minister Laura K. Benton met with the Zayudi Alliance.")]
    [InlineData("The talks were held in Paraguay. Minister Laura K. Benton met with the Zayudi Alliance in Paraguay Minister Laura K. Benton's office.")]
    public void A_country_after_a_preposition_of_place_is_not_the_ministers(string sentence)
    {
        Assert.DoesNotContain("Laura K. Benton holds_office Paraguay", Relations(sentence));
    }

    [Fact]
    public void An_envoy_for_a_country_does_not_hold_office_there()
    {
        var relations = Relations("Omar Haddad, the Estonian Special Representative for Paraguay, said the talks would resume.");

        Assert.DoesNotContain("Omar Haddad holds_office Paraguay", relations);
    }

    [Fact]
    public void The_agent_of_an_appointment_takes_no_role()
    {
        var relations = Relations("In 2007 he was appointed by Prime Minister Omar Haddad as the commander of the Tamaro Defense Brigades.");

        Assert.DoesNotContain("Omar Haddad commands Tamaro Defense Brigades", relations);
    }
}
