using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// What pointed a name toward a type: the cue families of <see cref="MentionFinder"/> (the name's own words, the words
/// around a mention, the gazetteer, an identity block's field) and the rules by which <see cref="DocumentResolver"/>
/// decides when the weighed cues do not (a verdict). Each has a stable code and a label in Data/type-cues.tsv.
/// </summary>
public enum TypeCue : byte
{
    // The name's own words.
    HeadNoun,
    PlaceHead,
    InstitutionOf,
    OrgPrefix,
    PlacePrefix,
    InnerHead,
    Acronym,
    GivenName,
    KinshipParticle,
    Title,
    Gazetteer,
    DemonymInstitution,
    Institution,

    // The words around a mention.
    ListNoun,
    OpeningPlace,
    RegionAfterPlace,
    Affiliation,
    MembersAfterRole,
    RoleBefore,
    GroupNounBefore,
    PlaceNounOf,
    RoleOf,
    MembersFrom,
    InPlace,
    CaptureVerb,
    Hostile,
    Agent,
    HostileOf,
    SpeechBefore,
    HostileNounAfter,
    OwnedByPlace,
    SpeechAfter,
    MembersAfter,
    ActsAfter,
    PlaceNounAfter,
    AppositionWho,
    AppositionWhich,
    AppositionRole,
    AppositionHead,
    PluralGroup,
    AcronymNotPerson,
    TitleBefore,
    FieldLabel,
    Nickname,
    FiledName,
    FoundedObject,
    SpelledOut,
    JoinedObject,
    LedObject,
    ClaimsAttack,
    FoundedSubject,
    Reflexive,
    RulerOf,
    PersonNounAfter,
    PartedObject,
    KinNoun,
    CalledPerson,
    OwnPronoun,

    /// <summary>"X was executed", "X died": what only befalls a person.</summary>
    PersonFate,

    // Verdicts: a rule that decided the type over (or without) the weighed cues.
    TitleOverTown,
    AdjectiveLed,
    ListedWith,
    NameShape,

    // Verdicts of the atlas, never of one article: the type came from other articles, or an analyst set it.
    OtherArticles,
    Curation,
}

/// <summary>
/// One piece of evidence for a name's type: the cue, the type it points to, its weight in the vote (0 for a verdict),
/// the mention that gave it (its span; the sentence is the one that holds it) and the words of the cue itself
/// ("Brigade", "fighters", "such as"; empty when the cue is the whole name, as a gazetteer hit is).
/// </summary>
public readonly record struct TypeEvidence(TypeCue Cue, EntityType Type, int Weight, TextSpan Mention, TextSpan CueSpan)
{
    public bool IsVerdict => TypeCues.IsVerdict(Cue);
}

/// <summary>The codes and labels of the cues (embedded Data/type-cues.tsv): "head-noun", "head noun '{cue}'".</summary>
public static class TypeCues
{
    private static readonly (string Code, string Label)[] Table = Load();

    private static readonly Dictionary<string, TypeCue> ByCode = Enum.GetValues<TypeCue>().ToDictionary(c => Table[(int)c].Code, StringComparer.Ordinal);

    /// <summary>Whether the cue is a rule that decided the type rather than a weighed cue.</summary>
    public static bool IsVerdict(TypeCue cue) => cue >= TypeCue.TitleOverTown;

    /// <summary>The stable name of a cue in the store, the export and the API.</summary>
    public static string Code(TypeCue cue) => Table[(int)cue].Code;

    /// <summary>The cue of a code; null for a code this build does not know (such as "curation", which the atlas adds).</summary>
    public static TypeCue? FromCode(string code) => ByCode.TryGetValue(code, out var cue) ? cue : null;

    /// <summary>How a page reads the cue: the label with the cue's words put in for "{cue}".</summary>
    public static string Describe(TypeCue cue, string? cueWords) => Fill(Table[(int)cue].Label, cueWords);

    /// <summary>The label of a code, known to this build or not.</summary>
    public static string Describe(string code, string? cueWords) =>
        FromCode(code) is { } cue ? Describe(cue, cueWords) : code.Replace('-', ' ');

    private static string Fill(string label, string? words) =>
        label.Replace("{cue}", string.IsNullOrWhiteSpace(words) ? "…" : System.Text.RegularExpressions.Regex.Replace(words.Trim(), @"\s+", " "), StringComparison.Ordinal);

    private static (string Code, string Label)[] Load()
    {
        using var stream = typeof(TypeCues).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion.type-cues.tsv")
            ?? throw new InvalidOperationException("missing embedded data file type-cues.tsv");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => (Code: f[1], Label: f[2]), StringComparer.Ordinal);
        return Enum.GetValues<TypeCue>().Select(c => rows.TryGetValue(c.ToString(), out var row) ? row
            : throw new InvalidOperationException($"type-cues.tsv has no line for {c}")).ToArray();
    }
}
