using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MilitiaAtlas.Web.Tests.Accounts;

/// <summary>
/// Accounts for tests: made through Identity's own user manager (hashed password, role), and signed in through the real
/// sign-in form with its antiforgery token, so a test's client holds the same cookie a browser would.
/// </summary>
public static partial class TestUsers
{
    public const string Password = "correct horse battery staple";

    /// <summary>Adds <paramref name="name"/> with <paramref name="role"/> (reader, editor, admin) and <see cref="Password"/>.</summary>
    public static async Task AddAsync(WebApplicationFactory<Program> app, string name, string role, string password = Password)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as a new user with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string name, string role)
    {
        await AddAsync(app, name, role);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var answer = await SignInAsync(client, name, Password);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"signing in {name} answered {(int)answer.StatusCode}");
        return client;
    }

    /// <summary>Posts the sign-in form with its antiforgery token; a success is a redirect, a failure the form again (200).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/> (the client keeps its cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"{path} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
