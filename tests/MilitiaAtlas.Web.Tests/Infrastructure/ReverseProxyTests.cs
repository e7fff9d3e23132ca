using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MilitiaAtlas.Web.Tests.Infrastructure;

/// <summary>
/// Behind a reverse proxy the rate limit counts the client the proxy names in X-Forwarded-For, when the proxy is
/// trusted (Atlas:ForwardedHeaders), and the peer itself otherwise. The test server has no TCP peer: a startup
/// filter, ahead of the whole app, sets the peer's address from a test header.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "10.0.0.9";

    [Fact]
    public async Task A_known_proxy_names_the_client_for_the_rate_limit_and_an_unknown_peer_does_not()
    {
        using var app = new AtlasApp(
            ("Atlas:RateLimit:PermitsPerWindow", "2"), ("Atlas:RateLimit:WindowSeconds", "60"), ("Atlas:ForwardedHeaders:KnownProxies:0", Proxy));
        using var client = WithPeers(app);

        // Through the proxy: each client has its own two requests.
        Assert.Equal("200 200 429", await Statuses(client, Proxy, "203.0.113.1", 3));
        Assert.Equal("200 200 429", await Statuses(client, Proxy, "203.0.113.2", 3));

        // From a peer that is not a known proxy, X-Forwarded-For is ignored: every "client" shares the peer's two.
        Assert.Equal("200 200", await Statuses(client, Stranger, "203.0.113.3", 2));
        Assert.Equal("429", await Statuses(client, Stranger, "203.0.113.4", 1));
        Assert.Equal("429", await Statuses(client, Stranger, null, 1));

        // Loopback is not trusted once proxies are named.
        Assert.Equal("200 200", await Statuses(client, "127.0.0.1", "203.0.113.5", 2));
        Assert.Equal("429", await Statuses(client, "127.0.0.1", "203.0.113.6", 1));
    }

    [Fact]
    public async Task By_default_only_a_proxy_on_loopback_is_trusted()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1"), ("Atlas:RateLimit:WindowSeconds", "60"));
        using var client = WithPeers(app);

        // From loopback (IPv4 or IPv6), each forwarded client has its own request.
        Assert.Equal("200 429", await Statuses(client, "127.0.0.1", "203.0.113.1", 2));
        Assert.Equal("200", await Statuses(client, "127.0.0.1", "203.0.113.2", 1));
        Assert.Equal("429", await Statuses(client, "::1", "203.0.113.2", 1));
        Assert.Equal("200", await Statuses(client, "::1", "203.0.113.3", 1));

        // From anywhere else, the peer is the client.
        Assert.Equal("200 429", await Statuses(client, Proxy, "203.0.113.4", 2));
        Assert.Equal("429", await Statuses(client, Proxy, "203.0.113.5", 1));
    }

    [Fact]
    public async Task Forwarded_headers_can_be_turned_off()
    {
        using var app = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1"), ("Atlas:ForwardedHeaders:Enabled", "false"));
        using var client = WithPeers(app);

        Assert.Equal("200", await Statuses(client, "127.0.0.1", "203.0.113.1", 1));
        Assert.Equal("429", await Statuses(client, "127.0.0.1", "203.0.113.2", 1));
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_start_with_the_setting_named()
    {
        using var app = new AtlasApp(("Atlas:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99"));

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Atlas:ForwardedHeaders", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient WithPeers(AtlasApp app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerFromHeader>())).CreateClient();

    /// <summary>The statuses of <paramref name="count"/> API requests from <paramref name="peer"/>, space-separated.</summary>
    private static async Task<string> Statuses(HttpClient client, string peer, string? forwardedFor, int count)
    {
        var statuses = new int[count];
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/suggest?q=a");
            request.Headers.Add(PeerFromHeader.Header, peer);
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            using var response = await client.SendAsync(request);
            statuses[i] = (int)response.StatusCode;
        }

        return string.Join(" ", statuses);
    }

    /// <summary>Sets the connection's remote address from <see cref="Header"/>, before anything of the app runs.</summary>
    private sealed class PeerFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
