using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reuse;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion;

/// <summary>Everything the pipeline derives from one article; every item carries its span.</summary>
public sealed record ProcessedArticle(
    Article Article,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyDictionary<int, long[]> Fingerprints);

/// <summary>
/// The text pipeline, stage by stage. Pure and stateless: safe to share across threads.
/// Order: paragraphs → passage kinds → sentences (body only) → reuse fingerprints (body only).
/// </summary>
public sealed class Pipeline
{
    public static Pipeline Default { get; } = new();

    public ProcessedArticle Process(Article article)
    {
        var text = article.Text;
        var paragraphs = ParagraphSplitter.Split(text, article.Format);
        var passages = PassageClassifier.Classify(text, paragraphs, article.Metadata);
        var body = passages.Where(p => p.Kind == PassageKind.Body).ToList();
        var sentences = body.SelectMany(p => SentenceSplitter.Split(text, p)).ToList();
        var fingerprints = new Dictionary<int, long[]>();
        foreach (var p in body)
        {
            var f = Fingerprint.Of(text, p.Span);
            if (f.Length > 0)
            {
                fingerprints[p.Ordinal] = f;
            }
        }

        return new ProcessedArticle(article, passages, sentences, fingerprints);
    }
}
