using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Entities;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Pages.Timeline;

namespace MilitiaAtlas.Web.Api;

/// <summary>The JSON twins of the entity lists, profiles and the timeline (docs/api.md).</summary>
public static class AtlasApi
{
    public static IEndpointRouteBuilder MapAtlasApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/entities", async (string? type, string? q, string? sort, int? page, EntityListQuery query, CancellationToken ct) =>
        {
            var t = type is "person" or "group" or "place" ? type : null;
            if (type is not null && t is null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, "type must be person, group or place");
            }

            var lists = new List<object>();
            foreach (var kind in t is null ? ["person", "group", "place"] : new[] { t })
            {
                var r = await query.RunAsync(kind, q, sort, page ?? 1, ct);
                lists.Add(new
                {
                    type = kind,
                    total = r.Total,
                    page = r.Page,
                    pages = r.Pages,
                    items = r.Rows.Select(x => new { id = x.Id, name = x.Name, url = Links.Entity(kind, x.Id), mentions = x.Mentions, sources = x.Sources, independentSources = x.IndependentSources, relations = x.Relations, events = x.Events, curated = x.Curated != 0 }),
                });
            }

            return Results.Ok(lists);
        }).WithSummary("The lists of people, groups and places, filtered, sorted and paged");

        app.MapRead("/api/entities/{id}", async (string id, ProfileQuery query, CancellationToken ct) =>
        {
            var d = await query.RunAsync(id, ct);
            if (d is null)
            {
                return ErrorResponses.Problem(StatusCodes.Status404NotFound, "no entity with this id", id);
            }

            var e = d.Entity;
            return Results.Ok(new
            {
                id = e.Id,
                type = e.Type,
                name = e.Name,
                url = Links.Entity(e.Type, e.Id),
                curated = e.Curated != 0,
                coordinates = e.Lat is null ? null : new { lat = e.Lat, lon = e.Lon },
                roleSummary = d.RoleSummary,
                counts = new { mentions = d.Counts.Mentions, sources = d.Counts.Sources, independentSources = d.Counts.IndependentSources, relations = d.Counts.Relations, events = d.Counts.Events },
                facts = Facts(d.Facts),
                aliases = d.Aliases.Select(a => new { alias = a.Alias, count = a.Count }).Concat(d.CuratedAliases.Select(a => new { alias = a, count = 0L })),
                relations = d.Relations.SelectMany(g => g.Relations.Select(r => new
                {
                    label = g.Label,
                    entityId = r.OtherId,
                    name = r.OtherName,
                    independentSources = r.IndependentSources,
                    confirmed = r.Confirmed,
                    citations = r.Evidence.Select(Cite),
                })),
                events = d.Events.Select(v => new { id = v.Id, date = v.Date, when = v.When, summary = v.Summary, citations = v.Evidence.Select(Cite) }),
                said = d.OwnClaims.Select(Cite),
                about = d.AboutClaims.Select(Cite),
                sources = d.Sources.Select(s => new { id = s.Id, title = s.Title, outlet = s.Outlet, published = s.Published, mentions = s.Mentions }),
                typeEvidence = (d.Why?.Reasons ?? []).Select(r => new
                {
                    cue = r.Cue,
                    label = r.Label,
                    type = r.Type,
                    weight = r.Weight,
                    count = r.Count,
                    sources = r.Sources,
                    deciding = r.Deciding,
                    citations = r.Evidence.Select(Cite),
                }),
            });
        }).WithSummary("A profile: names, relations, events, claims and sources, each with its citations");

        app.MapRead("/api/timeline", async (string? actor, string? group, string? place, string? from, string? to, TimelineQuery query, CancellationToken ct) =>
        {
            var d = await query.RunAsync(new TimelineQuery.Filters(actor, group, place, from, to), ct);
            return Results.Ok(new
            {
                filters = new { d.Filters.Actor, d.Filters.Group, d.Filters.Place, d.Filters.From, d.Filters.To },
                truncated = d.Truncated,
                events = d.Events.Select(v => new
                {
                    id = v.Id,
                    date = v.Date,
                    when = v.When,
                    summary = v.Summary,
                    disputed = v.Disputed,
                    reportedDates = v.ReportedDates,
                    participants = v.Participants.Select(p => new { id = p.Id, name = p.Name, url = Links.Entity(p.Type, p.Id) }),
                    places = v.Places.Select(p => new { id = p.Id, name = p.Name, url = Links.Entity(p.Type, p.Id) }),
                    citations = v.Evidence.Select(Cite),
                }),
            });
        }).WithSummary("Dated events in date order, filtered by person, group, place and years");

        return app;
    }

    /// <summary>A profile's fact box: each fact with the citation the page shows for it.</summary>
    private static object Facts(ProfileFacts.FactBox f)
    {
        static object? Dated(ProfileQuery.EventView? v) => v is null ? null : new { id = v.Id, date = v.Date, when = v.When, summary = v.Summary, citation = Cite(v.Evidence[0]) };
        static object Item(ProfileFacts.FactItem i) => new { id = i.Id, name = i.Name, url = Links.Entity(i.Type, i.Id), count = i.Count, citation = Cite(i.Citation) };
        return new
        {
            typeCitation = f.TypeCitation is null ? null : Cite(f.TypeCitation),
            names = f.Names.Select(n => new { alias = n.Alias, count = n.Count, citation = n.Citation is null ? null : Cite(n.Citation) }),
            relations = f.Relations.Select(r => new { label = r.Label, items = r.Items.Select(Item), more = r.More }),
            founded = Dated(f.Founded),
            eventsIn = f.ActiveIn.Select(Item),
            firstEvent = Dated(f.First),
            lastEvent = Dated(f.Last),
        };
    }

    /// <summary>A citation as every API answer writes it (docs/api.md).</summary>
    public static object Cite(Citation c) =>
        new { sourceId = c.SourceId, source = c.SourceTitle, url = c.Url, start = c.Start, end = c.End, quote = c.Quote, copy = c.Copy };
}
