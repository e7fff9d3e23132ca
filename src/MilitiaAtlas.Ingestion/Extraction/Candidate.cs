using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

public enum EntityType
{
    Person,
    Group,
    Place,
}

/// <summary>
/// Evidence for a candidate's type, summed over all its mentions in an article, with the cues that gave it
/// (<see cref="Evidence"/>, kept so that a type can be explained; the mention's span is filled in by the resolver).
/// </summary>
public sealed class TypeVotes
{
    private List<TypeEvidence>? _evidence;

    public int Person { get; private set; }

    public int Group { get; private set; }

    public int Place { get; private set; }

    /// <summary>The cues behind the counts, in the order they were found (empty for most names before a cue is seen).</summary>
    public IReadOnlyList<TypeEvidence> Evidence => (IReadOnlyList<TypeEvidence>?)_evidence ?? [];

    /// <summary>Counts <paramref name="weight"/> for <paramref name="type"/> and notes the cue and its words.</summary>
    public void Add(EntityType type, int weight, TypeCue cue, TextSpan cueSpan = default)
    {
        Count(type, weight);
        (_evidence ??= new List<TypeEvidence>(4)).Add(new TypeEvidence(cue, type, weight, default, cueSpan));
    }

    private void Count(EntityType type, int weight)
    {
        switch (type)
        {
            case EntityType.Person:
                Person += weight;
                break;
            case EntityType.Group:
                Group += weight;
                break;
            default:
                Place += weight;
                break;
        }
    }

    /// <summary>Adds another's counts (not its cues: the resolver reads those from each mention).</summary>
    public void AddCounts(TypeVotes other)
    {
        Person += other.Person;
        Group += other.Group;
        Place += other.Place;
    }

    /// <summary>Takes <paramref name="weight"/> off the place count of summed votes (the resolver's, never a mention's).</summary>
    public void DiscountPlace(int weight) => Place = Math.Max(0, Place - weight);

    public void DiscountPerson(int weight) => Person = Math.Max(0, Person - weight);

    /// <summary>Forgets the place evidence: used when a town's name turns out to be a person's surname.</summary>
    public void ClearPlace()
    {
        Place = 0;
        _evidence?.RemoveAll(e => e.Type == EntityType.Place);
    }

    /// <summary>Forgets the person evidence: acronyms speak for groups.</summary>
    public void ClearPerson()
    {
        Person = 0;
        _evidence?.RemoveAll(e => e.Type == EntityType.Person);
    }

    public int Max => Math.Max(Person, Math.Max(Group, Place));

    /// <summary>
    /// The winning type, or null when there is no evidence. Ties go to group, then place: a name that is
    /// neither in the gazetteer nor clearly a person's is most often an organization's.
    /// </summary>
    public EntityType? Winner =>
        Max <= 0 ? null : Group == Max ? EntityType.Group : Place == Max ? EntityType.Place : EntityType.Person;

    public override string ToString() => $"per {Person} grp {Group} plc {Place}";
}

/// <summary>
/// A name found in a sentence, before resolution: its span, the words in it, and the cues around it.
/// </summary>
public sealed class Candidate
{
    public required TextSpan Span { get; init; }

    /// <summary>The name as written; for a name with a quoted nickname inside ("Ramon "Toro" Vega"), the name without it.</summary>
    public required string Surface { get; set; }

    public required int SentenceIndex { get; init; }

    public required int WordCount { get; init; }

    /// <summary>Any capitalized word that is not a connector: for single-word checks.</summary>
    public required bool IsAcronym { get; init; }

    public TypeVotes Votes { get; } = new();

    /// <summary>
    /// A word in capitals that the text also writes in mixed case ("VELT" beside "Ana Velt"): a name a script or a
    /// transcript shouts, not an acronym.
    /// </summary>
    public bool ShoutedName { get; init; }

    public Place? Place { get; set; }

    /// <summary>Set when the name ends with an organization head word ("Forces", "Organization").</summary>
    public bool HasOrgHead { get; set; }

    /// <summary>The name without its head word ("Rahma" for "Rahma Corps"), when it has one.</summary>
    public string? Core { get; set; }

    /// <summary>The title that introduced the name ("foreign secretary"), if any.</summary>
    public string? Title { get; set; }

    /// <summary>Where the title written onto the name begins, with a nationality before it ("Iraqi Prime Minister"), if any.</summary>
    public int? TitleStart { get; set; }

    /// <summary>
    /// The name follows a possessive and a noun of kinship ("his brother X", "her elder son X"): a relative of someone named
    /// before, who may share the family name but is not that person.
    /// </summary>
    public bool AfterKinNoun { get; set; }

    /// <summary>A title standing alone ("the Foreign Secretary"): a reference to the person given that title earlier.</summary>
    public bool TitleOnly { get; set; }

    /// <summary>Every word looks like part of a name: capitalized, not a common word, never written in lower case in the article.</summary>
    public bool NameLike { get; set; }

    /// <summary>True when a title or role noun introduced the name: such a name is a person's.</summary>
    public bool Titled { get; set; }

    public override string ToString() => $"{Span} \"{Surface}\" {Votes}";
}

/// <summary>Two candidates that the text says are the same actor ("X (Y)", "X, aka Y", "X, or Y, as … known").</summary>
public readonly record struct AliasLink(int A, int B);

/// <summary>Candidates listed together ("X, Y and Z"): they usually share a type.</summary>
public readonly record struct CoordinationLink(int A, int B);
