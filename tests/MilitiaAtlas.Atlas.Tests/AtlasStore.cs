using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests;

/// <summary>
/// A fresh atlas over its own temporary database and scratch folder, without the web host: the store migrated as the
/// app migrates it, an <see cref="Ingestor"/> and an <see cref="ExportWriter"/> over it. One per test. Settings use
/// the app's configuration keys ("Atlas:MaxFileBytes").
/// </summary>
public sealed class AtlasStore : IDisposable, IServiceProvider
{
    public AtlasStore(params (string Key, string Value)[] settings)
    {
        Folder = Directory.CreateTempSubdirectory("atlas-store-test-").FullName;
        var options = new AtlasOptions { Database = Path.Combine(Folder, "atlas.db"), SeedOnStartup = false };
        foreach (var (key, value) in settings)
        {
            var property = typeof(AtlasOptions).GetProperty(key[(AtlasOptions.Section.Length + 1)..])
                ?? throw new ArgumentException($"no setting {key}", nameof(settings));
            property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        Options = Microsoft.Extensions.Options.Options.Create(options);
        Database = new AtlasDatabase(Options);
        Database.Migrate();
        Ingestor = new Ingestor(Database, Options, NullLogger<Ingestor>.Instance);
    }

    /// <summary>A scratch folder, deleted with the store.</summary>
    public string Folder { get; }

    public IOptions<AtlasOptions> Options { get; }

    public AtlasDatabase Database { get; }

    public Ingestor Ingestor { get; }

    /// <summary>The services a test asks for, as the app would give them.</summary>
    public IServiceProvider Services => this;

    public IngestReport Ingest(params string[] paths) => Ingestor.Ingest(paths);

    /// <summary>Writes a file into the scratch folder (creating sub-folders) and returns its path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public object? GetService(Type serviceType) =>
        serviceType == typeof(AtlasDatabase) ? Database
        : serviceType == typeof(Ingestor) ? Ingestor
        : serviceType == typeof(IOptions<AtlasOptions>) ? Options
        : serviceType == typeof(ExportWriter) ? new ExportWriter(Database)
        : null;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a stray temp folder behind.
        }
    }
}
