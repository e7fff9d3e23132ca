using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Curation;

namespace MilitiaAtlas.Web.Pages.Sources;

public sealed class ReaderModel(SourceReaderQuery query, CurationQuery curation, IAuthorizationService authorization) : PageModel
{
    public SourceReaderQuery.Result Data { get; private set; } = null!;

    /// <summary>For an editor, the entities named in the highlighted span (to merge or reject from here); empty for everyone else.</summary>
    public IReadOnlyList<CurationQuery.Named> Named { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? hl, CancellationToken ct)
    {
        var result = await query.RunAsync(slug, hl, ct);
        if (result is null)
        {
            return NotFound();
        }

        Data = result;
        if (result.Highlight is { } h && (await authorization.AuthorizeAsync(User, Roles.EditPolicy)).Succeeded)
        {
            Named = await curation.NamedAsync(result.Source.Id, h.Start, h.End, ct);
        }

        return Page();
    }
}
