using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Search;
using MilitiaAtlas.Web.Search;

namespace MilitiaAtlas.Web.Api;

/// <summary>The JSON twin of the search page, and the suggestions behind the search box.</summary>
public static class SearchApi
{
    /// <summary>At most this many results in one answer of <c>/api/search</c>.</summary>
    public const int ResultLimit = 20;

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchQuery>();
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        // Best first: entities by rank, then source titles, then claims. Snippets are HTML: encoded text, matches in <mark>.
        app.MapRead("/api/search", async (string? q, string? kind, string? from, string? to, int? page, SearchQuery query, CancellationToken ct) =>
        {
            var filters = SearchQuery.Filters.Parse(kind, from, to, page, out var error);
            if (error is not null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, error);
            }

            var r = await query.RunAsync(q, filters, ct);
            var entities = r.Entities.Select(e => new SearchResult(e.Type, e.Id, e.Name, e.Url, SearchQuery.ToHtml(e.Highlighted)));
            var sources = r.Sources.Select(s => new SearchResult(s.Kind, s.Id, s.Title, s.Url, SearchQuery.ToHtml(s.Snippet)));
            var claims = r.Claims.Select(c => new SearchResult(c.Kind, c.Id, c.Title, c.Url, SearchQuery.ToHtml(c.Snippet)));
            var didYouMean = r.DidYouMean is { } m ? new Correction(m.Name, m.Type, m.Url, Links.Search(m.Name)) : null;
            var results = entities.Concat(sources).Concat(claims);
            return Results.Ok(new SearchAnswer(r.Query, r.Truncated, didYouMean, r.Filters.Kind, r.Filters.From, r.Filters.To, r.Filters.Page, r.Pages, r.Totals,
                (r.Filters.Kind is null ? results.Take(ResultLimit) : results).ToList()));
        }).WithSummary("Names in any spelling, places, claims and source titles, best first");

        app.MapRead("/api/suggest", async (string? q, SearchQuery query, CancellationToken ct) =>
            Results.Ok((await query.SuggestAsync(q, ct)).Select(e => new Suggestion(e.Name, e.Type, e.Url)).ToList()))
            .WithSummary("At most 8 names for the search box's suggestions");
        return app;
    }

    private sealed record SearchAnswer(string Query, bool Truncated, Correction? DidYouMean, string? Kind, int? From, int? To, int Page, int Pages,
        IReadOnlyDictionary<string, long> Totals, IReadOnlyList<SearchResult> Results);

    /// <summary>The entity a misspelled query likely means: its name, kind, profile, and the search for its name.</summary>
    private sealed record Correction(string Name, string Kind, string Url, string Search);

    private sealed record SearchResult(string Kind, string Id, string Name, string Url, string Snippet);

    private sealed record Suggestion(string Name, string Kind, string Url);
}
