using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MilitiaAtlas.Web.Infrastructure;

namespace MilitiaAtlas.Web.Pages.Account;

/// <summary>The accounts, for admins: each with its role and lock-out; an admin sets a role or lifts a lock-out.</summary>
[Authorize(Policy = Roles.AdminPolicy)]
[ErrorResponses.TakesPosts]
public sealed class UsersModel(UserManager<IdentityUser> users) : PageModel
{
    public sealed record Row(string Name, string? Role, DateTimeOffset? LockedUntil);

    public IReadOnlyList<Row> Data { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Data = await RowsAsync(ct);

    public async Task<IActionResult> OnPostRoleAsync(string name, string role, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(name);
        if (user is null || !Accounts.IsRole(role))
        {
            return NotFound();
        }

        if (user.UserName == User.Identity?.Name && role != Roles.Admin)
        {
            Message = "You cannot take your own admin role: another admin can.";
        }
        else
        {
            // One role each: the highest decides what a user may do (Accounts.RoleOf), so the others would only mislead.
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user);
            Message = $"{user.UserName} is now {role}.";
        }

        Data = await RowsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string name, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Message = $"{user.UserName} may sign in again.";
        Data = await RowsAsync(ct);
        return Page();
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.NormalizedUserName).ToListAsync(ct))
        {
            var locked = await users.IsLockedOutAsync(user) ? user.LockoutEnd : null;
            rows.Add(new Row(user.UserName ?? "", Accounts.All.LastOrDefault((await users.GetRolesAsync(user)).Contains), locked));
        }

        return rows;
    }
}
