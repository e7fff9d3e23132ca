using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Claims;

public sealed class RecentActorsTests
{
    private static readonly LocalEntity[] Entities =
    [
        new(EntityType.Person, "Laura K. Benton", [], null, [], true),
        new(EntityType.Group, "League of the Northern Wind", [], null, [], true),
        new(EntityType.Group, "Tamaran government", [], null, [], true),
        new(EntityType.Person, "Omar Haddad", [], null, [], true),
        new(EntityType.Place, "Tamaro", [], null, [], false),
    ];

    [Fact]
    public void A_sentence_that_names_no_person_or_group_keeps_the_earlier_ones()
    {
        var recent = new RecentActors(Entities);
        recent.Saw([4, 0, 1], passage: 3);
        recent.Saw([4], passage: 4);

        Assert.Equal(0, recent.Person);
        Assert.Equal(3, recent.PersonPassage);
        Assert.Equal(1, recent.Group);
    }

    [Fact]
    public void The_first_person_and_the_first_group_with_a_proper_name_of_a_sentence_become_the_recent_ones()
    {
        var recent = new RecentActors(Entities);
        recent.Saw([1, 0]);
        // An institution named by an adjective is no "it" of the text: the proper-named group stays.
        recent.Saw([2, 3, 0], passage: 5);

        Assert.Equal(3, recent.Person);
        Assert.Equal(5, recent.PersonPassage);
        Assert.Equal(1, recent.Group);
        Assert.True(RecentActors.IsProperName("League of the Northern Wind"));
        Assert.False(RecentActors.IsProperName("Tamaran government"));
    }

    [Fact]
    public void A_person_is_within_reach_only_as_many_passages_back_as_asked()
    {
        var recent = new RecentActors(Entities);
        Assert.Null(recent.PersonWithin(0, 2));

        recent.Saw([0], passage: 4);
        recent.Saw([1], passage: 5);

        Assert.Equal(0, recent.PersonWithin(4, 0));
        Assert.Null(recent.PersonWithin(5, 0));
        Assert.Equal(0, recent.PersonWithin(6, 2));
        Assert.Null(recent.PersonWithin(7, 2));
    }
}
