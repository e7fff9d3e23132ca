using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Entities;

public sealed class ProfileModel(ProfileQuery query) : PageModel
{
    public ProfileQuery.Result Data { get; private set; } = null!;

    public CitationList Citations { get; } = new();

    public async Task<IActionResult> OnGetAsync(string kind, string id, CancellationToken ct)
    {
        var result = await query.RunAsync(id, ct);
        if (result is null)
        {
            return NotFound();
        }

        // One URL per entity: /people/x for a group moves to /groups/x.
        if (Links.EntityKind(result.Entity.Type) != kind)
        {
            return RedirectPermanent(Links.Entity(result.Entity.Type, id));
        }

        Data = result;
        return Page();
    }
}
