using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Pages.Curation;

namespace MilitiaAtlas.Web.Pages.Entities;

public sealed class ProfileModel(ProfileQuery query, CurationQuery curation, IAuthorizationService authorization) : PageModel
{
    public ProfileQuery.Result Data { get; private set; } = null!;

    /// <summary>The records that touched the entity, for an editor (who sees the curation controls); null for everyone else.</summary>
    public IReadOnlyList<CurationQuery.Row>? History { get; private set; }

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
        if ((await authorization.AuthorizeAsync(User, Roles.EditPolicy)).Succeeded)
        {
            History = await curation.HistoryAsync(id, ct);
        }

        return Page();
    }
}
