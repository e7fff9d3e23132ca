using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Sources;

namespace MilitiaAtlas.Web.Api;

/// <summary>The JSON twin of the source reader.</summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/sources", async (SourceListQuery query, CancellationToken ct) =>
            Results.Ok(await query.RunAsync(ct)))
            .WithSummary("Every source with its counts");

        app.MapRead("/api/sources/{id}", async (string id, SourceReaderQuery query, CancellationToken ct) =>
        {
            var r = await query.RunAsync(id, null, ct);
            if (r is null)
            {
                return ErrorResponses.Problem(StatusCodes.Status404NotFound, "no source with this id", id);
            }

            var s = r.Source;
            return Results.Ok(new
            {
                id = s.Id,
                file = s.File,
                title = s.Title,
                outlet = s.Outlet,
                author = s.Author,
                published = s.Published,
                url = s.Url,
                text = s.Text,
                passages = r.Passages.Select(v => new
                {
                    id = PassageIds.Format(v.Passage.Ordinal),
                    start = v.Passage.Start,
                    end = v.Passage.End,
                    kind = v.Passage.Kind,
                    reusedFrom = v.Passage.ReusedFromSourceId is null
                        ? null
                        : new { sourceId = v.Passage.ReusedFromSourceId, passageId = PassageIds.Format(v.Passage.ReusedFromOrdinal.GetValueOrDefault()) },
                }),
                reusedBy = r.ReusedBy.Select(x => new { sourceId = x.Id, title = x.Title }),
            });
        }).WithSummary("One source: metadata, stored text and passages");
        return app;
    }
}
