using System.Net;
using System.Reflection;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// Read-only over HTTP but for the forms: every endpoint takes GET and HEAD and nothing else, the only pages with a
/// write handler are the forms marked to take posts (signing in and out, and those a role guards: adding a source,
/// managing users, curating), and writes sent to any other address are refused with 405 and change nothing. The other
/// writers are the command-line verbs (ingest, backup, users, curation import) run by whoever owns the database file.
/// </summary>
public sealed class WritePathTests(SeededAtlas atlas) : IClassFixture<SeededAtlas>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public void Every_endpoint_answers_only_get_and_only_pages_that_require_the_edit_role_have_write_handlers()
    {
        _ = atlas.Client;
        var endpoints = atlas.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        foreach (var e in endpoints)
        {
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null)
            {
                Assert.True(methods.Order().SequenceEqual(["GET", "HEAD"]), $"{e.RoutePattern.RawText} accepts {string.Join(", ", methods)}");
            }
            else
            {
                // Razor pages carry no method metadata: what they accept is their handlers, checked below.
                Assert.NotNull(e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>());
            }
        }

        var pageModels = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(pageModels);
        var writeHandlers = pageModels
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => WriteMethods.Any(w => m.Name.StartsWith("On" + w[0] + w[1..].ToLowerInvariant(), StringComparison.Ordinal)))
            .ToList();

        // Only POST, only on pages marked to take it; each is one of the account forms or needs a role's policy.
        string[] accountForms = ["SignInModel", "SignOutModel", "ExternalModel"];
        foreach (var handler in writeHandlers)
        {
            var page = handler.DeclaringType!;
            var name = $"{page.Name}.{handler.Name}";
            Assert.StartsWith("OnPost", handler.Name, StringComparison.Ordinal);
            Assert.True(page.GetCustomAttribute<MilitiaAtlas.Web.Infrastructure.ErrorResponses.TakesPostsAttribute>() is not null, $"{name} is not marked to take posts");
            var policy = page.GetCustomAttribute<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>()?.Policy;
            Assert.True(accountForms.Contains(page.Name) || policy is MilitiaAtlas.Web.Infrastructure.Roles.EditPolicy or MilitiaAtlas.Web.Infrastructure.Roles.AdminPolicy,
                $"{name} needs the edit or admin policy");
        }
    }

    [Fact]
    public async Task Writes_sent_to_any_address_are_refused_and_change_nothing()
    {
        string Fingerprint()
        {
            using var c = atlas.App.Database.Open();
            return string.Join(",", new[] { "Sources", "Passages", "Entities", "Mentions", "Claims", "CuratedAliases", "Events" }
                .Select(t => c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}")))
                + c.ExecuteScalar<string>("SELECT group_concat(ContentHash) FROM (SELECT ContentHash FROM Sources ORDER BY Id)");
        }

        var before = Fingerprint();
        var source = atlas.SourceId;
        string entity;
        using (var c = atlas.App.Database.Open())
        {
            entity = c.ExecuteScalar<string>("SELECT Id FROM Entities WHERE Type = 'person' LIMIT 1")!;
        }

        var urls = new[]
        {
            "/", "/sources", $"/sources/{source}", "/people", $"/people/{entity}", "/groups", "/places", "/timeline", "/search?q=x", "/error",
            "/api/sources", $"/api/sources/{source}", "/api/entities", $"/api/entities/{entity}", "/api/timeline", "/api/search?q=x", "/api/suggest?q=x",
            "/healthz", "/api/upload", "/api/ingest", "/api/curation", "/upload", "/admin",
        };
        foreach (var url in urls)
        {
            foreach (var method in WriteMethods)
            {
                using var form = new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = new FormUrlEncodedContent([new("title", "<script>x</script>"), new("text", "replaced")]),
                };
                using var json = new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = new StringContent("{\"title\":\"x\",\"text\":\"replaced\"}", Encoding.UTF8, "application/json"),
                };
                foreach (var request in new[] { form, json })
                {
                    using var response = await atlas.Client.SendAsync(request);

                    // Refused before routing, the error page too (failed requests are re-executed there, and keep their 405).
                    Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url}: {(int)response.StatusCode}");
                    Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
                }
            }
        }

        Assert.Equal(before, Fingerprint());
        Assert.Equal(HttpStatusCode.OK, (await atlas.Client.GetAsync($"/sources/{source}")).StatusCode);
    }
}
