using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.Account;

/// <summary>
/// Signing in through the OpenID Connect provider (docs/security.md, "Single sign-on"): the POST sends the browser to
/// the provider; its answer comes back to the callback, which finds or makes the local account linked to the provider's
/// subject, sets its roles from the provider's role claim (<see cref="OidcOptions.RolesFor"/>) and signs it in. A user
/// to whom the provider gives no mapped role, or whose account is locked, is refused.
/// </summary>
[AllowAnonymous]
[ErrorResponses.TakesPosts]
public sealed class ExternalModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, IOptions<AccountOptions> options) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnPost(string? returnUrl)
    {
        if (!options.Value.Oidc.Enabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/External", "Callback", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, callback), OidcOptions.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var oidc = options.Value.Oidc;
        var info = await signIn.GetExternalLoginInfoAsync();
        if (!oidc.Enabled || info is null)
        {
            Error = "The provider's answer could not be read. Sign in again.";
            return Page();
        }

        var roles = oidc.RolesFor(info.Principal.Claims);
        if (roles.Count == 0)
        {
            Error = "Your provider gives you no role in this atlas. Ask an admin.";
            return Page();
        }

        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            var name = info.Principal.FindFirst(oidc.NameClaim)?.Value ?? info.ProviderKey;
            user = new IdentityUser(name);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddLoginAsync(user, info)).Succeeded)
            {
                Error = "No account could be made for you: " + string.Join(" ", created.Errors.Select(e => e.Description));
                return Page();
            }
        }

        if (await users.IsLockedOutAsync(user))
        {
            Error = "This account is locked. Ask an admin.";
            return Page();
        }

        // The provider is the authority on roles: each sign-in sets them to what it says now.
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, OidcOptions.Scheme);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
