using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MilitiaAtlas.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status)
    {
        Status = status is >= 400 and < 600 ? status.Value : 500;
        Response.StatusCode = Status;
    }
}
