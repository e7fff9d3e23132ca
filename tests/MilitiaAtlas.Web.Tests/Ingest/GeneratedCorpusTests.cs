using Dapper;
using MilitiaAtlas.CorpusGen;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web.Tests.Ingest;

/// <summary>The generated corpus (tools/MilitiaAtlas.CorpusGen) makes every stage of the ingest work.</summary>
public sealed class GeneratedCorpusTests
{
    [Fact]
    public void Ingesting_generated_articles_gives_entities_claims_with_speakers_events_and_reuse()
    {
        using var app = new AtlasApp();
        var corpus = Path.Combine(app.Folder, "corpus");
        CorpusGenerator.Write(corpus, 30, 1);

        var report = app.Ingest(corpus);

        Assert.False(report.AnyFailed, string.Join("; ", report.Files.Where(f => f.Error is not null).Select(f => f.Error)));
        Assert.Equal(30, report.Count(IngestStatus.Added));
        Assert.Equal("sources.yaml", Path.GetFileName(Assert.Single(report.Files, f => f.Status == IngestStatus.Skipped).Path));
        using var c = app.Database.Open();
        Assert.Equal(30L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Sources"));
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'person'") >= 50);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'group'") >= 20);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities WHERE Type = 'place'") >= 20);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Claims WHERE SpeakerId IS NOT NULL") >= 30);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Events") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM RelationEvidence") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE ReusedFromSourceNum IS NOT NULL") >= 1);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'comment'") >= 1);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'boilerplate'") >= 10);
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Passages WHERE Kind = 'caption'") >= 1);
    }

    [Fact]
    public void Generating_a_corpus_is_not_a_verb_of_the_product()
    {
        Assert.NotNull(AtlasCommandLine.Parse(["generate", "--articles", "25", "--out", "corpus"]).Error);
    }
}
