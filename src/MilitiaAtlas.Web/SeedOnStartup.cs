using Dapper;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web;

/// <summary>When the server starts on a database without sources, it ingests the seeds folder.</summary>
public static class SeedOnStartup
{
    public static void Run(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AtlasOptions>>().Value;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedOnStartup).FullName!);
        var database = services.GetRequiredService<AtlasDatabase>();
        if (!options.SeedOnStartup)
        {
            return;
        }

        using (var conn = database.Open())
        {
            if (conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources") > 0)
            {
                return;
            }
        }

        var seeds = FindSeeds(options.SeedsPath);
        if (seeds is null)
        {
            log.LogWarning("The database {Database} holds no sources and no seeds folder {SeedsPath} was found; starting empty",
                database.FilePath, options.SeedsPath);
            return;
        }

        log.LogInformation("The database {Database} holds no sources: ingesting the seeds in {SeedsPath}", database.FilePath, seeds);
        var report = services.GetRequiredService<Ingestor>().Ingest([seeds]);
        log.LogInformation("Seed ingest: {Summary}", report.Summary);
    }

    /// <summary>The seeds folder: as configured relative to the current directory, else beside the app.</summary>
    private static string? FindSeeds(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var candidate = Path.Combine(start, configured);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
