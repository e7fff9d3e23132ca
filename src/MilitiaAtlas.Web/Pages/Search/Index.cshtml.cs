using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Search;

public sealed class IndexModel(SearchQuery query) : PageModel
{
    public SearchQuery.Result Data { get; private set; } = SearchQuery.Result.Empty;

    /// <summary>A filter the page could not read (it is left out, and the page says so).</summary>
    public string? FilterError { get; private set; }

    public async Task OnGetAsync(string? q, string? kind, string? from, string? to, int? page, CancellationToken ct)
    {
        var filters = SearchQuery.Filters.Parse(kind, from, to, page, out var error);
        FilterError = error;
        Data = await query.RunAsync(q, filters, ct);
    }
}
