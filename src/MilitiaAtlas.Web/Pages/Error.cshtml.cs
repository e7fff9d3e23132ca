using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages;

/// <summary>
/// The error page of a failed request, re-executed here with the request's own method and status
/// (<see cref="ErrorResponses"/>). The status is read, never set, while rendering (for most methods no handler
/// runs at all): a 405 stays a 405. Asked for directly, there is nothing here: 404.
/// </summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public int Status => Response.StatusCode;

    public string Heading => Status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status401Unauthorized => "Sign in first",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Upload too large",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        _ => "Something went wrong",
    };

    public string Detail => ErrorResponses.Detail(Status);

    public void OnGet()
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>
    /// Renders the page for a re-executed OPTIONS (405). Without a handler, Razor Pages would answer OPTIONS itself,
    /// 200 with no body (its HandleOptionsRequestsPageFilter).
    /// </summary>
    public void OnOptions()
    {
    }
}
