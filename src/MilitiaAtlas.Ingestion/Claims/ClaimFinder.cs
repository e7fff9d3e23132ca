using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Turns body sentences into claims and attributes each one. A sentence's speech frame is read outside
/// its quotations: "X said", "the Foreign Secretary said", "said X", "said Under Secretary for … X",
/// "X told me", "according to (a statement from) X", a group behind "a spokesman for X", or a pronoun
/// ("he said", "how he put it") resolved to a person named earlier in the sentence, else the last speaker
/// within two paragraphs, else the last person named within two paragraphs. A quotation takes the speaker
/// of any sentence it spans that has a frame, so every sentence of "'…. …. …,' Kubba told FRONTLINE" is
/// Kubba's; a quotation with no frame of its own that follows a speaker continues that speaker. In a
/// transcript, a sentence with no named frame is the speaker's whose label opens its passage or the last
/// one before (<see cref="SpeakerLabels"/>). Other sentences with no frame are the author's narration.
/// </summary>
public static partial class ClaimFinder
{
    private enum FrameKind
    {
        None,
        Entity,
        Pronoun,
        Anonymous,
        GroupPronoun,
        GroupNoun,

        /// <summary>"the pilot told me": the person a noun introduced, named at <see cref="Frame.PronounAt"/>.</summary>
        Introduced,
    }

    private readonly record struct Frame(FrameKind Kind, int Entity = -1, int PronounAt = -1);

    private readonly record struct MentionRef(TextSpan Span, int Entity, EntityType Type, bool Reference);

    /// <summary>The words of the titles written before names ("under", "secretary", "commander"), as a title after "said" may have them in lower case.</summary>
    // The word a title ends in ("president", "minister" of "prime minister", "captain" of "group captain"): what "the … said"
    // may stand on. Not a multi-word title's first words ("the group said" is no group captain).
    private static readonly HashSet<string> TitleWords = new(NameLexicon.Titles.Where(t => t != "he").Select(t => t.Split(' ')[^1].TrimEnd('.')), StringComparer.Ordinal);

    /// <summary>How many passages back a pronoun looks for the person it stands for ("he said" two paragraphs after the name).</summary>
    private const int PronounReach = 2;

