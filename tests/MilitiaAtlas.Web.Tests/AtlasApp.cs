using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests;

/// <summary>A fresh app over its own temporary database and scratch folder. One per test.</summary>
public sealed class AtlasApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;

    public AtlasApp(params (string Key, string Value)[] settings)
    {
        Folder = Directory.CreateTempSubdirectory("atlas-test-").FullName;
        _settings = settings.ToDictionary(s => s.Key, s => s.Value);
        _settings.TryAdd("Atlas:Database", Path.Combine(Folder, "atlas.db"));
        _settings.TryAdd("Atlas:SeedOnStartup", "false");
    }

    /// <summary>Sign test users in by request headers (<see cref="Tests.HeaderUsers"/>); without the headers a request is a reader's.</summary>
    public bool TestUsers { get; init; }

    /// <summary>A scratch folder, deleted with the app.</summary>
    public string Folder { get; }

    public AtlasDatabase Database => Services.GetRequiredService<AtlasDatabase>();

    public IngestReport Ingest(params string[] paths) => Services.GetRequiredService<Ingestor>().Ingest(paths);

    /// <summary>Writes a file into the scratch folder (creating sub-folders) and returns its path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Replaces the database file with a folder: opening it fails the way a lost disk would.</summary>
    public void LoseDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = Database.FilePath;
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }

        Directory.CreateDirectory(path);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        if (TestUsers)
        {
            builder.ConfigureTestServices(Tests.HeaderUsers.Register);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
