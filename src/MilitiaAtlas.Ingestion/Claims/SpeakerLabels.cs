using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>A transcript's speaker label ("THE PRESIDENT:", "Q") opening a body passage, and the person it stands for (an index into the article's entities), if known.</summary>
public sealed record SpeakerLabel(int PassageOrdinal, TextSpan Span, int? Speaker);

/// <summary>The labels of a transcript, with the article's entities (those given, and any speaker named only in a heading).</summary>
public sealed record SpeakerLabelResult(IReadOnlyList<SpeakerLabel> Labels, IReadOnlyList<LocalEntity> Entities)
{
    public static SpeakerLabelResult None(IReadOnlyList<LocalEntity> entities) => new([], entities);
}

/// <summary>
/// Finds the speaker labels of transcripts: a body passage that opens with a name or title in capitals and a
/// colon ("SECRETARY HALVORSEN:", "THE PRESIDENT:", "MR. DUBOIS:"), or with "Q" and a gap, is said by the
/// person the label names, and so is every passage after it up to the next label. A label is resolved to a
/// person of the article: by surname ("HALVORSEN" is "Greta M. Halvorsen"), or by title ("THE PRESIDENT" is
/// the person the headline calls "President"); the headline and byline are read for it, since a transcript
/// often names its speakers only there. The questioner's label ("Q", "QUESTION") stands for the one person
/// the headings introduce with "with", with no title, who is no other label's speaker ("… with Tomas
/// Lindqvist of Radio Norrland"), and for nobody when there is none or several. A label that names no one the article knows is a label all the same:
/// it ends the run of the label before it.
/// </summary>
public static partial class SpeakerLabels
{
    // "SOT COLY:", "SYNC HADDAD:": a television script's cue for recorded sound stands before the speaker's name.
    private static readonly HashSet<string> Honorifics = new(["mr", "mrs", "ms", "miss", "dr", "the", "sot", "sync"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[][] Titles = NameLexicon.Titles
        .Select(t => t.Split(' ').Select(w => w.TrimEnd('.')).ToArray())
        .OrderByDescending(t => t.Length).ToArray();

    /// <summary>
    /// Whether the mention at <paramref name="span"/> is a line's speaker label ("HADDAD:", "MR. HADDAD:", "Lina Haddad:"):
    /// the speaker says "I", so the label is no one a later "he" or "she" can mean.
    /// </summary>
    public static bool IsLabel(string text, TextSpan span)
    {
        // "[Haddad] …" opening a line.
        if (span.End < text.Length && text[span.End] == ']' && span.Start > 0 && text[span.Start - 1] == '[' && (span.Start == 1 || text[span.Start - 2] == '\n'))
        {
            return true;
        }

        if (span.End >= text.Length || text[span.End] != ':')
        {
            return false;
        }

        var lineStart = span.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
            if (span.Start - lineStart > 30)
            {
                return false;
            }
        }

        return text.AsSpan(lineStart, span.Start - lineStart).Count(' ') <= 3;
    }

    /// <summary>The labels of the body passages; <paramref name="headingNames"/> resolves the names of the heading and byline passages, and is called only when a label needs them.</summary>
    public static SpeakerLabelResult Find(string text, IReadOnlyList<Passage> passages, IReadOnlyList<LocalEntity> entities, Func<IReadOnlyList<LocalEntity>> headingNames)
    {
        var found = new List<(Passage Passage, TextSpan Span, string[] Words)>();
        var mixed = new List<(Passage Passage, TextSpan Span, string[] Words)>();
        foreach (var p in passages)
        {
            if (p.Kind != PassageKind.Body)
            {
                continue;
            }

            if (LabelAt(text, p.Span) is var (span, words))
            {
                found.Add((p, span, words));
            }
            else if (MixedCaseLabelAt(text, p.Span) is var (mspan, mwords))
            {
                mixed.Add((p, mspan, mwords));
            }
        }

        // "Dr Tokana:", "Lt Col Hale:": labels in mixed case make a transcript only when three or more passages open with
        // them and one label comes back ("Note:" or "Update:" once is no speaker).
        if (mixed.Count >= 3 && mixed.GroupBy(m => string.Join(' ', m.Words)).Any(g => g.Count() >= 2))
        {
            found = found.Concat(mixed).OrderBy(f => f.Span.Start).ToList();
        }
        else if (mixed.Where(m => m.Words.Length >= 2 && NamesPerson(m.Words, entities)).ToList() is { Count: >= 3 } people
            && people.Count(p => PassageClassifier.ReaderPronoun().IsMatch(text.AsSpan(p.Span.End, p.Passage.Span.End - p.Span.End))) >= 2)
        {
            // A film page's quotes ("Kessa Velt: …" / "Captain Orvano Brisk: …"): three lines or more opened by the whole
            // names of people the article names, each speaking once, two or more of them as "I", "we" or to "you" (a list of
            // who is who, "Kessa Velt: leader of the front.", speaks no one's words).
            found = found.Concat(people).OrderBy(f => f.Span.Start).ToList();
        }

        if (found.Count == 0)
        {
            return SpeakerLabelResult.None(entities);
        }

        var all = entities.ToList();
        IReadOnlyList<LocalEntity>? headings = null;
        IReadOnlyList<LocalEntity> Headings() => headings ??= headingNames().Where(e => e.Type == EntityType.Person).ToList();

        var byLabel = new Dictionary<string, int?>(StringComparer.Ordinal);
        var questioners = new List<string>();
        var answerers = new List<string>();
        foreach (var (_, _, words) in found)
        {
            var key = string.Join(' ', words);
            if (byLabel.ContainsKey(key))
            {
                continue;
            }

            if (words.Length == 1 && SpeechLexicon.QuestionerLabels.Contains(words[0]))
            {
                byLabel[key] = null;
                questioners.Add(key);
                continue;
            }

            if (words.Length == 1 && SpeechLexicon.AnswererLabels.Contains(words[0]))
            {
                byLabel[key] = null;
                answerers.Add(key);
                continue;
            }

            byLabel[key] = Resolve(text, words, all, Headings);
        }

        if (questioners.Count > 0)
        {
            // The questioner is the one person the headings introduce with "with" ("Minister X with Tomas Lindqvist of …",
            // "Interview with …") who answers to no other label and has no title written onto the name: "Minister Ilse
            // Varga" in "… after a meeting with Minister Ilse Varga" is a guest, not the interviewer.
            var speakers = byLabel.Values.OfType<int>().Select(i => all[i]).ToList();
            var others = Headings().Where(h => !speakers.Any(s => SamePerson(s, h)) && h.Mentions.All(m => m.TitleStart is null)
                && h.Mentions.Any(m => AfterWith(text, m.Span.Start))).ToList();
            if (others.Count == 1)
            {
                var q = Adopt(others[0], all);
                foreach (var key in questioners)
                {
                    byLabel[key] = q;
                }
            }
        }

        if (answerers.Count > 0)
        {
            // "A:" is the one who answers: of the people the named labels stand for, in the order they first speak, the one
            // who is not the interviewer (with two or more, the first to speak asks; with one, that one answers unless the
            // questioner's label is theirs).
            var named = found.Select(f => byLabel[string.Join(' ', f.Words)]).OfType<int>().Distinct().ToList();
            var asker = questioners.Select(k => byLabel[k]).OfType<int>().FirstOrDefault(-1);
            var candidates = named.Where(n => n != asker).ToList();
            int? answerer = named.Count >= 2 && asker < 0 ? (named.Count == 2 ? named[1] : null)
                : candidates.Count == 1 ? candidates[0] : null;

            // Bare "Q:" and "A:" with the guest named only in the standfirst: "We asked Huda Tarvo, a senior fellow at …".
            // A sworn statement's title, "Affidavit of DW1: X", names the one who answers as well.
            answerer ??= named.Count == 0 ? Interviewee(text, found.Min(f => f.Span.Start), all)
                ?? (Interviewee(text, found.Min(f => f.Span.Start), Headings().ToList()) is int h ? Adopt(Headings()[h], all) : null) : null;
            foreach (var key in answerers)
            {
                byLabel[key] = answerer;
            }
        }

        var labels = found.Select(f => new SpeakerLabel(f.Passage.Ordinal, f.Span, byLabel[string.Join(' ', f.Words)])).ToList();
        return FoldLabelNames(labels, found.Select(f => f.Words).ToList(), all);
    }

    /// <summary>
    /// A name found only as a label ("TESSIER:" in a subtitle file whose caption names Marie Tessier) is another name of the
    /// person the label stands for, not an actor of its own; a role word found only as a label that stands for no one
    /// ("NARRATOR:", "VOICE:") is structure and no actor at all.
    /// </summary>
    private static SpeakerLabelResult FoldLabelNames(List<SpeakerLabel> labels, List<string[]> words, List<LocalEntity> all)
    {
        // A mention is a label's name when it lies inside the label and every word of it is one of the label's words
        // (not the organization a caption names after the person).
        SpeakerLabel? NameOf(EntityMention m)
        {
            var k = labels.FindIndex(l => l.Span.Start <= m.Span.Start && m.Span.End <= l.Span.End);
            return k >= 0 && (m.Surface.Split(' ').All(w => words[k].Contains(LabelKey(w))) || NumberedQuestion().IsMatch(m.Surface)) ? labels[k] : null;
        }

        var into = new Dictionary<int, int?>();
        for (var e = 0; e < all.Count; e++)
        {
            var mine = all[e].Mentions.Select(NameOf).ToList();
            if (mine.Count == 0 || mine.Any(l => l is null))
            {
                continue;
            }

            var speakers = mine.Select(l => l!.Speaker).Distinct().ToList();
            if (all[e].Mentions.All(m => NumberedQuestion().IsMatch(m.Surface)))
            {
                // "A1", "Q7": a question's or an answer's number, no name at all.
                into[e] = null;
            }
            else if (speakers is [int p] && p != e && all[p].Type == EntityType.Person)
            {
                into[e] = p;
            }
            else if (speakers is [null] && all[e].Mentions.All(m => m.Surface.ToLowerInvariant() is var w && (SpeechLexicon.NarratorLabels.Contains(w) || NameLexicon.IsCommon(w) || NameLexicon.RoleNouns.Contains(w))))
            {
                into[e] = null;
            }
        }

        if (into.Count == 0)
        {
            return new SpeakerLabelResult(labels, all);
        }

        var index = new int[all.Count];
        var kept = new List<LocalEntity>();
        for (var e = 0; e < all.Count; e++)
        {
            index[e] = into.ContainsKey(e) ? -1 : kept.Count;
            if (!into.ContainsKey(e))
            {
                kept.Add(all[e]);
            }
        }

        foreach (var (e, p) in into)
        {
            if (p is int person)
            {
                var target = kept[index[person]];
                kept[index[person]] = target with { Mentions = target.Mentions.Concat(all[e].Mentions.Select(m => m with { IsReference = true })).OrderBy(m => m.Span.Start).ToList() };
            }
        }

        return new SpeakerLabelResult(labels.Select(l => l with { Speaker = l.Speaker is int sp ? index[sp] : null }).ToList(), kept);
    }

    /// <summary>
    /// A label in mixed case at the start of a passage ("Dr Velturo:", "Lt Col Brisk:", "Senator Velder:", "Idris bin
    /// Haddu:"): one to five capitalized words (a name's particles between them) and a colon, after a question's number
    /// ("Q14 Senator Velder:") if there is one; its span and words as <see cref="LabelAt"/> gives them.
    /// </summary>
    private static (TextSpan Span, string[] Words)? MixedCaseLabelAt(string text, TextSpan passage)
    {
        var s = LabelStart(text, passage);
        var end = Math.Min(passage.End, s + 48);
        var colon = text.IndexOf(':', s, end - s);
        if (colon <= s || text.IndexOf('\n', s, colon - s) >= 0)
        {
            return null;
        }

        var label = text[s..colon];
        var words = label.Split(' ');
        if (words.Length > 5 || NameLexicon.IsFieldLabel(label)
            || !IsCapitalizedWord(words[0]) || !IsCapitalizedWord(words[^1])
            || !words.All(w => IsCapitalizedWord(w) || NameLexicon.NameParticles.Contains(w)))
        {
            return null;
        }

        return (new TextSpan(passage.Start, colon + 1), words.Select(LabelKey).ToArray());
    }

    [GeneratedRegex(@"^\[(?<tag>(?:CAPTION|ARCHIVE|ON[- ]SCREEN|SUPER|LOWER THIRD|NAME|INTERVIEW|CLIP|SOT)\s*:\s*)?(?<name>[^,\]\n:]{3,60})(?<more>,[^\]\n]{1,100})?\](?=\s*(?:\n|$))")]
    private static partial Regex CaptionLabel();

    /// <summary>A label's word as a key: lower case, without dots ("Lt." is "lt").</summary>
    private static string LabelKey(string word) => word.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>A word of a label in mixed case or in brackets: a capital, then letters, dots, hyphens or apostrophes.</summary>
    private static bool IsCapitalizedWord(string w) => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’');

    /// <summary>
    /// Where the label of a passage starts: after "Q14 ", a question's number opening a committee transcript's line, or after a
    /// time stamp opening a podcast's or a broadcast's line ("[00:10:05] ", "(12:40) "); else the passage start.
    /// </summary>
    private static int LabelStart(string text, TextSpan passage)
    {
        var s = passage.Start;
        if (TimeStamp().Match(text, s, Math.Min(16, passage.Length)) is { Success: true } stamp && stamp.Index + stamp.Length < passage.End)
        {
            return stamp.Index + stamp.Length;
        }

        var i = s + 1;
        if (text[s] != 'Q')
        {
            return s;
        }

        while (i < passage.End && char.IsDigit(text[i]))
        {
            i++;
        }

        return i > s + 1 && i + 1 < passage.End && text[i] == ' ' ? i + 1 : s;
    }

    [GeneratedRegex(@"\G[QA]\d{1,3}(?:[:.](?=[ \t])|$)")]
    private static partial Regex NumberedQuestion();

    [GeneratedRegex(@"\G(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2}) ")]
    private static partial Regex TimeStamp();

    /// <summary>A label at the start of a passage: its span (up to and with the colon, or the "Q") and its words in lower case without dots.</summary>
    private static (TextSpan Span, string[] Words)? LabelAt(string text, TextSpan passage)
    {
        var s = LabelStart(text, passage);
        var end = Math.Min(passage.End, s + 48);

        // "Q1:", "A12.": a numbered question and its answer (a witness statement, a written questionnaire).
        if (text[s] is 'Q' or 'A' && NumberedQuestion().Match(text, s, Math.Min(6, passage.End - s)) is { Success: true, Value: [.., ':' or '.'] } numbered)
        {
            return (new TextSpan(s, s + numbered.Length), [text[s] == 'Q' ? "q" : "a"]);
        }

        // "Q" alone, then a colon, a full stop, a tab or a run of spaces: the questioner.
        if (text[s] == 'Q' && s + 2 < passage.End && (text[s + 1] is ':' or '.' or '\t' || (text[s + 1] == ' ' && text[s + 2] == ' ')))
        {
            return (new TextSpan(s, s + (text[s + 1] is ':' or '.' ? 2 : 1)), ["q"]);
        }

        // "[Haddad] "…"", "[Presenter] …": a monitoring transcript's speaker in square brackets, then a space.
        if (text[s] == '[' && text.IndexOf(']', s, end - s) is var shut and > 1 && shut + 1 < passage.End && text[shut + 1] == ' '
            && text[(s + 1)..shut].Split(' ') is { Length: <= 4 } bracketed
            && bracketed.All(w => w.Length > 1 && IsCapitalizedWord(w)))
        {
            return (new TextSpan(s, shut + 1), bracketed.Select(LabelKey).ToArray());
        }

        // "[CAPTION: Marie Tessier, historian, University of Ghana]", "[ARCHIVE: Premier Robert Bourdon, press conference]": a film's
        // on-screen caption names who speaks next; a tag or a description after a comma tells it from a stage note ("[Applause]").
        if (text[s] == '[' && CaptionLabel().Match(text[s..Math.Min(passage.End, s + 160)]) is { Success: true } cap
            && (cap.Groups["tag"].Success || cap.Groups["more"].Success) && cap.Groups["name"].Value.Trim().Split(' ') is { Length: <= 5 } captioned
            && captioned.All(IsCapitalizedWord))
        {
            return (new TextSpan(s, s + cap.Length), captioned.Select(LabelKey).ToArray());
        }

        // "**Haddad:** …", "**Lina Haddad**: …": a Markdown interview's bold label, in mixed case.
        if (text[s] == '*' && s + 4 < end && text[s + 1] == '*')
        {
            var close = text.IndexOf("**", s + 2, end - s - 2, StringComparison.Ordinal);
            if (close > s + 2)
            {
                var inner = text[(s + 2)..close].Trim();
                var colonInside = inner.EndsWith(':');
                var after = close + 2;
                if ((colonInside || (after < passage.End && text[after] == ':')) && inner.TrimEnd(':').Split(' ') is { Length: <= 4 } parts
                    && parts.All(IsCapitalizedWord))
                {
                    return (new TextSpan(s, colonInside ? after : after + 1), parts.Select(LabelKey).ToArray());
                }
            }
        }

        // Words in capitals (letters, dots, hyphens, apostrophes) separated by single spaces, then a colon.
        var words = new List<string>();
        var i = s;
        while (i < end)
        {
            var w = i;
            var letters = 0;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '.' or '-' or '\'' or '’'))
            {
                if (char.IsLetter(text[i]))
                {
                    // "McDERMOTT": a surname's "Mc" keeps its small c when the rest is shouted.
                    var mc = text[i] == 'c' && i == w + 1 && text[w] == 'M' && i + 1 < end && char.IsUpper(text[i + 1]);
                    if (!char.IsUpper(text[i]) && !mc)
                    {
                        return null;
                    }

                    letters++;
                }

                i++;
            }

            if (letters == 0)
            {
                return null;
            }

            words.Add(LabelKey(text[w..i]));
            if (i < end && text[i] == ':')
            {
                var label = text[s..i];
                return words.Count > 5 || NameLexicon.IsFieldLabel(label) ? null : (new TextSpan(s, i + 1), words.ToArray());
            }

            // "QUESTION (Kessa Radio):": the outlet in brackets after the label.
            if (i + 1 < end && text[i] == ' ' && text[i + 1] == '(' && text.IndexOf(')', i, Math.Min(passage.End, s + 80) - i) is var close and > 0
                && close + 1 < passage.End && text[close + 1] == ':' && text.IndexOf('\n', i, close - i) < 0)
            {
                return words.Count > 5 || NameLexicon.IsFieldLabel(text[s..i]) ? null : (new TextSpan(s, close + 2), words.ToArray());
            }

            if (i >= end || text[i] != ' ')
            {
                return null;
            }

            i++;
        }

