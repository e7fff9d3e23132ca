using System.Text.Json;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Pages.Map;
using MilitiaAtlas.Web.Pages.Network;

namespace MilitiaAtlas.Web.Api;

/// <summary>
/// The JSON twins of the network and the map (docs/api.md): <c>/api/graph</c> answers what /network and the profile's
/// ego network draw, <c>/api/map</c> what /map draws. The pages embed the very same JSON (<see cref="Graph"/>, <see cref="Map"/>).
/// </summary>
public static class GraphApi
{
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddSingleton<EntityLookup>();
        services.AddSingleton<RelationGraphs>();
        services.AddSingleton<GraphQuery>();
        services.AddSingleton<MapQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/graph", async (string? focus, int? depth, string[]? predicates, string[]? types, string? from, string? to, int? minSources, int? limit,
            GraphQuery query, CancellationToken ct) =>
        {
            var filters = GraphQuery.Filters.Parse(focus, depth, predicates, types, from, to, minSources, limit, out var error);
            if (error is not null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, error);
            }

            var r = await query.RunAsync(filters, ct);
            return r.FocusNotFound
                ? ErrorResponses.Problem(StatusCodes.Status404NotFound, "no entity matches this focus", filters.Focus)
                : Results.Ok(Graph(r));
        });

        app.MapRead("/api/graph/evidence", async (string? subject, string? predicate, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "object")] string? obj,
            string? from, string? to, GraphQuery query, CancellationToken ct) =>
        {
            var filters = GraphQuery.Filters.Parse(null, null, null, null, from, to, null, null, out var error);
            if (error is not null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, error);
            }

            if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(predicate) || string.IsNullOrWhiteSpace(obj))
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, "subject, predicate and object are required");
            }

            var r = await query.EvidenceAsync(subject, predicate, obj, filters, ct);
            return r is null
                ? ErrorResponses.Problem(StatusCodes.Status404NotFound, "no such relation (within these years)")
                : Results.Ok(new
                {
                    edge = Edge(r.Edge, filters),
                    subject = Node(r.Subject),
                    @object = Node(r.Target),
                    citations = r.Citations.Select(AtlasApi.Cite),
                });
        });

        app.MapRead("/api/map", async (string? actor, string? from, string? to, MapQuery query, CancellationToken ct) =>
        {
            var filters = MapQuery.Filters.Parse(actor, from, to, out var error);
            if (error is not null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, error);
            }

            var r = await query.RunAsync(filters, ct);
            return r.ActorNotFound
                ? ErrorResponses.Problem(StatusCodes.Status404NotFound, "no entity matches this actor", filters.Actor)
                : Results.Ok(Map(r));
        });
        return app;
    }

    /// <summary>The network as the API answers it and the page embeds it.</summary>
    public static object Graph(GraphQuery.Result r) => new
    {
        focus = r.Focus is null ? null : new { id = r.Focus.Id, type = r.Focus.Type, name = r.Focus.Name, url = r.Focus.Url },
        filters = new
        {
            focus = r.Filters.Focus,
            depth = r.Filters.Depth,
            predicates = r.Filters.Predicates,
            types = r.Filters.Types,
            from = r.Filters.From,
            to = r.Filters.To,
            minSources = r.Filters.MinSources,
            limit = r.Filters.Limit,
        },
        eligible = r.Eligible,
        truncated = r.Truncated,
        nodes = r.Nodes.Select(Node),
        edges = r.Edges.Select(e => Edge(e, r.Filters)),
    };

    private static object Node(GraphQuery.NodeView n) => new { id = n.Id, type = n.Type, name = n.Name, url = n.Url, links = n.Links, hop = n.Hop };

    private static object Edge(GraphQuery.EdgeView e, GraphQuery.Filters f) => new
    {
        id = e.Id,
        source = e.Source,
        target = e.Target,
        predicate = e.Predicate,
        label = e.Label,
        symmetric = e.Symmetric,
        independentSources = e.IndependentSources,
        evidence = e.Evidence,
        evidenceUrl = Links.GraphEvidence(e.Source, e.Predicate, e.Target, f.From, f.To),
    };

    /// <summary>The map's places as the API answers them and the page embeds them.</summary>
    public static object Map(MapQuery.Result r) => new
    {
        actor = r.Actor is null ? null : new { id = r.Actor.Id, type = r.Actor.Type, name = r.Actor.Name, url = Links.Entity(r.Actor.Type, r.Actor.Id) },
        filters = new { actor = r.Filters.Actor, from = r.Filters.From, to = r.Filters.To },
        places = r.Places.Select(p => new { id = p.Id, name = p.Name, country = p.Country, lat = p.Lat, lon = p.Lon, events = p.Events, mentions = p.Mentions, url = p.Url }),
    };

    /// <summary>
    /// JSON for a page to embed in a <c>&lt;script type="application/json"&gt;</c> block, with the API's options: the
    /// encoder escapes &lt; &gt; &amp; ' +, so article text can never close the block.
    /// </summary>
    public static string Embed(object value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, options);
}
