using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Pages.Curation;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// Curation in the browser (docs/curation.md, decision 016): the records store, the history query, and the two
/// authorization policies the write handlers require. Every curation handler is a POST under <see cref="Path"/>.
/// </summary>
public static class CurationEditing
{
    /// <summary>Where the curation handlers answer: the one prefix besides GET and HEAD that takes a POST (ErrorResponses).</summary>
    public const string Path = "/curation";

    /// <summary>The rate-limit policy of the curation handlers: <see cref="WritesPerMinute"/> per signed-in user.</summary>
    public const string RateLimitPolicy = "curation-writes";

    /// <summary>More than an editor clicks in a minute; few enough that a script looping on a session gets 429 quickly.</summary>
    public const int WritesPerMinute = 30;

    public static IServiceCollection AddCurationEditing(this IServiceCollection services)
    {
        services.AddSingleton<CurationRecords>();
        services.AddSingleton<CurationQuery>();

        // Until the accounts branch (issue 21) brings sign-in, authentication is a cookie scheme nobody can sign in to:
        // readers read, and every write handler answers as to a reader who is not signed in. That branch owns the one
        // registration of the scheme and the policies after the merge.
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.EditPolicy, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));

        // Per user, not per address: editors behind one office proxy do not share a budget, and one user's script cannot
        // spend another's. The 429 answer is Hardening's (Retry-After, the error page).
        services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : "address:" + context.Connection.RemoteIpAddress,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>Who is asking, and whether they may: after routing and before the output cache, which then keeps only what readers who are not signed in see.</summary>
    public static IApplicationBuilder UseCurationEditing(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();
}
