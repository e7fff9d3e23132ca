using Microsoft.Data.Sqlite;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// The data generation: a value that changes whenever any connection, in this process or another (an
/// <c>ingest</c> run from the command line), commits to the database. It is SQLite's
/// <c>PRAGMA data_version</c> on one connection kept for the purpose, which costs microseconds to read and
/// no disk access.
/// </summary>
public sealed class DataGeneration(AtlasDatabase database) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private long _unreadable;

    /// <summary>The current generation; a value never seen before when the database cannot be read, so nothing stale is served.</summary>
    public string Current
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    _connection ??= database.Open();
                    using var cmd = _connection.CreateCommand();
                    cmd.CommandText = "PRAGMA data_version";
                    return "g" + Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (SqliteException)
                {
                    _connection?.Dispose();
                    _connection = null;
                    return "unreadable-" + Interlocked.Increment(ref _unreadable);
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }
}

/// <summary>
/// Output caching of pages and API reads, keyed to the <see cref="DataGeneration"/>: pages change only
/// when an ingest or curation commits, so a page rendered once is served from memory until then
/// (docs/performance.md). Only GET and HEAD answers with status 200 and no cookie, to visitors who are not signed in,
/// are kept (the framework's rules); health checks, error pages and forms are never cached.
/// </summary>
public static class PageCache
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<DataGeneration>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.MaximumBodySize = 16L * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            o.AddBasePolicy(b => b
                .With(c => IsCacheable(c.HttpContext.Request.Path) && !HasForm(c.HttpContext))
                .SetCacheKeyPrefix(c => c.RequestServices.GetRequiredService<DataGeneration>().Current));
        });
        return services;
    }

    /// <summary>A page that takes posts shows a form with an antiforgery token tied to its visitor's cookie: never shared.</summary>
    private static bool HasForm(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ErrorResponses.TakesPostsAttribute>() is not null;

    private static bool IsCacheable(PathString path) =>
        !path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);
}
