using Microsoft.AspNetCore.Diagnostics;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// What a request that fails gets (docs/api.md, docs/reliability.md). Pages and the API answer GET and HEAD; POST
/// reaches only the forms marked <see cref="TakesPostsAttribute"/> (signing in, adding a source, curating), checked once routing
/// has found the endpoint; any other method gets 405 with <c>Allow: GET, HEAD</c> before routing, so no page
/// renders without its handler (a TRACE used to render one with no data and answer 500). The API (<c>/api/…</c>)
/// answers every error, its own and those of the framework (a route that does not exist, a parameter that does not
/// bind, the rate limit, an exception), as RFC 7807 problem details; pages answer the HTML error page, re-executed
/// at <c>/error</c> with the request's own method and status.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The methods every address answers.</summary>
    public static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly string Allow = string.Join(", ", ReadMethods);

    /// <summary>Marks a page whose handlers take POST (a form with its antiforgery token); every other endpoint answers POST with 405.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TakesPostsAttribute : Attribute;

    /// <summary>Exception handling, status-code pages and the 405 for other methods; after the security headers, before routing.</summary>
    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        app.UseWhen(IsApi, api => api
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteProblemAsync })
            .UseStatusCodePages(context => WriteProblemAsync(context.HttpContext)));
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler("/error")
            .UseStatusCodePagesWithReExecute("/error"));
        return app.Use(RefuseOtherMethods);
    }

    /// <summary>Maps a read endpoint: GET, and HEAD, which gets the same headers.</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, ReadMethods, handler);

    /// <summary>
    /// An API error: problem details with the standard type and title for the status, <paramref name="detail"/>,
    /// and the same text as <c>error</c> (what the API answered before problem details, kept for its clients).
    /// </summary>
    public static IResult Problem(int status, string detail, string? id = null)
    {
        var extensions = new Dictionary<string, object?> { ["error"] = detail };
        if (id is not null)
        {
            extensions["id"] = id;
        }

        // The framework gives the type and title of each status but 429's type; RFC 6585 defines 429.
        var type = status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4" : null;
        return Results.Problem(detail: detail, statusCode: status, type: type, extensions: extensions);
    }

    /// <summary>One sentence on what went wrong, for the error page and the API's problem details.</summary>
    public static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed: a parameter has a value this address cannot take.",
        StatusCodes.Status401Unauthorized => "Sign in first: this atlas is read by signed-in users only.",
        StatusCodes.Status403Forbidden => "Your account does not have the role this needs: editors add sources, admins manage users.",
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status413PayloadTooLarge => "The upload is larger than the site takes at once: send fewer or smaller files (the limits are on the Add a source page).",
        StatusCodes.Status405MethodNotAllowed => "This address answers GET and HEAD only.",
        StatusCodes.Status429TooManyRequests => "Too many requests from this client: wait as long as Retry-After says, then try again.",
        _ => "The request could not be completed.",
    };

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteProblemAsync(HttpContext context) =>
        Problem(context.Response.StatusCode, Detail(context.Response.StatusCode)).ExecuteAsync(context);

    /// <summary>After routing: POST only where the endpoint takes it (<see cref="TakesPostsAttribute"/>), 405 elsewhere.</summary>
    public static IApplicationBuilder UseWritesOnlyWhereTaken(this IApplicationBuilder app) =>
        app.Use((context, next) =>
            HttpMethods.IsPost(context.Request.Method) && !IsReExecuted(context)
                && context.GetEndpoint()?.Metadata.GetMetadata<TakesPostsAttribute>() is null
                ? Refuse(context)
                : next(context));

    // A failed request of any method is re-executed at /error to render its page: let that through.
    private static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static Task RefuseOtherMethods(HttpContext context, RequestDelegate next)
    {
        // POST is decided after routing (UseWritesOnlyWhereTaken), by the endpoint.
        var method = context.Request.Method;
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method) || IsReExecuted(context)
            ? next(context)
            : Refuse(context);
    }

    private static Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allow;
        return Task.CompletedTask;
    }
}
