using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Tests.Reliability;

namespace MilitiaAtlas.Web.Tests.Accounts;

/// <summary>Accounts and roles (docs/security.md): the store, signing in, lock-out, reading with and without signing in.</summary>
public sealed partial class AccountTests
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public void The_identity_tables_are_exactly_what_identitys_store_maps()
    {
        using var app = new AtlasApp();
        using var scope = app.Services.CreateScope();
        var expected = scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.GenerateCreateScript()
            .Split(';').Select(Normalize).Where(s => s.Length > 0).Order(StringComparer.Ordinal).ToList();

        using var c = app.Database.Open();
        var actual = c.Query<string>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND (name LIKE '%AspNet%' OR name IN ('RoleNameIndex', 'EmailIndex', 'UserNameIndex'))")
            .Select(Normalize).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(["admin", "editor", "reader"], c.Query<string>("SELECT Name FROM AspNetRoles ORDER BY Name"));
    }

    private static string Normalize(string sql) => Whitespace().Replace(sql, " ").Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task Dotnet_run_with_default_settings_serves_the_seeded_atlas_without_signing_in()
    {
        var folder = Directory.CreateTempSubdirectory("atlas-run-").FullName;
        try
        {
            // The app as `dotnet run` starts it: the default settings, seeds found beside the app, an empty database.
            using var serve = AtlasProcess.Start("--db", Path.Combine(folder, "atlas.db"), "--urls", "http://127.0.0.1:0");
            serve.WaitForStdout(o => ListeningOn().IsMatch(o), TimeSpan.FromSeconds(120));
            var address = ListeningOn().Match(serve.Stdout).Groups[1].Value;
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            var sources = await client.GetAsync("/sources");
            var html = await sources.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, sources.StatusCode);
            Assert.Contains("href=\"/sources/", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/account/sign-in\"", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sources")).StatusCode);
            serve.Kill();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    [Fact]
    public async Task With_public_read_off_pages_send_to_sign_in_and_the_api_answers_401()
    {
        using var app = new AtlasApp(("Atlas:PublicRead", "false"));
        using var client = app.CreateClient(NoRedirects);

        foreach (var path in new[] { "/", "/sources", "/people", "/timeline", "/network", "/map", "/search?q=x", "/add-source" })
        {
            using var page = await client.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)page.StatusCode}");
            Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/api/sources", "/api/entities", "/api/search?q=x", "/api/graph", "/api/export/sources.csv", "/openapi/v1.json" })
        {
            using var api = await client.GetAsync(path);
            Assert.True(api.StatusCode == HttpStatusCode.Unauthorized || (path == "/openapi/v1.json" && api.StatusCode == HttpStatusCode.Redirect), $"{path}: {(int)api.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task With_public_read_off_a_signed_in_reader_reads_pages_and_the_api()
    {
        using var app = new AtlasApp(("Atlas:PublicRead", "false"));
        using var client = await TestUsers.SignedInAsync(app, "rita", Roles.Reader);

        foreach (var path in new[] { "/", "/sources", "/people", "/api/sources", "/api/entities" })
        {
            using var answer = await client.GetAsync(path);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{path}: {(int)answer.StatusCode}");
        }
    }

    [Fact]
    public async Task The_navigation_shows_the_signed_in_user_and_role_and_no_one_else_gets_that_page()
    {
        using var app = new AtlasApp();
        using var anonymous = app.CreateClient(NoRedirects);
        await anonymous.GetStringAsync("/sources");
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);

        var mine = await editor.GetStringAsync("/sources");
        Assert.Contains("<bdi>edith</bdi> <span class=\"role\">(editor)</span>", mine, StringComparison.Ordinal);
        Assert.Contains("href=\"/add-source\"", mine, StringComparison.Ordinal);

        // The page cache keeps anonymous pages only: the next reader still sees "Sign in", never edith.
        var theirs = await anonymous.GetStringAsync("/sources");
        Assert.DoesNotContain("edith", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("/add-source", theirs, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/sign-in\"", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_form_is_never_served_from_the_page_cache()
    {
        using var app = new AtlasApp();
        await TestUsers.AddAsync(app, "bea", Roles.Reader);
        using var first = app.CreateClient(NoRedirects);
        await first.GetStringAsync("/account/sign-in");
        var firstToken = await TestUsers.AntiforgeryTokenAsync(first, "/account/sign-in");

        // Another visitor gets a form of their own: a cached one would carry a token tied to the first visitor's cookie.
        using var second = app.CreateClient(NoRedirects);
        await second.GetStringAsync("/account/sign-in");
        Assert.NotEqual(firstToken, await TestUsers.AntiforgeryTokenAsync(second, "/account/sign-in"));
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(second, "bea", TestUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task A_reader_sees_no_write_controls()
    {
        using var app = new AtlasApp();
        using var reader = await TestUsers.SignedInAsync(app, "rita", Roles.Reader);

        var html = await reader.GetStringAsync("/sources");
        Assert.Contains("(reader)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/add-source", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/users", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_out_account_stays_locked_even_with_the_right_password()
    {
        using var app = new AtlasApp(("Atlas:MaxFailedSignIns", "3"));
        await TestUsers.AddAsync(app, "mallory", Roles.Editor);
        using var client = app.CreateClient(NoRedirects);

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await TestUsers.SignInAsync(client, "mallory", "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await TestUsers.SignInAsync(client, "mallory", TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("atlas.auth=", StringComparison.Ordinal) && !c.StartsWith("atlas.auth=;", StringComparison.Ordinal)));
        var page = await client.GetStringAsync("/sources");
        Assert.DoesNotContain("mallory", page, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("mallory"))!));
    }

    [Fact]
    public async Task Posts_are_rate_limited_per_user_and_before_signing_in_per_address()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:WritesPerWindow", "2"), ("Atlas:RateLimit:WriteWindowSeconds", "600"));
        using var client = app.CreateClient(NoRedirects);

        Assert.Equal(HttpStatusCode.OK, (await TestUsers.SignInAsync(client, "nobody", "guess number one")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TestUsers.SignInAsync(client, "nobody", "guess number two")).StatusCode);
        using var third = await TestUsers.SignInAsync(client, "nobody", "guess number three");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_name_and_a_wrong_password_get_the_same_answer()
    {
        using var app = new AtlasApp();
        await TestUsers.AddAsync(app, "victor", Roles.Reader);
        using var client = app.CreateClient(NoRedirects);

        var wrongPassword = await (await TestUsers.SignInAsync(client, "victor", "not the password at all")).Content.ReadAsStringAsync();
        var wrongName = await (await TestUsers.SignInAsync(client, "nobody", "not the password at all")).Content.ReadAsStringAsync();

        Assert.Contains("The user name or the password is wrong.", wrongPassword, StringComparison.Ordinal);
        Assert.Contains("The user name or the password is wrong.", wrongName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwords_are_stored_only_as_identitys_hashes()
    {
        using var app = new AtlasApp();
        await TestUsers.AddAsync(app, "hannah", Roles.Admin);

        using var c = app.Database.Open();
        var hash = c.ExecuteScalar<string>("SELECT PasswordHash FROM AspNetUsers WHERE UserName = 'hannah'")!;
        Assert.DoesNotContain(TestUsers.Password, hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<IdentityUser>().VerifyHashedPassword(new IdentityUser("hannah"), hash, TestUsers.Password));
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_fails()
    {
        using var app = new AtlasApp();
        await TestUsers.AddAsync(app, "tom", Roles.Editor);
        using var client = app.CreateClient(NoRedirects);
        await client.GetStringAsync("/account/sign-in");

        using var answer = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "tom",
            ["Password"] = TestUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie") && answer.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("atlas.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signing_out_takes_a_post_with_the_token()
    {
        using var app = new AtlasApp();
        using var client = await TestUsers.SignedInAsync(app, "sam", Roles.Reader);
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/sources");

        using var answer = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.DoesNotContain("<bdi>sam</bdi>", await client.GetStringAsync("/sources"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sets_a_role_and_lifts_a_lock_out_on_the_users_page()
    {
        using var app = new AtlasApp(("Atlas:MaxFailedSignIns", "1"));
        using var admin = await TestUsers.SignedInAsync(app, "ada", Roles.Admin);
        await TestUsers.AddAsync(app, "rita", Roles.Reader);
        using (var other = app.CreateClient(NoRedirects))
        {
            await TestUsers.SignInAsync(other, "rita", "not the password at all");
        }

        var token = await TestUsers.AntiforgeryTokenAsync(admin, "/account/users");
        Assert.Contains("locked until", await admin.GetStringAsync("/account/users"), StringComparison.Ordinal);
        using var role = await admin.PostAsync("/account/users?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "rita", ["role"] = Roles.Editor, ["__RequestVerificationToken"] = token,
        }));
        using var unlock = await admin.PostAsync("/account/users?handler=Unlock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "rita", ["__RequestVerificationToken"] = token,
        }));
        using var self = await admin.PostAsync("/account/users?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "ada", ["role"] = Roles.Reader, ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("rita is now editor.", await role.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("rita may sign in again.", await unlock.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("You cannot take your own admin role", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var rita = app.CreateClient(NoRedirects);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(rita, "rita", TestUsers.Password)).StatusCode);
        Assert.Contains("<bdi>rita</bdi> <span class=\"role\">(editor)</span>", await rita.GetStringAsync("/sources"), StringComparison.Ordinal);
        Assert.Contains("(admin)", await admin.GetStringAsync("/sources"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_gets_403_from_the_users_page()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/sources");

        using var page = await editor.GetAsync("/account/users");
        using var post = await editor.PostAsync("/account/users?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "edith", ["role"] = Roles.Admin, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("Not allowed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_openid_connect_provider_is_plugged_in_by_configuration_alone()
    {
        // Only the sign-in page is asked for: a challenge would read the provider's metadata, and no network is reached here.
        using var plain = new AtlasApp();
        using var configured = new AtlasApp(
            ("Atlas:Oidc:Authority", "https://sso.example.invalid/realms/newsroom"),
            ("Atlas:Oidc:ClientId", "militia-atlas"),
            ("Atlas:Oidc:DisplayName", "Newsroom sign-on"),
            ("Atlas:Oidc:RoleMap:atlas-editors", "editor"));

        var without = await plain.CreateClient().GetStringAsync("/account/sign-in");
        var with = await configured.CreateClient().GetStringAsync("/account/sign-in");

        Assert.DoesNotContain("action=\"/account/external\"", without, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/external\"", with, StringComparison.Ordinal);
        Assert.Contains("Newsroom sign-on", with, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_map_naming_no_role_of_the_site_stops_the_start()
    {
        using var app = new AtlasApp(("Atlas:Oidc:Authority", "https://sso.example.invalid/"), ("Atlas:Oidc:RoleMap:staff", "superuser"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("may name only reader, editor or admin", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_providers_role_claim_maps_to_the_sites_roles()
    {
        var oidc = new OidcOptions { RoleClaim = "groups", RoleMap = new() { ["atlas-editors"] = "editor", ["atlas-admins"] = "admin", ["bad"] = "root" } };
        Claim[] editorAndOther = [new("groups", "atlas-editors"), new("groups", "payroll"), new("email", "atlas-admins")];

        Assert.Equal(["editor"], oidc.RolesFor(editorAndOther));
        Assert.Empty(oidc.RolesFor([new Claim("groups", "payroll"), new Claim("groups", "bad")]));
        oidc.DefaultRole = "reader";
        Assert.Equal(["reader"], oidc.RolesFor([new Claim("groups", "payroll")]));
    }

    [Fact]
    public void The_users_verb_adds_an_admin_with_the_password_from_standard_input_and_lists_it()
    {
        var folder = Directory.CreateTempSubdirectory("atlas-users-").FullName;
        try
        {
            var db = Path.Combine(folder, "atlas.db");
            using var add = AtlasProcess.RunWithInput(TimeSpan.FromSeconds(60), TestUsers.Password, "users", "add", "ada", "--admin", "--db", db);
            Assert.True(add.ExitCode == 0, add.Stderr);
            Assert.Contains("added ada (admin)", add.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(TestUsers.Password, add.Stdout + add.Stderr, StringComparison.Ordinal);

            using var again = AtlasProcess.RunWithInput(TimeSpan.FromSeconds(60), TestUsers.Password, "users", "add", "ada", "--editor", "--db", db);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already an account named ada", again.Stderr, StringComparison.Ordinal);

            using var weak = AtlasProcess.RunWithInput(TimeSpan.FromSeconds(60), "short", "users", "add", "bob", "--reader", "--db", db);
            Assert.Equal(1, weak.ExitCode);
            Assert.Contains("at least 10 characters", weak.Stderr, StringComparison.Ordinal);

            using var list = AtlasProcess.Run(TimeSpan.FromSeconds(60), "users", "list", "--db", db);
            Assert.Equal("ada\tadmin", list.Stdout.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "users" }, "users needs")]
    [InlineData(new[] { "users", "add", "x" }, "needs a role")]
    [InlineData(new[] { "users", "add", "x", "--admin", "--editor" }, "give one role")]
    [InlineData(new[] { "users", "list", "--admin" }, "takes no role")]
    public void The_users_verb_refuses_what_it_cannot_do(string[] args, string error)
    {
        var command = AtlasCommandLine.Parse(args);
        Assert.Contains(error, command.Error, StringComparison.Ordinal);
    }
}
