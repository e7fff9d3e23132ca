using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MilitiaAtlas.Web.Tests;

/// <summary>
/// Signs a test user in by request headers: <see cref="UserHeader"/> names the user and <see cref="RoleHeader"/> gives
/// their roles (comma-separated). A request without the header is a reader who is not signed in. The app's scheme is
/// replaced by this one in tests that ask for it (<c>new AtlasApp { TestUsers = true }</c>); the policies stay the app's.
/// </summary>
public sealed class TestUsers(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
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

    /// <summary>Makes the test scheme the app's scheme for signing in, challenging (401) and forbidding (403).</summary>
    public static void Register(IServiceCollection services) =>
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SchemeName;
                o.DefaultAuthenticateScheme = SchemeName;
                o.DefaultChallengeScheme = SchemeName;
                o.DefaultForbidScheme = SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, TestUsers>(SchemeName, null);

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
