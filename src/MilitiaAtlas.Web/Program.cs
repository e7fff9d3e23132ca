using MilitiaAtlas.Web;
using MilitiaAtlas.Web.Adding;
using MilitiaAtlas.Web.Api;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Web.Pages;
using MilitiaAtlas.Web.Pages.Entities;
using MilitiaAtlas.Web.Pages.Timeline;
using MilitiaAtlas.Web.Pages.Sources;
using Serilog;
using Serilog.Events;

var command = AtlasCommandLine.Parse(args);
if (command.Error is not null)
{
    Console.Error.WriteLine($"error: {command.Error}");
    Console.Error.WriteLine(AtlasCommandLine.Usage);
    return 2;
}

if (command.Verb == "help")
{
    Console.WriteLine(AtlasCommandLine.Usage);
    return 0;
}

var isCli = command.Verb is "ingest" or "export" or "backup" or "users" or "curation";
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArgs,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.WebHost.UseStaticWebAssets();

// Serilog is the one logging pipeline (levels from the Serilog section). Its events also reach any ILoggerProvider a host
// adds (the tests' capturing one); the static Log.Logger is left alone, so that hosts in one process keep their logs apart.
builder.Logging.ClearProviders();
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
    .WriteTo.Console(
        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
        standardErrorFromLevel: isCli ? LogEventLevel.Verbose : null),
    preserveStaticLogger: true, writeToProviders: true);

builder.Services.AddOptions<AtlasOptions>().BindConfiguration(AtlasOptions.Section)
    .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Atlas:Database must name a file")
    .Validate(o => o.MaxFileBytes > 0, "Atlas:MaxFileBytes must be positive")
    .Validate(o => o.MaxSidecarBytes > 0 && o.MaxSecondsPerFile > 0 && o.MaxMarkdownDepth > 0 && o.MaxYamlDepth > 0
        && o.MaxYamlAliasNodes >= 0 && o.MaxPassages > 0 && o.MaxHtmlDepth > 0 && o.MaxExpandedBytes > 0, "the Atlas:Max… limits must be positive")
    .ValidateOnStart();
builder.Services.AddSingleton<AtlasDatabase>();
builder.Services.AddSingleton<Ingestor>();
builder.Services.AddSingleton<ExportWriter>();
builder.Services.AddSingleton<SourceListQuery>();
builder.Services.AddSingleton<SourceReaderQuery>();
builder.Services.AddSingleton<HomeQuery>();
builder.Services.AddSearch();
builder.Services.AddSingleton<ProfileQuery>();
builder.Services.AddSingleton<EntityListQuery>();
builder.Services.AddSingleton<TimelineQuery>();
builder.Services.AddGraph();
builder.Services.AddHardening();
builder.Services.AddReverseProxy();
builder.Services.AddPageCache();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddSourceAdding();
builder.Services.AddRazorPages();
builder.Services.AddApiDocument();
builder.Services.AddCurationEditing();

var app = builder.Build();
var database = app.Services.GetRequiredService<AtlasDatabase>();
try
{
    // A backup copies an existing database; creating an empty one to copy would hide a mistyped --db.
    database.Migrate(create: command.Verb != "backup");
}
catch (DatabaseUnavailableException ex)
{
    // One line, not a stack trace: the fix is the user's (another --db, a writable folder, free space).
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

if (isCli)
{
    if (command.Verb == "ingest")
    {
        // A bulk ingest is background work: pages served from the same machine go first (Ingest/BackgroundPriority.cs).
        MilitiaAtlas.Atlas.Ingest.BackgroundPriority.Lower();
    }

    return await CliVerbs.RunAsync(command, app.Services);
}

SeedOnStartup.Run(app.Services);

app.UseReverseProxy();
app.UseRequestLog();
app.UseSecurityHeaders();
app.UseErrorResponses();
app.UseStaticFiles();
app.UseRouting();
app.UseAccounts();
app.UseRateLimiter();
app.UseOutputCache();
app.MapRazorPages();
app.MapSourcesApi();
app.MapSearchApi();
app.MapAtlasApi();
app.MapCsvApi();
app.MapGraphApi();
app.MapHealth();
app.MapApiDocument();
await app.RunAsync();
return 0;
