using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Search;

namespace MilitiaAtlas.Web.Search;

/// <summary>
/// Builds the search index when the server starts on a database migrated since its last ingest
/// (the migration leaves a marker); ingest builds it too, so this covers serving without ingesting.
/// </summary>
public sealed class SearchIndexStartup(AtlasDatabase database, ILogger<SearchIndexStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (SearchIndex.BuildIfPending(database))
        {
            log.LogInformation("Built the search index of {Database}", database.FilePath);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
