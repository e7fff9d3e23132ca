using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests.Pages.Curation;

/// <summary>The curation handlers over HTTP: who may write, the antiforgery token, and what a change and its undo leave.</summary>
public sealed partial class CurationPageTests
{
    /// <summary>Every write handler, with the fields it takes.</summary>
    public static TheoryData<string> Handlers() =>
        ["Merge", "Split", "Rename", "Retype", "Reject", "Alias", "RejectRelation", "ConfirmRelation", "RejectEvent", "Undo"];

    private static readonly Dictionary<string, string> AnyFields = new()
    {
        ["entity"] = "islamic-state",
        ["other"] = "isis",
        ["alias"] = "Daesh",
        ["to"] = "x",
        ["type"] = "place",
        ["subject"] = "badr-corps",
        ["predicate"] = "opposed_to",
        ["target"] = "israel",
        ["eventId"] = "ev-00001-63037be9",
        ["record"] = "1",
        ["why"] = "a reason",
    };

    private static AtlasApp Seeded()
    {
        var app = new AtlasApp { TestUsers = true };
        app.Ingest(RepoPaths.Seeds);
        return app;
    }

    private static HttpClient Client(AtlasApp app, params string[] roles)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (roles.Length > 0)
        {
            foreach (var (k, v) in HeaderUsers.Headers("someone@example.org", roles))
            {
                client.DefaultRequestHeaders.Add(k, v);
            }
        }

