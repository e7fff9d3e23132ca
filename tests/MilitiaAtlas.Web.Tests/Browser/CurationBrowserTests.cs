using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>An editor curates on the page: merges two entities and undoes it from the history, rejects a relation; a reader sees none of it.</summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class CurationBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Names(IPage page) => page.Locator("[data-fact='names']");

    [Fact]
    public async Task An_editor_signs_in_merges_two_entities_sees_them_as_one_undoes_it_and_sees_them_apart()
    {
        // Through the real sign-in form, as a person would (the accounts' Identity cookie, not the test headers).
        await Accounts.TestUsers.AddAsync(app.App, "editor@example.org", MilitiaAtlas.Web.Infrastructure.Roles.Editor);
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("editor@example.org");
        await page.GetByLabel("Password").FillAsync(Accounts.TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("header .account")).ToContainTextAsync("(editor)");
        await page.GotoAsync("/groups/islamic-state");
        await Expect(Names(page)).Not.ToContainTextAsync("ISIS");

        await page.GetByText("Merge with another entity").ClickAsync();
        var merge = page.Locator("form[action='/curation?handler=Merge']");
        await merge.GetByLabel("Other entity (id or name)").FillAsync("isis");
        await merge.GetByLabel("Why").FillAsync("ISIS is the group's acronym");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/groups/islamic-state");
        await Expect(Names(page)).ToContainTextAsync("ISIS");
        var history = page.Locator("ol.curation-history li").First;
        await Expect(history).ToContainTextAsync("merge");
        await Expect(history).ToContainTextAsync("editor@example.org");
        await Expect(history).ToContainTextAsync("ISIS is the group's acronym");
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync("/groups/isis")).Status);

        await history.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/groups/islamic-state");
        await Expect(Names(page)).Not.ToContainTextAsync("ISIS");
        await Expect(page.Locator("ol.curation-history li").First).ToContainTextAsync("undone by editor@example.org");
        var apart = await BrowserApp.OpenAsync(context, "/groups/isis");
        await Expect(apart.Locator("h1")).ToHaveTextAsync("ISIS");
    }

    [Fact]
    public async Task An_editor_rejects_a_relation_which_then_no_longer_shows()
    {
        await using var context = await app.NewSignedInContextAsync("editor@example.org", "editor");
        var page = await BrowserApp.OpenAsync(context, "/groups/badr-corps");
        var relation = page.Locator("ul.relations li").Filter(new() { Has = page.Locator("a[href='/places/israel']") });
        await Expect(relation).ToHaveCountAsync(1);

        await relation.Locator("summary").ClickAsync();
        var reject = relation.Locator("form[action='/curation?handler=RejectRelation']");
        await reject.GetByLabel("Why").FillAsync("the article says the opposite");
        await reject.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/groups/badr-corps");
        await Expect(page.Locator("ul.relations a[href='/places/israel']")).ToHaveCountAsync(0);
        await using var reader = await app.NewContextAsync();
        var asReader = await BrowserApp.OpenAsync(reader, "/groups/badr-corps");
        await Expect(asReader.Locator("ul.relations a[href='/places/israel']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reader_sees_no_write_controls()
    {
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, "/groups/badr-corps");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Badr Organization");
        await Expect(page.Locator("form[method=post]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#curate")).ToHaveCountAsync(0);
        await Expect(page.Locator("#history")).ToHaveCountAsync(0);
    }
}
