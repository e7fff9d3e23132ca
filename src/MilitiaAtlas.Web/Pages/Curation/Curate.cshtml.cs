using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Pages.Curation;

/// <summary>
/// The curation handlers (docs/curation.md): each turns a form into one operation of the curation file's vocabulary,
/// which <see cref="CurationRecords"/> applies at once and stores with who, when and why; then back to the page the form
/// was on. A GET lists every record (the curation log). Editors only; every POST checks the antiforgery token.
/// </summary>
[Authorize(Policy = Roles.EditPolicy)]
[ErrorResponses.TakesPosts]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(CurationEditing.RateLimitPolicy)]
public sealed class CurateModel(CurationRecords records, CurationQuery query, EntityLookup lookup) : PageModel
{
    /// <summary>What the page shows: the log, the problems of a change that was refused, or a merge to confirm.</summary>
    public sealed record Result(IReadOnlyList<CurationQuery.Row> Log, IReadOnlyList<string> Problems, string ReturnUrl, MergeCheck? Merge = null);

    /// <summary>A merge whose other entity was typed as a name: the entity the search suggests, for the editor to confirm.</summary>
    public sealed record MergeCheck(string Entity, string OtherId, string OtherName, string OtherType, string Why);

    private const int MaxText = 2000;

    public Result Data { get; private set; } = null!;

    /// <summary>A POST that names no handler of this page (or an unknown one) would otherwise render the page without its data.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = BadRequest();
        }
    }

    public async Task OnGetAsync(CancellationToken ct) => Data = new Result(await query.LogAsync(ct), [], CurationEditing.Path);

    public async Task<IActionResult> OnPostMergeAsync(string entity, string other, string why, string? returnUrl, CancellationToken ct)
    {
        if (await lookup.FindAsync(other, ct) is not { } found)
        {
            return Refused(returnUrl, $"no entity has the id or name '{other}'");
        }

        if (found.Id == entity)
        {
            return Refused(returnUrl, "an entity cannot be merged with itself");
        }

        if (found.Id != other?.Trim())
        {
            // A name, not an id: the suggestion may not be the entity meant, so the editor confirms it first.
            Data = new Result([], [], Back(returnUrl), new MergeCheck(entity, found.Id, found.Name, found.Type, why ?? ""));
            return Page();
        }

        return Apply(new MergeOperation(0, 0, entity, [found.Id]), why, returnUrl);
    }

    public IActionResult OnPostSplit(string entity, string alias, string? to, string? type, string why, string? returnUrl) =>
        Apply(new SplitOperation(0, 0, entity, alias, string.IsNullOrWhiteSpace(to) ? null : to.Trim(), string.IsNullOrWhiteSpace(type) ? null : type), why, returnUrl);

    public IActionResult OnPostRename(string entity, string to, string why, string? returnUrl) =>
        Apply(new RenameOperation(0, 0, entity, to?.Trim() ?? ""), why, returnUrl);

    /// <summary>Back to the profile, whose address names the new type.</summary>
    public IActionResult OnPostRetype(string entity, string type, string why) =>
        Apply(new RetypeOperation(0, 0, entity, type ?? ""), why, Links.Entity(type ?? "", entity ?? ""));

    public IActionResult OnPostReject(string entity, string why) =>
        Apply(new RejectOperation(0, 0, entity), why, CurationEditing.Path);

    public IActionResult OnPostAlias(string entity, string alias, string why, string? returnUrl) =>
        Apply(new AliasOperation(0, 0, entity, [alias?.Trim() ?? ""]), why, returnUrl);

    public IActionResult OnPostRejectRelation(string subject, string predicate, string target, string why, string? returnUrl) =>
        Apply(new RejectRelationOperation(0, 0, subject, predicate, target), why, returnUrl);

    public IActionResult OnPostConfirmRelation(string subject, string predicate, string target, string why, string? returnUrl) =>
        Apply(new ConfirmRelationOperation(0, 0, subject, predicate, target), why, returnUrl);

    public IActionResult OnPostRejectEvent(string eventId, string why, string? returnUrl) =>
        Apply(new RejectEventOperation(0, 0, eventId), why, returnUrl);

    public IActionResult OnPostUndo(long record, string? returnUrl) =>
        Done(records.Undo(record, User.Identity!.Name!), returnUrl);

    private IActionResult Apply(CurationOperation op, string? why, string? returnUrl)
    {
        var problems = Check(op, why);
        return problems.Count > 0 ? Refused(returnUrl, [.. problems]) : Done(records.Add(op, User.Identity!.Name!, why!.Trim()), returnUrl);
    }

    /// <summary>What the form must say before the operation is tried: a reason, and values within bounds.</summary>
    private static List<string> Check(CurationOperation op, string? why)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(why))
        {
            problems.Add("say why (the reason is kept with the change)");
        }

        var texts = op switch
        {
            MergeOperation m => [m.Keep, .. m.Others],
            SplitOperation s => [s.Entity, s.Alias, s.To, s.Type],
            RenameOperation r => [r.Entity, r.To],
            RetypeOperation t => [t.Entity, t.Type],
            AliasOperation a => [a.Entity, .. a.Aliases],
            EntityOperation e => [e.Entity],
            RelationOperation r => [r.Subject, r.Predicate, r.Target],
            RejectEventOperation e => [e.Event],
            _ => Array.Empty<string?>(),
        };
        if (texts.Any(t => t is "" || t?.Length > MaxText) || (why?.Length > MaxText))
        {
            problems.Add($"every field needs a value of at most {MaxText} characters");
        }

        if (op is RetypeOperation { Type: var type } && !CurationFile.Types.Contains(type)
            || op is SplitOperation { Type: { } splitType } && !CurationFile.Types.Contains(splitType))
        {
            problems.Add("the type must be person, group or place");
        }

        return problems;
    }

    private IActionResult Done(CurationOutcome outcome, string? returnUrl) =>
        outcome.Ok ? LocalRedirect(Back(returnUrl)) : Refused(returnUrl, [.. outcome.Problems]);

    private PageResult Refused(string? returnUrl, params string[] problems)
    {
        Data = new Result([], problems, Back(returnUrl));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The page to go back to: the one the form was on, when it is on this site.</summary>
    private string Back(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : CurationEditing.Path;
}
