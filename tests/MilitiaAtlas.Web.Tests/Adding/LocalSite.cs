using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MilitiaAtlas.Web.Tests.Adding;

/// <summary>
/// A web server on 127.0.0.1 standing for the outside world in the fetcher's tests: a page, redirects (to a private
/// address, to IPv6 loopback, in a loop), a large body and a slow one. It counts the requests it gets, so a test can
/// show that a refused fetch never reached it. Nothing ever leaves this machine.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    public const string PageHtml = "<!DOCTYPE html><html><head><title>Rebels take Kessa</title></head><body><article><h1>Rebels take Kessa</h1><p>The Northern Brigades said on Monday that they had taken the town of Kessa.</p></article></body></html>";

    private readonly WebApplication _app;
    private int _requests;

    private LocalSite(WebApplication app) => _app = app;

    /// <summary>Where it listens, for example <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Port => new Uri(BaseUrl).Port;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LocalSite(app);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref site._requests);
            return next(context);
        });
        app.MapGet("/page", () => Results.Content(PageHtml, "text/html"));
        app.MapGet("/report.pdf", () => Results.Bytes([1, 2, 3], "application/octet-stream"));
        app.MapGet("/to-page", () => Results.Redirect("/page"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.1.2.3/page"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-v6-loopback", (HttpContext c) => Results.Redirect($"http://[::1]:{c.Connection.LocalPort}/page"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/big", () => Results.Content(new string('x', 64 * 1024), "text/plain"));
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Content(PageHtml, "text/html");
        });
        await app.StartAsync();
        site.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
