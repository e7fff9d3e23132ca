using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// A statement from a body passage: one sentence, its exact span, who asserts it (an index into the
/// article's entities, or null for the author's narration), whether it is quoted, and the entities it names.
/// </summary>
public sealed record Claim(
    int Index,
    int PassageOrdinal,
    TextSpan Span,
    int? Speaker,
    bool Quoted,
    IReadOnlyList<int> Entities)
{
    /// <summary>The claim's number in the atlas: 1 for the article's first claim (0 stands for the title in search texts).</summary>
    public int Ordinal => OrdinalOf(Index);

    /// <summary>The atlas number of the claim at <paramref name="index"/> in the article's claims.</summary>
    public static int OrdinalOf(int index) => index + 1;
}

/// <summary>
/// A relation between two of the article's entities (subject, predicate, target: the export's object), with the claim
/// that states it. <paramref name="Quoted"/>: it is stated only inside a quotation, so it is the claim's speaker's.
/// </summary>
public sealed record Relation(int Subject, string Predicate, int Target, int ClaimIndex, bool Quoted = false);

/// <summary>The names of the relation vocabulary the code refers to; the vocabulary itself is Data/predicates.tsv (<see cref="PredicateTable"/>).</summary>
public static class Predicates
{
    public const string Leads = "leads";
    public const string Founded = "founded";
    public const string Commands = "commands";
    public const string MemberOf = "member_of";
    public const string PartOf = "part_of";
    public const string SpokespersonFor = "spokesperson_for";
    public const string BackedBy = "backed_by";
    public const string AlliedWith = "allied_with";
    public const string OpposedTo = "opposed_to";
    public const string ReportsTo = "reports_to";
    public const string HoldsOffice = "holds_office";
    public const string Controls = "controls";

    /// <summary>Predicates that read the same both ways (the table's symmetric column).</summary>
    public static bool IsSymmetric(string predicate) => PredicateTable.IsSymmetric(predicate);
}
