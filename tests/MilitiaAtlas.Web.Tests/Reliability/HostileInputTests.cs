using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Pages.Citations;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>The hostile corpus ingested once into one app, shared by the tests that only read it.</summary>
public sealed class HostileAtlas : IDisposable
{
    public HostileAtlas()
    {
        App = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "100000"));
        Folder = HostileCorpus.WriteTo(Path.Combine(App.Folder, "hostile"));
        Report = App.Ingest(Folder);
        Client = App.CreateClient();
    }

    internal AtlasApp App { get; }

    internal string Folder { get; }

    internal IngestReport Report { get; }

    internal HttpClient Client { get; }

    internal IngestFileResult Result(string name) =>
        Assert.Single(Report.Files, f => Path.GetFileName(f.Path) == name);

    internal string SourceId(string name) => Result(name).SourceId!;

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}

/// <summary>
/// Hostile and malformed files (HostileCorpus): each gets its outcome and a clear message, the other
/// files are unaffected, and whatever was stored is encoded on every page, in the API and in the export.
/// </summary>
public sealed partial class HostileInputTests(HostileAtlas atlas) : IClassFixture<HostileAtlas>
{
    [Fact]
    public void Every_hostile_file_gets_its_outcome_and_message_and_the_control_files_still_go_in()
    {
        foreach (var f in HostileCorpus.Files)
        {
            var r = atlas.Result(f.Name);
            if (f.Outcome == Expect.Refused)
            {
                Assert.True(r.Status == IngestStatus.Failed, $"{f.Case}: expected a refusal, got {r.Status}");
                Assert.Contains(f.Message!, r.Error, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', r.Error!);
            }
            else
            {
                Assert.True(r.Status == IngestStatus.Added, $"{f.Case}: expected it stored, got {r.Status}: {r.Error}");
                if (f.Message is not null)
                {
                    Assert.Contains(r.Warnings, w => w.Contains(f.Message, StringComparison.Ordinal));
                }
            }
        }

        var stored = HostileCorpus.Files.Count(f => f.Outcome == Expect.Stored) + 1; // + the file inside the symlink loop
        Assert.Equal(stored, atlas.Report.Count(IngestStatus.Added));
        Assert.Equal(HostileCorpus.Files.Count(f => f.Outcome == Expect.Refused), atlas.Report.Count(IngestStatus.Failed));
        using var c = atlas.App.Database.Open();
        Assert.Equal(stored, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
        StoreChecks.AssertConsistent(atlas.App.Database.FilePath);
    }

    [Fact]
    public void The_ingest_verb_names_each_refused_file_on_one_line_exits_1_and_stores_the_rest()
    {
        using var temp = new TempFolder();
        var folder = HostileCorpus.WriteTo(temp.Path("hostile"));
        var db = temp.Path("atlas.db");

        using var run = AtlasProcess.Run(TimeSpan.FromSeconds(120), "ingest", folder, "--db", db);

        Assert.Equal(1, run.ExitCode);
        var refused = HostileCorpus.Files.Where(f => f.Outcome == Expect.Refused).ToList();
        var errors = run.Stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(refused.Count, errors.Count);
        foreach (var f in refused)
        {
            // A name with a line break is shown escaped (\u000A), so that each refusal stays on its one line.
            var shown = MilitiaAtlas.Atlas.LogText.Printable(Path.Combine(folder, f.Name));
            Assert.Single(errors, e => e.StartsWith($"error: {shown}: ", StringComparison.Ordinal) && e.Contains(f.Message!, StringComparison.Ordinal));
        }

        var stored = HostileCorpus.Files.Count(f => f.Outcome == Expect.Stored) + 1;
        Assert.Contains($"{stored} added, 0 updated, 0 unchanged, {refused.Count} failed, ", run.Stdout, StringComparison.Ordinal);

        // Every file that is not read says so, on a line of its own: never a silent skip.
        var skipped = run.Stderr.Split('\n').Where(l => l.StartsWith("skipped: ", StringComparison.Ordinal)).ToList();
        Assert.Contains($"skipped: {Path.Combine(folder, "photo.png")}: unsupported type (.png)", skipped);
        Assert.Contains($"skipped: {Path.Combine(folder, "sources.yaml")}: the folder's sidecar: read as the metadata of its articles", skipped);
        Assert.Contains($", {skipped.Count} skipped", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Stderr.Split('\n'), l => l.StartsWith("[00:00:00 ", StringComparison.Ordinal));
        Assert.Equal(stored, StoreChecks.Sources(db));
        StoreChecks.AssertConsistent(db);
    }

    [Fact]
    public void Legacy_and_utf16_encodings_are_decoded_to_the_right_characters()
    {
        using var c = atlas.App.Database.Open();
        string Text(string name) => c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @id", new { id = atlas.SourceId(name) })!;

        Assert.EndsWith("caf\u00e9 was shelled. \u201CQ\u201D \u20AC5.", Text("windows-1252.txt"), StringComparison.Ordinal);
        Assert.Contains("the caf\u00C3( was shelled", Text("invalid-utf8.txt"), StringComparison.Ordinal);
        Assert.StartsWith("\u062D\u0634\u062F talks resume\n", Text("utf16-le-bom.txt"), StringComparison.Ordinal);
        Assert.StartsWith("\u062D\u0634\u062F meeting resume\n", Text("utf16-be-bom.txt"), StringComparison.Ordinal);
        Assert.StartsWith("A BOM first\n", Text("utf8-bom.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_not_articles_are_skipped_and_a_symlink_loop_ends_with_each_file_once()
    {
        Assert.Equal((IngestStatus.Skipped, "unsupported type (.png)"), (atlas.Result("photo.png").Status, atlas.Result("photo.png").Error));
        Assert.Equal(IngestStatus.Skipped, atlas.Result("notes.doc").Status);
        Assert.StartsWith("unsupported type (.doc): ", atlas.Result("notes.doc").Error, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Skipped, atlas.Result("sources.yaml").Status);
        var inLoop = Assert.Single(atlas.Report.Files, f => f.Path.EndsWith("inside-the-loop.txt", StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Added, inLoop.Status);
        Assert.Equal(atlas.Report.Files.Count, atlas.Report.Files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void File_names_with_spaces_markup_and_non_latin_script_are_kept_exactly_and_shown_encoded()
    {
        using var c = atlas.App.Database.Open();
        foreach (var name in new[] { "with spaces in the name.txt", HostileCorpus.MarkupFileName, "تقرير عن الميليشيات.txt", "新闻报道 Ελληνικά.md" })
        {
            var id = atlas.SourceId(name);
            Assert.Matches("^[a-z0-9-]+$", id);
            Assert.Equal(name, c.ExecuteScalar<string>("SELECT FileKey FROM Sources WHERE Id = @id", new { id }));
        }

        var html = GetPage("/sources/" + atlas.SourceId(HostileCorpus.MarkupFileName));
        Assert.Contains("<bdi>&lt;b onmouseover=alert(&#x27;file&#x27;)&gt;bold &amp; &quot;quoted&quot; &#x27;name&#x27;.txt</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlight_that_cuts_a_surrogate_pair_in_half_still_renders()
    {
        var id = atlas.SourceId("emoji.txt");
        using var c = atlas.App.Database.Open();
        var text = c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE Id = @id", new { id })!;
        var inside = text.IndexOf('\uD83D', StringComparison.Ordinal) + 1; // between the two halves of the first emoji

        foreach (var hl in new[] { $"{inside}-{inside + 5}", $"0-{inside}", $"{inside}-{text.Length}" })
        {
            var html = GetPage($"/sources/{id}?hl={hl}");
            Assert.Contains("<mark id=\"hl\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Very_long_titles_names_and_file_names_go_in_with_short_ids_and_render()
    {
        using var c = atlas.App.Database.Open();
        Assert.True(c.ExecuteScalar<long>("SELECT MAX(length(Id)) FROM Sources") <= 80);
        Assert.True(c.ExecuteScalar<long>("SELECT MAX(length(Id)) FROM Entities") <= 80);
        var title = c.ExecuteScalar<string>("SELECT Title FROM Sources WHERE Id = @id", new { id = atlas.SourceId("long-title.txt") })!;
        Assert.Equal(301, title.Length); // a guessed title is cut at 300 characters, with an ellipsis
        Assert.EndsWith("\u2026", title, StringComparison.Ordinal);
        Assert.Equal(3000, c.ExecuteScalar<long>("SELECT length(Author) FROM Sources WHERE Id = @id", new { id = atlas.SourceId("long-metadata.txt") }));

        foreach (var name in new[] { "long-title.txt", "long-metadata.txt", "long-name.txt", "long-" + new string('n', 240) + ".txt" })
        {
            GetPage("/sources/" + atlas.SourceId(name));
        }
    }

    [Fact]
    public async Task Markup_in_titles_text_names_and_metadata_is_encoded_on_every_page_in_the_api_and_in_the_export()
    {
        using var c = atlas.App.Database.Open();
        var sources = c.Query<string>("SELECT Id FROM Sources ORDER BY Id").ToList();
        var entities = c.Query<(string Id, string Type)>("SELECT Id, Type FROM Entities ORDER BY Id").ToList();
        var urls = new List<string>
        {
            "/", "/sources", "/people", "/groups", "/places", "/timeline",
            "/search?q=script", "/search?q=alert", "/search?q=" + Uri.EscapeDataString(HostileCorpus.NamePayload), "/search?q=Northern",
            "/people?q=script", "/groups?q=%3Cscript",
        };
        urls.AddRange(sources.Select(id => "/sources/" + id));
        urls.AddRange(entities.Select(e => Links.Entity(e.Type, e.Id)));
        foreach (var url in urls)
        {
            AssertNoLiveMarkup(url, GetPage(url));
        }

        var api = new List<string> { "/api/sources", "/api/entities", "/api/entities?q=script", "/api/timeline", "/api/search?q=script", "/api/search?q=alert", "/api/suggest?q=scr" };
        api.AddRange(sources.Select(id => "/api/sources/" + id));
        api.AddRange(entities.Select(e => "/api/entities/" + e.Id));
        foreach (var url in api)
        {
            AssertNoLiveMarkup(url, GetPage(url));
        }

        // The payloads are there, encoded: the tests above are not passing on empty pages.
        var reader = GetPage("/sources/" + atlas.SourceId("payload-title.txt"));
        Assert.Contains("&lt;script&gt;alert(", reader, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003Ealert(", GetPage("/api/sources/" + atlas.SourceId("payload-text.txt")), StringComparison.Ordinal);
        var renamed = c.QuerySingle<(string Id, string Type)>("SELECT Id, Type FROM Entities WHERE Name = @name", new { name = HostileCorpus.NamePayload });
        Assert.Contains("<h1 dir=\"auto\">&lt;script&gt;alert(", GetPage(Links.Entity(renamed.Type, renamed.Id)), StringComparison.Ordinal);

        // The javascript: URL of a source is shown as text, never as a link.
        var sidecar = GetPage("/sources/" + atlas.SourceId("payload-sidecar.txt"));
        Assert.Contains("<bdi>javascript:alert(document.cookie)</bdi>", sidecar, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"\\s*javascript:", sidecar);

        // Search snippets are HTML inside JSON: apart from <mark>, every character of markup is encoded.
        foreach (var q in new[] { "script", "alert", "iframe", "Northern" })
        {
            using var doc = JsonDocument.Parse(GetPage("/api/search?q=" + q));
            foreach (var r in doc.RootElement.GetProperty("results").EnumerateArray())
            {
                var snippet = r.GetProperty("snippet").GetString()!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                Assert.DoesNotContain('<', snippet);
            }
        }

        // The export: the same escaping (JSON with HTML-sensitive characters escaped).
        using var export = new MemoryStream();
        await atlas.App.Services.GetRequiredService<ExportWriter>().WriteAsync(export, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var json = Encoding.UTF8.GetString(export.ToArray());
        AssertNoLiveMarkup("export", json);
        Assert.Contains("\\u003Cscript\\u003Ealert(", json, StringComparison.Ordinal);
        Assert.Contains(HostileCorpus.MixedTitle[..8], json, StringComparison.Ordinal); // other scripts stay readable
        using var parsed = JsonDocument.Parse(json);
        Assert.Contains(parsed.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("title").GetString() == HostileCorpus.TitlePayload);
    }

    [Fact]
    public void Right_to_left_text_is_isolated_with_dir_auto_or_bdi_wherever_it_is_shown()
    {
        using var c = atlas.App.Database.Open();
        var renamed = c.QuerySingle<(string Id, string Type)>("SELECT Id, Type FROM Entities WHERE Name = @name", new { name = HostileCorpus.NamePayload });
        var pages = new[]
        {
            "/sources",
            "/sources/" + atlas.SourceId("arabic-mixed.txt"),
            "/sources/" + atlas.SourceId("utf16-le-bom.txt"),
            "/sources/" + atlas.SourceId("تقرير عن الميليشيات.txt"),
            "/sources/" + atlas.SourceId("payload-front-matter.md"),
            "/sources/" + atlas.SourceId("bidi-controls.txt"),
            "/", "/groups", "/people", "/places", "/timeline",
            Links.Entity(renamed.Type, renamed.Id),
            "/search?q=Northern",
        };

        var checkedNodes = 0;
        foreach (var url in pages)
        {
            var html = GetPage(url);
            var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
            foreach (Match m in TextNode().Matches(body))
            {
                var text = WebUtility.HtmlDecode(m.Groups["text"].Value);
                if (!text.Any(IsRightToLeft))
                {
                    continue;
                }

                checkedNodes++;
                var tag = m.Groups["tag"].Value;
                Assert.True(tag.Contains("dir=\"auto\"", StringComparison.Ordinal) || tag.StartsWith("<bdi", StringComparison.Ordinal)
                    || tag.StartsWith("<mark", StringComparison.Ordinal) || tag.StartsWith("</mark", StringComparison.Ordinal),
                    $"{url}: right-to-left text \"{text.Trim()}\" follows {tag}, which neither has dir=\"auto\" nor is <bdi>");
            }
        }

        Assert.True(checkedNodes > 10, "expected right-to-left text on these pages");
        var reader = GetPage("/sources/" + atlas.SourceId("arabic-mixed.txt"));
        Assert.Contains("<h1 dir=\"auto\">", reader, StringComparison.Ordinal);
    }

    private string GetPage(string url)
    {
        var response = atlas.Client.GetAsync(url).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return body;
    }

    private static void AssertNoLiveMarkup(string url, string body)
    {
        foreach (var raw in HostileCorpus.RawMarkup)
        {
            Assert.False(body.Contains(raw, StringComparison.OrdinalIgnoreCase), $"{url} carries live markup: {raw}");
        }

        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    // Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms, and the right-to-left marks and overrides.
    private static bool IsRightToLeft(char ch) =>
        ch is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') or '\u200F' or '\u202B' or '\u202E' or '\u2067';

    /// <summary>A text node and the tag just before it.</summary>
    [GeneratedRegex("(?<tag><[^>]*>)(?<text>[^<]+)")]
    private static partial Regex TextNode();
}
