using System.Text;
using Dapper;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests.Ingest;

/// <summary>Each bad input fails with a one-line reason naming the file, and the rest of the batch still goes in.</summary>
public sealed class BadInputTests
{
    private static (IngestReport Report, long Sources) IngestWithGood(AtlasApp app, string badName, byte[] bad)
    {
        app.Write("batch/good-1.txt", Articles.Simple);
        app.WriteBytes("batch/" + badName, bad);
        app.Write("batch/good-2.txt", Articles.Simple.Replace("Monday", "Friday"));
        var report = app.Ingest(Path.Combine(app.Folder, "batch"));
        using var c = app.Database.Open();
        return (report, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
    }

    private static IngestFileResult Failure(IngestReport report, string name) =>
        Assert.Single(report.Files, f => f.Status == IngestStatus.Failed && f.Path.EndsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x09, 0x0A, 0xC2, 0xA0, 0x0A }, "only whitespace")]
    [InlineData("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48 }, "binary file")]
    public void A_file_without_usable_text_fails_and_the_others_go_in(string name, byte[] bytes, string reason)
    {
        using var app = new AtlasApp();

        var (report, sources) = IngestWithGood(app, name, bytes);

        Assert.Contains(reason, Failure(report, name).Error, StringComparison.Ordinal);
        Assert.Equal(2, report.Count(IngestStatus.Added));
        Assert.Equal(2, sources);
        Assert.True(report.AnyFailed);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        using var app = new AtlasApp();
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 talks fail\n\nThe Northern Brigades said the caf\u00e9 was shelled.");
        bytes = [.. bytes, 0x93, (byte)'Q', 0x94];

        var (report, sources) = IngestWithGood(app, "latin.txt", bytes);

        var result = Assert.Single(report.Files, f => f.Path.EndsWith("latin.txt", StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Added, result.Status);
        Assert.Contains(result.Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.Equal(3, sources);
        using var c = app.Database.Open();
        Assert.EndsWith("shelled.\u201CQ\u201D", c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE File = 'latin.txt'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_bom_is_decoded()
    {
        using var app = new AtlasApp();
        var text = "\u062D\u0634\u062F talks\n\nThe Northern Brigades said they met in \u0628\u063A\u062F\u0627\u062F on Monday.";
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

        var (report, sources) = IngestWithGood(app, "utf16.txt", bytes);

        Assert.False(report.AnyFailed);
        Assert.Equal(3, sources);
        using var c = app.Database.Open();
        Assert.Equal(text, c.ExecuteScalar<string>("SELECT Text FROM Sources WHERE File = 'utf16.txt'"));
    }

    [Fact]
    public void A_file_over_the_size_limit_fails()
    {
        using var app = new AtlasApp(("Atlas:MaxFileBytes", "2000"));
        var big = Encoding.UTF8.GetBytes("Big\n\n" + string.Concat(Enumerable.Repeat("The Northern Brigades said more. ", 100)));

        var (report, sources) = IngestWithGood(app, "big.txt", big);

        Assert.Contains("over the 2,000-byte limit", Failure(report, "big.txt").Error, StringComparison.Ordinal);
        Assert.Equal(2, sources);
    }

    [Fact]
    public void A_path_that_does_not_exist_fails_and_the_others_go_in()
    {
        using var app = new AtlasApp();
        var good = app.Write("good.txt", Articles.Simple);
        var missing = Path.Combine(app.Folder, "nowhere", "missing.txt");

        var report = app.Ingest(missing, good);

        Assert.Contains("no such file or folder", Failure(report, "missing.txt").Error, StringComparison.Ordinal);
        Assert.Equal(1, report.Count(IngestStatus.Added));
    }

    [Fact]
    public void A_broken_link_in_a_folder_fails_with_a_reason()
    {
        using var app = new AtlasApp();
        app.Write("batch/good.txt", Articles.Simple);
        File.CreateSymbolicLink(Path.Combine(app.Folder, "batch", "dangling.txt"), Path.Combine(app.Folder, "gone.txt"));

        var report = app.Ingest(Path.Combine(app.Folder, "batch"));

        Assert.Equal(1, report.Count(IngestStatus.Added));
        Assert.Contains(report.Files, f => f.Status == IngestStatus.Failed && f.Path.EndsWith("dangling.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_sidecar_entry_is_reported_and_its_file_still_goes_in()
    {
        using var app = new AtlasApp();
        app.Write("batch/story.txt", Articles.Simple);
        app.Write("batch/other.txt", Articles.Simple.Replace("Monday", "Sunday"));
        app.Write("batch/sources.yaml", "story.txt:\n  title: [not, a, title]\n  published: last spring\n  outlet: Good Outlet\nother.txt: just a string\n");

        var report = app.Ingest(Path.Combine(app.Folder, "batch"));

        Assert.False(report.AnyFailed);
        var story = Assert.Single(report.Files, f => f.Path.EndsWith("story.txt", StringComparison.Ordinal));
        Assert.Contains(story.Warnings, w => w.Contains("'title' must be a single value", StringComparison.Ordinal));
        Assert.Contains(story.Warnings, w => w.Contains("'published' is not a date", StringComparison.Ordinal));
        var other = Assert.Single(report.Files, f => f.Path.EndsWith("other.txt", StringComparison.Ordinal));
        Assert.Contains(other.Warnings, w => w.Contains("must be a mapping", StringComparison.Ordinal));
        using var c = app.Database.Open();
        Assert.Equal("Good Outlet", c.ExecuteScalar<string>("SELECT Outlet FROM Sources WHERE File = 'story.txt'"));
    }

    [Fact]
    public void A_sidecar_that_is_not_yaml_does_not_stop_the_batch()
    {
        using var app = new AtlasApp();
        app.Write("batch/story.txt", Articles.Simple);
        app.Write("batch/sources.yaml", "story.txt:\n  title: \"unterminated\n   - [\n");

        var report = app.Ingest(Path.Combine(app.Folder, "batch"));

        Assert.Equal(1, report.Count(IngestStatus.Added));
    }

    [Fact]
    public async Task The_ingest_verb_exits_non_zero_when_any_file_failed()
    {
        using var app = new AtlasApp();
        var good = app.Write("good.txt", Articles.Simple);
        var empty = app.WriteBytes("empty.txt", []);
        var command = AtlasCommandLine.Parse(["ingest", good, empty]);

        var failed = await CliVerbs.RunAsync(command, app.Services);
        var ok = await CliVerbs.RunAsync(AtlasCommandLine.Parse(["ingest", good]), app.Services);

        Assert.Equal(1, failed);
        Assert.Equal(0, ok);
    }

    [Fact]
    public void A_failed_store_leaves_nothing_of_that_source()
    {
        using var app = new AtlasApp();
        var good = app.Write("good.txt", Articles.Simple);
        using (var c = app.Database.Open())
        {
            // A trigger that rejects one title makes the store fail after the source row was written.
            c.Execute("CREATE TRIGGER reject AFTER INSERT ON Claims WHEN (SELECT Title FROM Sources WHERE Num = NEW.SourceNum) = 'Poison' BEGIN SELECT RAISE(ABORT, 'rejected'); END;");
        }

        var poison = app.Write("poison.txt", "Poison\n\nThe Northern Brigades said on Monday that they had taken two villages near the river.");
        var report = app.Ingest(good, poison);

        Assert.Contains("cannot store", Failure(report, "poison.txt").Error, StringComparison.Ordinal);
        using var conn = app.Database.Open();
        Assert.Equal(1, conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
        Assert.Equal(0, conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE SourceNum IN (SELECT Num FROM Sources WHERE Id = 'poison')"));
        Assert.Equal(0, conn.ExecuteScalar<long>("SELECT COUNT(*) FROM PassageShingles WHERE SourceNum NOT IN (SELECT Num FROM Sources)"));
    }

    [Fact]
    public void A_store_that_fails_mid_batch_is_undone_alone_and_the_sources_around_it_keep_their_ids()
    {
        using var app = new AtlasApp();
        var first = app.Write("first.txt", Articles.Simple);
        var poison = app.Write("poison.txt", "Poison\n\nThe Northern Brigades said on Monday that they had taken two villages near the river.");
        var last = app.Write("last.txt", "Later news\n\nGeneral Amina Yusuf of the Northern Brigades said the villages were quiet on Tuesday.");
        using (var c = app.Database.Open())
        {
            c.Execute("CREATE TRIGGER reject AFTER INSERT ON Claims WHEN (SELECT Title FROM Sources WHERE Num = NEW.SourceNum) = 'Poison' BEGIN SELECT RAISE(ABORT, 'rejected'); END;");
        }

        var report = app.Ingest(first, poison, last);

        Assert.Equal([IngestStatus.Added, IngestStatus.Failed, IngestStatus.Added], report.Files.Select(f => f.Status));
        using var conn = app.Database.Open();
        Assert.Equal(
            new[] { report.Files[0].SourceId, report.Files[2].SourceId }.Order(StringComparer.Ordinal),
            conn.Query<string>("SELECT Id FROM Sources").Order(StringComparer.Ordinal));
        Assert.Equal(0, conn.ExecuteScalar<long>("SELECT COUNT(*) FROM Mentions WHERE SourceNum NOT IN (SELECT Num FROM Sources)"));
        Reliability.StoreChecks.AssertConsistent(app.Database.FilePath);
        Reliability.StoreChecks.AssertEverySourceComplete(app.Database.FilePath, app.Folder);
    }
}
