using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Web.Tests.Golden;

/// <summary>
/// The safety net under refactoring: the migrated schema and the seeds' whole export, each against a file in this
/// folder. Set UPDATE_GOLDEN=1 to rewrite them when a change is intended, then review the diff.
/// </summary>
public sealed class GoldenStoreTests
{
    private static string GoldenPath(string name) => Path.Combine(RepoPaths.Root, "tests", "MilitiaAtlas.Web.Tests", "Golden", name);

    private static void AssertMatches(string name, string actual)
    {
        var path = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.True(Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1", $"wrote missing golden file {path}; review and commit it");
            return;
        }

        // Compared line by line, so a failure names the first line that changed rather than a 400 KB string.
        var expected = File.ReadAllText(path).Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expected.Length, lines.Length); i++)
        {
            Assert.True(expected[i] == lines[i], $"{name}, line {i + 1}:\n  expected {expected[i]}\n  actual   {lines[i]}");
        }

        Assert.Equal(expected.Length, lines.Length);
    }

    /// <summary>The schema every migration adds up to, readable in one file instead of replaying the migrations.</summary>
    [Fact]
    public void The_migrated_schema_matches_schema_sql()
    {
        using var app = new AtlasApp();
        app.Database.Migrate();
        using var c = app.Database.Open();
        var rows = c.Query<(string Type, string Name, string? Sql)>(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, name");
        var sb = new StringBuilder("-- The schema of a freshly migrated atlas database (GoldenStoreTests; UPDATE_GOLDEN=1 rewrites it).\n");
        foreach (var (type, name, sql) in rows)
        {
            // Automatic indexes of UNIQUE and PRIMARY KEY constraints have no SQL of their own.
            sb.Append('\n').Append(sql ?? $"-- {type} {name} (automatic)").Append(";\n");
        }

        AssertMatches("schema.sql", sb.ToString());
    }

    /// <summary>The seeds' export, field by field: what a refactor of the store or the write path must leave unchanged.</summary>
    [Fact]
    public async Task The_seeds_export_matches_its_golden_file()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        using var ms = new MemoryStream();
        await app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None);
        AssertMatches("seeds-export.json", Encoding.UTF8.GetString(ms.ToArray()));
    }
}