    public static IReadOnlyList<Claim> Find(string text, IReadOnlyList<Passage> passages, IReadOnlyList<Sentence> sentences, IReadOnlyList<LocalEntity> entities, IReadOnlyList<SpeakerLabel>? labels = null,
        IReadOnlyDictionary<TextSpan, List<Token>>? sentenceTokens = null)
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
            frames[s] = FrameOf(text, span, sentenceTokens?.GetValueOrDefault(span) ?? Tokenizer.Tokenize(text, span), list, quotes);
        }

        // "— X, researcher" opening sentence c: the person credited, named within the line's first few characters.
        // "- Gen Sir X, 1952": a hyphen may stand for the dash, and titles may come before the name.
        // "(Ana Ruvo, The Kessa Review)" right after a review's blurb: a short bracket that opens on the person.
        int? DashCredit(int c) =>
            (PassageClassifier.OpensAsCredit(text.AsSpan(sentences[c].Span.Start, Math.Min(16, sentences[c].Span.Length)))
                || (text[sentences[c].Span.Start] == '(' && sentences[c].Span.Length <= 100 && text.AsSpan(sentences[c].Span.Start, sentences[c].Span.Length).TrimEnd().EndsWith(")")))
            && inSentence[c].FirstOrDefault() is { Type: EntityType.Person, Reference: false } credited
            && (credited.Span.Start - sentences[c].Span.Start <= 6 || CreditTitles.IsMatch(text.AsSpan(sentences[c].Span.Start, Math.Max(0, credited.Span.Start - sentences[c].Span.Start))))
                ? credited.Entity : null;

        // ""…" (Elder X)": the person a bracket right after the quotation names, its title words at most before the name, the
        // bracket ending the line. Searched in the quotation's last sentence and the next one.
        int? BracketCredit(TextSpan q, int last)
        {
            var k = q.End;
            while (k < text.Length && text[k] is ' ' or '"' or '”' or '’' or '\'' or '.' or ',')
            {
                k++;
            }

            var close = k < text.Length && text[k] == '(' ? text.IndexOf(')', k, Math.Min(100, text.Length - k)) : -1;
            if (close < 0 || text.AsSpan(k, close - k).Contains('\n') || !LineEndsAt(text, close + 1))
            {
                return null;
            }

            foreach (var m in inSentence[last].Concat(last + 1 < sentences.Count ? inSentence[last + 1] : []))
            {
                if (m.Span.Start > k && m.Span.End <= close && m.Type == EntityType.Person && !m.Reference
                    && (m.Span.Start - k <= 2 || BracketTitles.IsMatch(text.AsSpan(k + 1, m.Span.Start - k - 1))))
                {
                    return m.Entity;
                }
            }

            return null;
        }

        // Resolve pronouns, continuations and transcript labels in reading order.
        var labelled = LabelSpeakers(passages, labels);
        var speakers = new int?[sentences.Count];
        (int Entity, int Passage)? lastSpeaker = null;
        var lastSpeakerAt = -1;
        // The last sentence whose subject is a person named outside quotations ("X, a spokesman for Y, rejected the claim."),
        // and the last sentence where someone unnamed speaks ("An elder, who asked not to be named, said …").
        (int Entity, int Passage, int Sentence)? lastSubject = null;
        var lastAnonymousAt = -1;
        int? lastGroupNamed = null;
        (int Entity, int Sentence)? colonSpeaker = null; // a sentence ending in a colon, whose subject speaks next
        var recent = new RecentActors(entities);
        for (var s = 0; s < sentences.Count; s++)
        {
            var f = frames[s];
            var passage = sentences[s].PassageOrdinal;
            speakers[s] = f.Kind switch
            {
                FrameKind.Entity => f.Entity,
                // "Legend, after Sir X's address, put words into her mouth": a person the pronoun's gender rules out gives way.
                FrameKind.Pronoun => PersonBefore(inSentence[s], f.PronounAt, text, quotes) is int before && !GenderClash(text, f.PronounAt, entities[before]) ? before : Pronoun(),
                FrameKind.GroupPronoun => SubjectGroup(s - 1) ?? OnlyGroup(s - 1),
                FrameKind.GroupNoun => lastGroupNamed,
                FrameKind.Introduced => mentions.FirstOrDefault(m => m.Span.Start == f.PronounAt && m.Type == EntityType.Person) is { Span.Length: > 0 } named ? named.Entity : null,
                _ => null,
            };

            // "She said …" is no one the text calls "Mr": a pronoun does not stand for a person whose title says otherwise.
            if (f.Kind == FrameKind.Pronoun && speakers[s] is int said && GenderClash(text, f.PronounAt, entities[said]))
            {
                speakers[s] = null;
            }

            // "He said" after a new person took the stage is that person; after an unnamed speaker, no one we know;
            // else the last who spoke, else the last person named.
            int? Pronoun()
            {
                // A person opening a sentence of the passage before gives way to the one person this passage has named.
                if (lastSubject is { } subject && subject.Sentence > lastSpeakerAt && subject.Sentence > lastAnonymousAt && passage - subject.Passage <= 1
                    && (subject.Passage == passage || PassagePersons(s) is not [var single] || single == subject.Entity))
                {
                    return subject.Entity;
                }

                if (lastAnonymousAt > lastSpeakerAt && lastAnonymousAt >= 0 && passage - sentences[lastAnonymousAt].PassageOrdinal <= 1)
                {
                    return null;
                }

                // A speaker from an earlier passage gives way to the one person this passage has named ("Its organiser was X. …
                // "…," he told the court").
                if (!(lastSpeaker is { } ls0 && ls0.Passage == passage) && PassagePersons(s) is [var only])
                {
                    return only;
                }

                return LastNamed(lastSpeaker, recent.PersonWithin(passage, PronounReach), passage);
            }

            // The people this passage has named before sentence s, outside quotations and labels.
            List<int> PassagePersons(int upTo)
            {
                var people = new List<int>();
                for (var k = upTo; k >= 0 && sentences[k].PassageOrdinal == passage; k--)
                {
                    foreach (var m in inSentence[k])
                    {
                        if (m.Type == EntityType.Person && !m.Reference && !Inside(m.Span, quotes) && !SpeakerLabels.IsLabel(text, m.Span) && (k < upTo || m.Span.End <= sentences[k].Span.End) && !people.Contains(m.Entity)
                            && !TopicOpener(text, m.Span.Start))
                        {
                            people.Add(m.Entity);
                        }
                    }
                }

                return people;
            }

                        // "It said …": the group the sentence before opened with, in the same passage.
            // The one group the sentence before names outside quotations, when it spoke there ("It is worth recalling that the X itself
            // announced …"); not the publisher of a report ("The report was published by X. It said …": the report says it).
            int? OnlyGroup(int before) =>
                before >= 0 && sentences[before].PassageOrdinal == passage
                && inSentence[before].Where(m => m.Type == EntityType.Group && !m.Reference && !Inside(m.Span, quotes) && !SpeakerLabels.IsLabel(text, m.Span)).ToList() is { Count: > 0 } groups
                && groups.Select(m => m.Entity).Distinct().Count() == 1 && groups.Any(m => GroupSpoke().IsMatch(text.AsSpan(m.Span.End, Math.Min(40, sentences[before].Span.End - m.Span.End))))
                && !inSentence[before].Any(m => m.Type == EntityType.Person && !Inside(m.Span, quotes)) ? groups[0].Entity : null;

            // The author the passage before names when it opens "From …": its first person, else its first group.
            int? SourceIntroduction(int quotedPassage)
            {
                var first = s;
                while (first > 0 && sentences[first - 1].PassageOrdinal == quotedPassage)
                {
                    first--;
                }

                if (first == 0 || sentences[first - 1].PassageOrdinal != quotedPassage - 1)
                {
                    return null;
                }

                var open = first - 1;
                while (open > 0 && sentences[open - 1].PassageOrdinal == quotedPassage - 1)
                {
                    open--;
                }

                if (!SourceOpening().IsMatch(text.AsSpan(sentences[open].Span.Start, Math.Min(60, sentences[open].Span.Length))))
                {
                    return null;
                }

                var named = Enumerable.Range(open, first - open).SelectMany(k => inSentence[k]).Where(m => !m.Reference && !Inside(m.Span, quotes)).ToList();
                return named.FirstOrDefault(m => m.Type == EntityType.Person) is { Span.Length: > 0 } person ? person.Entity
                    : named.FirstOrDefault(m => m.Type == EntityType.Group) is { Span.Length: > 0 } group ? group.Entity : null;
            }

            int? SubjectGroup(int before) =>
                before >= 0 && sentences[before].PassageOrdinal == passage && inSentence[before].FirstOrDefault(m => !Inside(m.Span, quotes) && !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0 } first
                && first.Type == EntityType.Group && !first.Reference && OpensSentence(text, sentences[before].Span, first.Span) ? first.Entity : null;

            // "X … described the deal to me last year:" ending a passage: the quotation opening the next passage is X's.
            if (f.Kind == FrameKind.None && StartsInQuote(sentences[s].Span, quotes, text) && s > 0 && colonSpeaker is { } cs && cs.Sentence == s - 1)
            {
                speakers[s] = cs.Entity;
            }

            // "> "…"" then "> — X, researcher": a pull quote's attribution on the line after it.
            if (f.Kind == FrameKind.None && speakers[s] is null && s + 1 < sentences.Count && quotes.Any(q => q.Overlaps(sentences[s].Span))
                && DashCredit(s + 1) is int credited)
            {
                speakers[s] = credited;
            }

            // "From the memoir of X, …" or "From a Y communiqué left in …" introducing a passage that is a quotation: a source
            // exercise's or an anthology's document is the words of the one the introduction names.
            if (speakers[s] is null && f.Kind == FrameKind.None && StartsInQuote(sentences[s].Span, quotes, text) && SourceIntroduction(passage) is int author)
            {
                speakers[s] = author;
            }

            // "An interview with X" heading a section of questions and quoted answers: an answer with no frame is X's.
            if (speakers[s] is null && f.Kind == FrameKind.None && StartsInQuote(sentences[s].Span, quotes, text) && InterviewSpeaker(passages, passage, text, entities) is int interviewee)
            {
                speakers[s] = interviewee;
            }

            if (speakers[s] is null && f.Kind == FrameKind.None && StartsInQuote(sentences[s].Span, quotes, text) && lastSpeaker is { } ls && passage - ls.Passage <= 1 && lastAnonymousAt < lastSpeakerAt)
            {
                // A quotation right after a speaker, with no frame of its own, continues that speaker.
                speakers[s] = ls.Entity;
            }

            // ""…," X said, reading from a text. Then, departing from it: "…"": a colon that names no one before the quotation
            // goes on with the speaker of the sentence before, in the same paragraph.
            if (speakers[s] is null && f.Kind == FrameKind.None && s > 0 && speakers[s - 1] is int previous && sentences[s - 1].PassageOrdinal == passage
                && lastAnonymousAt < s - 1 && quotes.FirstOrDefault(q => q.Start > sentences[s].Span.Start && q.Start < sentences[s].Span.End) is { Length: > 0 } colonQuote
                && text.AsSpan(sentences[s].Span.Start, colonQuote.Start - sentences[s].Span.Start).TrimEnd(" “\"‘'").EndsWith(":")
                && !inSentence[s].Any(m => m.Span.End <= colonQuote.Start && m.Type != EntityType.Place))
            {
                speakers[s] = previous;
            }

            colonSpeaker = null;
            if (f.Kind is FrameKind.None or FrameKind.Anonymous && text.AsSpan(sentences[s].Span.Start, sentences[s].Span.Length).TrimEnd().EndsWith(":")
                && !quotes.Any(q => q.Start < sentences[s].Span.End && q.End >= sentences[s].Span.End - 2)
                && inSentence[s].FirstOrDefault(m => !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0, Reference: false } opener
                && opener.Type != EntityType.Place && OpensSentence(text, sentences[s].Span, opener.Span))
            {
                colonSpeaker = (opener.Entity, s);
            }

            if (speakers[s] is int sp && entities[sp].Type == EntityType.Person)
            {
                lastSpeaker = (sp, passage);
                lastSpeakerAt = s;
            }
            else if ((f.Kind == FrameKind.Anonymous && !StartsInQuote(sentences[s].Span, quotes, text)) || (f.Kind == FrameKind.Pronoun && speakers[s] is null))
            {
                lastAnonymousAt = s;
            }

            // "the organisation announced": the last group named by its name, outside quotations. "He said": a person who
            // opens the sentence or a clause after a semicolon ("…; Laura Benton denies it.").
            foreach (var m in inSentence[s])
            {
                if (m.Reference || Inside(m.Span, quotes))
                {
                    continue;
                }

                if (m.Type == EntityType.Group && RecentActors.IsProperName(entities[m.Entity].Name))
                {
                    lastGroupNamed = m.Entity;
                }
                else if (m.Type == EntityType.Person && !SpeakerLabels.IsLabel(text, m.Span)
                    && (OpensSentence(text, sentences[s].Span, m.Span) || AfterSemicolon(text, sentences[s].Span, m.Span)
                        || CopularIntroduction().IsMatch(text.AsSpan(sentences[s].Span.Start, m.Span.Start - sentences[s].Span.Start))))
                {
                    lastSubject = (m.Entity, passage, s);
                }
            }

            // A transcript's passage with no frame of its own is its label's speaker's, who is no "he" of the text.
            if (speakers[s] is null && f.Kind is FrameKind.None or FrameKind.Anonymous && labelled.TryGetValue(passage, out var labelSpeaker))
            {
                speakers[s] = labelSpeaker;
            }

            // The names a quotation holds are the speaker's words, no "he" of the text.
            // Nor is a transcript's speaker label.
            // Nor is the topic a sentence opens with ("Of X she says …").
            recent.Saw(inSentence[s].Where(m => !Inside(m.Span, quotes) && !SpeakerLabels.IsLabel(text, m.Span) && !TopicOpener(text, m.Span.Start)).Select(m => m.Entity), passage);
        }

        // A quotation is one speaker's: sentences inside it without a frame take the frame of the sentence that has one.
        foreach (var q in quotes)
        {
            var members = Enumerable.Range(0, sentences.Count).Where(s => sentences[s].Span.Overlaps(q)).ToList();
            var owner = members.Where(s => frames[s].Kind is FrameKind.Entity or FrameKind.Pronoun).Select(s => speakers[s]).FirstOrDefault(x => x is not null);
            // ""…. …" — Karin Lunde, historian": a pull quote's credit after its last sentence is the whole quotation's.
            if (owner is null && members.Count > 0 && members[^1] + 1 < sentences.Count && DashCredit(members[^1] + 1) is int credit)
            {
                owner = credit;
            }

            // ""…. …" (Elder X)": a pull quote's credit in brackets right after its closing mark, ending the line.
            if (owner is null && members.Count > 0 && BracketCredit(q, members[^1]) is int bracketed)
            {
                owner = bracketed;
            }

            if (owner is null)
            {
                // No frame names the speaker: the sentences the quotation runs on into are the opening sentence's, which
                // may be no one's ("X was blunter: "…. …"" when X is unknown), not the speaker before it.
                if (members.Count > 1)
                {
                    foreach (var s in members.Skip(1).Where(s => frames[s].Kind == FrameKind.None))
                    {
                        speakers[s] = speakers[members[0]];
                    }
                }

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
    private static Frame FrameOf(string text, TextSpan sentence, List<Token> tokens, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes)
    {
        var anonymous = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var f = FrameAt(text, sentence, tokens, i, mentions, quotes);
            if (f.Kind is FrameKind.Entity or FrameKind.Pronoun or FrameKind.GroupPronoun or FrameKind.GroupNoun)
            {
                // "X condemned the strikes, and its spokesman, Y, called them "…"": a second clause whose own speaker comes
                // right before the quotation speaks it.
                var quoteAt = quotes.FirstOrDefault(q => q.Start > tokens[i].Span.End && q.Start < sentence.End);
                var and = quoteAt.Length > 0 ? text.IndexOf(", and ", tokens[i].Span.End, quoteAt.Start - tokens[i].Span.End, StringComparison.Ordinal) : -1;
                if (and >= 0)
                {
                    for (var j = i + 1; j < tokens.Count && tokens[j].Span.End <= quoteAt.Start; j++)
                    {
                        if (tokens[j].Span.Start > and && FrameAt(text, sentence, tokens, j, mentions, quotes) is { Kind: FrameKind.Entity } later && later.Entity != f.Entity
                            && mentions.Any(m => m.Entity == later.Entity && m.Span.Start > and && m.Span.End <= tokens[j].Span.Start && !m.Reference))
                        {
                            return later;
                        }
                    }
                }

                return f;
            }

            anonymous |= f.Kind == FrameKind.Anonymous;
        }

        // "X, who studies the gangs, was blunter: "…"": a quotation after a colon is the sentence's subject's.
        if (!text.AsSpan(sentence.Start, sentence.Length).Contains(':'))
        {
            return new Frame(anonymous ? FrameKind.Anonymous : FrameKind.None);
        }

        foreach (var q in quotes)
        {
            if (q.Start <= sentence.Start || q.Start >= sentence.End || text.AsSpan(sentence.Start, q.Start - sentence.Start).TrimEnd(" “\"‘'").EndsWith(":") is false)
            {
                continue;
            }

            // A script's cue in capitals with its source in brackets ("ARCHIVE [letter of X, 1961, read by an actor]: "…"",
            // "WITNESS [X, born 1950]: "…""): the first person in the brackets speaks.
            if (ScriptCue().Match(text, sentence.Start, q.Start - sentence.Start) is { Success: true } cue
                && mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Span.Start > cue.Index && m.Span.End <= cue.Index + cue.Length) is { Span.Length: > 0 } source)
            {
                return new Frame(FrameKind.Entity, source.Entity);
            }

            // "Velt led at the bell, and its captain, X, was already waving: "…"": the subject of the last clause, a person
            // set off after "and" and a role, with no one named between it and the colon.
            if (mentions.LastOrDefault(m => m.Span.End <= q.Start && !Inside(m.Span, quotes)) is { Span.Length: > 0, Reference: false, Type: EntityType.Person } clauseSubject
                && clauseSubject.Span.Start - sentence.Start > 2
                && CoordinatedSubject().IsMatch(text.AsSpan(Math.Max(sentence.Start, clauseSubject.Span.Start - 80), clauseSubject.Span.Start - Math.Max(sentence.Start, clauseSubject.Span.Start - 80))))
            {
                return new Frame(FrameKind.Entity, clauseSubject.Entity);
            }

            if (mentions.FirstOrDefault(m => m.Span.End <= q.Start && !Inside(m.Span, quotes) && !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0, Reference: false } subject
                && subject.Type != EntityType.Place && OpensSentence(text, sentence, subject.Span))
            {
                return new Frame(FrameKind.Entity, subject.Entity);
            }

            // "The last chapter belongs to a witness who later taught in Kuopio, Dr. X: "…"": a person set off by a comma right before the
            // colon is the one the sentence introduces to speak.
            if (mentions.LastOrDefault(m => m.Span.End <= q.Start && !Inside(m.Span, quotes)) is { Span.Length: > 0, Reference: false, Type: EntityType.Person } introduced
                && text.AsSpan(introduced.Span.End, q.Start - introduced.Span.End).Trim(" “\"‘'").SequenceEqual(":")
                && IntroducedAfterComma().IsMatch(text.AsSpan(sentence.Start, introduced.Span.Start - sentence.Start)))
            {
                return new Frame(FrameKind.Entity, introduced.Entity);
            }

            // "The poster bore X's last order to his men: "…"": the possessor of what was said. Not when a pronoun's words come
            // after it ("after X's address, legend put words into her mouth:").
            var said = PronounUtterance.Match(text, sentence.Start, q.Start - sentence.Start);
            foreach (var m in mentions)
            {
                if (m.Span.End < q.Start && !m.Reference && m.Type != EntityType.Place && PossessorAt(text, m.Span.End) && !Inside(m.Span, quotes)
                    && !(said.Success && said.Groups["p"].Index > m.Span.End)
                    && UtteranceAfterPossessor.Match(text, m.Span.End, q.Start - m.Span.End).Success
                    && !AnsweredBefore.IsMatch(text.AsSpan(Math.Max(sentence.Start, m.Span.Start - 40), m.Span.Start - Math.Max(sentence.Start, m.Span.Start - 40))))
                {
                    return new Frame(FrameKind.Entity, m.Entity);
                }
            }

            // "In his words: "…"", "her reply was short: "…"": a pronoun's utterance is the one the pronoun stands for.
            if (said.Success)
            {
                return new Frame(FrameKind.Pronoun, PronounAt: said.Groups["p"].Index);
            }

            // "Carries an audio message from Colonel X, head of the Y's …:": the one a statement or message is from.
            var words = Tokenizer.Tokenize(text, new TextSpan(sentence.Start, q.Start));
            for (var k = 0; k + 1 < words.Count; k++)
            {
                if (SpeechLexicon.SourceNouns.Contains(words[k].Lower) && words[k + 1].Lower is "from" or "by"
                    && MentionAfter(words, k + 2, mentions, quotes, TitleWord) is { Reference: false } author && author.Type != EntityType.Place)
                {
                    return new Frame(FrameKind.Entity, author.Entity);
                }
            }
        }

        return new Frame(anonymous ? FrameKind.Anonymous : FrameKind.None);
    }

    /// <summary>
    /// The one person of the article that the section's heading introduces as the one questioned ("An interview with X",
    /// "Q&amp;A with X", "In conversation with X"): the nearest heading before the passage, else null.
    /// </summary>
    private static int? InterviewSpeaker(IReadOnlyList<Passage> passages, int passageOrdinal, string text, IReadOnlyList<LocalEntity> entities)
    {
        for (var k = Math.Min(passageOrdinal - 2, passages.Count - 1); k >= 0 && k >= passageOrdinal - 40; k--)
        {
            if (passages[k].Kind != PassageKind.Heading)
            {
                continue;
            }

            // The one cue of being questioned (SpeakerLabels.InterviewCue) right before a person's whole name in the heading.
            var heading = text.Substring(passages[k].Span.Start, passages[k].Span.Length);
            var named = entities.Index().Where(e => e.Item.Type == EntityType.Person && e.Item.Name.Length > 3
                    && WholeNameAt(heading, e.Item.Name) is int at && SpeakerLabels.InterviewCue().IsMatch(heading.AsSpan(0, at)))
                .Select(e => e.Index).ToList();
            return named.Count == 1 ? named[0] : null;
        }

        return null;
    }

    /// <summary>Where <paramref name="name"/> stands in <paramref name="line"/> as whole words, in any case; else null.</summary>
    private static int? WholeNameAt(string line, string name)
    {
        var at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(line[at - 1])) && (at + name.Length == line.Length || !char.IsLetter(line[at + name.Length])) ? at : null;
    }

    /// <summary>Where the record cell holding <paramref name="position"/> opens: after the last "|" from <paramref name="from"/>, else <paramref name="from"/>.</summary>
    private static int CellStart(string text, int from, int position) =>
        position > from && text.LastIndexOf('|', position - 1, position - from) is var bar and >= 0 ? bar + 1 : from;

    private static bool PossessorAt(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S';

    private static bool AfterSemicolon(string text, TextSpan sentence, TextSpan mention)
    {
        var semi = text.LastIndexOf(';', mention.Start - 1, Math.Max(0, mention.Start - sentence.Start));
        return semi >= sentence.Start && text.AsSpan(semi + 1, mention.Start - semi - 1).Trim().Length == 0;
    }

    /// <summary>Lower-case words that may come before a sentence's subject: "In May 2019 the X", "Hours later X".</summary>
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "by", "last", "later", "earlier", "this", "that", "then", "but", "and", "meanwhile",
        "since", "after", "before", "during", "also", "early", "late", "hours", "days", "weeks", "months", "years", "ago", "as",
    };

    /// <summary>
    /// The mention at <paramref name="mention"/> opens the sentence, after a speaker label, time words, titles or capitalized
    /// words at most ("In May 2019 the X", "Chief Minister X"), so it is the sentence's subject; "Police arrested X" is not.
    /// </summary>
    private static bool OpensSentence(string text, TextSpan sentence, TextSpan mention)
    {
        var from = sentence.Start;
        if (mention.Start < from || mention.Start - from > 80)
        {
            return false;
        }

        var colon = text.IndexOf(':', from, mention.Start - from);
        if (colon >= 0 && colon - from <= 40)
        {
            from = colon + 1;
        }

        // "Before boarding, X read a statement:": a short opening phrase in lower case after its first word, and its comma.
        var lead = text.IndexOf(',', from, mention.Start - from);
        if (lead > from && lead - from <= 40 && LowerPhrase().IsMatch(text.AsSpan(from, lead - from)))
        {
            from = lead + 1;
        }

        // A record's cells: "[3] X statement | 2 May 2021 09:15 | Tamaran | The X, which …, says": the last cell opens.
        from = CellStart(text, from, mention.Start);

        var words = 0;
        var previous = "";
        foreach (var t in Tokenizer.Tokenize(text, new TextSpan(from, mention.Start)))
        {
            if (t.IsWord && (++words > 6 || (!t.IsCapitalized && !LeadWords.Contains(t.Lower) && !t.Text.All(char.IsDigit) && !TitleWords.Contains(t.Lower.TrimEnd('.'))
                && !(NameLexicon.RoleNouns.Contains(t.Lower) && previous is "our" or "the" or "its" or "their" or "a" or "an"))))
            {
                return false;
            }

            if (t.IsWord)
            {
                previous = t.Lower;
            }

            if (!t.IsWord && t.Kind == TokenKind.Punct && t.Text is not ("," or "“" or "\"" or "-" or "."))
            {
                return false;
            }
        }

        return true;
    }

    private static Frame FrameAt(string text, TextSpan sentence, List<Token> tokens, int i, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes)
    {
        var t = tokens[i];
        if (!t.IsWord || Inside(t.Span, quotes))
        {
            return new Frame(FrameKind.None);
        }

        // "When asked about …": a passive question is no speech frame.
        if (t.Lower == "asked" && i > 0 && tokens[i - 1].Lower is "when" or "was" or "were" or "being" or "if" or "is" or "are" or "been" or "gets" or "got")
        {
            return new Frame(FrameKind.None);
        }

        // "In a line usually attributed to X, "…"", "words attributed to X: "…"": the one the words are put to speaks them.
        if (t.Lower == "attributed" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to" && quotes.Any(q => q.Start >= t.Span.End && q.Start < sentence.End)
            && MentionAfter(tokens, i + 2, mentions, quotes, TitleWord) is { Reference: false, Type: EntityType.Person } attributed)
        {
            return new Frame(FrameKind.Entity, attributed.Entity);
        }

        // "A saying attributed to him is painted on the wall: "…"": the one the pronoun stands for, named before the sentence.
        if (t.Lower == "attributed" && i + 2 < tokens.Count && tokens[i + 1].Lower == "to" && tokens[i + 2].Lower is "him" or "her"
            && quotes.Any(q => q.Start >= t.Span.End && q.Start < sentence.End))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: sentence.Start);
        }

        // ""…," the chronicler X makes him say": the words are put in the mouth of the one "him" stands for, never the writer's,
        // so the pronoun is read from the sentence's start: no one this sentence names before it is "him".
        if (t.Lower is "say" or "speak" && i > 1 && tokens[i - 1].Lower is "him" or "her" && tokens[i - 2].Lower is "makes" or "made" or "make" or "has" or "had"
            && quotes.Any(q => q.Overlaps(sentence)))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: sentence.Start);
        }

        // "according to X", "according to a statement from X", "according to a spokesman for X"
        if (t.Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
        {
            // "According to her, …": the pronoun's person.
            if (i + 2 < tokens.Count && tokens[i + 2].Lower is "him" or "her")
            {
                return new Frame(FrameKind.Pronoun, PronounAt: tokens[i + 2].Span.Start);
            }

            var after = MentionAfter(tokens, i + 2, mentions, quotes, SourceWord);
            if (after is { } a && a.Type != EntityType.Place)
            {
                return new Frame(FrameKind.Entity, a.Entity);
            }

            // "According to the township's ranger, X, …", "according to the archivist who helped us with the map, Dr X, …": the person a
            // described source names in apposition.
            return AppositionAfter(tokens, i + 2, mentions, quotes) is { } named ? new Frame(FrameKind.Entity, named.Entity) : new Frame(FrameKind.Anonymous);
        }

        // "how he put it:" speaks as "said" does.
        var putIt = t.Lower == "put" && i + 1 < tokens.Count && tokens[i + 1].Lower == "it";

        // "X used to say, "…"", "X would say": a habit of speech is speech.
        putIt |= t.Lower == "say" && i > 1 && ((tokens[i - 1].Lower == "to" && tokens[i - 2].Lower == "used") || tokens[i - 1].Lower is "would" or "he'd" or "she'd" or "he’d" or "she’d")
            && quotes.Any(q => q.Start >= t.Span.End && q.Start < sentence.End);

        // "X has described the deal as "…"", "X called it "…"": a verb of naming speaks when a quotation follows it.
        var naming = t.Lower is "described" or "describes" or "describing" or "called" or "calls" or "calling" or "termed" or "dubbed" or "branded"
            && quotes.Any(q => q.Start >= t.Span.End && q.Start < sentence.End);
        var participle = t.Lower is "saying" or "adding" or "arguing" or "insisting" or "noting" or "warning" or "stating" or "claiming" && i > 0 && tokens[i - 1].Text == ",";

        // "Quotes Prime Minister X, visiting Y, as saying: …", "X was quoted as saying": the one quoted speaks.
        if (t.Lower == "saying" && i > 1 && tokens[i - 1].Lower == "as")
        {
            var quoting = -1;
            for (var k = i - 2; k >= 0 && k >= i - 20; k--)
            {
                if (tokens[k].Lower is "quotes" or "quoted" or "quoting" or "quote")
                {
                    quoting = k;
                    break;
                }
            }

            if (quoting >= 0)
            {
                if (MentionAfter(tokens, quoting + 1, mentions, quotes, TitleWord) is { Reference: false } quotedOne && quotedOne.Type != EntityType.Place)
                {
                    return new Frame(FrameKind.Entity, quotedOne.Entity);
                }

                if (mentions.LastOrDefault(m => m.Span.End <= tokens[quoting].Span.Start && m.Span.Start >= sentence.Start && !Inside(m.Span, quotes)) is { Span.Length: > 0, Reference: false } quotedSubject
                    && quotedSubject.Type != EntityType.Place)
                {
                    return new Frame(FrameKind.Entity, quotedSubject.Entity);
                }
            }
        }

        // ""…," her letter ends": what a text does with its words ("ends", "reads", "concludes") speaks for its writer.
        var textVerb = i > 1 && tokens[i - 2].Lower is "his" or "her" && IsWrittenSource(tokens[i - 1].Lower)
            && t.Lower is "ends" or "ended" or "reads" or "read" or "concludes" or "concluded" or "closes" or "closed" or "continues" or "continued" or "begins" or "began" or "opens" or "opened";
        if (!(putIt || naming || participle || textVerb || SpeechLexicon.Verbs.Contains(t.Lower)) || char.IsUpper(t.Text[0]))
        {
            return new Frame(FrameKind.None);
        }

        // "reports of fighting", "subsequently reports of X taking …": a speech verb that is also a plural noun is the noun before
        // "of".
        if (t.Lower == "reports" && i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "about" or "from" or "suggest" or "said" or "say")
        {
            return new Frame(FrameKind.None);
        }

        // "he said", "she told me", "he also said", "she later told", ""…," he'd say"
        if (i > 0 && tokens[i - 1].Lower is "he" or "she" or "he'd" or "she'd" or "he’d" or "she’d")
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 1].Span.Start);
        }

        if (i > 1 && tokens[i - 2].Lower is "he" or "she" && tokens[i - 1] is { IsWord: true, IsCapitalized: false, Lower: not ("that" or "who" or "which") })
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 2].Span.Start);
        }

        // "she paused and said:", "he turned and added": a verb of her own, then "and" and the speech verb.
        if (i > 2 && tokens[i - 1].Lower == "and" && tokens[i - 3].Lower is "he" or "she"
            && tokens[i - 2] is { IsWord: true, IsCapitalized: false } own && own.Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 3].Span.Start);
        }

        // ""…," his statement said", "her letter says": the words of the one the pronoun stands for.
        if (i > 1 && tokens[i - 2].Lower is "his" or "her" && IsWrittenSource(tokens[i - 1].Lower))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 2].Span.Start);
        }

        // "the president said", "the general told reporters": a title standing for a person named before, as "he" does.
        if (i > 1 && tokens[i - 2].Lower == "the" && tokens[i - 1] is { IsWord: true, IsCapitalized: false } titleWord && !IsSpokesWord(titleWord.Lower)
            && TitleWords.Contains(titleWord.Lower))
        {
            // The one the title introduced in an apposition ("the general, a veteran named X"), else the one "he" would be.
            return IntroducedAPerson(text, sentence.Start, titleWord.Lower) is int titleHolder ? new Frame(FrameKind.Introduced, PronounAt: titleHolder)
                : new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 2].Span.Start);
        }

        // "the pilot told me" after "The ferry pilot, a retired sailor named X": a noun that introduced a person in the text
        // before (in an apposition, either way round) stands for that person, as "he" does.
        if (i > 1 && tokens[i - 2].Lower == "the" && tokens[i - 1] is { IsWord: true, IsCapitalized: false } roleNoun && roleNoun.Lower.Length > 2
            && !IsSpokesWord(roleNoun.Lower) && !TitleWords.Contains(roleNoun.Lower) && !NameLexicon.OrgHeads.Contains(roleNoun.Lower)
            && !NameLexicon.GroupFollowers.Contains(roleNoun.Lower) && !NameLexicon.GroupIntroducers.Contains(roleNoun.Lower)
            && IntroducedAPerson(text, sentence.Start, roleNoun.Lower) is int nameAt)
        {
            return new Frame(FrameKind.Introduced, PronounAt: nameAt);
        }

        // "The Interior Minister told …", "the Prime Minister said": a capitalized office with up to two words of portfolio.
        if (i > 1 && tokens[i - 1] is { IsWord: true, IsCapitalized: true } office && TitleWords.Contains(office.Lower) && !IsSpokesWord(office.Lower)
            && Enumerable.Range(1, 3).FirstOrDefault(k => i - 1 - k >= 0 && tokens[i - 1 - k].Lower == "the"
                && Enumerable.Range(i - k, k - 1).All(j => tokens[j] is { IsWord: true, IsCapitalized: true })) is var back and > 0
            && !mentions.Any(m => m.Span.Start >= tokens[i - 1 - back].Span.Start && m.Span.End <= t.Span.Start))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 1 - back].Span.Start);
        }

        // "the President of the Republic said", "the Minister of the Interior told": an office of the state standing for its holder.
        if (i > 4 && tokens[i - 5].Lower == "the" && TitleWords.Contains(tokens[i - 4].Lower) && !IsSpokesWord(tokens[i - 4].Lower) && tokens[i - 3].Lower == "of"
            && tokens[i - 2].Lower == "the" && tokens[i - 1] is { IsWord: true, IsCapitalized: true }
            && !mentions.Any(m => m.Span.Start >= tokens[i - 1].Span.Start && m.Span.End <= t.Span.Start && m.Type == EntityType.Group && RecentActors.IsProperName(m.Span.Slice(text))))
        {
            return new Frame(FrameKind.Pronoun, PronounAt: tokens[i - 5].Span.Start);
        }

                // "It said at the time that …": the group the sentence before opened with.
        if (i > 0 && tokens[i - 1].Text is "It" && (i == 1 || tokens[i - 2].Kind == TokenKind.Punct))
        {
            return new Frame(FrameKind.GroupPronoun);
        }

        // "In the statement it sent to the press it said …": a lower-case "it" as the speech verb's subject, after no actor of its own.
        if (i > 1 && tokens[i - 1].Text is "it" && tokens[i - 2].Lower is not ("that" or "which" or "what" or "as" or "than" or "if" or "whether")
            && !mentions.Any(m => m.Span.End <= t.Span.Start && m.Span.Start >= sentence.Start && m.Type != EntityType.Place && !Inside(m.Span, quotes))
            && quotes.Any(q => q.Start > t.Span.End && q.Start < sentence.End))
        {
            return new Frame(FrameKind.GroupPronoun);
        }

        // "The Kessa Commission, which reported in 1999, found … and it concluded that "…"": "it" after "and" or a comma is
        // the group the sentence opens with.
        if (i > 1 && tokens[i - 1].Text is "it" && tokens[i - 2].Text is "and" or ","
            && mentions.FirstOrDefault(m => m.Span.Start >= sentence.Start && m.Span.End <= t.Span.Start && !Inside(m.Span, quotes)) is { Span.Length: > 0 } opener
            && opener.Type == EntityType.Group && !opener.Reference && OpensSentence(text, sentence, opener.Span)
            && quotes.Any(q => q.Start > t.Span.End && q.Start < sentence.End))
        {
            return new Frame(FrameKind.Entity, opener.Entity);
        }

        // "The Zayudi Front refused to sign, saying …": a participle after a comma speaks for the sentence's subject.
        // A record's cells ("[3] X statement | 2 May 2021 | The Y, which …, says"): the verb's subject is in its own cell.
        var cell = CellStart(text, sentence.Start, t.Span.Start);
        var before = mentions.Where(m => m.Span.End <= t.Span.Start && m.Span.Start >= cell && !Inside(m.Span, quotes)).ToList();

        // "The X issued a statement in Y calling it "…"", "An X statement released in Y praised "…"": what a statement says
        // is the words of the actor the sentence opens with, the statement's author.
        if (before.FirstOrDefault(m => !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0, Reference: false } author && author.Type != EntityType.Place
            && OpensSentence(text, sentence, author.Span) && !before.Any(m => m.Type == EntityType.Person && m.Span.Start > author.Span.Start)
            && tokens.Any(k => k.Span.Start >= author.Span.End && k.Span.End <= t.Span.Start && IsWrittenSource(k.Lower)
                && (k.Span.Start - author.Span.End <= 1 || (participle || t.Lower.EndsWith("ing", StringComparison.Ordinal)))))
        {
            return new Frame(FrameKind.Entity, author.Entity);
        }
        if (participle && before.FirstOrDefault(m => !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0, Reference: false } subject && subject.Type != EntityType.Place
            && OpensSentence(text, sentence, subject.Span))
        {
            return new Frame(FrameKind.Entity, subject.Entity);
        }

        // "the organisation announced": the group the story is about.
        if (i > 1 && tokens[i - 2].Lower == "the" && tokens[i - 1].Lower is "organisation" or "organization" or "group" or "movement" or "militia" or "front" or "party" or "faction" or "alliance" or "coalition" or "cartel" or "network")
        {
            return new Frame(FrameKind.GroupNoun);
        }

        // "the Zayudi Front declared" right before the verb outweighs a person named further back ("X read the letter in which Y declared");
        // not the person's own institution ("X of the Kessa Institute writes", "X of the Kessa Institute (KI) said").
        var adjacentFrom = before.Count - 1;
        while (adjacentFrom > 0 && before[adjacentFrom - 1].Entity == before[^1].Entity)
        {
            adjacentFrom--;
        }

        if (before.Count > 0 && before[^1] is { Reference: false } adjacent && adjacent.Type == EntityType.Group
            && text.AsSpan(adjacent.Span.End, t.Span.Start - adjacent.Span.End).Trim().TrimStart(')').Trim().Length == 0
            && !(adjacentFrom > 0 && before[adjacentFrom - 1].Type == EntityType.Person
                && OfBetween.IsMatch(text.AsSpan(before[adjacentFrom - 1].Span.End, before[adjacentFrom].Span.Start - before[adjacentFrom - 1].Span.End))))
        {
            return new Frame(FrameKind.Entity, adjacent.Entity);
        }

        // "The Sikh Federation (UK), which had campaigned for X's removal, said …", "the Kessa Front later told …": a group
        // that opens the sentence speaks past a bracket, its own relative clause or an adverb, when no person stands between.
        if (before.FirstOrDefault(m => !SpeakerLabels.IsLabel(text, m.Span)) is { Span.Length: > 0, Reference: false } groupSubject && groupSubject.Type == EntityType.Group
            && OpensSentence(text, sentence, groupSubject.Span) && GroupSubjectTo().Match(text, groupSubject.Span.End, t.Span.Start - groupSubject.Span.End) is { Success: true } clause
            && !before.Any(m => m.Type == EntityType.Person && !(clause.Groups["rel"].Success && m.Span.Start >= clause.Groups["rel"].Index && m.Span.End <= clause.Groups["rel"].Index + clause.Groups["rel"].Length)))
        {
            return new Frame(FrameKind.Entity, groupSubject.Entity);
        }

        // "X said": the nearest person before the verb, outside quotations, else a group or place right before it;
        // "the Foreign Secretary also said": a title standing for a person named earlier, right before the verb.
        // "X, Y's deputy, said": a possessor inside an apposition is not the one who speaks.
        var person = before.LastOrDefault(m => m.Type == EntityType.Person && (!m.Reference || Adjacent(tokens, m.Span.End, i)) && !PossessorAt(text, m.Span.End)
            && !SpeakerLabels.IsLabel(text, m.Span));

        // "Sultan X, who has ruled since he deposed his father, Y, in 1970, said …": a person inside the relative clause after the
        // subject does not speak; the subject does.
        if (person.Span.Length > 0 && before.FirstOrDefault(m => m.Type == EntityType.Person && !m.Reference && m.Span.End < person.Span.Start
            && RelativeClauseTo().IsMatch(text.AsSpan(m.Span.End, t.Span.Start - m.Span.End))) is { Span.Length: > 0 } relativeSubject)
        {
            person = relativeSubject;
        }
        // "X (a cousin of the accused Y), said": a person inside a bracket after the subject does not speak.
        if (person.Span.Length > 0 && before.LastOrDefault(m => m.Type == EntityType.Person && !m.Reference && m.Span.End < person.Span.Start) is { Span.Length: > 0 } outer
            && BracketTo().IsMatch(text.AsSpan(outer.Span.End, t.Span.Start - outer.Span.End)))
        {
            person = outer;
        }

        if (person.Span.Length > 0 && NoSpeechBetween(tokens, person.Span.End, t.Span.Start))
        {
            return new Frame(FrameKind.Entity, person.Entity);
        }

        before.RemoveAll(m => m.Reference);
        if (before.Count > 0 && before[^1] is var last && last.Type != EntityType.Person && text.AsSpan(last.Span.End, t.Span.Start - last.Span.End).Trim().Length == 0
            && !(last.Type == EntityType.Place && tokens.LastOrDefault(k => k.Span.End <= last.Span.Start) is { Lower: "in" or "at" or "from" or "near" or "across" or "outside" or "inside" or "to" }))
        {
            return new Frame(FrameKind.Entity, last.Entity);
        }

        // "said Under Secretary for Trade and Energy Laura K. Benton", "says the historian Dr Ana Ruiz": a person after the title
        // written onto the name or a role noun
        // (not "it was said for Benton": the passive names no speaker after the verb); "said museum director Ana Velt": a plain word
        // before the title or role noun qualifies it.
        var qualified = i + 2 < tokens.Count && tokens[i + 1] is { IsWord: true, IsCapitalized: false } && tokens[i + 2] is { IsWord: true, IsCapitalized: false } role
            && (TitleWord(role.Lower) || NameLexicon.RoleNouns.Contains(role.Lower));
        // "says superintendent X": a bare role noun before the name.
        var bareRole = i + 2 < tokens.Count && tokens[i + 1] is { IsWord: true, IsCapitalized: false } bare && (TitleWord(bare.Lower) || NameLexicon.RoleNouns.Contains(bare.Lower))
            && tokens[i + 2].IsCapitalized;
        if (i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized || tokens[i + 1].Lower == "the" || qualified || bareRole) && !(i > 0 && tokens[i - 1].Lower is "be" or "been" or "being" or "is" or "was" or "are" or "were")
            && MentionAfter(tokens, qualified ? i + 2 : i + 1, mentions, quotes, w => TitleWord(w) || NameLexicon.RoleNouns.Contains(w), EntityType.Person) is { } titled)
        {
            return new Frame(FrameKind.Entity, titled.Entity);
        }

        // "said X", "said X, a spokesman for …"; not "said of X" or "spoke to X": what is spoken of or to does not speak.
        // Not "described X as …", "called X …": what a naming verb names is its object; but "a channel named X, which …, shared"
        // introduces X, who then speaks.
        var introduces = naming && i > 1 && tokens[i - 1] is { IsWord: true, IsCapitalized: false }
            && (tokens[i - 2].Lower is "a" or "an" or "the" || (i > 2 && tokens[i - 3].Lower is "a" or "an" or "the" && tokens[i - 2].IsWord));
        // "said The Ledger": a publication's article, capitalized, stands outside its name (a lower-case "the" opens an object:
        // "described the X as …").
        var next = mentions.FirstOrDefault(m => m.Span.Start >= t.Span.End && (m.Span.Start - t.Span.End <= 4
            || (m.Span.Start - t.Span.End <= 6 && text.AsSpan(t.Span.End, m.Span.Start - t.Span.End).Trim() is "The")) && !Inside(m.Span, quotes));
        if (next.Span.Length > 0 && next.Type != EntityType.Place && (!naming || introduces)
            && !(i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "about" or "to" or "on" && tokens[i + 1].Span.End <= next.Span.Start))
        {
            return new Frame(FrameKind.Entity, next.Entity);
        }

        // "said its spokesperson, X", "said the group's deputy leader, X", "says our Director, X": the person the role
        // introduces (a title may be capitalized).
        if (i + 2 < tokens.Count && tokens[i + 1].Lower is "its" or "their" or "the" or "his" or "her" or "a" or "an" or "our" or "my")
        {
            var j = i + 2;
            // "said the club's history secretary, X", "says the Chief Referee, X": a plain word may qualify the role after it, and a
            // role may be capitalized as an office.
            bool RoleWord(string w) => TitleWord(w) || IsSpokesWord(w) || NameLexicon.RoleNouns.Contains(w) || NameLexicon.RoleModifiers.Contains(w);
            while (j < tokens.Count && j < i + 8 && (tokens[j].Kind == TokenKind.Possessive
                || (j == i + 2 && j + 1 < tokens.Count && tokens[j] is { IsWord: true, IsCapitalized: false } && tokens[j + 1].Kind == TokenKind.Possessive)
                || (tokens[j].IsWord && (!tokens[j].IsCapitalized || TitleWords.Contains(tokens[j].Lower) || NameLexicon.RoleNouns.Contains(tokens[j].Lower)
                    || NameLexicon.RoleModifiers.Contains(tokens[j].Lower)) && RoleWord(tokens[j].Lower))
                || (j > i + 2 && tokens[j] is { IsWord: true, IsCapitalized: false } && j + 1 < tokens.Count && tokens[j + 1] is { IsWord: true } after
                    && RoleWord(after.Lower) && !NameLexicon.RoleModifiers.Contains(after.Lower))))
            {
                j++;
            }

            // "says the Foreign Secretary, X": a title of two words.
            if (j == i + 2 && j + 2 < tokens.Count && tokens[j].IsCapitalized && tokens[j + 1].IsCapitalized && tokens[j + 2].Text == ","
                && Array.IndexOf(NameLexicon.Titles, tokens[j].Lower + " " + tokens[j + 1].Lower) >= 0)
            {
                j += 2;
            }

            // "says our owner, X", "said the designer, X", "says our historical adviser, X": one or two plain words after "our",
            // "their" or "the" before the comma and the name.
            if (j <= i + 3 && tokens[i + 1].Lower is "our" or "their" or "my" or "the" && j + 2 < tokens.Count && tokens[j] is { IsWord: true, IsCapitalized: false })
            {
                if (tokens[j + 1].Text == ",")
                {
                    j++;
                }
                else if (j == i + 2 && j + 3 < tokens.Count && tokens[j + 1] is { IsWord: true, IsCapitalized: false } && tokens[j + 2].Text == ",")
                {
                    j += 2;
                }
            }

            // The name may come after its title ("…, Dr. Ana Velt"), which the mention leaves out.
            var named = j + 1;
            while (named + 1 < tokens.Count && named < j + 4 && (tokens[named].Text == "." || (tokens[named].IsWord && TitleWords.Contains(tokens[named].Undotted.ToLowerInvariant()))))
            {
                named++;
            }

            if (j > i + 2 && named < tokens.Count && tokens[j].Text == "," && StartingAt(tokens[named].Span.Start, mentions, quotes, EntityType.Person) is { } introduced)
            {
                return new Frame(FrameKind.Entity, introduced.Entity);
            }
        }

        // "said a spokesman for X", "said a spokeswoman of X": the group speaks.
        if (i + 2 < tokens.Count && tokens[i + 1].Lower is "a" or "an" or "the" && IsSpokesWord(tokens[i + 2].Lower)
            && MentionAfter(tokens, i + 3, mentions, quotes, w => w is "for" or "of" or "the") is { Type: EntityType.Group } spoken)
        {
            return new Frame(FrameKind.Entity, spoken.Entity);
        }

        // "a spokesman for X said", "an X spokesman said": the group speaks.
        var group = before.LastOrDefault(m => m.Type == EntityType.Group);
        if (group.Span.Length > 0 && tokens.Any(k => k.Span.End <= t.Span.Start && IsSpokesWord(k.Lower)))
        {
            return new Frame(FrameKind.Entity, group.Entity);
        }

        // "one said", "officials said": someone speaks, but no one we know.
        return new Frame(FrameKind.Anonymous);
    }

    // "'s last order to his men: "": a possessive, up to three words, a noun of what was said, no clause break.
    // "The court rejected X's appeal: "…"": what answers the possessor's words speaks after the colon, not the possessor.
    private static readonly Regex AnsweredBefore = new(@"\b(?:rejected|dismissed|denied|refused|answered|granted|upheld|overturned|quashed|ignored|turned\s+down)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex UtteranceAfterPossessor = new(@"\G['’]s\s+(?:[\w-]+\s+){0,3}?(?:" + string.Join("|", SpeechLexicon.UtteranceNouns.Select(Regex.Escape))
        + @")\b[^""“”:;.]{0,60}:\s*[""“‘']?$", RegexOptions.CultureInvariant);

    // "In his words:", "her reply was short:": a possessive pronoun, a noun of what was said (Data/utterance-nouns.txt), a colon;
    // or the idiom "put words into his mouth:".
    private static readonly Regex PronounUtterance = new(@"(?:(?<![\w'’])(?<p>(?-i:[Hh]is|[Hh]er))\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:"
        + string.Join("|", SpeechLexicon.UtteranceNouns.Select(Regex.Escape)) + @")\b|\bwords\s+in(?:to)?\s+(?<p>(?-i:his|her))\s+mouth\b)[^""“”:;.]{0,60}:\s*[""“‘']?$", RegexOptions.CultureInvariant);

    // The introduction patterns by noun, compiled once: the nouns that stand for a person ("the pilot") are few, and each is
    // looked for over up to 3,000 characters.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Introductions = new(StringComparer.Ordinal);

    private static Regex IntroductionOf(string noun)
    {
        if (Introductions.TryGetValue(noun, out var found))
        {
            return found;
        }

        if (Introductions.Count > 512)
        {
            Introductions.Clear();
        }

        var n = Regex.Escape(noun);
        return Introductions.GetOrAdd(noun, _ => new Regex(
            $@"\b{n},\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,4}}?(?:named\s+|called\s+)?(?<name>\p{{Lu}}[\p{{L}}'’-]+\s+\p{{Lu}}[\p{{L}}'’-]+)|(?<name>\p{{Lu}}[\p{{L}}'’-]+\s+\p{{Lu}}[\p{{L}}'’-]+),\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){{0,2}}?{n}\b",
            RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200)));
    }

    /// <summary>
    /// Where the name of the person <paramref name="noun"/> last introduced in the text before <paramref name="before"/> (up
    /// to 3,000 characters back) starts: "the ferry pilot, a retired sailor named Ana Ruiz", or "Ana Ruiz, the ferry pilot";
    /// else null.
    /// </summary>
    private static int? IntroducedAPerson(string text, int before, string noun)
    {
        var from = Math.Max(0, before - 3000);
        if (text.AsSpan(from, before - from).IndexOf(noun, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        try
        {
            // The last introduction before the sentence.
            var found = IntroductionOf(noun).Match(text, from, before - from);
            return found.Success ? found.Groups["name"].Index : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static readonly Regex OfBetween = new(@"^\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant);

    // Between a credit's dash and its name: up to four capitalized title words ("Gen Sir", "Lt Col", "Dr.").
    private static readonly Regex CreditTitles = new(@"^(?:\s*>)*\s*(?:—|–|--|-|[*_])\s*(?:(?-i:[A-Z])[\w.]*\s+){1,4}$", RegexOptions.CultureInvariant);

    // Between a credit's opening bracket and its name: up to three capitalized title words ("Elder", "Dr.", "Lt Col").
    private static readonly Regex BracketTitles = new(@"^(?:(?-i:[A-Z])[\w.]*\s+){1,3}$", RegexOptions.CultureInvariant);

    /// <summary>Whether only spaces and a full stop stand between <paramref name="at"/> and the end of its line.</summary>
    private static bool LineEndsAt(string text, int at)
    {
        for (var i = at; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] is not (' ' or '.' or '\r' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpokesWord(string lower) => lower.StartsWith("spokes", StringComparison.Ordinal);

    /// <summary>Lower-case words of a title ("Minister of State for Trade and Energy", "the group's commander").</summary>
    private static bool TitleWord(string lower) => lower is "of" or "for" or "the" or "and" or "on" or "in" or "to" or "at" or "&" || TitleWords.Contains(lower.TrimEnd('.'));

    /// <summary>
    /// A person named in apposition after a described source: a determiner, up to twelve words with no mention, quotation or
    /// sentence end, a comma, the person's name and a comma ("the archivist who helped us with the map, Dr X, …").
    /// </summary>
    private static MentionRef? AppositionAfter(List<Token> tokens, int from, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes)
    {
        if (from >= tokens.Count || tokens[from].Lower is not ("the" or "a" or "an" or "our" or "my" or "his" or "her" or "their" or "its"))
        {
            return null;
        }

        for (var j = from + 1; j < tokens.Count && j < from + 14; j++)
        {
            if (tokens[j].Text == "," && j + 1 < tokens.Count)
            {
                var k = j + 1;
                while (k + 1 < tokens.Count && k < j + 4 && (tokens[k].Text == "." || TitleWords.Contains(tokens[k].Lower.TrimEnd('.'))) && StartingAt(tokens[k].Span.Start, mentions, quotes, EntityType.Person) is null)
                {
                    k++;
                }

                return StartingAt(tokens[k].Span.Start, mentions, quotes, EntityType.Person) is { } m && NextToken(tokens, m.Span.End) is { Text: "," } ? m : null;
            }

            if (!tokens[j].IsWord && tokens[j].Kind != TokenKind.Possessive || StartingAt(tokens[j].Span.Start, mentions, quotes, null) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Words that lead from "according to" to the source ("a statement from", "a report by the", "the spokesman of").</summary>
    private static bool SourceWord(string lower) =>
        lower is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "from" or "by" or "of" or "for" or "released" or "issued" or "published"
        || IsSpokesWord(lower) || SpeechLexicon.SourceNouns.Contains(lower);

    /// <summary>
    /// The first mention (outside quotations, of the type <paramref name="only"/> when given) that starts at one of the tokens
    /// from <paramref name="from"/> on, passing only capitalized words, lower-case words <paramref name="allowed"/> lets
    /// through, possessives, dots and hyphens, at most twenty tokens.
    /// </summary>
    private static MentionRef? MentionAfter(List<Token> tokens, int from, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes, Func<string, bool> allowed, EntityType? only = null)
    {
        for (var j = from; j < tokens.Count && j < from + 20; j++)
        {
            var k = tokens[j];
            if (StartingAt(k.Span.Start, mentions, quotes, only) is { } m)
            {
                // "Under Secretary for Refugee Affairs Laura K. Benton": when names follow each other, the last is the person's.
                while (only is not null && NextToken(tokens, m.Span.End) is { } after && StartingAt(after.Span.Start, mentions, quotes, only) is { } next)
                {
                    m = next;
                }

                return m;
            }

            var passes = k.Kind switch
            {
                TokenKind.Word => k.IsCapitalized || allowed(k.Lower),
                TokenKind.Possessive => true,
                TokenKind.Punct => k.Text is "-" or ".",
                _ => false,
            };
            if (!passes)
            {
                return null;
            }
        }

        return null;
    }

    private static MentionRef? StartingAt(int start, List<MentionRef> mentions, IReadOnlyList<TextSpan> quotes, EntityType? only)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start == start && !m.Reference && !Inside(m.Span, quotes) && (only is null || m.Type == only))
            {
                return m;
            }
        }

        return null;
    }

    private static Token? NextToken(List<Token> tokens, int end)
    {
        foreach (var t in tokens)
        {
            if (t.Span.Start >= end)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Only lower-case words ("also", "later") stand between a mention ending at <paramref name="end"/> and the verb at token <paramref name="verb"/>.</summary>
    private static bool Adjacent(List<Token> tokens, int end, int verb)
    {
        var between = 0;
        for (var j = verb - 1; j >= 0 && tokens[j].Span.Start >= end; j--)
        {
            if (!tokens[j].IsWord || tokens[j].IsCapitalized || ++between > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "He said": the last person who spoke, within reach ("'…,' he added" goes on with the speaker even after narration
    /// names someone else); with no speaker in reach, the last person named in reach ("X founded the group. He claimed …").
    /// </summary>
    private static int? LastNamed((int Entity, int Passage)? speaker, int? personInReach, int passage) =>
        speaker is { } s && passage - s.Passage <= PronounReach ? s.Entity : personInReach;

    /// <summary>
    /// The speaker of each body passage in a transcript: the label opening it, or the last label before it (null: a label
    /// naming no one known). A heading ends the last label's run: the section under it ("CULTURAL NOTE") is the author's.
    /// </summary>
    private static Dictionary<int, int> LabelSpeakers(IReadOnlyList<Passage> passages, IReadOnlyList<SpeakerLabel>? labels)
    {
        var result = new Dictionary<int, int>();
        if (labels is null || labels.Count == 0)
        {
            return result;
        }

        var byPassage = labels.ToDictionary(l => l.PassageOrdinal, l => l.Speaker);
        int? current = null;
        foreach (var p in passages)
        {
            if (p.Kind == PassageKind.Heading)
            {
                current = null;
                continue;
            }

            if (p.Kind != PassageKind.Body)
            {
                continue;
            }

            current = byPassage.TryGetValue(p.Ordinal, out var speaker) ? speaker : current;
            if (current is int c)
            {
                result[p.Ordinal] = c;
            }
        }

        return result;
    }

    private static bool NoSpeechBetween(List<Token> tokens, int from, int to) =>
        !tokens.Any(t => t.Span.Start >= from && t.Span.End <= to && t.Kind == TokenKind.Punct && t.Text is "." or ";");

    /// <summary>
    /// The person a pronoun in the sentence stands for: the last one named before it, outside quotations. A bare title ("the
    /// Special Envoy") gives way to a person the sentence names ("X, a spokesman for Y, gave the Special Envoy a briefing on
    /// the arms, which he said were …": X).
    /// </summary>
    private static int? PersonBefore(List<MentionRef> mentions, int position, string text, IReadOnlyList<TextSpan> quotes)
    {
        // "Of X she says only, …": the person a sentence opens by speaking about is its topic, not the "she".
        var before = mentions.Where(m => m.Type == EntityType.Person && m.Span.End <= position && !Inside(m.Span, quotes) && !TopicOpener(text, m.Span.Start)).ToList();
        return before.LastOrDefault(m => !m.Reference) is { Span.Length: > 0 } named ? named.Entity : before.Select(m => (int?)m.Entity).LastOrDefault();
    }

    /// <summary>Whether the pronoun at <paramref name="at"/> ("she", "her", "he", "his") clashes with a title written before the person's name.</summary>
    private static bool GenderClash(string text, int at, LocalEntity person)
    {
        var feminine = text.AsSpan(at).StartsWith("she", StringComparison.OrdinalIgnoreCase) || text.AsSpan(at).StartsWith("her", StringComparison.OrdinalIgnoreCase);
        var masculine = text.AsSpan(at).StartsWith("he ", StringComparison.OrdinalIgnoreCase) || text.AsSpan(at).StartsWith("his", StringComparison.OrdinalIgnoreCase);
        if (!feminine && !masculine)
        {
            return false;
        }

        foreach (var m in person.Mentions)
        {
            var before = text.AsSpan(Math.Max(0, m.Span.Start - 8), Math.Min(8, m.Span.Start)).TrimEnd();
            var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..].TrimEnd('.');
            if ((feminine && word is "Mr" or "Sir" or "Lord" or "Monsieur" or "Señor") || (masculine && word is "Mrs" or "Ms" or "Miss" or "Madam" or "Madame" or "Lady" or "Dame" or "Señora"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TopicOpener(string text, int nameStart)
    {
        var k = nameStart;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        var word = k >= 2 && text.AsSpan(k - 2, 2) is "Of" ? 2 : k >= 5 && text.AsSpan(k - 5, 5) is "About" ? 5 : 0;
        return word > 0 && (k == word || !char.IsLetter(text[k - word - 1]));
    }

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

    [GeneratedRegex(@"^(?:(?:An?\s+)?(?:Extract|Excerpt|Passage)s?\s+)?From\s+(?:an?|the|his|her|their|its)?\s*(?:[\w'’-]+\s+){0,4}?(?:memoirs?|diar(?:y|ies)|letters?|communiqu[ée]s?|statements?|speech(?:es)?|interviews?|testimony|manifesto|leaflets?|broadcasts?|articles?|books?|reports?|declarations?|notes?|recollections?|autobiography|account|address|sermon|messages?|posts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceOpening();

    [GeneratedRegex(@"^(?:\s+(?:itself|also|then|later|again|publicly|formally|officially))*\s+(?:said|says|announced|announces|declared|declares|stated|states|claimed|claims|warned|warns|insisted|denied|vowed|threatened|pledged|promised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupSpoke();

    // From a subject's end to its verb: a relative clause set off by commas, and no quotation in it.
    [GeneratedRegex(@"^,\s+(?:who|whose)\s[^""“”;]{1,200},\s*(?:[a-z]+\s+){0,2}$")]
    private static partial Regex RelativeClauseTo();

    // "X (a cousin of Y), said", "X (Y's brother) told": a bracket after the subject, then the verb.
    [GeneratedRegex(@"^\s*\([^()""“”]{1,160}\)\s*,?\s*(?:[a-z]+\s+){0,2}$")]
    private static partial Regex BracketTo();

    // "Before boarding", "Speaking to reporters": a capitalized first word, then lower-case words only.
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,5}\s*$")]
    private static partial Regex LowerPhrase();

    // From a group's name to its speech verb: a bracket ("(UK)"), a relative clause set off by commas, an adverb or two.
    [GeneratedRegex(@"^(?:\s*\([^()""“”]{1,40}\))?(?<rel>,\s+(?:which|that|who)\s(?:(?!,\s+and\s)[^""“”;]){1,160},)?(?:,\s+(?:in|through|via)\s+(?:an?|its|the|their)\s+[^,""“”;()]{1,60},)?\s*(?:(?:later|also|then|once|previously|repeatedly|publicly|itself|again|first|soon|quickly|recently|has|had|have|nonetheless|nevertheless|still|instead|meanwhile|thus|therefore|immediately|(?-i:[a-z]){3,}ly)\s+){0,2}$")]
    private static partial Regex GroupSubjectTo();

    /// <summary>A statement, letter, post or broadcast: a source noun that is a text, not a person ("official", "source").</summary>
    private static bool IsWrittenSource(string lower) =>
        SpeechLexicon.SourceNouns.Contains(lower) && lower is not ("official" or "officials" or "source" or "sources" or "spokesperson");

    /// <summary>"Her strongest witness is X, who …": a copula that introduces the person the next "he" stands for.</summary>
    [GeneratedRegex(@"^(?:The|Her|His|Their|Its|Our|My|One|Another|A|An)\s+(?:[\w'’-]+\s+){0,4}(?:is|was)\s+$")]
    private static partial Regex CopularIntroduction();

    /// <summary>A script's cue: a word or two in capitals, then its source in brackets, a colon and the quotation.</summary>
    // ", and its captain, " before a name: the subject of a clause joined by "and" or "but", set off after a role.
    [GeneratedRegex(@"[,;]\s+(?:and|but|while)\s+(?:his|her|their|its|the|our)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Rev)\.?\s+)?$")]
    private static partial Regex CoordinatedSubject();

    // ", Dr. ", ", " before a name: an apposition that introduces it.
    [GeneratedRegex(@",\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Rev)\.?\s+)?$")]
    private static partial Regex IntroducedAfterComma();

    [GeneratedRegex(@"\G\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?\s*\[[^\]\n""“”]{1,120}\]\s*:\s*[""“]?$")]
    private static partial Regex ScriptCue();
}