        return client;
    }

    private static long Records(AtlasApp app)
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM CurationRecords");
    }

    /// <summary>The profile as an editor sees it, and the antiforgery token of its forms (the client keeps the cookie).</summary>
    private static async Task<(string Html, string Token)> EditorPageAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var token = TokenInput().Match(html);
        Assert.True(token.Success, "no antiforgery token on " + path);
        return (html, WebUtility.HtmlDecode(token.Groups["v"].Value));
    }

    /// <summary>An editor's client that has opened <paramref name="path"/>, and the token its forms carry.</summary>
    private static async Task<(HttpClient Client, string Token)> EditorAsync(AtlasApp app, string path)
    {
        var client = Client(app, "editor");
        return (client, (await EditorPageAsync(client, path)).Token);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, string? token) =>
        client.PostAsync($"/curation?handler={handler}", new FormUrlEncodedContent(token is null ? fields : new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));

    [Fact]
    public async Task A_reader_sees_no_write_controls_and_an_editor_sees_them()
    {
        using var app = Seeded();

        var reader = await Client(app).GetStringAsync("/groups/badr-corps");
        var signedInReader = await Client(app, "reader").GetStringAsync("/groups/badr-corps");
        var editor = await Client(app, "editor").GetStringAsync("/groups/badr-corps");

        // A reader who is not signed in gets no form at all; a signed-in reader only the header's sign-out form.
        Assert.DoesNotContain("<form method=\"post\"", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", reader, StringComparison.Ordinal);
        foreach (var html in new[] { reader, signedInReader })
        {
            Assert.DoesNotContain("action=\"/curation", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"curate\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"curate\"", editor, StringComparison.Ordinal);
        Assert.Contains("action=\"/curation?handler=Merge\"", editor, StringComparison.Ordinal);
        Assert.Contains("action=\"/curation?handler=RejectRelation\"", editor, StringComparison.Ordinal);
        Assert.Contains("id=\"history\"", editor, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task Every_write_handler_answers_403_to_a_signed_in_user_without_the_role_and_401_to_anyone_else(string handler)
    {
        using var app = Seeded();

        var forbidden = await PostAsync(Client(app, "reader"), handler, AnyFields, token: null);
        var anonymous = await PostAsync(Client(app), handler, AnyFields, token: null);
        var log = await Client(app, "reader").GetAsync("/curation");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, log.StatusCode);
        Assert.Equal(0, Records(app));
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task Every_write_handler_refuses_an_editor_without_the_antiforgery_token(string handler)
    {
        using var app = Seeded();
        var client = Client(app, "editor");
        await EditorPageAsync(client, "/groups/islamic-state");

        var response = await PostAsync(client, handler, AnyFields, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Records(app));
    }

    [Fact]
    public async Task An_editor_merges_by_id_sees_the_history_and_undoes_it()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");

        var merged = await PostAsync(client, "Merge", new() { ["entity"] = "islamic-state", ["other"] = "isis", ["why"] = "ISIS is its acronym", ["returnUrl"] = "/groups/islamic-state" }, token);

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("/groups/islamic-state", merged.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/groups/isis")).StatusCode);
        var record = Assert.Single(new CurationRecords(app.Database).All());
        Assert.Equal(("merge", "someone@example.org", "ISIS is its acronym"), (record.Verb, record.CreatedBy, record.Reason));
        var (profile, token2) = await EditorPageAsync(client, "/groups/islamic-state");
        Assert.Contains("ISIS is its acronym", profile, StringComparison.Ordinal);
        Assert.Contains("<bdi>ISIS</bdi>", profile, StringComparison.Ordinal);

        var undone = await PostAsync(client, "Undo", new() { ["record"] = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["returnUrl"] = "/groups/islamic-state" }, token2);

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/groups/isis")).StatusCode);
        Assert.True(Assert.Single(new CurationRecords(app.Database).All()).Undone);
    }

    [Fact]
    public async Task A_merge_with_a_typed_name_asks_to_confirm_the_entity_the_search_suggests()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");

        var response = await PostAsync(client, "Merge", new() { ["entity"] = "islamic-state", ["other"] = "Isis", ["why"] = "same group", ["returnUrl"] = "/groups/islamic-state" }, token);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Confirm the merge", html, StringComparison.Ordinal);
        Assert.Contains("name=\"other\" value=\"isis\"", html, StringComparison.Ordinal);
        Assert.Equal(0, Records(app));
    }

    [Fact]
    public async Task A_change_that_cannot_be_made_is_refused_with_its_reason_and_nothing_is_stored()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");

        var noReason = await PostAsync(client, "Rename", new() { ["entity"] = "islamic-state", ["to"] = "IS", ["why"] = " " }, token);
        var unknown = await PostAsync(client, "Alias", new() { ["entity"] = "no-such-entity", ["alias"] = "X", ["why"] = "because" }, token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("say why", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("no entity has the id or name &#x27;no-such-entity&#x27;", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Records(app));
    }

    [Theory]
    [InlineData("/curation")]
    [InlineData("/curation?handler=Nothing")]
    public async Task A_post_that_names_no_handler_is_a_bad_request(string path)
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Curation_writes_are_limited_per_user()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");
        var other = Client(app, "editor");
        other.DefaultRequestHeaders.Remove(HeaderUsers.UserHeader);
        other.DefaultRequestHeaders.Add(HeaderUsers.UserHeader, "another@example.org");
        var otherToken = (await EditorPageAsync(other, "/groups/islamic-state")).Token;
        var refusedWithoutReason = new Dictionary<string, string> { ["entity"] = "islamic-state", ["to"] = "IS", ["why"] = "" };

        for (var i = 0; i < MilitiaAtlas.Web.Infrastructure.CurationEditing.WritesPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(client, "Rename", refusedWithoutReason, token)).StatusCode);
        }

        var limited = await PostAsync(client, "Rename", refusedWithoutReason, token);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(other, "Rename", refusedWithoutReason, otherToken)).StatusCode);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_not_followed()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/groups/islamic-state");

        var response = await PostAsync(client, "Alias", new() { ["entity"] = "islamic-state", ["alias"] = "IS", ["why"] = "common", ["returnUrl"] = "https://evil.example/" }, token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/curation", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_confirmed_relation_is_marked_on_the_profile_and_in_the_api_and_a_rejected_one_is_gone()
    {
        using var app = Seeded();
        var (client, token) = await EditorAsync(app, "/people/hadi-al-amiri");

        await PostAsync(client, "ConfirmRelation", new() { ["subject"] = "hadi-al-amiri", ["predicate"] = "leads", ["target"] = "badr-corps", ["why"] = "checked" }, token);
        await PostAsync(client, "RejectRelation", new() { ["subject"] = "hadi-al-amiri", ["predicate"] = "opposed_to", ["target"] = "isis", ["why"] = "misread" }, token);

        var reader = Client(app);
        var html = await reader.GetStringAsync("/people/hadi-al-amiri");
        var api = await reader.GetStringAsync("/api/entities/hadi-al-amiri");
        Assert.Contains("checked by an analyst", html, StringComparison.Ordinal);
        Assert.Contains("\"confirmed\":true", api, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/groups/isis\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_reader_an_editor_can_merge_or_reject_the_entity_of_a_highlighted_mention()
    {
        using var app = Seeded();
        string source;
        long start, end;
        using (var c = app.Database.Open())
        {
            (source, start, end) = c.QueryFirst<(string, long, long)>("""
                SELECT s.Id, m.Start, m."End" FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum
                WHERE m.EntityId = 'isis' ORDER BY s.Id, m.Start LIMIT 1
                """);
        }

        var path = $"/sources/{source}?hl={start}-{end}";
        var asReader = await Client(app, "reader").GetStringAsync(path);
        var (client, token) = await EditorAsync(app, path);
        var asEditor = await client.GetStringAsync(path);

        Assert.DoesNotContain("Curate the entities highlighted", asReader, StringComparison.Ordinal);
        Assert.Contains("Curate the entities highlighted", asEditor, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"entity\" value=\"isis\">", asEditor, StringComparison.Ordinal);

        var rejected = await PostAsync(client, "Reject", new() { ["entity"] = "isis", ["why"] = "not an actor here" }, token);

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/groups/isis")).StatusCode);
        Assert.Contains("not an actor here", await client.GetStringAsync("/curation"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<v>[^\"]+)\"")]
    private static partial Regex TokenInput();
}
