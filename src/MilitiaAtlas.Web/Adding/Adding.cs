using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Adding;

/// <summary>Adding sources in the browser (docs/security.md): the limits, the fetcher, and the background writer of jobs.</summary>
public static class Adding
{
    public static IServiceCollection AddSourceAdding(this IServiceCollection services)
    {
        services.AddOptions<AddingOptions>().BindConfiguration(AddingOptions.Section)
            .Validate(o => o.MaxFiles > 0 && o.MaxUploadBytes > 0 && o.FetchSeconds > 0 && o.MaxRedirects >= 0 && o.MaxPastedChars > 0 && o.MaxWaitingJobs > 0,
                "the Atlas:Add limits must be positive")
            .ValidateOnStart();
        services.AddSingleton<UrlFetcher>();
        services.AddSingleton<SourceJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<SourceJobs>());

        // A form may be as large as an upload (the UploadLimit filter holds each post to that).
        services.AddOptions<FormOptions>().Configure<IOptions<AddingOptions>>((form, adding) =>
            form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, adding.Value.MaxUploadBytes + UploadLimit.FormRoom));
        return services;
    }

    /// <summary>Whether the user may see a job: the editor who asked for it, or an admin.</summary>
    public static bool MaySee(System.Security.Claims.ClaimsPrincipal user, SourceJob job) =>
        user.IsInRole(Roles.Admin) || string.Equals(user.Identity?.Name, job.User, StringComparison.Ordinal);
}
