using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// The name finder does what a data file's list says for every word in it, so a word an analyst adds to the list
/// is tried here too (docs/lexicons.md).
/// </summary>
public sealed class WordListTests
{
    public static TheoryData<string> AcronymCues() => [.. NameLexicon.AcronymCues];

    public static TheoryData<string> CompassWords() => [.. NameLexicon.CompassWords];

    public static TheoryData<string> PluralRoles() => [.. NameLexicon.PluralRoles];

    [Theory]
    [MemberData(nameof(AcronymCues))]
    public void Every_acronym_cue_makes_a_short_name_another_name_of_the_full_name(string cue)
    {
        // Letters that do not spell the name: only the cue, as written, can join them.
        var r = Extract.From($"The raid was blamed on KRZ, the {cue} Wadi Liberation Front.");

        var group = Assert.Single(r.Entities);
        Assert.Equal(EntityType.Group, group.Type);
        Assert.Equal(["KRZ", "Wadi Liberation Front"], group.Mentions.Select(m => m.Surface).ToList());
    }

    [Theory]
    [MemberData(nameof(CompassWords))]
    public void Every_compass_word_alone_before_a_list_is_no_name(string word)
    {
        var compass = char.ToUpperInvariant(word[0]) + word[1..];
        var r = Extract.From($"Aid reached {compass}, Upper and Lower Tamaro on Monday.");

        Assert.DoesNotContain(r.Entities, e => e.Name == compass);
    }

    [Theory]
    [MemberData(nameof(PluralRoles))]
    public void Every_plural_role_and_its_modifier_end_a_run_of_names(string role)
    {
        var plural = char.ToUpperInvariant(role[0]) + role[1..];
        var r = Extract.From($"Laura Benton met Jabhat Wadi Senior {plural} in Tamaro.");

        Assert.Contains(r.Entities, e => e.Name == "Jabhat Wadi");
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains(plural, StringComparison.Ordinal) || e.Name.Contains("Senior", StringComparison.Ordinal));
    }
}
