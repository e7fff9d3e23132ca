using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MilitiaAtlas.Web.Tests;

/// <summary>
/// Signs a test user in by request headers: <see cref="UserHeader"/> names the user and <see cref="RoleHeader"/> gives
/// their roles (comma-separated). A request without the header is whoever the app's own cookie says (a reader who is not
/// signed in, or a user who signed in through the form: Accounts/TestUsers.cs). Tests ask for it with
/// <c>new AtlasApp { TestUsers = true }</c>; the policies stay the app's.
/// </summary>
public sealed class HeaderUsers(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";

    /// <summary>The headers that sign <paramref name="name"/> in with <paramref name="roles"/>.</summary>
    public static Dictionary<string, string> Headers(string name, params string[] roles) => new()
    {
        [UserHeader] = name,
        [RoleHeader] = string.Join(',', roles),
    };

    /// <summary>The scheme that picks, per request: the headers' test user when the request carries them, else the app's own cookie.</summary>
    public const string SelectorScheme = "TestOrApp";

    /// <summary>
    /// A request with <see cref="UserHeader"/> is signed in, challenged (401) and forbidden (403) by this scheme; any other
    /// goes to the app's own sign-in (Identity's cookie), so tests that sign in through the real form still work.
    /// </summary>
    public static void Register(IServiceCollection services) =>
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultAuthenticateScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultForbidScheme = SelectorScheme;
                o.DefaultSignInScheme = Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
                o.DefaultSignOutScheme = Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, HeaderUsers>(SchemeName, null)
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? SchemeName : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var name) || string.IsNullOrEmpty(name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, name!) };
        claims.AddRange(Request.Headers[RoleHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r.Trim())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
