using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Turns body sentences into claims and attributes each one. A sentence's speech frame is read outside
/// its quotations: "X said", "said X", "X told me", "according to X", a group behind "a spokesman for X",
/// or a pronoun ("he said") resolved to a person named earlier in the sentence, else the last speaker,
/// else the last person named. A quotation takes the speaker of any sentence it spans that has a frame,
/// so every sentence of "'…. …. …,' Kubba told FRONTLINE" is Kubba's; a quotation with no frame of its
/// own that follows a speaker continues that speaker. Sentences with no frame are the author's narration.
/// </summary>
public static class ClaimFinder
{
    private static readonly HashSet<string> Verbs = new(NameLexicon.SpeechVerbs.Concat(["affirmed", "responded", "replied", "stressed", "cautioned", "conceded", "complained", "predicted", "alleged", "boasted", "vowed", "promised", "estimated", "reported", "acknowledged"]), StringComparer.OrdinalIgnoreCase);

    private enum FrameKind
    {
        None,
        Entity,
        Pronoun,
        Anonymous,
    }

    private readonly record struct Frame(FrameKind Kind, int Entity = -1, int PronounAt = -1);

    private readonly record struct MentionRef(TextSpan Span, int Entity, EntityType Type, bool Reference);

    public static IReadOnlyList<Claim> Find(string text, IReadOnlyList<Passage> passages, IReadOnlyList<Sentence> sentences, IReadOnlyList<LocalEntity> entities)
    {
        var body = passages.Where(p => p.Kind == PassageKind.Body).ToList();
        var quotes = QuoteSpans.Find(text, body);
        var mentions = entities.SelectMany((e, i) => e.Mentions.Select(m => new MentionRef(m.Span, i, e.Type, m.IsReference)))
            .OrderBy(m => m.Span.Start).ToList();

        var frames = new Frame[sentences.Count];
        var inSentence = new List<MentionRef>[sentences.Count];
        var mi = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            while (mi < mentions.Count && mentions[mi].Span.Start < span.Start)
            {
                mi++;
            }

            var list = new List<MentionRef>();
            for (var k = mi; k < mentions.Count && mentions[k].Span.Start < span.End; k++)
            {
                list.Add(mentions[k]);
            }

            inSentence[s] = list;
            frames[s] = FrameOf(text, span, list, quotes);
        }

        // Resolve pronouns and continuations in reading order.
        var speakers = new int?[sentences.Count];
        int? lastSpeaker = null;
        int? lastPerson = null;
        var lastSpeakerPassage = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            var f = frames[s];
            speakers[s] = f.Kind switch
            {
                FrameKind.Entity => f.Entity,
                FrameKind.Pronoun => PersonBefore(inSentence[s], f.PronounAt, text, quotes) ?? lastSpeaker ?? lastPerson,
                _ => null,
            };

            if (f.Kind == FrameKind.None && StartsInQuote(sentences[s].Span, quotes, text) && lastSpeaker is not null
                && sentences[s].PassageOrdinal - lastSpeakerPassage <= 1)
            {
                // A quotation right after a speaker, with no frame of its own, continues that speaker.
                speakers[s] = lastSpeaker;
            }

            if (speakers[s] is int sp && entities[sp].Type == EntityType.Person)
            {
                lastSpeaker = sp;
                lastSpeakerPassage = sentences[s].PassageOrdinal;
            }

