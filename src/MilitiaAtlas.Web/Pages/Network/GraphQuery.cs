using System.Globalization;
using System.Text;
using Dapper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Network;

/// <summary>
/// The network of relations, for /network, the profile's ego network and /api/graph: either the best-connected actors
/// of the whole atlas up to a limit, or one actor and its neighbours one or two hops out. Filters: predicates, actor
/// types, years of publication of the evidence, and a minimum of independent sources. Each edge carries its
/// independent sources (the one definition, <see cref="Atlas.Export.Evidence"/>) and its number of sentences; its
/// sentences themselves, cited, are read one edge at a time (<see cref="EvidenceAsync"/>), when someone asks for them.
/// </summary>
public sealed class GraphQuery(AtlasDatabase database, RelationGraphs graphs, EntityLookup lookup)
{
    /// <summary>Nodes shown when no limit is asked for; <see cref="MaxLimit"/> is the most a view shows.</summary>
    public const int DefaultLimit = 100;

    public const int MaxLimit = 300;

    /// <summary>The evidence of an edge cites at most this many of its sentences, originals and distinct sources first; its profile lists them all.</summary>
    public const int EvidenceLimit = 50;

    public static readonly IReadOnlyList<string> NodeTypes = ["person", "group", "place"];

    private const string ClaimsSql = """
        SELECT c.SourceNum AS SourceNum,
               c.Ordinal AS Ordinal,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End,
               s.Id AS SourceId,
               s.Title AS Title
        FROM json_each(@claims) w
        JOIN Claims c ON c.SourceNum = w.value ->> 0 AND c.Ordinal = w.value ->> 1
        JOIN Sources s ON s.Num = c.SourceNum
        """;

    private const string TextsSql = """
        SELECT s.Num AS Num,
               s.Text AS Text
        FROM Sources s
        WHERE s.Num IN (SELECT value FROM json_each(@nums))
        """;

    private sealed record ClaimRow(long SourceNum, long Ordinal, long PassageOrdinal, long Start, long End, string SourceId, string Title);

    /// <summary>
    /// What to show. <see cref="Focus"/>: an entity id or a name (null: the whole atlas); <see cref="Depth"/>: 1 or 2;
    /// empty <see cref="Predicates"/> or <see cref="Types"/>: all; <see cref="From"/>–<see cref="To"/>: years of
    /// publication of the evidence, inclusive (a source without a date counts only when neither is set).
    /// </summary>
    public sealed record Filters(string? Focus, int Depth, IReadOnlyList<string> Predicates, IReadOnlyList<string> Types, int? From, int? To, int MinSources, int Limit)
    {
        /// <summary>
        /// Filters from request values: lists as repeated or comma-separated values; depth and limit clamped. The error
        /// names the first value that means nothing (an unknown predicate or type, a year that is not four digits); the
        /// filters returned then leave it out.
        /// </summary>
        public static Filters Parse(string? focus, int? depth, IEnumerable<string?>? predicates, IEnumerable<string?>? types,
            string? from, string? to, int? minSources, int? limit, out string? error)
        {
            error = null;
            var known = PredicateTable.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var p = Split(predicates);
            var t = Split(types);
            if (p.FirstOrDefault(x => !known.Contains(x)) is { } badPredicate)
            {
                error = $"unknown predicate '{badPredicate}' (known: {string.Join(", ", known)})";
            }
            else if (t.FirstOrDefault(x => !NodeTypes.Contains(x)) is { } badType)
            {
                error = $"unknown type '{badType}' (person, group or place)";
            }

            var (fromYear, fromError) = YearFilter.Parse(from, "from");
            var (toYear, toError) = YearFilter.Parse(to, "to");
            error ??= fromError ?? toError;
            focus = string.IsNullOrWhiteSpace(focus) ? null : focus.Trim();
            return new Filters(focus, Math.Clamp(depth ?? 1, 1, 2),
                p.Where(known.Contains).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList(),
                t.Where(NodeTypes.Contains).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList(),
                fromYear, toYear, Math.Clamp(minSources ?? 0, 0, 1000), Math.Clamp(limit ?? DefaultLimit, 2, MaxLimit));
        }

        /// <summary>Whether the filters leave anything out (beyond the limit).</summary>
        public bool Narrowed => Predicates.Count > 0 || Types.Count > 0 || From is not null || To is not null || MinSources > 0;

        private static List<string> Split(IEnumerable<string?>? values) =>
            (values ?? []).Where(v => v is not null)
                .SelectMany(v => v!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();

    }

