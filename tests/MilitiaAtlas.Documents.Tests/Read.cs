using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Tests;

/// <summary>Reads a document as the ingest does, and runs the pipeline over it.</summary>
internal static class Read
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static (Article Article, ProcessedArticle Processed, IReadOnlyList<IngestWarning> Warnings) Document(string fileName, byte[] bytes, ArticleMetadata? sidecar = null)
    {
        var read = DocumentReader.Read(fileName, bytes, sidecar ?? ArticleMetadata.Empty);
        Assert.True(read.Ok, read.Error);
        return (read.Article!, Pipeline.Default.Process(read.Article!), read.Warnings);
    }

    /// <summary>A committed fixture under Fixtures/, read as a document.</summary>
    public static (Article Article, ProcessedArticle Processed, IReadOnlyList<IngestWarning> Warnings) Page(string name, ArticleMetadata? sidecar = null) =>
        Document(name, File.ReadAllBytes(Fixture(name)), sidecar);

    public static string Error(string fileName, byte[] bytes)
    {
        var read = DocumentReader.Read(fileName, bytes, ArticleMetadata.Empty);
        Assert.False(read.Ok, "expected a refusal");
        Assert.Null(read.Article);
        return read.Error!;
    }

    public static IEnumerable<string> Passages(ProcessedArticle p, PassageKind kind) =>
        p.Passages.Where(x => x.Kind == kind).Select(x => x.Span.Slice(p.Article.Text));
}
