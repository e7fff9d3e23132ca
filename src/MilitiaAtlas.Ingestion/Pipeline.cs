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
/// → names (body sentences) → actors resolved within the article → transcript speaker labels (names in the
/// headings read for them) → the words written with each name that its cited span takes → claims with speakers → relations
/// → dated events (dates resolved against the publication date).
/// </summary>
public sealed class Pipeline(Gazetteer gazetteer)
{
    private readonly Gazetteer _gazetteer = gazetteer;

    private readonly MentionFinder _names = new(gazetteer);

    public static Pipeline Default { get; } = new(Gazetteer.Default);

    /// <summary>
    /// Runs every stage. An article past <paramref name="limits"/> is refused (<see cref="InputRefusedException"/>);
    /// <paramref name="ct"/> is checked between stages and every few hundred passages, so a caller's time limit ends a
    /// long extraction with <see cref="OperationCanceledException"/>.
    /// </summary>
    public ProcessedArticle Process(Article article, InputLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= InputLimits.Default;
        var text = article.Text;
        var paragraphs = ParagraphSplitter.Split(article, limits);
        if (paragraphs.Count > limits.Passages)
        {
            throw new InputRefusedException($"{paragraphs.Count:N0} passages, over the limit of {limits.Passages:N0} (Atlas:MaxPassages)");
        }

        ct.ThrowIfCancellationRequested();
        var passages = PassageClassifier.Classify(text, paragraphs, article.Metadata);
        var body = passages.Where(p => p.Kind == PassageKind.Body).ToList();
        var sentences = new List<Sentence>();
        var fingerprints = new Dictionary<int, long[]>();
        for (var i = 0; i < body.Count; i++)
        {
            if (i % 256 == 255)
            {
                ct.ThrowIfCancellationRequested();
            }

            var p = body[i];
            sentences.AddRange(SentenceSplitter.Split(text, p));
            var f = Fingerprint.Of(text, p.Span);
            if (f.Length > 0)
            {
                fingerprints[p.Ordinal] = f;
            }
        }

        // The fields of an identity block ("AKA: …", "POB: …") are short lines the classifier calls headings; they are read
        // for names (aliases, places of birth) but make no claims or events.
        // So is a letter's or a contribution's sign-off after its text ("Ana Ruiz Velt, Tamaro"): its writer and town; and an
        // entry of a list of signatories ("- Prof. Ana Ruiz Velt, Kessa University, Tamaro").
        var records = passages.Where((p, i) => p.Kind is PassageKind.Heading or PassageKind.Byline
                && (NameLexicon.OpensWithFieldLabel(p.Span.Slice(text)) || (i > 0 && passages[i - 1].Kind == PassageKind.Body && PassageClassifier.IsSignOff(p.Span.Slice(text)))
                    || PassageClassifier.IsListedSignatory(text, p.Span)))
            .SelectMany(p => SentenceSplitter.Split(text, p)).ToList();
        var named = records.Count == 0 ? sentences : sentences.Concat(records).OrderBy(s => s.Span.Start).ToList();

        ct.ThrowIfCancellationRequested();
        var found = _names.Find(text, named);
        ct.ThrowIfCancellationRequested();
        var labelled = SpeakerLabels.Find(text, passages, DocumentResolver.Resolve(found), () => HeadingNames(text, passages));
        var entities = MentionExtents.Apply(text, labelled.Entities, _gazetteer);
        ct.ThrowIfCancellationRequested();
        var claims = ClaimFinder.Find(text, passages, sentences, entities, labelled.Labels, found.SentenceTokens);
        var quotes = QuoteSpans.Find(text, body);
        ct.ThrowIfCancellationRequested();
        var relations = RelationFinder.Find(text, claims, entities, quotes, _gazetteer);
        ct.ThrowIfCancellationRequested();
        var events = EventFinder.Find(text, claims, entities, article.Metadata.Published, _gazetteer, article.Metadata.Title, passages);
        return new ProcessedArticle(article, passages, sentences, fingerprints, entities, claims, relations, events);
    }

    /// <summary>The actors the headline and byline name: a transcript often names its speakers only there.</summary>
    public IReadOnlyList<LocalEntity> HeadingNames(string text, IReadOnlyList<Passage> passages)
    {
        var sentences = passages.Where(p => p.Kind is PassageKind.Heading or PassageKind.Byline).SelectMany(p => SentenceSplitter.Split(text, p)).ToList();
        return sentences.Count == 0 ? [] : DocumentResolver.Resolve(_names.Find(text, sentences));
    }
}
