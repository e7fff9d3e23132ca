using MilitiaAtlas.Ingestion.Claims;

namespace MilitiaAtlas.Web.Pages.Entities;

/// <summary>
/// The one definition of an entity's counts, which the home page, the lists, the profile and the API all read (issue 19):
/// <list type="bullet">
/// <item><b>mentions</b>: its mentions (spans that name it);</item>
/// <item><b>sources</b>: the distinct sources that mention it;</item>
/// <item><b>independent sources</b>: those of them that mention it outside a paragraph copied from another source;</item>
/// <item><b>relations</b>: its distinct relations with a visible entity, one per predicate, other end and direction (a
/// symmetric predicate has no direction): the rows of the profile's relations section;</item>
/// <item><b>events</b>: the distinct events it takes part in or that happen there.</item>
/// </list>
/// <see cref="Columns"/> is a list of SQL columns over an entity aliased <c>e</c> (any table or view with its <c>Id</c>).
/// </summary>
public static class EntityCounts
{
    /// <summary>How many mentions name it.</summary>
    public const string Mentions = "(SELECT COUNT(*) FROM Mentions m WHERE m.EntityId = e.Id)";

    /// <summary>How many sources mention it.</summary>
    public const string Sources = "(SELECT COUNT(DISTINCT m.SourceNum) FROM Mentions m WHERE m.EntityId = e.Id)";

    /// <summary>How many sources mention it in their own words (a mention outside any sentence counts as their own).</summary>
    public const string IndependentSources = """
        (SELECT COUNT(DISTINCT m.SourceNum)
         FROM Mentions m
         LEFT JOIN Claims c ON c.SourceNum = m.SourceNum AND c.Ordinal = m.ClaimOrdinal
         LEFT JOIN Passages p ON p.SourceNum = c.SourceNum AND p.Ordinal = c.PassageOrdinal
         WHERE m.EntityId = e.Id
           AND p.ReusedFromSourceNum IS NULL)
        """;

    /// <summary>How many relations it has with a visible entity: one per predicate, other end and direction.</summary>
    public static readonly string Relations = $"""
        (SELECT COUNT(DISTINCT r.Predicate || char(31) || o.Id || char(31) ||
                CASE WHEN r.Predicate IN ({Symmetric}) THEN '' WHEN r.SubjectId = e.Id THEN 's' ELSE 'o' END)
         FROM RelationEvidence r
         JOIN VisibleEntities o ON o.Id = CASE WHEN r.SubjectId = e.Id THEN r.ObjectId ELSE r.SubjectId END
         WHERE r.SubjectId = e.Id OR r.ObjectId = e.Id)
        """;

    /// <summary>How many events it takes part in (or, for a place, that happen there).</summary>
    public const string Events = "(SELECT COUNT(DISTINCT ee.EventId) FROM EventEntities ee WHERE ee.EntityId = e.Id)";

    /// <summary>All five, as columns named like <see cref="Counts"/>'s properties.</summary>
    public static readonly string Columns = $"""
        {Mentions} AS Mentions,
        {Sources} AS Sources,
        {IndependentSources} AS IndependentSources,
        {Relations} AS Relations,
        {Events} AS Events
        """;

    // The predicate table's symmetric predicates, as SQL string literals (names from our own data file, letters and underscores).
    private static string Symmetric => string.Join(", ", PredicateTable.All.Where(p => p.Symmetric).Select(p => $"'{p.Name}'").DefaultIfEmpty("''"));

    /// <summary>The counts of one entity, as <see cref="Columns"/> reads them.</summary>
    public sealed record Counts
    {
        public long Mentions { get; init; }
        public long Sources { get; init; }
        public long IndependentSources { get; init; }
        public long Relations { get; init; }
        public long Events { get; init; }
    }
}
