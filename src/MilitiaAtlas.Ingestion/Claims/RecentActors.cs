using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// The person and the group a text last named, read sentence by sentence: what "he", "she", "it" and "the group" refer
/// to. One tracker for claims (the speaker of "he said"), relations (an opening "It", "He" or "The group") and events
/// (their participants). A sentence that names no person keeps the earlier person, and the same for groups. Only a group
/// with a proper name counts ("the Iraqi government" is an institution, no "it" of the text). Each caller decides what a
/// sentence names: claims leave out the names inside quotations, and reach back two passages at most (<see cref="PersonWithin"/>);
/// relations and events reach back to any earlier sentence. (A name earlier in the same sentence, "X said he …", is the
/// caller's to find: this tracker only knows the sentences before.)
/// </summary>
public sealed class RecentActors(IReadOnlyList<LocalEntity> entities, Gazetteer? gazetteer = null)
{
    /// <summary>The person last named, or null before any.</summary>
    public int? Person { get; private set; }

    /// <summary>The passage <see cref="Person"/> was last named in.</summary>
    public int PersonPassage { get; private set; }

    /// <summary>
    /// The person last named if that was at most <paramref name="reach"/> passages before <paramref name="passage"/> (0: in the
    /// same passage only), else null: how far back a pronoun may look.
    /// </summary>
    public int? PersonWithin(int passage, int reach) => Person is int p && passage - PersonPassage <= reach ? p : null;

    /// <summary>The group with a proper name last named, or null before any.</summary>
    public int? Group { get; private set; }

    /// <summary>
    /// The group "the group", "the militia" or "the movement" refers to: the one last named that is no state's army, police or
    /// office (<see cref="IsStateBody"/>); after "the Kessan Army shelled the camp while the Velt Brigade held it", the brigade.
    /// Without a gazetteer, the group last named.
    /// </summary>
    public int? Body { get; private set; }

    /// <summary>
    /// A state's own force or office, named by its nation and a head of [state-bodies] (Data/org-words.txt), with at most
    /// general words between: "the Kessan Army", "the Kessan Navy", "the Kessan Military Government". Not a
    /// rebel army named otherwise ("the Velt Freedom Army", "the Free Kessan Army").
    /// </summary>
    private bool IsStateBody(int entity)
    {
        if (gazetteer is null)
        {
            return false;
        }

        _stateBody ??= new bool?[entities.Count];
        return _stateBody[entity] ??= StateBodyName(entities[entity].Name, gazetteer);
    }

    /// <summary>For each entity, whether it is a state's own body (worked out at its first mention).</summary>
    private bool?[]? _stateBody;

    private static bool StateBodyName(string name, Gazetteer gazetteer)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && NameLexicon.StateBodies.Contains(words[^1].ToLowerInvariant())
            && (gazetteer.FindDemonym(words[0]) is not null || gazetteer.Find(words[0]) is { Kind: PlaceKind.Country })
            && words[1..^1].All(w => NameLexicon.GenericOrgWords.Contains(w.ToLowerInvariant()));
    }

    /// <summary>Notes what a sentence names, in text order: its first person and its first group with a proper name.</summary>
    public void Saw(IEnumerable<int> named, int passage = 0)
    {
        int? person = null;
        int? group = null;
        int? body = null;
        foreach (var e in named)
        {
            var type = entities[e].Type;
            person ??= type == EntityType.Person ? e : null;
            var proper = type == EntityType.Group && (IsProperName(entities[e].Name) || HasAcronym(e));
            group ??= proper ? e : null;
            body ??= proper && !IsStateBody(e) ? e : null;
        }

        // A sentence that names only a state's forces leaves the group the text last called so (or, before any, takes them).
        Body = body ?? Body ?? group;

        if (person is int p)
        {
            (Person, PersonPassage) = (p, passage);
        }

        Group = group ?? Group;
    }

    /// <summary>
    /// A name the text also gives as an acronym: a body's own name, whatever its language writes in lower case ("Front pour
    /// la libération de Kessa" and "FLK").
    /// </summary>
    private bool HasAcronym(int entity) =>
        (_acronym ??= entities.Select(x => x.Mentions.Any(m => DocumentResolver.IsAcronymSurface(m.Surface))).ToArray())[entity];

    /// <summary>For each entity, whether the text gives it as an acronym too (worked out once, on the first sentence that asks).</summary>
    private bool[]? _acronym;

    /// <summary>Every word capitalized, past a name particle, but for inner connectors: "League of the Righteous", not "Iraqi government".</summary>
    public static bool IsProperName(string name) =>
        name.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[NameLexicon.ParticlePrefixLength(w)]) || NameLexicon.InnerConnectors.Contains(w)));
}
