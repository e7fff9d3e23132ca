using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using MilitiaAtlas.Web.Tests.Infrastructure;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// What a request that fails gets: pages and the API answer GET and HEAD only, and 405 with <c>Allow: GET, HEAD</c>
/// to anything else; the API answers every error as problem details (RFC 7807), pages as the HTML error page;
/// every error keeps the security headers, the 500s of a fault included.
/// </summary>
public sealed class ErrorResponseTests(SeededAtlas atlas) : IClassFixture<SeededAtlas>
{
    public static TheoryData<string> OtherMethods { get; } = ["TRACE", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "PROPFIND", "FOO"];

    private string Entity
    {
        get
        {
            using var c = atlas.App.Database.Open();
            return c.ExecuteScalar<string>("SELECT Id FROM Entities WHERE Type = 'place' ORDER BY Id LIMIT 1")!;
        }
    }

    private string[] Pages => ["/", "/people", $"/places/{Entity}", $"/sources/{atlas.SourceId}", "/timeline", "/search?q=badr", "/error", "/no/such/page", "/css/site.css"];

    private string[] Api => ["/api/entities", $"/api/entities/{Entity}", $"/api/sources/{atlas.SourceId}", "/api/timeline", "/api/search?q=badr", "/api/no/such/thing",
        "/api/export/relations.csv", $"/api/csv/places/{Entity}", "/api/csv/search?q=badr", "/openapi/v1.json"];

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task Any_method_but_get_and_head_gets_405_with_allow_on_pages_and_the_api(string method)
    {
        foreach (var url in Pages.Concat(Api).Append("/healthz"))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("title=x") };
            using var response = await atlas.Client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url}: {(int)response.StatusCode}");
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
            SecurityHeaders.AssertPresent(response);
            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                await AssertProblem(response, 405);
            }
            else if (url != "/healthz")
            {
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Get_and_head_are_answered_on_pages_and_the_api()
    {
        foreach (var url in Pages.Concat(Api).Append("/healthz").Where(u => !u.Contains("/no/such/", StringComparison.Ordinal) && u != "/error"))
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
            {
                using var response = await atlas.Client.SendAsync(new HttpRequestMessage(method, url));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {url}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_trace_request_logs_no_error()
    {
        using var app = new AtlasApp();
        var logs = new CapturingLoggerProvider();
        using var host = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = host.CreateClient();

        foreach (var url in new[] { "/", "/people", "/api/entities" })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, url));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }

        Assert.DoesNotContain(logs.Events, e => e.Level >= LogLevel.Warning || e.Exception is not null);
        Assert.Contains(logs.Events, e => e.Message.Contains("HTTP TRACE /people responded 405", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/entities?page=abc", 400)]
    [InlineData("/api/entities?page=99999999999", 400)]
    [InlineData("/api/entities?type=weapon", 400)]
    [InlineData("/api/entities/no-such-entity", 404)]
    [InlineData("/api/sources/no-such-source", 404)]
    [InlineData("/api/no/such/thing", 404)]
    [InlineData("/api", 404)]
    public async Task Api_errors_are_problem_details_with_the_security_headers(string url, int status)
    {
        using var response = await atlas.Client.GetAsync(url);

        var problem = await AssertProblem(response, status);
        SecurityHeaders.AssertPresent(response);

        // Clients written against {"error": …} still find it, beside the problem's detail.
        Assert.Equal(problem.GetProperty("detail").GetString(), problem.GetProperty("error").GetString());
        if (url.Contains("/no-such-", StringComparison.Ordinal))
        {
            Assert.Equal(url[(url.LastIndexOf('/') + 1)..], problem.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task A_direct_request_for_the_error_page_is_not_found()
    {
        using var response = await atlas.Client.GetAsync("/error");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at this address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_requests_get_429_with_retry_after_as_problem_details_from_the_api_and_html_from_search()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "2"), ("Atlas:RateLimit:WindowSeconds", "30"));
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/entities")).StatusCode);
        }

        using var api = await client.GetAsync("/api/entities");
        using var search = await client.GetAsync("/search?q=x");

        await AssertProblem(api, 429);
        Assert.Equal(HttpStatusCode.TooManyRequests, search.StatusCode);
        Assert.Equal("text/html", search.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var response in new[] { api, search })
        {
            SecurityHeaders.AssertPresent(response);
            var wait = response.Headers.RetryAfter?.Delta;
            Assert.NotNull(wait);
            Assert.InRange(wait.Value.TotalSeconds, 1, 30);
        }
    }

    [Fact]
    public async Task A_fault_gets_a_500_without_details_as_problem_details_from_the_api_and_html_from_pages_with_the_security_headers()
    {
        using var app = new AtlasApp(("environment", "Production"));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        app.LoseDatabase();
        using var api = await client.GetAsync("/api/entities");
        using var page = await client.GetAsync("/people");

        SecurityHeaders.AssertPresent(page);
        SecurityHeaders.AssertPresent(api);
        var problem = await AssertProblem(api, 500);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        foreach (var body in new[] { problem.GetRawText(), html })
        {
            Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }
    }

    /// <summary>An RFC 7807 answer: <c>application/problem+json</c> with type, title, status and detail.</summary>
    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", root.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));
        return root.Clone();
    }
}