    /// <summary>An actor shown: <see cref="Links"/> is its number of distinct neighbours under the filters (in the whole atlas, not only in the view); <see cref="Hop"/> 0 for the focus, 1 or 2 for its neighbours, 0 for every node of the whole-atlas view.</summary>
    public sealed record NodeView(string Id, string Type, string Name, string Url, int Links, int Hop);

    /// <summary>A relation shown: subject (<see cref="Source"/>) to object (<see cref="Target"/>), labelled by predicate, with its support.</summary>
    public sealed record EdgeView(string Id, string Source, string Target, string Predicate, string Label, bool Symmetric, int IndependentSources, int Evidence);

    /// <summary>One edge's evidence under the year filters: the edge, its two ends, and up to <see cref="EvidenceLimit"/> cited sentences.</summary>
    public sealed record EvidenceResult(EdgeView Edge, NodeView Subject, NodeView Target, IReadOnlyList<Citation> Citations);

    /// <summary>
    /// The view: the focus (null for the whole atlas), whether a focus was asked for that names nothing, the nodes and
    /// edges, how many actors the filters allowed (<see cref="Eligible"/>) and whether the limit cut some of them off.
    /// </summary>
    public sealed record Result(Filters Filters, NodeView? Focus, bool FocusNotFound, IReadOnlyList<NodeView> Nodes, IReadOnlyList<EdgeView> Edges,
        int Eligible, bool Truncated, int? MinYear, int? MaxYear);

    public async Task<Result> RunAsync(Filters f, CancellationToken ct)
    {
        var graph = await graphs.CurrentAsync(ct);
        EntityLookup.Found? focus = null;
        if (f.Focus is not null)
        {
            focus = await lookup.FindAsync(f.Focus, ct);
            if (focus is null)
            {
                return new Result(f, null, true, [], [], 0, false, graph.MinYear, graph.MaxYear);
            }
        }

        var view = new View(graph, f, focus is null ? -1 : graph.IndexOf(focus.Id));
        List<int> chosen;
        int eligible;
        if (focus is null)
        {
            (chosen, eligible) = view.BestConnected();
        }
        else if (view.Focus < 0)
        {
            // An actor in no relation: the view is that actor alone.
            var alone = new NodeView(focus.Id, focus.Type, focus.Name, Links.Entity(focus.Type, focus.Id), 0, 0);
            return new Result(f, alone, false, [alone], [], 1, false, graph.MinYear, graph.MaxYear);
        }
        else
        {
            (chosen, eligible) = view.Ego();
        }

        var shown = chosen.ToHashSet();
        var edgeIndexes = chosen.SelectMany(n => graph.EdgesOf[n])
            .Distinct()
            .Where(e => view.Passes(e) && shown.Contains(graph.Edges[e].SubjectNode) && shown.Contains(graph.Edges[e].ObjectNode))
            .ToList();

        var nodes = chosen.Select(n => NodeOf(graph, view, n, view.Hops.GetValueOrDefault(n))).ToList();
        var edges = edgeIndexes.Select(i => EdgeOf(graph, view, i))
            .OrderByDescending(e => e.IndependentSources)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Predicate, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToList();
        var focusView = view.Focus < 0 ? null : nodes[0];
        return new Result(f, focusView, false, nodes, edges, eligible, eligible > nodes.Count, graph.MinYear, graph.MaxYear);
    }

