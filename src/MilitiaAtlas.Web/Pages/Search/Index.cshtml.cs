using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Search;

public sealed class IndexModel(SearchQuery query) : PageModel
{
    public SearchQuery.Result Data { get; private set; } = SearchQuery.Result.Empty;

    public async Task OnGetAsync(string? q, CancellationToken ct) => Data = await query.RunAsync(q, ct);
}
