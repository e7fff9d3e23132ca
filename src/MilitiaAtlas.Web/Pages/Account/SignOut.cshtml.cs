using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.Account;

/// <summary>Signing out: a POST with the antiforgery token (the navigation's button), so no link or image can sign anyone out.</summary>
[ErrorResponses.TakesPosts]
public sealed class SignOutModel(SignInManager<IdentityUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
