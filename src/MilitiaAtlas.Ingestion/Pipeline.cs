using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Events;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reuse;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion;

/// <summary>Everything the pipeline derives from one article; every item carries its span.</summary>
public sealed record ProcessedArticle(
    Article Article,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyDictionary<int, long[]> Fingerprints,
    IReadOnlyList<LocalEntity> Entities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<EventCandidate> Events);

/// <summary>
/// The text pipeline, stage by stage. Pure and stateless: safe to share across threads.
/// Order: paragraphs → passage kinds → sentences (body only) → reuse fingerprints (body only)
/// → names (body sentences) → actors resolved within the article → claims with speakers → relations
/// → dated events (dates resolved against the publication date).
/// </summary>
public sealed class Pipeline(Gazetteer gazetteer)
{
    private readonly Gazetteer _gazetteer = gazetteer;

    private readonly MentionFinder _names = new(gazetteer);

    public static Pipeline Default { get; } = new(Gazetteer.Default);

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

        var found = _names.Find(text, sentences);
        var entities = DocumentResolver.Resolve(found);
        var claims = ClaimFinder.Find(text, passages, sentences, entities);
        var quotes = QuoteSpans.Find(text, body);
        var relations = RelationFinder.Find(text, claims, entities, quotes, _gazetteer);
        var events = EventFinder.Find(text, claims, entities, article.Metadata.Published, _gazetteer);
        return new ProcessedArticle(article, passages, sentences, fingerprints, entities, claims, relations, events);
    }
}