    /// <summary>
    /// The evidence of one edge (subject, predicate, object; either way round for a symmetric predicate) within the years
    /// of <paramref name="f"/>: up to <see cref="EvidenceLimit"/> sentences, originals before copies and one per source
    /// before a second from any. Null when the atlas holds no such relation, or none within those years.
    /// </summary>
    public async Task<EvidenceResult?> EvidenceAsync(string? subject, string? predicate, string? obj, Filters f, CancellationToken ct)
    {
        var graph = await graphs.CurrentAsync(ct);
        if (subject is null || predicate is null || obj is null || graph.Find(subject, predicate, obj) is not { } i)
        {
            return null;
        }

        var view = new View(graph, f with { Predicates = [], Types = [], MinSources = 0 }, -1);
        var evidence = view.EvidenceOf(i);
        if (evidence.Length == 0)
        {
            return null;
        }

        var ordered = evidence.OrderBy(s => s.Copy).ThenBy(s => s.SourceNum).ThenBy(s => s.ClaimOrdinal).ToList();
        var firsts = ordered.DistinctBy(s => s.SourceNum).ToList();
        var picked = firsts.Concat(ordered.Except(firsts)).Take(EvidenceLimit).ToList();

        await using var conn = await database.OpenAsync(ct);
        var claims = (await conn.QueryAsync<ClaimRow>(new CommandDefinition(ClaimsSql,
                new { claims = JsonPairs(picked.Select(s => (s.SourceNum, s.ClaimOrdinal))) }, cancellationToken: ct)))
            .ToDictionary(c => ((int)c.SourceNum, (int)c.Ordinal));
        var nums = "[" + string.Join(",", claims.Values.Select(c => c.SourceNum).Distinct()) + "]";
        var texts = (await conn.QueryAsync<(long Num, string Text)>(new CommandDefinition(TextsSql, new { nums }, cancellationToken: ct)))
            .ToDictionary(t => t.Num, t => t.Text);
        var citations = picked
            .Select(s => claims.GetValueOrDefault((s.SourceNum, s.ClaimOrdinal)) is { } c && texts.TryGetValue(c.SourceNum, out var text)
                ? new Citation(c.SourceId, c.Title, c.PassageOrdinal, c.Start, c.End, Slice(text, c.Start, c.End), s.Copy)
                : null)
            .OfType<Citation>()
            .ToList();
        var e = graph.Edges[i];
        return new EvidenceResult(EdgeOf(graph, view, i), NodeOf(graph, view, e.SubjectNode, 0), NodeOf(graph, view, e.ObjectNode, 0), citations);
    }

    private static NodeView NodeOf(RelationGraph graph, View view, int n, int hop)
    {
        var node = graph.Nodes[n];
        return new NodeView(node.Id, node.Type, node.Name, Links.Entity(node.Type, node.Id), view.LinksOf(n), hop);
    }

    private static EdgeView EdgeOf(RelationGraph graph, View view, int i)
    {
        var e = graph.Edges[i];
        var (subject, obj) = (graph.Nodes[e.SubjectNode], graph.Nodes[e.ObjectNode]);
        return new EdgeView($"{subject.Id}|{e.Predicate.Name}|{obj.Id}", subject.Id, obj.Id, e.Predicate.Name, e.Predicate.Label, e.Predicate.Symmetric,
            view.IndependentSources(i), view.EvidenceOf(i).Length);
    }

    private static string Slice(string text, long start, long end)
    {
        var s = (int)Math.Clamp(start, 0, text.Length);
        return text[s..(int)Math.Clamp(end, s, text.Length)];
    }

