using Dapper;
using MilitiaAtlas.Atlas.Ingest;
using MilitiaAtlas.Documents.Tests.Pdf;
using MilitiaAtlas.Documents.Tests.Word;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

public sealed class MixedFolderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static AtlasStore MixedFolder()
    {
        var app = new AtlasStore();
        app.WriteBytes("mixed/news-page.html", File.ReadAllBytes(Fixture("news-page.html")));
        app.WriteBytes("mixed/report.pdf", PdfFixtures.TwoColumns());
        app.WriteBytes("mixed/update.docx", WordFixtures.WithFootnotes());
        app.Write("mixed/notes.txt", "Notes from Quillon\n\nBy Lena Brannic\n\nThe relief committee of Quillon met on Tuesday and agreed to open the market twice a week.");
        app.WriteBytes("mixed/scan.pdf", PdfFixtures.Scanned());
        app.WriteBytes("mixed/photo.png", [0x89, 0x50, 0x4E, 0x47]);
        app.Write("mixed/old.doc", "a Word 97 file");
        app.Write("mixed/README", "what this folder is");
        app.Write("mixed/.draft.txt", "A hidden draft.");
        app.Write("mixed/.git/config", "[core]");
        app.Write("mixed/sources.yaml", "notes.txt:\n  outlet: Quillon Relief Bulletin\n");
        app.Write("mixed/sub/curation.yaml", "operations: []\n");
        return app;
    }

    [Fact]
    public void A_folder_of_supported_and_unsupported_files_reports_every_file_with_its_fate()
    {
        using var app = MixedFolder();
        var report = app.Ingest(Path.Combine(app.Folder, "mixed"));
        var fate = report.Files.ToDictionary(f => Path.GetRelativePath(Path.Combine(app.Folder, "mixed"), f.Path), f => (f.Status, f.Error));

        Assert.Equal((IngestStatus.Added, null), fate["news-page.html"]);
        Assert.Equal((IngestStatus.Added, null), fate["report.pdf"]);
        Assert.Equal((IngestStatus.Added, null), fate["update.docx"]);
        Assert.Equal((IngestStatus.Added, null), fate["notes.txt"]);
        Assert.Equal(IngestStatus.Failed, fate["scan.pdf"].Status);
        Assert.StartsWith("no text layer: the PDF's 2 pages hold only images (a scan?)", fate["scan.pdf"].Error, StringComparison.Ordinal);
        Assert.Equal((IngestStatus.Skipped, "unsupported type (.png)"), fate["photo.png"]);
        Assert.Equal((IngestStatus.Skipped, "unsupported type (.doc): Word 97-2003 documents are not read; save it as .docx"), fate["old.doc"]);
        Assert.Equal((IngestStatus.Skipped, "unsupported type (no extension)"), fate["README"]);
        Assert.Equal((IngestStatus.Skipped, "hidden file"), fate[".draft.txt"]);
        Assert.Equal((IngestStatus.Skipped, "hidden folder"), fate[".git"]);
        Assert.Equal((IngestStatus.Skipped, "the folder's sidecar: read as the metadata of its articles"), fate["sources.yaml"]);
        Assert.Equal(IngestStatus.Skipped, fate[Path.Combine("sub", "curation.yaml")].Status);
        Assert.StartsWith("a curation file in a subfolder: not applied", fate[Path.Combine("sub", "curation.yaml")].Error, StringComparison.Ordinal);
        Assert.Equal(12, report.Files.Count);
        Assert.Equal("4 added, 0 updated, 0 unchanged, 1 failed, 7 skipped", report.Summary);
    }

    [Fact]
    public void Every_entry_of_the_folder_is_in_the_report_once()
    {
        using var app = MixedFolder();
        var root = Path.Combine(app.Folder, "mixed");
        var report = app.Ingest(root);
        var reported = report.Files.Select(f => f.Path).ToList();
        var entries = Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Where(e => (!e.Contains("/.git/", StringComparison.Ordinal) && !Directory.Exists(e)) || Path.GetFileName(e).StartsWith('.'))
            .ToList();

        Assert.Equal(reported.Count, reported.Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.Contains(e, reported));
    }

    [Fact]
    public void A_scanned_pdf_stores_nothing_and_the_documents_are_stored_as_their_readable_text()
    {
        using var app = MixedFolder();
        app.Ingest(Path.Combine(app.Folder, "mixed"));
        using var c = app.Database.Open();

        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources WHERE File = 'scan.pdf'"));
        Assert.Equal(4, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
        var formats = c.Query<(string File, string Format)>("SELECT File, Format FROM Sources ORDER BY File").ToList();
        Assert.Equal([("news-page.html", "html"), ("notes.txt", "text"), ("report.pdf", "pdf"), ("update.docx", "docx")], formats);
        var page = c.QuerySingle<(string Title, string Author, string Published, string Text)>("SELECT Title, Author, Published, Text FROM Sources WHERE File = 'news-page.html'");
        Assert.Equal(("Highland Guard withdraws from Sarnesh after talks", "Maren Tessaly", "2031-04-17"), (page.Title, page.Author, page.Published));
        Assert.DoesNotContain("<", page.Text, StringComparison.Ordinal);
        var kinds = c.Query<(string Kind, string Text)>("""
            SELECT p.Kind, substr(s.Text, p.Start + 1, p."End" - p.Start)
            FROM Passages p
            JOIN Sources s ON s.Num = p.SourceNum
            WHERE s.File = 'news-page.html'
            """).ToList();
        Assert.Equal("comment", kinds.Single(k => k.Text.StartsWith("Nobody believes the ceasefire", StringComparison.Ordinal)).Kind);
        Assert.Equal("body", kinds.Single(k => k.Text.StartsWith("The Highland Guard took control of Sarnesh", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void A_byline_fills_the_author_of_a_text_article_and_the_sidecar_still_gives_the_outlet()
    {
        using var app = MixedFolder();
        app.Ingest(Path.Combine(app.Folder, "mixed"));
        using var c = app.Database.Open();

        var notes = c.QuerySingle<(string Author, string Outlet)>("SELECT Author, Outlet FROM Sources WHERE File = 'notes.txt'");
        Assert.Equal(("Lena Brannic", "Quillon Relief Bulletin"), notes);
    }

    [Fact]
    public void Reingesting_the_mixed_folder_finds_every_document_unchanged()
    {
        using var app = MixedFolder();
        var root = Path.Combine(app.Folder, "mixed");
        app.Ingest(root);

        var again = app.Ingest(root);

        Assert.Equal("0 added, 0 updated, 4 unchanged, 1 failed, 7 skipped", again.Summary);
    }
}
