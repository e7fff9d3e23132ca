using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Tests.Accounts;

namespace MilitiaAtlas.Web.Tests.Adding;

/// <summary>Adding sources in the browser, over HTTP: the three ways in, their limits, and who may use them (docs/security.md).</summary>
public sealed class AddSourceTests
{
    private const string Story = """
        Rebels take the river town

        The Northern Brigades said on Monday that they had taken the town of Kessa. Their commander, Col. Samir Haddad, said the fighting was over.
        """;

    private static MultipartFormDataContent Upload(string token, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }

    private static FormUrlEncodedContent Form(string? token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Concat(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

    /// <summary>Follows a job from its page's address to the end, by its JSON status, as the page's script does.</summary>
    private static async Task<JsonElement> FinishedAsync(HttpClient client, HttpResponseMessage queued)
    {
        Assert.True(queued.StatusCode == HttpStatusCode.Redirect, $"queueing answered {(int)queued.StatusCode}: {await queued.Content.ReadAsStringAsync()}");
        var job = queued.Headers.Location!.OriginalString;
        Assert.StartsWith("/add-source/", job, StringComparison.Ordinal);
        for (var i = 0; i < 600; i++)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync(job + "/status")).RootElement;
            if (status.GetProperty("finished").GetBoolean())
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the job did not finish in a minute");
    }

    [Fact]
    public async Task An_editor_uploads_a_file_and_the_new_source_opens_in_the_reader()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        var status = await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("river town.txt", Encoding.UTF8.GetBytes(Story)))));

        Assert.Equal("done", status.GetProperty("state").GetString());
        var open = status.GetProperty("open").GetString()!;
        var file = status.GetProperty("files")[0];
        Assert.Equal("river-town.txt", file.GetProperty("name").GetString());
        Assert.Equal("added", file.GetProperty("status").GetString());
        var reader = await editor.GetStringAsync(open);
        Assert.Contains("Rebels take the river town", reader, StringComparison.Ordinal);
        Assert.Contains("Samir Haddad", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_added_twice_is_one_source()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("a.txt", Encoding.UTF8.GetBytes(Story)))));
        var again = await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("a.txt", Encoding.UTF8.GetBytes(Story)))));

        Assert.Equal("unchanged", again.GetProperty("files")[0].GetProperty("status").GetString());
        using var c = app.Database.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public async Task A_pasted_text_is_stored_with_its_title_outlet_date_and_url()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        var status = await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Paste", Form(token,
            ("Paste.Title", "Brigades: \"we hold Kessa\"\nurl: https://evil.example/"),
            ("Paste.Outlet", "The Ledger"),
            ("Paste.Published", "2024-05"),
            ("Paste.Url", "https://example.org/kessa"),
            ("Paste.Text", "The Northern Brigades said on Monday that they held the town of Kessa."))));

        Assert.Equal("done", status.GetProperty("state").GetString());
        using var c = app.Database.Open();
        var source = c.QuerySingle<(string Title, string Outlet, string Published, string Url)>("SELECT Title, Outlet, Published, Url FROM Sources");
        Assert.Equal("Brigades: \"we hold Kessa\"\nurl: https://evil.example/", source.Title);
        Assert.Equal(("The Ledger", "2024-05", "https://example.org/kessa"), (source.Outlet, source.Published, source.Url));
    }

    [Theory]
    [InlineData("Paste.Published", "Tuesday", "The date must be")]
    [InlineData("Paste.Url", "javascript:alert(1)", "must start with http")]
    [InlineData("Paste.Title", "", "Give the text a title")]
    public async Task A_paste_with_a_bad_field_is_refused_with_the_reason(string field, string value, string reason)
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");
        var fields = new Dictionary<string, string> { ["Paste.Title"] = "A title", ["Paste.Text"] = "Some text.", [field] = value };

        using var answer = await editor.PostAsync("/add-source?handler=Paste", Form(token, fields.Select(f => (f.Key, f.Value)).ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(reason, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_the_ingester_refuses_shows_its_reason()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        var status = await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Upload",
            Upload(token, ("empty.txt", Encoding.UTF8.GetBytes("   \n\n  ")), ("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 not really")))));

        Assert.Equal("failed", status.GetProperty("state").GetString());
        var files = status.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("failed", files["empty.txt"].GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(files["empty.txt"].GetProperty("reason").GetString()));
        Assert.Equal("failed", files["broken.pdf"].GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(files["broken.pdf"].GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task An_upload_over_the_file_count_is_refused_with_a_clear_message()
    {
        using var app = new AtlasApp(("Atlas:Add:MaxFiles", "2"));
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        using var answer = await editor.PostAsync("/add-source?handler=Upload",
            Upload(token, ("a.txt", "one"u8.ToArray()), ("b.txt", "two"u8.ToArray()), ("c.txt", "three"u8.ToArray())));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("At most 2 files at once: this upload has 3.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.Database.Open().ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_clear_message()
    {
        using var app = new AtlasApp(("Atlas:MaxFileBytes", "1000"));
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        using var answer = await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("long.txt", Encoding.UTF8.GetBytes(new string('a', 2000)))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Contains("long.txt is 2,000 bytes, over the 1,000 bytes a file may be.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_total_size_is_refused_before_it_is_read_with_a_clear_message()
    {
        using var app = new AtlasApp(("Atlas:Add:MaxUploadBytes", "1000"));
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        using var answer = await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("huge.txt", new byte[400 * 1024])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Upload too large", html, StringComparison.Ordinal);
        Assert.Contains("The upload is larger than the site takes at once", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_a_format_the_atlas_does_not_read_is_refused_with_the_hint()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");

        using var answer = await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("memo.doc", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("memo.doc: not a format the atlas reads (Word 97-2003 documents are not read; save it as .docx)", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_without_the_antiforgery_token_fails_and_adds_nothing()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);

        using var upload = await editor.PostAsync("/add-source?handler=Upload", Upload("", ("a.txt", Encoding.UTF8.GetBytes(Story))));
        using var paste = await editor.PostAsync("/add-source?handler=Paste", Form(null, ("Paste.Title", "T"), ("Paste.Text", Story)));
        using var fetch = await editor.PostAsync("/add-source?handler=Fetch", Form(null, ("FetchUrl", "https://example.org/")));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, paste.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fetch.StatusCode);
        await Task.Delay(500);
        Assert.Equal(0, app.Database.Open().ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public async Task A_reader_gets_403_from_every_write_even_with_a_valid_antiforgery_token()
    {
        using var app = new AtlasApp();
        using var reader = await TestUsers.SignedInAsync(app, "rita", Roles.Reader);

        // A valid token for this reader: any form of the site carries one (the navigation's sign-out).
        var token = await TestUsers.AntiforgeryTokenAsync(reader, "/sources");
        var writes = new (string Path, HttpContent Body)[]
        {
            ("/add-source?handler=Upload", Upload(token, ("a.txt", Encoding.UTF8.GetBytes(Story)))),
            ("/add-source?handler=Paste", Form(token, ("Paste.Title", "T"), ("Paste.Text", Story))),
            ("/add-source?handler=Fetch", Form(token, ("FetchUrl", "https://example.org/"))),
            ("/add-source", Form(token)),
            ("/account/users?handler=Role", Form(token, ("name", "rita"), ("role", "admin"))),
        };
        foreach (var (path, body) in writes)
        {
            using var answer = await reader.PostAsync(path, body);
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"POST {path}: {(int)answer.StatusCode}");
        }

        foreach (var path in new[] { "/add-source", "/account/users" })
        {
            using var page = await reader.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.Forbidden, $"GET {path}: {(int)page.StatusCode}");
        }

        await Task.Delay(500);
        Assert.Equal(0, app.Database.Open().ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    [Fact]
    public async Task Without_signing_in_a_write_answers_401_and_the_page_sends_to_sign_in()
    {
        using var app = new AtlasApp();
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await TestUsers.AntiforgeryTokenAsync(anonymous, "/account/sign-in");

        using var write = await anonymous.PostAsync("/add-source?handler=Paste", Form(token, ("Paste.Title", "T"), ("Paste.Text", Story)));
        using var page = await anonymous.GetAsync("/add-source");

        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Writes_are_rate_limited_per_user()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:WritesPerWindow", "3"), ("Atlas:RateLimit:WriteWindowSeconds", "600"));
        using var edith = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        using var emma = await TestUsers.SignedInAsync(app, "emma", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(edith, "/add-source");
        HttpContent Paste(string tokenOf, int n) => Form(tokenOf, ("Paste.Title", $"Note {n}"), ("Paste.Text", $"The Northern Brigades said on Monday {n}."));

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await edith.PostAsync("/add-source?handler=Paste", Paste(token, i));
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var limited = await edith.PostAsync("/add-source?handler=Paste", Paste(token, 3));
        using var other = await emma.PostAsync("/add-source?handler=Paste", Paste(await TestUsers.AntiforgeryTokenAsync(emma, "/add-source"), 4));

        // Edith's fourth post is over her window; Emma, from the same address, has a window of her own.
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task A_job_is_seen_only_by_the_editor_who_asked_and_admins()
    {
        using var app = new AtlasApp();
        using var edith = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        using var eve = await TestUsers.SignedInAsync(app, "eve", Roles.Editor);
        using var ada = await TestUsers.SignedInAsync(app, "ada", Roles.Admin);
        var token = await TestUsers.AntiforgeryTokenAsync(edith, "/add-source");
        using var queued = await edith.PostAsync("/add-source?handler=Upload", Upload(token, ("a.txt", Encoding.UTF8.GetBytes(Story))));
        var job = queued.Headers.Location!.OriginalString;

        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(job + "/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(job)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync(job + "/status")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await edith.GetAsync(job)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edith.GetAsync(job + "/bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edith.GetAsync("/add-source/no-such-job")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edith.GetAsync("/add-source/no-such-job/status")).StatusCode);
    }

    [Fact]
    public async Task Markup_in_an_upload_is_never_served_back_as_html()
    {
        using var app = new AtlasApp();
        using var editor = await TestUsers.SignedInAsync(app, "edith", Roles.Editor);
        var token = await TestUsers.AntiforgeryTokenAsync(editor, "/add-source");
        const string Hostile = "Brigades <script>alert(1)</script> take Kessa\n\nThe Northern Brigades said <img src=x onerror=alert(2)> on Monday that they held Kessa.\n";

        var status = await FinishedAsync(editor, await editor.PostAsync("/add-source?handler=Upload", Upload(token, ("<b>x<\\b>.txt", Encoding.UTF8.GetBytes(Hostile)))));
        var job = await editor.GetStringAsync(status.GetProperty("open").GetString()!);

        Assert.DoesNotContain("<script>alert(1)", job, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", job, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", job, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", status.GetProperty("files")[0].GetProperty("name").GetString()!, StringComparison.Ordinal);
    }
}
