using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Network;

public sealed class IndexModel(GraphQuery query) : PageModel
{
    public GraphQuery.Result Data { get; private set; } = null!;

    // A value that means nothing (an unknown predicate, a year that is not one) is left out; the form shows what applied.
    public async Task OnGetAsync(string? focus, int? depth, string[]? predicates, string[]? types, string? from, string? to, int? minSources, int? limit, CancellationToken ct) =>
        Data = await query.RunAsync(GraphQuery.Filters.Parse(focus, depth, predicates, types, from, to, minSources, limit, out _), ct);
}
