using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages.Sources;

public sealed class ReaderModel(SourceReaderQuery query) : PageModel
{
    public SourceReaderQuery.Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string? hl, CancellationToken ct)
    {
        var result = await query.RunAsync(slug, hl, ct);
        if (result is null)
        {
            return NotFound();
        }

        Data = result;
        return Page();
    }
}
