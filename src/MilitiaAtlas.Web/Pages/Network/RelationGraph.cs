using System.Data.Common;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.Network;

/// <summary>
/// Every relation of the atlas as a graph in memory: its actors, its edges (one per subject, predicate and object; a
/// symmetric predicate's two directions are one edge, as on a profile) and each edge's evidence with what the filters
/// need (source, year, whether the paragraph is a copy). Only the citations of the edges a view shows are read from
/// the database afterwards. Built once per data generation (decision 012): a network request walks memory, not the
/// 60,000 evidence rows of a 10,000-article atlas.
/// </summary>
public sealed class RelationGraph
{
    private const string EvidenceSql = """
        SELECT r.SubjectId AS SubjectId,
               r.Predicate AS Predicate,
               r.ObjectId AS ObjectId,
               r.SourceNum AS SourceNum,
               r.ClaimOrdinal AS ClaimOrdinal,
               c.PassageOrdinal AS PassageOrdinal
        FROM RelationEvidence r
        JOIN Claims c ON c.SourceNum = r.SourceNum AND c.Ordinal = r.ClaimOrdinal
        """;

    private const string CopiedSql = """
        SELECT p.SourceNum AS SourceNum,
               p.Ordinal AS Ordinal
        FROM Passages p
        WHERE p.ReusedFromSourceNum IS NOT NULL
        """;

    private const string YearsSql = """
        SELECT s.Num AS Num,
               substr(s.Published, 1, 4) AS Year
        FROM Sources s INDEXED BY IX_Sources_Published
        WHERE s.Published IS NOT NULL
        """;

    private const string EntitiesSql = """
        SELECT e.Id AS Id,
               e.Type AS Type,
               e.Name AS Name
        FROM VisibleEntities e
        """;

    /// <summary>An actor of the graph.</summary>
    public sealed record Node(string Id, string Type, string Name);

    /// <summary>One sentence that states an edge: its source and claim, the claim's paragraph, whether that paragraph copies another source's, and the source's year of publication (0 when undated).</summary>
    public readonly record struct Support(int SourceNum, int ClaimOrdinal, int PassageOrdinal, bool Copy, int Year);

    /// <summary>A relation: subject and object (node indexes), predicate, and its evidence in source order.</summary>
    public sealed record Edge(int SubjectNode, int ObjectNode, PredicateInfo Predicate, Support[] Evidence)
    {
        /// <summary>Independent sources over all the evidence (the one definition, <see cref="Atlas.Export.Evidence"/>).</summary>
        public int IndependentSources { get; } = IndependentOf(Evidence);

        /// <summary>The earliest and latest year of publication of the evidence (0 when a source is undated), so that a year filter can take or leave an edge whole without looking at each sentence.</summary>
        public (int Min, int Max) Years { get; } = (Evidence.Min(s => s.Year), Evidence.Max(s => s.Year));

        public static int IndependentOf(IEnumerable<Support> evidence) =>
            MilitiaAtlas.Atlas.Export.Evidence.IndependentSources(evidence, s => s.SourceNum, s => s.Copy);
    }

    private readonly Dictionary<string, int> _index;

    private RelationGraph(List<Node> nodes, List<Edge> edges)
    {
        Nodes = nodes;
        Edges = edges;
        _index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            _index[nodes[i].Id] = i;
        }

        var adjacent = new List<int>[nodes.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            (adjacent[edges[i].SubjectNode] ??= []).Add(i);
            (adjacent[edges[i].ObjectNode] ??= []).Add(i);
        }

        EdgesOf = adjacent.Select(a => a?.ToArray() ?? []).ToArray();
        var years = edges.SelectMany(e => e.Evidence).Where(s => s.Year > 0).Select(s => s.Year).ToList();
        (MinYear, MaxYear) = years.Count == 0 ? ((int?)null, (int?)null) : (years.Min(), years.Max());
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The years of publication the evidence spans (null when no source is dated).</summary>
    public int? MinYear { get; }

    public int? MaxYear { get; }

    /// <summary>For each node, the indexes of its edges.</summary>
    public IReadOnlyList<int[]> EdgesOf { get; }

