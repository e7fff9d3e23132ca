using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Dapper;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Infrastructure;

public sealed class RateLimitOptions
{
    public const string Section = "Atlas:RateLimit";

    /// <summary>Requests a client may make to search and the API in each window.</summary>
    public int PermitsPerWindow { get; set; } = 120;

    public int WindowSeconds { get; set; } = 10;

    /// <summary>Posts (signing in, adding a source, any form) a signed-in user, or else a client address, may make in each write window.</summary>
    public int WritesPerWindow { get; set; } = 30;

    public int WriteWindowSeconds { get; set; } = 60;
}

/// <summary>
/// Response headers that keep article text inert in a browser (no inline script, no framing, no MIME
/// sniffing, no referrer leaks), a per-client rate limit on search and the API, a per-user one on writes, and a health
/// endpoint.
/// </summary>
public static class Hardening
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddHardening(this IServiceCollection services)
    {
        // JSON answers escape HTML-sensitive characters (< > & ' +) as the export does, letters of every
        // script staying readable: a client that drops a value into HTML by mistake still shows inert text.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        // A query value that does not bind (?page=abc, ?page=99999999999) is the client's error: 400 in
        // every environment, where Development would otherwise throw it and the error page answer 500.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.PermitsPerWindow > 0 && o.WindowSeconds > 0 && o.WritesPerWindow > 0 && o.WriteWindowSeconds > 0, "Atlas:RateLimit values must be positive")
            .ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                // The limiter's wait (a fixed window gives its length). The body is the error page or, for the API, problem details (ErrorResponses).
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? retryAfter
                    : TimeSpan.FromSeconds(context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.WindowSeconds);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };

            // Search and the JSON API share one fixed window per client address; pages are not limited. Writes (every
            // POST: signing in, adding a source) have a window of their own per signed-in user, or per address before
            // signing in, which also slows the guessing of passwords.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path;
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

                // Per client address: behind a trusted proxy, the one it forwarded (ReverseProxy).
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                if (HttpMethods.IsPost(context.Request.Method))
                {
                    var who = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "address:" + address;
                    return RateLimitPartition.GetFixedWindowLimiter("write:" + who, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.WritesPerWindow,
                        Window = TimeSpan.FromSeconds(limits.WriteWindowSeconds),
                        QueueLimit = 0,
                    });
                }

                if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/search"))
                {
                    return RateLimitPartition.GetNoLimiter("pages");
                }

                return RateLimitPartition.GetFixedWindowLimiter(address,
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitsPerWindow,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }

    /// <summary>
    /// Sets the headers as the response starts, whatever produced it: the exception handler clears the headers of
    /// the response it replaces, so headers set on the way in were lost on every 500.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(SetSecurityHeaders, context.Response);
            return next(context);
        });

    private static Task SetSecurityHeaders(object state)
    {
        var h = ((HttpResponse)state).Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h.XFrameOptions = "DENY";
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapRead("/healthz", async (AtlasDatabase database, CancellationToken ct) =>
        {
            try
            {
                await using var conn = await database.OpenAsync(ct);
                var sources = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM Sources", cancellationToken: ct));
                return Results.Ok(new { status = "ok", database = "reachable", sources });
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
            {
                return Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithSummary("Whether the database can be read").AllowAnonymous(); // for load balancers, even when reading needs an account
        return app;
    }
}