            var firstPerson = inSentence[s].Where(m => m.Type == EntityType.Person && !Inside(m.Span, quotes)).Select(m => (int?)m.Entity).FirstOrDefault();
            lastPerson = firstPerson ?? lastPerson;
        }

        // A quotation is one speaker's: sentences inside it without a frame take the frame of the sentence that has one.
        foreach (var q in quotes)
        {
            var members = Enumerable.Range(0, sentences.Count).Where(s => sentences[s].Span.Overlaps(q)).ToList();
            var owner = members.Where(s => frames[s].Kind is FrameKind.Entity or FrameKind.Pronoun).Select(s => speakers[s]).FirstOrDefault(x => x is not null);
            if (owner is null)
            {
                continue;
            }

            foreach (var s in members.Where(s => frames[s].Kind == FrameKind.None))
            {
                speakers[s] = owner;
            }
        }

        var claims = new List<Claim>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var quoted = quotes.Any(q => q.Overlaps(sentences[s].Span));
            var named = inSentence[s].Select(m => m.Entity).Distinct().ToList();
            claims.Add(new Claim(s, sentences[s].PassageOrdinal, sentences[s].Span, speakers[s], quoted, named));
        }

        return claims;
    }

    /// <summary>The sentence's frame: the first speech verb that names a speaker; else anonymous when some verb speaks.</summary>
    private static Frame FrameOf(string text, TextSpan sentence, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes)
    {
        var tokens = Tokenizer.Tokenize(text, sentence);
        var anonymous = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var f = FrameAt(text, sentence, tokens, i, mentions, quotes);
            if (f.Kind is FrameKind.Entity or FrameKind.Pronoun)
            {
                return f;
            }

            anonymous |= f.Kind == FrameKind.Anonymous;
        }

        return new Frame(anonymous ? FrameKind.Anonymous : FrameKind.None);
    }

    private static Frame FrameAt(string text, TextSpan sentence, List<Token> tokens, int i, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes)
    {
        var t = tokens[i];
        if (!t.IsWord || Inside(t.Span, quotes))
        {
            return new Frame(FrameKind.None);
        }

        // "When asked about …": a passive question is no speech frame.
        if (t.Lower == "asked" && i > 0 && tokens[i - 1].Lower is "when" or "was" or "were" or "being" or "if")
        {
            return new Frame(FrameKind.None);
        }

        // "according to X"
        if (t.Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
        {
            var after = mentions.FirstOrDefault(m => m.Span.Start > tokens[i + 1].Span.End && m.Span.Start - tokens[i + 1].Span.End <= 12 && !Inside(m.Span, quotes));
            return after.Span.Length > 0 && after.Type != EntityType.Place ? new Frame(FrameKind.Entity, after.Entity) : new Frame(FrameKind.Anonymous);
        }

        if (!Verbs.Contains(t.Lower) || char.IsUpper(t.Text[0]))
        {
            return new Frame(FrameKind.None);
        }

        // "he said", "she told me", "they said"
        if (i > 0 && tokens[i - 1].Lower is "he" or "she")
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 1].Span.Start);
        }

        // "X said": the nearest person before the verb, outside quotations, else a group or place right before it.
        var before = mentions.Where(m => m.Span.End <= t.Span.Start && !Inside(m.Span, quotes) && !m.Reference).ToList();
        var person = before.LastOrDefault(m => m.Type == EntityType.Person);
        if (person.Span.Length > 0 && NoSpeechBetween(tokens, person.Span.End, t.Span.Start))
        {
            return new Frame(FrameKind.Entity, person.Entity);
        }

        if (before.Count > 0 && before[^1] is var last && last.Type != EntityType.Person && text.AsSpan(last.Span.End, t.Span.Start - last.Span.End).Trim().Length == 0)
        {
            return new Frame(FrameKind.Entity, last.Entity);
        }

        // "said X", "said X, a spokesman for …"
        var next = mentions.FirstOrDefault(m => m.Span.Start >= t.Span.End && m.Span.Start - t.Span.End <= 4 && !Inside(m.Span, quotes));
        if (next.Span.Length > 0 && next.Type != EntityType.Place)
        {
            return new Frame(FrameKind.Entity, next.Entity);
        }

        // "a spokesman for X said": the group speaks.
        var group = before.LastOrDefault(m => m.Type == EntityType.Group);
        if (group.Span.Length > 0 && text.AsSpan(sentence.Start, group.Span.Start - sentence.Start).ToString().Contains("spokes", StringComparison.OrdinalIgnoreCase))
        {
            return new Frame(FrameKind.Entity, group.Entity);
        }

        // "one said", "officials said": someone speaks, but no one we know.
        return new Frame(FrameKind.Anonymous);
    }

    private static bool NoSpeechBetween(List<Token> tokens, int from, int to) =>
        !tokens.Any(t => t.Span.Start >= from && t.Span.End <= to && t.Kind == TokenKind.Punct && t.Text is "." or ";");

    private static int? PersonBefore(List<MentionRef> mentions, int position, string text, IReadOnlyList<TextSpan> quotes) =>
        mentions.Where(m => m.Type == EntityType.Person && m.Span.End <= position && !Inside(m.Span, quotes)).Select(m => (int?)m.Entity).LastOrDefault();

    private static bool Inside(TextSpan span, IReadOnlyList<TextSpan> quotes)
    {
        foreach (var q in quotes)
        {
            if (q.Start < span.Start && span.End <= q.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsInQuote(TextSpan sentence, IReadOnlyList<TextSpan> quotes, string text) =>
        quotes.Any(q => q.Start <= sentence.Start && sentence.Start < q.End) || text[sentence.Start] is '“' or '"';
}
