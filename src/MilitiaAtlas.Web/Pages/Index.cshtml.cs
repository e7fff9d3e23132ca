using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages;

public sealed class IndexModel(HomeQuery query) : PageModel
{
    public HomeQuery.Result Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await query.RunAsync(ct);
}
