using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MilitiaAtlas.Web.Adding;

/// <summary>
/// Holds a post to the size of an upload (<see cref="AddingOptions.MaxUploadBytes"/> and room for the form's fields)
/// before anything reads its body: the antiforgery check reads the whole form, so this runs first (an authorization
/// filter ordered before it). A declared length over the limit is answered 413 at once, with the error page's words; a
/// body without a declared length is cut off by the server at the same limit.
/// </summary>
public sealed class UploadLimit(IOptions<AddingOptions> options) : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the other fields of the form and the multipart framing.</summary>
    public const long FormRoom = 256 * 1024;

    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => 100;

    public long Limit => options.Value.MaxUploadBytes + FormRoom;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        if (http.Request.ContentLength > Limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limit;
        }
    }
}

/// <summary>Puts <see cref="UploadLimit"/> on a page.</summary>
public sealed class UploadLimitAttribute : TypeFilterAttribute
{
    public UploadLimitAttribute()
        : base(typeof(UploadLimit))
    {
        Order = 100;
    }
}
