using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Map;

public sealed class IndexModel(MapQuery query) : PageModel
{
    public MapQuery.Result Data { get; private set; } = null!;

    // A year that is not one is left out; the form shows what applied.
    public async Task OnGetAsync(string? actor, string? from, string? to, CancellationToken ct) =>
        Data = await query.RunAsync(MapQuery.Filters.Parse(actor, from, to, out _), ct);
}
