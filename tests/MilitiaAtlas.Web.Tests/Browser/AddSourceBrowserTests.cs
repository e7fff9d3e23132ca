using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Tests.Accounts;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>An editor adds a source in the browser and a reader cannot (issue 21's "done when", the accounts half).</summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class AddSourceBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Signs in through the sign-in page, as a person would, and collects console errors and refused scripts.</summary>
    private static async Task<(IPage Page, List<string> Problems)> SignInAsync(IBrowserContext context, string name)
    {
        var problems = new List<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !(m.Location ?? "").Contains("/favicon.ico", StringComparison.Ordinal) && !m.Text.Contains("403", StringComparison.Ordinal))
            {
                problems.Add($"{m.Type}: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("header .account .who")).ToContainTextAsync(name);
        return (page, problems);
    }

    [Fact]
    public async Task An_editor_signs_in_uploads_a_file_waits_for_it_and_reads_the_new_source()
    {
        await TestUsers.AddAsync(app.App, "edith", Roles.Editor);
        await using var context = await app.NewContextAsync();
        var (page, problems) = await SignInAsync(context, "edith");
        await Expect(page.Locator("header .account")).ToContainTextAsync("(editor)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a source" }).ClickAsync();
        await page.GetByLabel("Files", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "ferry-crossing.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("Militia seizes the ferry crossing\n\nThe Eastern Shield said on Friday that it had seized the ferry crossing at Marun. Its spokesman, Adel Karimi, said the crossing would stay open.\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and add" }).ClickAsync();

        // The job's page polls its status and opens the new source in the reader when it is done.
        await page.WaitForURLAsync(url => url.Contains("/sources/", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Militia seizes the ferry crossing");
        await Expect(page.Locator(".passage").Filter(new() { HasText = "Adel Karimi" })).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_job_page_shows_why_a_file_failed()
    {
        await TestUsers.AddAsync(app.App, "emma", Roles.Editor);
        await using var context = await app.NewContextAsync();
        var (page, problems) = await SignInAsync(context, "emma");
        await page.GotoAsync("/add-source");

        await page.GetByLabel("Files", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "blank.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(" \n \n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and add" }).ClickAsync();

        await Expect(page.Locator("#job-state")).ToHaveTextAsync("Nothing was added.");
        await Expect(page.Locator(".job-file.status-failed")).ToContainTextAsync("blank.txt");
        await Expect(page.Locator(".job-file.status-failed .reason")).Not.ToBeEmptyAsync();
        Assert.Contains("/add-source/", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_reader_sees_no_write_controls_and_gets_403_from_every_write_with_a_valid_token()
    {
        await TestUsers.AddAsync(app.App, "rita", Roles.Reader);
        await using var context = await app.NewContextAsync();
        var (page, _) = await SignInAsync(context, "rita");
        await Expect(page.Locator("header .account")).ToContainTextAsync("(reader)");

        await page.GotoAsync("/sources");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a source" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());

        var direct = await page.GotoAsync("/add-source");
        Assert.Equal(403, direct!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");

        // Called directly from the reader's own page with the valid token its sign-out form carries: the role decides.
        await page.GotoAsync("/sources");
        var statuses = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const post = async (url, fields, file) => {
                const body = new FormData();
                body.append('__RequestVerificationToken', token);
                for (const [k, v] of Object.entries(fields)) body.append(k, v);
                if (file) body.append('files', new Blob(['A title\n\nSome text.'], { type: 'text/plain' }), 'a.txt');
                return (await fetch(url, { method: 'POST', body, credentials: 'same-origin' })).status;
              };
              return [
                await post('/add-source?handler=Upload', {}, true),
                await post('/add-source?handler=Paste', { 'Paste.Title': 'T', 'Paste.Text': 'Some text.' }),
                await post('/add-source?handler=Fetch', { FetchUrl: 'https://example.org/' }),
                await post('/account/users?handler=Role', { name: 'rita', role: 'admin' }),
              ];
            }
            """);
        Assert.Equal([403, 403, 403, 403], statuses.EnumerateArray().Select(s => s.GetInt32()));
    }

    [Fact]
    public async Task The_add_a_source_page_has_no_serious_accessibility_violation()
    {
        await TestUsers.AddAsync(app.App, "alex", Roles.Editor);
        await using var context = await app.NewAuditContextAsync();
        var (page, _) = await SignInAsync(context, "alex");

        await page.GotoAsync("/add-source");

        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
