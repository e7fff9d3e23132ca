using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port over a fresh temporary database holding the five seed articles, and
/// Debian's chromium driven by Playwright. One per test class (<c>IClassFixture</c>); each test opens
/// its own browser context with <see cref="NewContextAsync()"/>, so cookies and storage never leak.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The browser every test uses: Debian's package, not one Playwright downloads.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long any single wait (navigation, locator, expectation) may take; generous for a 2-core CI machine.</summary>
    public const int TimeoutMs = 30_000;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    // Test users sign in by request headers (HeaderUsers); a context without them browses as a reader or signs in through the form.
    private readonly AtlasApp _app = new() { TestUsers = true };
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, for example <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public AtlasDatabase Database => _app.Database;

    /// <summary>The app itself, for tests that make accounts (Accounts/TestUsers.cs).</summary>
    public AtlasApp App => _app;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium; ./test.sh does it)");
        }

        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        _app.Ingest(RepoPaths.Seeds);

        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A fresh browser context (its own cookies and storage) on the app, 1200×800, with the long
    /// timeouts set. The app's Content-Security-Policy applies, so its own scripts run as they would for a reader.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync() => NewContextAsync(bypassCsp: false);

    /// <summary>
    /// A context for accessibility audits: like <see cref="NewContextAsync()"/> but ignoring the app's
    /// Content-Security-Policy (<c>script-src 'self'</c>), which would otherwise block the inline script
    /// tag that injects axe. The policy has no bearing on what axe checks.
    /// </summary>
    public Task<IBrowserContext> NewAuditContextAsync() => NewContextAsync(bypassCsp: true);

    /// <summary>A context signed in as <paramref name="name"/> with <paramref name="role"/> (<see cref="HeaderUsers"/>); <paramref name="audit"/> as in <see cref="NewAuditContextAsync"/>.</summary>
    public Task<IBrowserContext> NewSignedInContextAsync(string name, string role, bool audit = false) =>
        NewContextAsync(audit, HeaderUsers.Headers(name, role));

    private async Task<IBrowserContext> NewContextAsync(bool bypassCsp, Dictionary<string, string>? headers = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
            Locale = "en-US",
            BypassCSP = bypassCsp,
            ExtraHTTPHeaders = headers,
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return context;
    }

    /// <summary>Opens <paramref name="path"/> in a new page and fails unless it answers 200.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response is not null, $"GET {path} gave no response");
        Assert.True(response.Status == 200, $"GET {path} answered {response.Status}, expected 200");
        return page;
    }

    /// <summary>The stored text of a source, which a cited span's offsets point into.</summary>
    public string SourceText(string id)
    {
        using var c = Database.Open();
        return Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT Text FROM Sources WHERE Id = @id", new { id })
            ?? throw new InvalidOperationException($"no source {id}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        await _app.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}

/// <summary>The browser test classes run one after another (each still in parallel with the other tests), so a 2-core machine runs one chromium at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestsRunSerially
{
    public const string Name = "Browser";
}
