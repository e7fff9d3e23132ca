using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>The account settings (docs/security.md), under <c>Atlas</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "Atlas";

    /// <summary>
    /// Whether everything browsable may be read without signing in. On by default, so that <c>dotnet run</c> opens the
    /// seeded atlas as it always did; off on a server whose atlas is not for everyone: then every page and API answer
    /// needs a signed-in reader, editor or admin.
    /// </summary>
    public bool PublicRead { get; set; } = true;

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked, whatever password is given meanwhile.</summary>
    public double LockoutMinutes { get; set; } = 15;

    /// <summary>An OpenID Connect provider, when its authority is set (<c>Atlas:Oidc:…</c>).</summary>
    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>A team's OpenID Connect provider, plugged in by configuration alone (docs/security.md, "Single sign-on").</summary>
public sealed class OidcOptions
{
    /// <summary>The authentication scheme's name; the provider's callback is <c>/account/oidc-callback</c>.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in page's button says.</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>The claim that carries the user's name here.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The claim whose values are mapped to the site's roles through <see cref="RoleMap"/>.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>A value of <see cref="RoleClaim"/> → one of reader, editor, admin (<c>Atlas:Oidc:RoleMap:atlas-editors=editor</c>).</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The role of a user none of whose claim values is mapped; none (the default) refuses them.</summary>
    public string? DefaultRole { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The site's roles a provider's user gets: the mapped values of the role claim, else the default role.</summary>
    public IReadOnlyList<string> RolesFor(IEnumerable<System.Security.Claims.Claim> claims)
    {
        var roles = claims.Where(c => c.Type == RoleClaim)
            .Select(c => RoleMap.TryGetValue(c.Value, out var role) ? role : null)
            .OfType<string>().Where(Accounts.IsRole).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0 && DefaultRole is not null && Accounts.IsRole(DefaultRole))
        {
            roles.Add(DefaultRole);
        }

        return roles;
    }
}

/// <summary>Identity's EF Core store over the atlas file; its tables come from the hand-written migration 20261121000019 (decision 015).</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options);

/// <summary>
/// Accounts and roles (docs/security.md, decision 015): ASP.NET Core Identity on the atlas database, a cookie for the
/// signed-in user, lock-out after wrong passwords, the two policies of <see cref="Roles"/>, reading without signing in
/// as a setting, and an OpenID Connect provider when one is configured.
/// </summary>
public static class Accounts
{
    /// <summary>The roles, most powerful last.</summary>
    public static readonly IReadOnlyList<string> All = [Roles.Reader, Roles.Editor, Roles.Admin];

    public const string SignInPath = "/account/sign-in";

    public const string SignOutPath = "/account/sign-out";

    public static bool IsRole(string role) => All.Contains(role, StringComparer.Ordinal);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .Validate(o => o.MaxFailedSignIns > 0 && o.LockoutMinutes > 0, "Atlas:MaxFailedSignIns and Atlas:LockoutMinutes must be positive")
            .Validate(o => o.Oidc.RoleMap.Values.All(IsRole) && (o.Oidc.DefaultRole is null || IsRole(o.Oidc.DefaultRole)),
                "Atlas:Oidc:RoleMap and Atlas:Oidc:DefaultRole may name only reader, editor or admin")
            .ValidateOnStart();
        services.AddDbContext<AccountsDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<AtlasDatabase>().ConnectionString));
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                // Length is what makes a password hard to guess (NIST SP 800-63B); no rules about character classes.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "atlas.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context =>
            {
                // The API and every write answer 401; a page sends the browser to the sign-in page and back.
                if (IsApiOrWrite(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // Signed in without the role: 403 and the error page saying so, never a redirect.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(o =>
        {
            o.AddPolicy(Roles.EditPolicy, p => p.RequireRole(Roles.Editor, Roles.Admin));
            o.AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        });
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            if (!accounts.Value.PublicRead)
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireRole(Roles.Reader, Roles.Editor, Roles.Admin).Build();
            }
        });

        // A scheme exists only when configured: it is registered at start, so this one setting is read now.
        var oidc = configuration.GetSection(AccountOptions.Section).GetSection(nameof(AccountOptions.Oidc)).Get<OidcOptions>();
        if (oidc is { Enabled: true })
        {
            services.AddAuthentication().AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.CallbackPath = "/account/oidc-callback";
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Scope.Add("profile");

                // Claims keep the provider's names (MapInboundClaims off, so RoleClaim and NameClaim mean what the
                // provider says); Identity finds the external login by the name-identifier claim, which is the subject.
                o.Events.OnTokenValidated = context =>
                {
                    if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity
                        && identity.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier) is null
                        && identity.FindFirst("sub") is { } subject)
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, subject.Value));
                    }

                    return Task.CompletedTask;
                };
            });
        }

        return services;
    }

    /// <summary>After routing: who the user is, the method check of writes, then what they may do.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseWritesOnlyWhereTaken();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The user's highest role, for the navigation: admin, editor, reader, or null.</summary>
    public static string? RoleOf(System.Security.Claims.ClaimsPrincipal user) =>
        All.LastOrDefault(user.IsInRole);

    private static bool IsApiOrWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));

    /// <summary>The schemes of outside providers the sign-in page offers (OpenID Connect, when configured).</summary>
    public static async Task<IReadOnlyList<AuthenticationScheme>> ProvidersAsync(IAuthenticationSchemeProvider schemes) =>
        (await schemes.GetAllSchemesAsync()).Where(s => s.Name == OidcOptions.Scheme).ToList();
}
