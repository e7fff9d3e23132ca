using System.Threading.RateLimiting;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Pages.Curation;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// Curation in the browser (docs/curation.md, decision 016): the records store, the history query, and the two
/// rate limit of its write handlers (the policies they require are the accounts', Infrastructure/Accounts.cs). Every curation handler is a POST under <see cref="Path"/>.
/// </summary>
public static class CurationEditing
{
    /// <summary>Where the curation handlers answer (a page marked ErrorResponses.TakesPosts).</summary>
    public const string Path = "/curation";

    /// <summary>The rate-limit policy of the curation handlers: <see cref="WritesPerMinute"/> per signed-in user.</summary>
    public const string RateLimitPolicy = "curation-writes";

    /// <summary>More than an editor clicks in a minute; few enough that a script looping on a session gets 429 quickly.</summary>
    public const int WritesPerMinute = 30;

    public static IServiceCollection AddCurationEditing(this IServiceCollection services)
    {
        services.AddSingleton<CurationRecords>();
        services.AddSingleton<CurationQuery>();

        // Sign-in, the scheme and the two policies are the accounts' (Infrastructure/Accounts.cs, docs/security.md).

        // Per user, not per address: editors behind one office proxy do not share a budget, and one user's script cannot
        // spend another's. The 429 answer is Hardening's (Retry-After, the error page).
        services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : "address:" + context.Connection.RemoteIpAddress,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

}
