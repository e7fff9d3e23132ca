using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.Account;

/// <summary>
/// Signing in with a name and password (Identity's hasher, lock-out after <c>Atlas:MaxFailedSignIns</c> wrong
/// passwords in a row), or through the configured OpenID Connect provider.
/// </summary>
[AllowAnonymous]
[ErrorResponses.TakesPosts]
public sealed class SignInModel(SignInManager<IdentityUser> signIn, IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty]
    [Required]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, for the page to show.</summary>
    public string? Error { get; private set; }

    public IReadOnlyList<AuthenticationScheme> Providers { get; private set; } = [];

    public async Task OnGetAsync() => Providers = await Accounts.ProvidersAsync(schemes);

    public async Task<IActionResult> OnPostAsync()
    {
        Providers = await Accounts.ProvidersAsync(schemes);
        if (!ModelState.IsValid)
        {
            Error = "Give your user name and your password.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // One answer for a wrong name and a wrong password, so that the page does not tell which names exist.
        Error = result.IsLockedOut
            ? "This account is locked after too many wrong passwords. Try again later, or ask an admin."
            : "The user name or the password is wrong.";
        return Page();
    }
}