    /// <summary>The node index of an entity id, or -1 when the entity is in no relation (or not at all).</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    /// <summary>The index of the edge subject–predicate–object (either way round when the predicate is symmetric), or null.</summary>
    public int? Find(string subject, string predicate, string obj)
    {
        var (s, o) = (IndexOf(subject), IndexOf(obj));
        if (s < 0 || o < 0)
        {
            return null;
        }

        foreach (var i in EdgesOf[s])
        {
            var e = Edges[i];
            if (e.Predicate.Name == predicate && ((e.SubjectNode == s && e.ObjectNode == o) || (e.Predicate.Symmetric && e.SubjectNode == o && e.ObjectNode == s)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The other end of an edge, seen from <paramref name="node"/>.</summary>
    public int Other(Edge e, int node) => e.SubjectNode == node ? e.ObjectNode : e.SubjectNode;

    public static async Task<RelationGraph> LoadAsync(DbConnection conn, CancellationToken ct)
    {
        var copied = new HashSet<(int, int)>();
        await ReadAsync(conn, CopiedSql, r => copied.Add((r.GetInt32(0), r.GetInt32(1))), ct);

        var years = new Dictionary<int, int>();
        await ReadAsync(conn, YearsSql, r =>
        {
            if (int.TryParse(r.GetString(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                years[r.GetInt32(0)] = year;
            }
        }, ct);

        var entities = new Dictionary<string, Node>(StringComparer.Ordinal);
        await ReadAsync(conn, EntitiesSql, r => entities[r.GetString(0)] = new Node(r.GetString(0), r.GetString(1), r.GetString(2)), ct);

        var nodes = new List<Node>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = PredicateTable.All;
        var predicates = Enumerable.Range(0, table.Count).ToDictionary(i => table[i].Name, i => i, StringComparer.Ordinal);
        var evidence = new Dictionary<(int, int, int), List<Support>>();
        await ReadAsync(conn, EvidenceSql, r =>
        {
            if (!predicates.TryGetValue(r.GetString(1), out var p))
            {
                return;
            }

            var s = NodeOf(r.GetString(0));
            var o = NodeOf(r.GetString(2));
            if (s < 0 || o < 0 || s == o)
            {
                return;
            }

            // A symmetric predicate reads the same both ways: one edge, as the profile shows it once.
            var key = table[p].Symmetric && string.CompareOrdinal(nodes[o].Id, nodes[s].Id) < 0 ? (o, p, s) : (s, p, o);
            var sourceNum = r.GetInt32(3);
            var passage = r.GetInt32(5);
            if (!evidence.TryGetValue(key, out var list))
            {
                evidence[key] = list = [];
            }

            list.Add(new Support(sourceNum, r.GetInt32(4), passage, copied.Contains((sourceNum, passage)), years.GetValueOrDefault(sourceNum)));
        }, ct);

        var edges = evidence
            .Select(kv => new Edge(kv.Key.Item1, kv.Key.Item3, table[kv.Key.Item2],
                kv.Value.OrderBy(s => s.SourceNum).ThenBy(s => s.ClaimOrdinal).ToArray()))
            .OrderBy(e => nodes[e.SubjectNode].Id, StringComparer.Ordinal)
            .ThenBy(e => e.Predicate.Name, StringComparer.Ordinal)
            .ThenBy(e => nodes[e.ObjectNode].Id, StringComparer.Ordinal)
            .ToList();
        return new RelationGraph(nodes, edges);

        // Relations with a rejected (invisible) end are not drawn, as no profile shows them.
        int NodeOf(string id)
        {
            if (nodeIndex.TryGetValue(id, out var i))
            {
                return i;
            }

            if (!entities.TryGetValue(id, out var node))
            {
                return -1;
            }

            nodes.Add(node);
            return nodeIndex[id] = nodes.Count - 1;
        }
    }

    // Rows straight from the reader: tens of thousands of evidence rows, each read into a struct, no row object between
    // (SQLite's reader is synchronous; ReadAsync would only add a task per row).
    private static async Task ReadAsync(DbConnection conn, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (r.Read())
        {
            row(r);
        }
    }
}

/// <summary>
/// The <see cref="RelationGraph"/> of the current data generation (<see cref="DataGeneration"/>, the value the page cache
/// is keyed to): built by the first request after a commit, shared by every request until the next one. Never stale.
/// </summary>
public sealed class RelationGraphs(AtlasDatabase database, DataGeneration generation, ILogger<RelationGraphs> log)
{
    private readonly Lock _gate = new();
    private string? _generation;
    private Task<RelationGraph>? _graph;

    public Task<RelationGraph> CurrentAsync(CancellationToken ct)
    {
        // The generation is read before the graph: a commit in between only makes the next request build it again.
        var current = generation.Current;
        Task<RelationGraph> graph;
        lock (_gate)
        {
            if (_graph is null || _generation != current || _graph.IsFaulted || _graph.IsCanceled)
            {
                _generation = current;
                _graph = Task.Run(BuildAsync, CancellationToken.None);
            }

            graph = _graph;
        }

        // One request giving up does not cancel the build the others wait for.
        return graph.WaitAsync(ct);
    }

    private async Task<RelationGraph> BuildAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var conn = await database.OpenAsync(CancellationToken.None);
        var graph = await RelationGraph.LoadAsync(conn, CancellationToken.None);
        log.LogInformation("Relation graph built: {Nodes} actors, {Edges} relations, {Evidence} sentences in {Ms} ms",
            graph.Nodes.Count, graph.Edges.Count, graph.Edges.Sum(e => e.Evidence.Length), clock.ElapsedMilliseconds);
        return graph;
    }
}
