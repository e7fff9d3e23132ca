namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// The OpenAPI document of the JSON and CSV API at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi), made from the
/// endpoints themselves; docs/api.md describes the same paths (a test holds the two in agreement). No browsing UI is
/// served: it would need inline script, which the site's Content-Security-Policy forbids.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MilitiaAtlas API";
            document.Info.Version = "v1";
            document.Info.Description = "Read-only: every address answers GET and HEAD. Errors are RFC 7807 problem details. See docs/api.md.";
            return Task.CompletedTask;
        }));

    /// <summary>Maps the document; like every address of the site, it answers GET and HEAD.</summary>
    public static IEndpointConventionBuilder MapApiDocument(this IEndpointRouteBuilder app) =>
        app.MapOpenApi().WithMetadata(new HttpMethodMetadata(ErrorResponses.ReadMethods));
}
