using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Adding;

/// <summary>A fetch refused or failed, with the reason in words for the editor.</summary>
public sealed class FetchRefusedException(string message) : Exception(message);

/// <summary>What a fetch brought back: the URL it ended at, the body, and its media type.</summary>
public sealed record FetchedPage(Uri Url, byte[] Body, string? MediaType);

/// <summary>
/// Fetches a page an editor names, against server-side request forgery (docs/security.md, "Fetching a URL"): http and
/// https only, no credentials in the URL; the host is resolved and every address it resolves to must pass
/// <see cref="AddressRules"/>, and the connection is made to the address that was checked (the handler's connect
/// callback), so a second DNS answer cannot lead elsewhere; no proxy; redirects are followed here, not by the handler,
/// up to <see cref="AddingOptions.MaxRedirects"/>, each hop checked the same way; the body is capped at
/// <c>Atlas:MaxFileBytes</c>, and the whole fetch at <see cref="AddingOptions.FetchSeconds"/>.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly Func<IPAddress, bool> _allowed;
    private readonly AddingOptions _options;
    private readonly long _maxBytes;

    public UrlFetcher(IOptions<AddingOptions> options, IOptions<AtlasOptions> atlas)
        : this(options.Value, atlas.Value.MaxFileBytes, AddressRules.IsPublic)
    {
    }

    /// <summary>The test seam: <paramref name="allowed"/> in place of <see cref="AddressRules.IsPublic"/>, so a local test server can stand for the outside.</summary>
    internal UrlFetcher(AddingOptions options, long maxBytes, Func<IPAddress, bool> allowed)
    {
        _options = options;
        _maxBytes = maxBytes;
        _allowed = allowed;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, options.FetchSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("MilitiaAtlas/1.0 (adding a source)");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5");
    }

    /// <summary>Fetches <paramref name="url"/>; every refusal and failure is a <see cref="FetchRefusedException"/> that says why.</summary>
    public async Task<FetchedPage> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            throw new FetchRefusedException("This is not a full URL: give one that starts with http:// or https://.");
        }

        using var time = CancellationTokenSource.CreateLinkedTokenSource(ct);
        time.CancelAfter(TimeSpan.FromSeconds(_options.FetchSeconds));
        try
        {
            for (var hop = 0; ; hop++)
            {
                Check(uri);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, time.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        throw new FetchRefusedException($"More than {_options.MaxRedirects} redirects: refused.");
                    }

                    uri = response.Headers.Location is { } location
                        ? new Uri(uri, location)
                        : throw new FetchRefusedException($"{uri.Host} answered a redirect without saying where to.");
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FetchRefusedException($"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                var body = await ReadCappedAsync(response, time.Token);
                return new FetchedPage(uri, body, response.Content.Headers.ContentType?.MediaType);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FetchRefusedException($"The page took longer than {_options.FetchSeconds:0.#} s to fetch: refused.");
        }
        catch (HttpRequestException ex)
        {
            throw ex.InnerException as FetchRefusedException ?? new FetchRefusedException($"The page could not be fetched: {ex.Message}");
        }
    }

    private static void Check(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchRefusedException($"Only http and https URLs are fetched, not {uri.Scheme}.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new FetchRefusedException("A URL with a user name or password in it is not fetched.");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > _maxBytes)
        {
            throw new FetchRefusedException($"The page is {response.Content.Headers.ContentLength:N0} bytes, over the {_maxBytes:N0} a source may be.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > _maxBytes)
            {
                throw new FetchRefusedException($"The page is over the {_maxBytes:N0} bytes a source may be.");
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>Resolves the host, refuses it unless every address passes the rules, and connects to a checked address.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"{host} has no address.");
        }

        if (addresses.FirstOrDefault(a => !_allowed(a)) is { } refused)
        {
            var where = host.Trim('[', ']') == refused.ToString() ? host : $"{host} (at {refused})";
            throw new FetchRefusedException($"{where} is a private, loopback, link-local or otherwise non-public address: refused.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
