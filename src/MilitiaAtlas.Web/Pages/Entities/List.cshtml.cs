using MilitiaAtlas.Web.Pages.Citations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Entities;

public sealed class ListModel(EntityListQuery query) : PageModel
{
    public EntityListQuery.Result Data { get; private set; } = null!;

    public string Kind { get; private set; } = "";

    public async Task OnGetAsync(string kind, string? q, string? sort, int? page, CancellationToken ct)
    {
        Kind = kind;
        var type = Links.TypeOfKind(kind);
        Data = await query.RunAsync(type, q, sort, page ?? 1, ct);
    }
}
