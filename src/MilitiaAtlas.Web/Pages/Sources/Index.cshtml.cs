using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Sources;

public sealed class IndexModel(SourceListQuery query) : PageModel
{
    public IReadOnlyList<SourceListQuery.Row> Data { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Data = await query.RunAsync(ct);
}
