using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Web.Adding;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.AddSource;

/// <summary>
/// A job of adding sources: its progress as a page, and as JSON at <c>/status</c> for the page's script
/// (<c>wwwroot/js/add-source.js</c>), which polls it and opens the new source when it is done. Only the editor who asked,
/// or an admin, sees a job.
/// </summary>
[Authorize(Policy = Roles.EditPolicy)]
public sealed class JobModel(SourceJobs jobs) : PageModel
{
    public SourceJob Data { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Find(id) is not { } job)
        {
            return NotFound();
        }

        Data = job;
        return Page();
    }

    public IActionResult OnGetStatus(string id) =>
        Find(id) is { } job
            ? new JsonResult(Status(job))
            : NotFound();

    /// <summary>The JSON the page's script reads.</summary>
    public static object Status(SourceJob job) => new
    {
        state = job.State.ToString().ToLowerInvariant(),
        finished = job.State is JobState.Done or JobState.Failed,
        error = job.Error,
        open = job.Open,
        files = job.Files.Select(f => new { name = f.Name, status = f.Status, link = f.Link, reason = f.Reason }),
    };

    private SourceJob? Find(string id) => jobs.Find(id) is { } job && Adding.Adding.MaySee(User, job) ? job : null;
}
