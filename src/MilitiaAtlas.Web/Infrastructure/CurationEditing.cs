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
        return services;
    }

    /// <summary>Who is asking, and whether they may: after routing and before the output cache, which then keeps only what readers who are not signed in see.</summary>
    public static IApplicationBuilder UseCurationEditing(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();
}
