using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Timeline;

public sealed class IndexModel(TimelineQuery query) : PageModel
{
    public TimelineQuery.Result Data { get; private set; } = null!;

    public CitationList Citations { get; } = new();

    public async Task OnGetAsync(string? actor, string? group, string? place, string? from, string? to, CancellationToken ct) =>
        Data = await query.RunAsync(new TimelineQuery.Filters(actor, group, place, from, to), ct);
}
