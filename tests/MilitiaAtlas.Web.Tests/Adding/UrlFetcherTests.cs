using System.Net;
using MilitiaAtlas.Web.Adding;

namespace MilitiaAtlas.Web.Tests.Adding;

/// <summary>Fetching a URL against server-side request forgery (docs/security.md, "Fetching a URL"), with a local server only.</summary>
public sealed class UrlFetcherTests
{
    private static readonly AddingOptions Options = new() { FetchSeconds = 10, MaxRedirects = 5 };

    /// <summary>The production fetcher: the default address rules.</summary>
    private static UrlFetcher Production(long maxBytes = 1_000_000) => new(Options, maxBytes, AddressRules.IsPublic);

    /// <summary>
    /// The test seam: 127.0.0.1 stands for a public server (every other address goes by the production rules), so the
    /// checks after the first hop can be shown against the local server.
    /// </summary>
    private static UrlFetcher LoopbackAsOutside(AddingOptions? options = null, long maxBytes = 1_000_000) =>
        new(options ?? Options, maxBytes, a => a.Equals(IPAddress.Loopback) || AddressRules.IsPublic(a));

    private static async Task<string> RefusalAsync(UrlFetcher fetcher, string url) =>
        (await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync(url, CancellationToken.None))).Message;

    [Fact]
    public async Task The_default_rules_refuse_loopback_and_the_local_server_gets_no_request()
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = Production();

        Assert.Contains("non-public address", await RefusalAsync(fetcher, site.BaseUrl + "/page"), StringComparison.Ordinal);
        Assert.Contains("non-public address", await RefusalAsync(fetcher, $"http://localhost:{site.Port}/page"), StringComparison.Ordinal);
        Assert.Contains("non-public address", await RefusalAsync(fetcher, $"http://[::ffff:127.0.0.1]:{site.Port}/page"), StringComparison.Ordinal);
        Assert.Contains("non-public address", await RefusalAsync(fetcher, $"http://127.1.2.3:{site.Port}/page"), StringComparison.Ordinal);
        Assert.Equal(0, site.Requests);
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.16.5.4/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::]/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd12:3456::1]/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://[64:ff9b::a00:1]/")]
    [InlineData("https://[2002:c0a8:101::1]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://2130706433/")]
    public async Task Private_loopback_link_local_and_other_non_public_addresses_are_refused_before_connecting(string url)
    {
        using var fetcher = Production();

        Assert.Contains("non-public address", await RefusalAsync(fetcher, url), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/file.txt", "Only http and https")]
    [InlineData("file:///etc/passwd", "Only http and https")]
    [InlineData("gopher://example.org/", "Only http and https")]
    [InlineData("http://user:secret@example.org/", "user name or password")]
    [InlineData("not a url", "not a full URL")]
    public async Task Only_http_and_https_urls_without_credentials_are_fetched(string url, string reason)
    {
        using var fetcher = Production();

        Assert.Contains(reason, await RefusalAsync(fetcher, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_page_is_fetched_and_a_redirect_to_a_public_page_followed()
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = LoopbackAsOutside();

        var page = await fetcher.FetchAsync(site.BaseUrl + "/to-page", CancellationToken.None);

        Assert.Equal(site.BaseUrl + "/page", page.Url.AbsoluteUri);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(LocalSite.PageHtml, System.Text.Encoding.UTF8.GetString(page.Body));
    }

    [Theory]
    [InlineData("/to-private", "10.1.2.3")]
    [InlineData("/to-metadata", "169.254.169.254")]
    [InlineData("/to-v6-loopback", "[::1]")]
    [InlineData("/to-file", "Only http and https")]
    public async Task A_redirect_to_a_private_address_is_checked_again_and_refused(string path, string reason)
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = LoopbackAsOutside();

        var refusal = await RefusalAsync(fetcher, site.BaseUrl + path);

        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.Equal(1, site.Requests);
    }

    [Fact]
    public async Task Redirects_are_bounded()
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = LoopbackAsOutside();

        Assert.Contains("More than 5 redirects", await RefusalAsync(fetcher, site.BaseUrl + "/loop"), StringComparison.Ordinal);
        Assert.Equal(6, site.Requests);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = LoopbackAsOutside(maxBytes: 10_000);

        Assert.Contains("over the 10,000", await RefusalAsync(fetcher, site.BaseUrl + "/big"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetch_over_the_time_limit_is_refused()
    {
        await using var site = await LocalSite.StartAsync();
        using var fetcher = LoopbackAsOutside(new AddingOptions { FetchSeconds = 1, MaxRedirects = 5 });

        var started = DateTime.UtcNow;
        Assert.Contains("longer than 1 s", await RefusalAsync(fetcher, site.BaseUrl + "/slow"), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(8));
    }

    [Theory]
    [InlineData("93.184.216.34", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.255.255.255", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("fec0::1", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("2001:db8::1", false)]
    [InlineData("2001:0:4136:e378::1", false)]
    public void The_address_rules_allow_only_public_unicast(string address, bool allowed) =>
        Assert.Equal(allowed, AddressRules.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://example.org/news/story.pdf", "application/octet-stream", "story.pdf")]
    [InlineData("https://example.org/news/story", "text/html", "story.html")]
    [InlineData("https://example.org/", "application/pdf", "page.pdf")]
    [InlineData("https://example.org/a/..%2F..%2Fetc%2Fpasswd", "text/plain", "passwd.txt")]
    public void A_fetched_page_is_named_by_its_path_or_media_type(string url, string mediaType, string name) =>
        Assert.Equal(name, SourceJobs.FileNameFor(new FetchedPage(new Uri(url), [], mediaType)));
}
