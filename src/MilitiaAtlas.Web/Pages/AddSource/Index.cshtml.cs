using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Documents;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Web.Adding;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.AddSource;

/// <summary>
/// Adding a source (editors): upload files, paste a text with its publication facts, or give a URL to fetch. Each way
/// checks what it can at once (counts, sizes, formats, fields) and answers here with the reason; what passes becomes a
/// job for the background writer (<see cref="SourceJobs"/>), whose page shows its progress.
/// </summary>
[Authorize(Policy = Roles.EditPolicy)]
[ErrorResponses.TakesPosts]
[UploadLimit]
public sealed class IndexModel(SourceJobs jobs, IOptions<AddingOptions> adding, IOptions<AtlasOptions> atlas) : PageModel
{
    public AddingOptions Limits => adding.Value;

    public long MaxFileBytes => atlas.Value.MaxFileBytes;

    /// <summary>Why the last post was refused, for the page to show.</summary>
    public string? Error { get; private set; }

    [BindProperty]
    public PastedText Paste { get; set; } = new();

    [BindProperty]
    public string? FetchUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            return Refuse("Choose at least one file.");
        }

        if (files.Count > Limits.MaxFiles)
        {
            return Refuse($"At most {Limits.MaxFiles} files at once: this upload has {files.Count}. Send them in parts.");
        }

        foreach (var file in files)
        {
            var extension = Path.GetExtension(file.FileName);
            if (!DocumentReader.Extensions.Contains(extension))
            {
                return Refuse($"{file.FileName}: not a format the atlas reads{(DocumentReader.HintFor(extension) is { } hint ? " (" + hint + ")" : "")}. It reads "
                    + string.Join(", ", DocumentReader.Extensions.Order(StringComparer.Ordinal)) + ".");
            }

            if (file.Length > MaxFileBytes)
            {
                return Refuse($"{file.FileName} is {file.Length:N0} bytes, over the {MaxFileBytes:N0} bytes a file may be.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        var folder = SourceJobs.NewFolder();
        foreach (var file in files)
        {
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, ct);
            SourceJobs.WriteFile(folder, FileNameOf(file), bytes.ToArray());
        }

        return Queue(new SourceJob(User.Identity!.Name!, folder, url: null));
    }

    public IActionResult OnPostPaste()
    {
        if (!ModelState.IsValid)
        {
            return Refuse(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)));
        }

        if (Paste.Text.Length > Limits.MaxPastedChars)
        {
            return Refuse($"The text is {Paste.Text.Length:N0} characters, over the {Limits.MaxPastedChars:N0} a pasted text may be.", StatusCodes.Status413PayloadTooLarge);
        }

        var published = PublishedDate.Normalize(Paste.Published);
        if (!string.IsNullOrWhiteSpace(Paste.Published) && published is null)
        {
            return Refuse("The date must be a year, a year and month or a full date: 2024, 2024-05 or 2024-05-31.");
        }

        if (!string.IsNullOrWhiteSpace(Paste.Url) && !IsWebUrl(Paste.Url))
        {
            return Refuse("The URL must start with http:// or https://.");
        }

        var folder = SourceJobs.NewFolder();
        SourceJobs.WriteFile(folder, "pasted.txt", Encoding.UTF8.GetBytes(Paste.Text), new SidecarEntry
        {
            Title = Paste.Title.Trim(),
            Outlet = string.IsNullOrWhiteSpace(Paste.Outlet) ? null : Paste.Outlet.Trim(),
            Published = published,
            Url = string.IsNullOrWhiteSpace(Paste.Url) ? null : Paste.Url.Trim(),
        });
        return Queue(new SourceJob(User.Identity!.Name!, folder, url: null));
    }

    public IActionResult OnPostFetch()
    {
        if (string.IsNullOrWhiteSpace(FetchUrl) || !IsWebUrl(FetchUrl))
        {
            return Refuse("Give a URL that starts with http:// or https://.");
        }

        return Queue(new SourceJob(User.Identity!.Name!, SourceJobs.NewFolder(), FetchUrl.Trim()));
    }

    private IActionResult Queue(SourceJob job) =>
        jobs.Enqueue(job)
            ? Redirect(Links.AddJob(job.Id))
            : Refuse("Too many sources are waiting to be added: try again in a minute.", StatusCodes.Status503ServiceUnavailable);

    private PageResult Refuse(string error, int status = StatusCodes.Status400BadRequest)
    {
        Error = error;
        return new PageResult { StatusCode = status };
    }

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string FileNameOf(IFormFile file)
    {
        var name = SourceJobs.SafeFileName(file.FileName);
        return Path.GetFileNameWithoutExtension(name).Length == 0 ? "upload" + Path.GetExtension(name) : name;
    }

    /// <summary>A pasted text and its publication facts, as <c>sources.yaml</c> would give them.</summary>
    public sealed class PastedText
    {
        [Required(ErrorMessage = "Give the text a title.")]
        [StringLength(500)]
        public string Title { get; set; } = "";

        [StringLength(200)]
        public string? Outlet { get; set; }

        [Display(Name = "Date published")]
        [StringLength(10)]
        public string? Published { get; set; }

        [Display(Name = "URL")]
        [StringLength(2000)]
        public string? Url { get; set; }

        [Required(ErrorMessage = "Paste the text of the article.")]
        public string Text { get; set; } = "";
    }
}
