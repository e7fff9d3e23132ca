using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>
/// Identity blocks of sanctions notices and designation lists: a subject, its other names under "AKA", places under
/// "POB"; field labels are structure, never names (Data/field-labels.txt).
/// </summary>
public sealed class IdentityBlockTests
{
    [Fact]
    public void A_list_entry_filed_surname_first_above_its_aliases_is_a_person_named_as_filed()
    {
        // No "Individual:" label: the line above "Also known as:" is the record's subject, and "Last, First" says a person.
        var x = Extract.From(
            "The following individuals were added to the list.",
            "OKONJO ABARA, Samuel Chidi\nAlso known as: ABARA, Sam; \"Commander Blue\"\nDate of birth: 1971");

        var person = Assert.Single(x.Entities, e => e.Type == EntityType.Person);
        // The quoted alias is a nickname, not the name: with no reading form written, the filed name is shown.
        Assert.Equal("OKONJO ABARA, Samuel Chidi", person.Name);
        Assert.Contains("Commander Blue", person.Mentions.Select(m => m.Surface));

        // A filed organization stays an organization.
        Assert.DoesNotContain(Extract.From("The list grew.", "Tamaro Trading Company, LLC\nAlso known as: TTC").Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Aliases_filed_last_name_first_under_an_individual_are_one_person()
    {
        var x = Extract.From(
            "The department designated a financier of the Zayudi movement today.",
            "Identifying Information",
            "Individual:  Omar Haddu Benali",
            "AKA:  Benali, Omar Ibrahim",
            "AKA:  Saleh, Karim",
            "DOB:  April 06, 1971",
            "POB:  Tamaro, Zayudistan");

        var person = x.Named("Omar Haddu Benali");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(["Omar Haddu Benali", "Benali, Omar Ibrahim", "Saleh, Karim"], x.Mentions("Omar Haddu Benali"));
        Assert.DoesNotContain(x.Entities, e => e.Name is "DOB" or "AKA" or "Individual");
        // Filed "Last, First", the alias is also keyed in reading order, so another article's "Omar Ibrahim Benali" finds it.
        Assert.Contains(ResolutionKey.Translit(NameKey.Translit("Omar Ibrahim Benali")), person.Keys);
    }

    [Fact]
    public void Names_listed_one_a_line_under_akas_belong_to_the_capitalized_name_above()
    {
        var x = Extract.From(
            "KAMAL YUSUF AW-DIRIR\nAKAs: Kamal Yusuf Aw Diriir\nAbu Hafsa\nShaykh Kamal\nDOB: 1973\nNationality: Kenyan",
            "Kamal Yusuf aw-Dirir leads the finance wing of the movement.");

        var person = Assert.Single(x.Entities, e => e.Mentions.Any(m => m.Surface == "Abu Hafsa"));
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(["KAMAL YUSUF AW-DIRIR", "Kamal Yusuf Aw Diriir", "Abu Hafsa", "Shaykh Kamal", "Kamal Yusuf aw-Dirir"],
            person.Mentions.Select(m => m.Surface));
        Assert.DoesNotContain(x.Entities, e => e.Name is "Kenyan" or "DOB");
    }

    [Fact]
    public void A_place_of_birth_field_names_places_and_a_date_field_names_nothing()
    {
        var x = Extract.From(
            "Individual:  Laura K. Benton",
            "DOB No. 2:  5 March 1958",
            "POB:  Nairobi, Kenya",
            "Passport:  042833 (Kenya)");

        Assert.Equal(EntityType.Person, x.Named("Laura K. Benton").Type);
        Assert.Equal(EntityType.Place, x.Named("Nairobi").Type);
        Assert.Equal(EntityType.Place, x.Named("Kenya").Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("DOB", StringComparison.Ordinal) || e.Name == "Passport");
    }

    [Fact]
    public void A_line_that_opens_with_a_word_and_a_colon_in_prose_is_no_record()
    {
        var x = Extract.From("Note: the Jabhat Wadi fighters withdrew from Tamaro Region on Monday, said Samir Haddad.");

        Assert.Equal(EntityType.Person, x.Named("Samir Haddad").Type);
        Assert.Equal(EntityType.Group, x.Named("Jabhat Wadi").Type);
    }

    [Fact]
    public void Every_name_of_a_place_of_birth_field_is_a_place_even_one_the_gazetteer_lacks()
    {
        var x = Extract.From("Individual:  Omar Haddu Benali", "POB:   Al-Wadiyya, Tamaru, Kenya");

        Assert.Equal(EntityType.Place, x.Named("Al-Wadiyya").Type);
        Assert.Equal(EntityType.Place, x.Named("Tamaru").Type);
    }

    [Fact]
    public void A_lists_note_on_an_entry_is_no_part_of_its_name_and_a_labelled_line_ends_the_aliases()
    {
        var x = Extract.From(
            "ENTITIES",
            "5. THE DAWN LEGION (amended entry)\na.k.a.: (1) LEGION OF THE DAWN; (2) DL\nAddress: Lyon, France.",
            "6. KANU, Idris Bello\na.k.a.: (1) \"Hawk\"\nPosition: Supreme commander of the Zayudi Front; chairman of the Wadi Council.");

        var legion = Assert.Single(x.Entities, e => e.Mentions.Any(m => m.Surface == "DL"));
        Assert.Contains("THE DAWN LEGION", legion.Mentions.Select(m => m.Surface));
        Assert.Contains("Group: Zayudi Front", x.Summary);
        Assert.Contains("Group: Wadi Council", x.Summary);
    }
}
