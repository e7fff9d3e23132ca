using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Entities;

/// <summary>
/// The fact box a profile opens with (issue 19): type and names, leaders, founding, backers, allies and opponents,
/// members and sub-groups, places, the first and last dated events; every fact with one citation. The relation rows are
/// the profile's own relation groups, labelled by the predicate table (Data/predicates.tsv); this file only chooses which
/// predicates a fact box shows and in which order.
/// </summary>
public static class ProfileFacts
{
    /// <summary>A fact row names this many entities; the relations section holds the rest.</summary>
    public const int Shown = 3;

    /// <summary>The predicates of the fact box, in its order: who leads, who founded, who backs, allies and opposes, membership, places.</summary>
    private static readonly string[] Predicates =
        ["leads", "commands", "founded", "backed_by", "allied_with", "opposed_to", "member_of", "part_of", "split_from", "controls", "located_in"];

    public sealed record NameFact(string Alias, long Count, Citation? Citation);

    /// <summary>An entity a fact names, the sentence that says so, and how many independent sources (or events) back it.</summary>
    public sealed record FactItem(string Id, string Type, string Name, Citation Citation, long Count);

    /// <summary>A labelled row of entities; <paramref name="More"/> more are in the relations section.</summary>
    public sealed record FactRow(string Label, IReadOnlyList<FactItem> Items, int More);

    public sealed record FactBox(
        Citation? TypeCitation,
        IReadOnlyList<NameFact> Names,
        IReadOnlyList<FactRow> Relations,
        ProfileQuery.EventView? Founded,
        IReadOnlyList<FactItem> ActiveIn,
        ProfileQuery.EventView? First,
        ProfileQuery.EventView? Last);

    /// <summary>The events the fact box dates: the first and the last dated, and for a group its founding.</summary>
    public sealed record KeyEventIds(string? First, string? Last, string? Founded)
    {
        public IEnumerable<string> All => new[] { First, Last, Founded }.OfType<string>();
    }

    /// <summary>
    /// Picks the key events from an entity's dated events in date order. A group's founding is its first event whose cue
    /// is a verb that states <c>founded</c> in the relation lexicon (Data/relation-verbs.tsv: "formed", "established"…).
    /// </summary>
    public static KeyEventIds KeyEvents(string type, IReadOnlyList<(string Id, string Cue)> dated)
    {
        if (dated.Count == 0)
        {
            return new KeyEventIds(null, null, null);
        }

        var founded = type == "group"
            ? dated.FirstOrDefault(d => RelationLexicon.Verb(d.Cue) is { Predicate: "founded", Turned: false }).Id
            : null;
        return new KeyEventIds(dated[0].Id, dated.Count > 1 ? dated[^1].Id : null, founded);
    }

    public static FactBox Build(
        Citation? typeCitation,
        IReadOnlyList<NameFact> names,
        IReadOnlyList<ProfileQuery.RelationGroup> groups,
        KeyEventIds keyEvents,
        IReadOnlyDictionary<string, ProfileQuery.EventView> events,
        IReadOnlyList<FactItem> activeIn)
    {
        var rows = groups
            .Where(g => Array.IndexOf(Predicates, g.Predicate) >= 0 && g.Relations.Count > 0)
            .OrderBy(g => Array.IndexOf(Predicates, g.Predicate)).ThenBy(g => g.AsSubject ? 0 : 1)
            .Select(g => new FactRow(g.Label,
                g.Relations.Take(Shown).Select(r => new FactItem(r.OtherId, r.OtherType, r.OtherName, r.Evidence[0], r.IndependentSources)).ToList(),
                Math.Max(0, g.Relations.Count - Shown)))
            .ToList();

        ProfileQuery.EventView? Event(string? id) => id is not null && events.TryGetValue(id, out var v) && v.Evidence.Count > 0 ? v : null;

        return new FactBox(typeCitation, names.Where(n => n.Citation is not null).Take(Shown + 1).ToList(), rows,
            Event(keyEvents.Founded), activeIn, Event(keyEvents.First), Event(keyEvents.Last));
    }

    /// <summary>A summary cut at a word to about <paramref name="max"/> characters, for a line of the fact box or the compact timeline (the citation holds the whole sentence).</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>
    /// Each sentence once: a sentence in a paragraph copied from another source is the original's (listed under it), and
    /// the same words in two places are one entry.
    /// </summary>
    public static IReadOnlyList<Citation> OnceEach(IEnumerable<Citation> citations) =>
        citations.Where(c => !c.Copy).DistinctBy(c => Normalized(c.Quote), StringComparer.Ordinal).ToList();

    private static string Normalized(string quote) =>
        string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
