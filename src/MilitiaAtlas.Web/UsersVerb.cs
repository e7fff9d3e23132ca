using System.Text;
using Microsoft.AspNetCore.Identity;
using MilitiaAtlas.Atlas;

namespace MilitiaAtlas.Web;

/// <summary>
/// <c>users add NAME --admin|--editor|--reader</c> and <c>users list</c> (docs/security.md): the first admin comes from
/// here. The password is never an argument (it would be in the shell's history and the process list): it is read from
/// <see cref="PasswordVariable"/>, else from standard input (one line; typed without echo at a terminal).
/// </summary>
public static class UsersVerb
{
    public const string PasswordVariable = "ATLAS_USER_PASSWORD";

    public static async Task<int> RunAsync(AtlasCommandLine command, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return command.Paths[0] == "add"
            ? await AddAsync(users, command.Paths[1], command.Role!)
            : await ListAsync(users);
    }

    private static async Task<int> AddAsync(UserManager<IdentityUser> users, string name, string role)
    {
        if (await users.FindByNameAsync(name) is not null)
        {
            await Console.Error.WriteLineAsync($"error: users: there is already an account named {LogText.Printable(name)}");
            return 1;
        }

        var password = ReadPassword();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync($"error: users: no password: set {PasswordVariable} or give it on standard input");
            return 1;
        }

        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("error: users: " + LogText.Printable(string.Join(" ", created.Errors.Select(e => e.Description))));
            return 1;
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            await Console.Error.WriteLineAsync("error: users: " + LogText.Printable(string.Join(" ", added.Errors.Select(e => e.Description))));
            return 1;
        }

        Console.WriteLine($"added {LogText.Printable(name)} ({role})");
        return 0;
    }

    private static async Task<int> ListAsync(UserManager<IdentityUser> users)
    {
        foreach (var user in users.Users.OrderBy(u => u.NormalizedUserName).ToList())
        {
            var roles = await users.GetRolesAsync(user);
            var locked = await users.IsLockedOutAsync(user) ? "\tlocked until " + user.LockoutEnd!.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "";
            Console.WriteLine($"{LogText.Printable(user.UserName)}\t{(roles.Count == 0 ? "no role" : string.Join(",", roles.Order(StringComparer.Ordinal)))}{locked}");
        }

        return 0;
    }

    private static string? ReadPassword()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write("password: ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