        return null;
    }

    /// <summary>A label's title (its first words that are one, after honorifics) and the name words after it.</summary>
    private static (string[]? Title, string[] Name) TitleAndName(string[] words)
    {
        var rest = words.SkipWhile(Honorifics.Contains).ToArray();
        var title = Titles.FirstOrDefault(t => t.Length <= rest.Length && t.Select((w, k) => string.Equals(w, rest[k], StringComparison.OrdinalIgnoreCase)).All(x => x));
        return (title, title is null ? rest : rest[title.Length..]);
    }

    /// <summary>The person a label names: by the name left after honorifics and a title, else by the title alone.</summary>
    private static int? Resolve(string text, string[] words, List<LocalEntity> all, Func<IReadOnlyList<LocalEntity>> headings)
    {
        var (title, name) = TitleAndName(words);
        var role = title is null && name.Length == 1 ? name[0] : title is { Length: 1 } && name.Length == 0 ? title[0].ToLowerInvariant() : null;
        if (role is not null && (role.StartsWith("spokes", StringComparison.Ordinal) || NameLexicon.RoleNouns.Contains(role))
            && (ByRole(text, role, all) ?? (ByRole(text, role, headings().ToList()) is int h ? Adopt(headings()[h], all) : null)) is int byRole)
        {
            // "SPOKESPERSON:": the one person the document calls its spokesperson ("Briefing officer: Colonel X, spokesperson for …").
            return byRole;
        }

        if (name.Length > 0)
        {
            // "SECRETARY HALVORSEN": a person of the body by that surname, else one of the headings. When the body has the
            // surname alone (the labels themselves), the headings' full name is that person: the two become one.
            var match = Unique(all.Index().Where(e => e.Item.Type == EntityType.Person && NamedBy(e.Item, name)).Select(e => e.Index));
            if (match is int m && all[m].HasFullName)
            {
                return m;
            }

            // "VELDER:" in a script that introduced "Ana Velder", where the shouted labels are a person of their own: the one
            // person with a full name by that surname (FoldLabelNames then folds the labels' person into it).
            if (Unique(all.Index().Where(e => e.Item.Type == EntityType.Person && e.Item.HasFullName && NamedBy(e.Item, name)).Select(e => e.Index)) is int fullNamed)
            {
                return fullNamed;
            }

            // "Tendaro:" in a podcast that introduced "Professor Tendaro Mavuso": the one person whose full name opens with it.
            if ((match is null || !all[match.Value].HasFullName) && name.Length == 1 && Unique(all.Index().Where(e => e.Item.Type == EntityType.Person && e.Item.HasFullName
                && FirstWordIs(e.Item, name[0])).Select(e => e.Index)) is int byFirst)
            {
                return byFirst;
            }

            var heading = headings().Where(h => NamedBy(h, name)).ToList();
            if (heading.Count != 1)
            {
                return match;
            }

            if (match is int lone)
            {
                var full = heading[0];
                all[lone] = full with
                {
                    Mentions = full.Mentions.Concat(all[lone].Mentions).OrderBy(x => x.Span.Start).ToList(),
                    Keys = full.Keys.Union(all[lone].Keys).ToList(),
                };
                return lone;
            }

            return Adopt(heading[0], all);
        }

        if (title is null)
        {
            return null;
        }

        // "THE PRESIDENT": the person the headings give that title, else the one the body gives it.
        var phrase = string.Join(' ', title);
        var titled = headings().Where(h => HasTitle(text, h, phrase)).ToList();
        if (titled.Count == 1)
        {
            return Adopt(titled[0], all);
        }

        return titled.Count == 0
            ? Unique(all.Index().Where(e => e.Item.Type == EntityType.Person && HasTitle(text, e.Item, phrase)).Select(e => e.Index))
            : null;
    }

    /// <summary>
    /// The one person whose name the role follows as an apposition ("X, spokesperson for Y", "X, the moderator"), or goes before
    /// ("the governor of Y, General X"); else null.
    /// </summary>
    private static int? ByRole(string text, string role, List<LocalEntity> all)
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"^,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}" + System.Text.RegularExpressions.Regex.Escape(role) + @"\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var before = new System.Text.RegularExpressions.Regex(@"\bthe\s+(?:[\w-]+\s+)?" + System.Text.RegularExpressions.Regex.Escape(role) + @"(?:\s+(?:of|for)\s+[^,;.\n]{1,40})?,\s+(?:\p{Lu}[\w.]*\s+){0,2}$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return Unique(all.Index().Where(e => e.Item.Type == EntityType.Person
            && e.Item.Mentions.Any(m => !m.IsReference && (pattern.IsMatch(text.AsSpan(m.Span.End, Math.Min(60, text.Length - m.Span.End)))
                || before.IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 90), Math.Min(90, m.Span.Start)))))).Select(e => e.Index));
    }

    private static int? Unique(IEnumerable<int> indexes)
    {
        int? found = null;
        foreach (var i in indexes)
        {
            if (found is not null)
            {
                return null;
            }

            found = i;
        }

        return found;
    }

    /// <summary>A person of the headings as an entity of the article: the body's entity for the same person, else the heading's entity, added.</summary>
    private static int Adopt(LocalEntity heading, List<LocalEntity> all)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Type == EntityType.Person && SamePerson(all[i], heading))
            {
                return i;
            }
        }

        all.Add(heading);
        return all.Count - 1;
    }

    /// <summary>Whether a label's words, after honorifics and a title, are two or more last words of a person's name in the article.</summary>
    private static bool NamesPerson(string[] words, IReadOnlyList<LocalEntity> entities)
    {
        var (_, name) = TitleAndName(words);
        return name.Length >= 2 && entities.Any(e => e.Type == EntityType.Person && NamedBy(e, name));
    }

    /// <summary>Whether the label's name words are the last words of one of the person's names (case and spelling folded).</summary>
    private static bool NamedBy(LocalEntity e, string[] name)
    {
        var key = NameKey.Fold(string.Join(' ', name));
        return key.Length > 0 && e.Mentions.Where(m => !m.IsReference).Select(m => NameKey.Fold(m.Surface)).Append(NameKey.Fold(e.Name))
            .Any(f => f == key || f.EndsWith(" " + key, StringComparison.Ordinal));
    }

    /// <summary>
    /// The one person the text before the first label introduces as the one questioned: "We asked X", "spoke to X",
    /// "interviewed Professor X", "sat down with X", "in conversation with X", a witness's "Statement of DW1: X"; else null.
    /// </summary>
    private static int? Interviewee(string text, int firstLabel, List<LocalEntity> all) =>
        Unique(all.Index().Where(e => e.Item.Type == EntityType.Person && e.Item.Mentions.Any(m => m.Span.Start < firstLabel && !m.IsReference
            && InterviewCue().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 60), Math.Min(60, m.Span.Start))))).Select(e => e.Index));

    [GeneratedRegex(@"\b(?:asked|interviewed|(?:spoke|speaks|talked|talks)\s+(?:to|with)|sat\s+down\s+with|conversation\s+with|interview\s+with|q\s*(?:&|and)\s*a\s+with|put\s+(?:our\s+|these\s+|some\s+|the\s+)?questions\s+to|(?:statement|testimony|evidence|affidavit|deposition)\s+of)\s+(?:(?-i:[A-Z]{1,3}\d{1,3}):\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}$", RegexOptions.IgnoreCase)]
    internal static partial Regex InterviewCue();

    /// <summary>Whether the person's display name opens with <paramref name="word"/> (case and spelling folded).</summary>
    private static bool FirstWordIs(LocalEntity e, string word) =>
        NameKey.Fold(e.Name) is var f && NameKey.Fold(word) is { Length: > 0 } w && f.StartsWith(w + " ", StringComparison.Ordinal);

    private static bool SamePerson(LocalEntity a, LocalEntity b) =>
        a.Keys.Intersect(b.Keys).Any() || NamedBy(a, [LastWord(b.Name)]) && NamedBy(b, [LastWord(a.Name)]);

    /// <summary>Whether the word before <paramref name="start"/> is "with".</summary>
    private static bool AfterWith(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end >= 4 && end < start && text.AsSpan(end - 4, 4).Equals("with", StringComparison.OrdinalIgnoreCase) && (end == 4 || !char.IsLetter(text[end - 5]));
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } w ? w[^1] : name;

    /// <summary>Whether a mention of the person carries the title written onto it ("Acting Foreign Minister" has "foreign minister").</summary>
    private static bool HasTitle(string text, LocalEntity e, string title) =>
        e.Mentions.Any(m => m.TitleStart is int t && t < m.Span.Start
            && (" " + NameKey.Normalize(text[t..m.Span.Start]) + " ").Contains(" " + title + " ", StringComparison.Ordinal));
}
