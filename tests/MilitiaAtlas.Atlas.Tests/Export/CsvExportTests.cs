using System.Text;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Atlas.Tests.Export;

public sealed class CsvExportTests
{
    internal static async Task<Dictionary<string, byte[]>> ExportAsync(AtlasStore app)
    {
        var atlas = await AtlasTables.LoadAsync(app.Database, CancellationToken.None);
        var files = await CsvExport.WriteFolderAsync(atlas, Path.Combine(app.Folder, "csv"), CancellationToken.None);
        return files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes);
    }

    [Fact]
    public async Task No_cell_of_any_table_opens_as_a_formula_and_an_escaped_cell_keeps_its_text()
    {
        using var app = new AtlasStore();
        app.Ingest(ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));

        var tables = await ExportAsync(app);

        Assert.Equal(["claims", "entities", "events", "relations", "sources"], tables.Keys.Order());
        foreach (var (name, bytes) in tables)
        {
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{name}.csv has no UTF-8 byte order mark");
            var rows = CsvFile.Read(bytes);
            Assert.NotEmpty(rows);
            foreach (var cell in rows.SelectMany(r => r.Values))
            {
                Assert.False(CsvFile.OpensAsFormula(cell), $"{name}.csv: a cell opens as a formula: {cell}");
            }
        }

        // Escaped with a leading apostrophe, the text otherwise as it was: the title, the outlet, the author and sentences.
        var source = Assert.Single(CsvFile.Read(tables["sources"]), r => r["title"] == "'" + ExportCorpus.FormulaTitle);
        Assert.Equal("'" + ExportCorpus.FormulaOutlet, source["outlet"]);
        Assert.Equal("'" + ExportCorpus.FormulaAuthor, source["author"]);
        var quotes = CsvFile.Read(tables["claims"]).Select(r => r["quote"]).ToList();
        Assert.Contains("'=HYPERLINK(\"http://example.invalid\",\"click\") was painted on a wall in Porto, residents said.", quotes);
        Assert.Contains(quotes, q => q.StartsWith("'-5 degrees at night", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.StartsWith("'@channel users shared photos", StringComparison.Ordinal));
        // Numbers are not text: offsets are written as they are.
        Assert.All(CsvFile.Read(tables["claims"]), r => Assert.True(long.TryParse(r["start"], out _)));
    }

    [Fact]
    public async Task Every_formula_start_is_escaped_and_nothing_else_is_changed()
    {
        string[] hostile = ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"];
        string[] harmless = ["a=b", "1-2", " =x", "x@y", "plain"];
        using var ms = new MemoryStream();

        await SpreadsheetCsv.WriteAsync(ms, hostile.Concat(harmless).Select(t => new SourceCsvRow("s", t, null, null, null, null, "f", -3, 0)), CancellationToken.None);

        var rows = CsvFile.Read(ms.ToArray());
        Assert.Equal(hostile.Select(t => "'" + t).Concat(harmless), rows.Select(r => r["title"]));
        Assert.All(rows, r => Assert.Equal("-3", r["passages"]));
    }

    [Fact]
    public async Task The_entities_table_lists_every_alias_in_one_cell()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds);
        var atlas = await AtlasTables.LoadAsync(app.Database, CancellationToken.None);

        var rows = CsvFile.Read((await ExportAsync(app))["entities"]);

        Assert.Equal(atlas.Entities.Select(e => e.Id), rows.Select(r => r["entity_id"]));
        var withAliases = atlas.Entities.Where(e => e.Aliases.Count > 1).ToList();
        Assert.NotEmpty(withAliases);
        foreach (var e in withAliases)
        {
            Assert.Equal(e.Aliases, rows.Single(r => r["entity_id"] == e.Id)["aliases"].Split(SpreadsheetCsv.ListSeparator));
        }
    }

    [Fact]
    public async Task An_empty_atlas_exports_each_table_as_its_header_alone_and_no_FtM_entity()
    {
        using var app = new AtlasStore();

        var tables = await ExportAsync(app);
        using var ftm = new MemoryStream();
        await FtmExport.WriteAsync(await AtlasTables.LoadAsync(app.Database, CancellationToken.None), ftm, CancellationToken.None);

        Assert.Equal(5, tables.Count);
        Assert.StartsWith("relation_id,subject_id,subject,predicate,label,object_id,object,independent_sources,",
            Encoding.UTF8.GetString(tables["relations"].AsSpan(Encoding.UTF8.Preamble.Length)), StringComparison.Ordinal);
        Assert.All(tables.Values, t => Assert.Equal(2, Encoding.UTF8.GetString(t).Split("\r\n").Length));
        Assert.Equal(0, ftm.Length);
    }
}
