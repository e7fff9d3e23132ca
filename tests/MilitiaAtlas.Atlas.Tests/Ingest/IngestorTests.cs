using Dapper;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

public sealed class IngestorTests
{
    private static long Count(AtlasStore app, string sql)
    {
        using var c = app.Database.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void Reingesting_an_unchanged_file_changes_nothing()
    {
        using var app = new AtlasStore();
        var path = app.Write("a/fighters.txt", Articles.Simple);
        var first = app.Ingest(path);
        var before = Count(app, "SELECT COUNT(*) FROM Passages") + Count(app, "SELECT COUNT(*) FROM Claims");
        var ingestedAt = app.Database.Open().ExecuteScalar<string>("SELECT IngestedAt FROM Sources");

        var second = app.Ingest(path);

        Assert.Equal(IngestStatus.Added, first.Files.Single().Status);
        Assert.Equal(IngestStatus.Unchanged, second.Files.Single().Status);
        Assert.Equal(first.Files.Single().SourceId, second.Files.Single().SourceId);
        Assert.Equal(1, Count(app, "SELECT COUNT(*) FROM Sources"));
        Assert.Equal(before, Count(app, "SELECT COUNT(*) FROM Passages") + Count(app, "SELECT COUNT(*) FROM Claims"));
        Assert.Equal(ingestedAt, app.Database.Open().ExecuteScalar<string>("SELECT IngestedAt FROM Sources"));
    }

    [Fact]
    public void A_changed_file_replaces_its_source_under_the_same_id()
    {
        using var app = new AtlasStore();
        var path = app.Write("fighters.txt", Articles.Simple);
        var id = app.Ingest(path).Files.Single().SourceId;
        var longer = Articles.Simple.Replace("Residents described", "A new paragraph about the ceasefire was added here by the editors.\n\nResidents described");
        File.WriteAllText(path, longer);

        var report = app.Ingest(path);

        Assert.Equal(IngestStatus.Updated, report.Files.Single().Status);
        Assert.Equal(id, report.Files.Single().SourceId);
        Assert.Equal(1, Count(app, "SELECT COUNT(*) FROM Sources"));
        using var c = app.Database.Open();
        Assert.Equal(longer.Length, c.ExecuteScalar<long>("SELECT length(Text) FROM Sources"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages p WHERE NOT EXISTS (SELECT 1 FROM Sources s WHERE s.Num = p.SourceNum)"));
        Assert.Contains("ceasefire", c.ExecuteScalar<string>("SELECT Text FROM Sources"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_name_in_two_folders_makes_two_sources()
    {
        using var app = new AtlasStore();
        app.Write("corpus/x/article.txt", Articles.Simple);
        app.Write("corpus/y/article.txt", Articles.Simple.Replace("Monday", "Tuesday"));

        var report = app.Ingest(Path.Combine(app.Folder, "corpus"));

        Assert.Equal(2, report.Count(IngestStatus.Added));
        Assert.Equal(2, report.Files.Select(f => f.SourceId).Distinct().Count());
    }

    [Fact]
    public void The_sidecar_wins_over_what_is_guessed_from_the_text()
    {
        using var app = new AtlasStore();
        app.Write("c/story.txt", "Guessed title\n\nJune 27, 2018\n\nThe Northern Brigades said on Monday that they had taken two villages.");
        app.Write("c/sources.yaml", "story.txt:\n  title: Real title\n  outlet: The Example\n  author: A. Writer\n  published: 2019-05\n  url: https://example.org/story\n");

        app.Ingest(Path.Combine(app.Folder, "c"));

        using var c = app.Database.Open();
        var row = c.QuerySingle<(string Title, string Outlet, string Author, string Published, string Url)>("SELECT Title, Outlet, Author, Published, Url FROM Sources");
        Assert.Equal(("Real title", "The Example", "A. Writer", "2019-05", "https://example.org/story"), row);
    }

    [Fact]
    public void Without_metadata_the_dateline_gives_the_publication_date()
    {
        using var app = new AtlasStore();
        var path = app.Write("story.txt", "Guessed title\n\nJune 27, 2018\n\nThe Northern Brigades said on Monday that they had taken two villages.");

        app.Ingest(path);

        using var c = app.Database.Open();
        Assert.Equal(("Guessed title", "2018-06-27"), c.QuerySingle<(string, string)>("SELECT Title, Published FROM Sources"));
    }

    [Fact]
    public void Markdown_front_matter_gives_metadata_and_is_not_stored_as_text()
    {
        using var app = new AtlasStore();
        var path = app.Write("story.md", "---\ntitle: From front matter\nauthor: [Ann One, Bob Two]\ndate: 2021-07-14\n---\n# Heading\n\nThe Northern Brigades said on **Monday** that they had taken two villages near the river.\n");

        app.Ingest(path);

        using var c = app.Database.Open();
        var row = c.QuerySingle<(string Title, string Author, string Published, string Text)>("SELECT Title, Author, Published, Text FROM Sources");
        Assert.Equal("From front matter", row.Title);
        Assert.Equal("Ann One, Bob Two", row.Author);
        Assert.Equal("2021-07-14", row.Published);
        Assert.StartsWith("# Heading", row.Text, StringComparison.Ordinal);
        Assert.Equal(["heading", "body"], c.Query<string>("SELECT Kind FROM Passages ORDER BY Ordinal"));
    }

    [Fact]
    public void Crlf_line_endings_are_stored_as_lf()
    {
        using var app = new AtlasStore();
        var path = app.Write("crlf.txt", Articles.Simple.Replace("\n", "\r\n"));

        app.Ingest(path);

        using var c = app.Database.Open();
        Assert.Equal(Articles.Simple, c.ExecuteScalar<string>("SELECT Text FROM Sources"));
    }
}
