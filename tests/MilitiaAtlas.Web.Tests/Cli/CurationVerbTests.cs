using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests.Cli;

public sealed class CurationVerbTests
{
    [Fact]
    public async Task Curation_export_writes_the_records_that_curation_import_adds_to_another_atlas()
    {
        using var first = new AtlasApp();
        first.Ingest(RepoPaths.Seeds);
        var made = new CurationRecords(first.Database).Add(
            Assert.Single(CurationFile.Parse("- merge: [islamic-state, isis]\n").Operations), "ana", "one group");
        Assert.True(made.Ok);
        var file = Path.Combine(first.Folder, "records.yaml");

        Assert.Equal(0, await CliVerbs.RunAsync(AtlasCommandLine.Parse(["curation", "export", "--out", file]), first.Services));

        using var second = new AtlasApp();
        second.Ingest(RepoPaths.Seeds);
        Assert.Equal(0, await CliVerbs.RunAsync(AtlasCommandLine.Parse(["curation", "import", file, "--by", "importer"]), second.Services));
        var record = Assert.Single(new CurationRecords(second.Database).All());
        Assert.Equal(("merge", "ana", "one group"), (record.Verb, record.CreatedBy, record.Reason));
        Assert.Equal(File.ReadAllText(file), new CurationRecords(second.Database).Export());
    }

    [Fact]
    public async Task Curation_import_fails_when_an_entry_cannot_be_applied()
    {
        using var app = new AtlasApp();
        app.Ingest(RepoPaths.Seeds);
        var file = app.Write("bad.yaml", "- reject: \"Nobody We Know\"\n");

        Assert.Equal(1, await CliVerbs.RunAsync(AtlasCommandLine.Parse(["curation", "import", file]), app.Services));
        Assert.Empty(new CurationRecords(app.Database).All());
    }

    [Theory]
    [InlineData("curation")]
    [InlineData("curation import")]
    [InlineData("curation delete x")]
    public void Curation_needs_export_or_import_with_a_file(string args)
    {
        Assert.Equal("curation needs 'export' or 'import FILE'", AtlasCommandLine.Parse(args.Split(' ')).Error);
    }
}
