using System.Text;
using System.Text.Json;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Web.Tests.Cli;

public sealed class ExportVerbTests
{
    [Fact]
    public async Task Export_writes_csv_tables_to_a_folder_and_FtM_lines_to_a_file()
    {
        using var app = new AtlasApp();
        app.Ingest(ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));
        var folder = Path.Combine(app.Folder, "out", "tables");
        var ftm = Path.Combine(app.Folder, "out", "atlas.ftm.json");

        Assert.Equal(0, await CliVerbs.RunAsync(AtlasCommandLine.Parse(["export", "--format", "csv", "--out", folder]), app.Services));
        Assert.Equal(0, await CliVerbs.RunAsync(AtlasCommandLine.Parse(["export", "--format=ftm", "--out", ftm]), app.Services));

        Assert.Equal(CsvExport.Tables.Select(t => t + ".csv").Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        var relations = CsvFile.Read(File.ReadAllBytes(Path.Combine(folder, "relations.csv")));
        Assert.Contains(relations, r => r["subject_id"] == "lenko-varas" && r["predicate"] == "leads" && r["object_id"] == "copper-ridge-brigade");
        var lines = File.ReadAllLines(ftm, Encoding.UTF8);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("schema", out _)));
        Assert.Contains(lines, l => l.Contains("\"schema\":\"Directorship\"", StringComparison.Ordinal));
        Assert.False(File.Exists(ftm + ".tmp"));
    }

    [Theory]
    [InlineData(new[] { "export", "--format", "csv" }, "export --format csv needs --out DIR (one file per table)")]
    [InlineData(new[] { "export", "--format", "xlsx" }, "--format must be json, csv or ftm")]
    public void Export_refuses_a_format_it_cannot_write(string[] args, string error)
    {
        Assert.Equal(error, AtlasCommandLine.Parse(args).Error);
    }

    [Fact]
    public void Export_writes_json_unless_told_otherwise()
    {
        Assert.Equal("json", AtlasCommandLine.Parse(["export"]).Format);
        Assert.Equal("ftm", AtlasCommandLine.Parse(["export", "--format", "ftm"]).Format);
    }
}