    private static string JsonPairs(IEnumerable<(int, int)> pairs)
    {
        var json = new StringBuilder("[");
        foreach (var (a, b) in pairs)
        {
            json.Append(json.Length > 1 ? ",[" : "[").Append(a.ToString(CultureInfo.InvariantCulture)).Append(',').Append(b.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return json.Append(']').ToString();
    }

    /// <summary>The graph under one request's filters: which edges pass, with which evidence, and the selection of nodes.</summary>
    private sealed class View(RelationGraph graph, Filters f, int focus)
    {
        private readonly HashSet<string> _predicates = f.Predicates.ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _types = f.Types.ToHashSet(StringComparer.Ordinal);
        private readonly Dictionary<int, (RelationGraph.Support[] Evidence, int Independent)> _edges = [];
        private readonly Dictionary<int, int> _links = [];

        public int Focus { get; } = focus;

        /// <summary>The hop of each node chosen by <see cref="Ego"/>.</summary>
        public Dictionary<int, int> Hops { get; } = [];

        private bool Allowed(int node) => node == Focus || _types.Count == 0 || _types.Contains(graph.Nodes[node].Type);

        /// <summary>The edge's evidence within the years (all of it when no year is set).</summary>
        public RelationGraph.Support[] EvidenceOf(int edge) => State(edge).Evidence;

        public int IndependentSources(int edge) => State(edge).Independent;

        public bool Passes(int edge)
        {
            var e = graph.Edges[edge];
            if ((_predicates.Count > 0 && !_predicates.Contains(e.Predicate.Name)) || !Allowed(e.SubjectNode) || !Allowed(e.ObjectNode))
            {
                return false;
            }

            var (evidence, independent) = State(edge);
            return evidence.Length > 0 && independent >= f.MinSources;
        }

        private (RelationGraph.Support[] Evidence, int Independent) State(int edge)
        {
            if (!_edges.TryGetValue(edge, out var state))
            {
                var e = graph.Edges[edge];
                if (f.From is null && f.To is null)
                {
                    state = (e.Evidence, e.IndependentSources);
                }
                else if (e.Years.Min > 0 && In(e.Years.Min) && In(e.Years.Max))
                {
                    state = (e.Evidence, e.IndependentSources);
                }
                else if (e.Years.Max < (f.From ?? 0) || e.Years.Min > (f.To ?? int.MaxValue))
                {
                    state = ([], 0);
                }
                else
                {
                    var within = e.Evidence.Where(s => s.Year > 0 && In(s.Year)).ToArray();
                    state = (within, RelationGraph.Edge.IndependentOf(within));
                }

                _edges[edge] = state;
            }

            return state;
        }

        private bool In(int year) => (f.From is null || year >= f.From) && (f.To is null || year <= f.To);

        /// <summary>Distinct neighbours over the edges that pass.</summary>
        public int LinksOf(int node)
        {
            if (!_links.TryGetValue(node, out var links))
            {
                links = _links[node] = graph.EdgesOf[node].Where(Passes).Select(e => graph.Other(graph.Edges[e], node)).Distinct().Count();
            }

            return links;
        }

        /// <summary>The whole atlas: the actors with the most distinct neighbours, up to the limit; and how many have any.</summary>
        public (List<int> Chosen, int Eligible) BestConnected()
        {
            var neighbours = new Dictionary<int, HashSet<int>>();
            for (var i = 0; i < graph.Edges.Count; i++)
            {
                if (!Passes(i))
                {
                    continue;
                }

                var e = graph.Edges[i];
                (neighbours.TryGetValue(e.SubjectNode, out var a) ? a : neighbours[e.SubjectNode] = []).Add(e.ObjectNode);
                (neighbours.TryGetValue(e.ObjectNode, out var b) ? b : neighbours[e.ObjectNode] = []).Add(e.SubjectNode);
            }

            foreach (var (node, set) in neighbours)
            {
                _links[node] = set.Count;
            }

            var chosen = neighbours.Keys
                .OrderByDescending(n => neighbours[n].Count)
                .ThenBy(n => graph.Nodes[n].Name, StringComparer.Ordinal)
                .ThenBy(n => graph.Nodes[n].Id, StringComparer.Ordinal)
                .Take(f.Limit)
                .ToList();
            return (chosen, neighbours.Count);
        }

        /// <summary>
        /// The focus, its neighbours (the strongest ties first: most independent sources), and at depth 2 their
        /// neighbours (those tied to most of the first ring first), up to the limit; and how many the depth reaches.
        /// </summary>
        public (List<int> Chosen, int Eligible) Ego()
        {
            var first = new Dictionary<int, int>();
            foreach (var e in graph.EdgesOf[Focus].Where(Passes))
            {
                var other = graph.Other(graph.Edges[e], Focus);
                first[other] = Math.Max(first.GetValueOrDefault(other), IndependentSources(e));
            }

            var chosen = new List<int> { Focus };
            Hops[Focus] = 0;
            foreach (var n in first.Keys.OrderByDescending(n => first[n]).ThenByDescending(LinksOf).ThenBy(n => graph.Nodes[n].Name, StringComparer.Ordinal)
                         .ThenBy(n => graph.Nodes[n].Id, StringComparer.Ordinal).Take(f.Limit - 1))
            {
                chosen.Add(n);
                Hops[n] = 1;
            }

            var eligible = 1 + first.Count;
            if (f.Depth < 2)
            {
                return (chosen, eligible);
            }

            var ties = new Dictionary<int, (HashSet<int> To, int Strongest)>();
            foreach (var n in chosen.Skip(1))
            {
                foreach (var e in graph.EdgesOf[n].Where(Passes))
                {
                    var other = graph.Other(graph.Edges[e], n);
                    if (other == Focus || first.ContainsKey(other))
                    {
                        continue;
                    }

                    if (!ties.TryGetValue(other, out var tie))
                    {
                        ties[other] = tie = ([], 0);
                    }

                    tie.To.Add(n);
                    ties[other] = (tie.To, Math.Max(tie.Strongest, IndependentSources(e)));
                }
            }

            foreach (var n in ties.Keys.OrderByDescending(n => ties[n].To.Count).ThenByDescending(n => ties[n].Strongest)
                         .ThenBy(n => graph.Nodes[n].Name, StringComparer.Ordinal).ThenBy(n => graph.Nodes[n].Id, StringComparer.Ordinal)
                         .Take(f.Limit - chosen.Count))
            {
                chosen.Add(n);
                Hops[n] = 2;
            }

            return (chosen, eligible + ties.Count);
        }
    }
}
