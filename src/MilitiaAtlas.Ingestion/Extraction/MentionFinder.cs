using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>The names found in an article's body sentences, with the links the text draws between them.</summary>
public sealed record FoundNames(IReadOnlyList<Candidate> Candidates, IReadOnlyList<AliasLink> Aliases, IReadOnlyList<CoordinationLink> Coordinations)
{
    /// <summary>Each sentence's tokens by its span, as the name finder cut them: later stages read them instead of cutting again.</summary>
    public IReadOnlyDictionary<TextSpan, List<Token>> SentenceTokens { get; init; } = new Dictionary<TextSpan, List<Token>>();
}

/// <summary>
/// Finds candidate names from capitalization and name particles, trims titles, sentence-initial
/// common words and demonyms, and records the cues for typing them: titles and roles, speech verbs,
/// organization and place head words, "the X militia", "village of X", appositions, the gazetteer.
/// Linear in the text: each token is looked at a bounded number of times.
/// </summary>
public sealed partial class MentionFinder(Gazetteer gazetteer)
{
    private static readonly string[][] TitleWords = NameLexicon.Titles
        .Select(t => t.Split(' ')).OrderByDescending(t => t.Length).ToArray();

    // The titles by their first word without trailing full stops (case-insensitive), each list in TitleWords order, with every
    // word undotted as it is compared: a token is looked up once instead of comparing it with every title.
    private static readonly Dictionary<string, string[][]> TitlesByFirstWord = TitleWords
        .Select(t => t.Select(w => w.TrimEnd('.')).ToArray())
        .GroupBy(t => t[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    public FoundNames Find(string text, IReadOnlyList<Sentence> sentences)
    {
        var tokenized = sentences.Select(s => Tokenizer.Tokenize(text, s.Span)).ToList();
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, int>? lowerCounts = null;
        Dictionary<string, int>? capitalCounts = null;
        foreach (var tokens in tokenized)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.IsWord && char.IsLower(t.Text[0]))
                {
                    if (!lowerWords.Add(t.Text))
                    {
                        lowerCounts ??= new(StringComparer.Ordinal);
                        lowerCounts[t.Text] = lowerCounts.GetValueOrDefault(t.Text, 1) + 1;
                    }
                }
                else if (t.IsWord && !t.SentenceStart && !t.IsAcronym && char.IsUpper(t.Text[0])
                    && !(i > 0 && tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0])) && !(i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsUpper(tokens[i + 1].Text[0])))
                {
                    // A word in capitals alone ("the Veltaros"), not inside a longer name ("the Kessa Sluice").
                    capitalCounts ??= new(StringComparer.Ordinal);
                    capitalCounts[t.Lower] = capitalCounts.GetValueOrDefault(t.Lower) + 1;
                }
            }
        }

        // "traders wrote it veltaros" once, and "the Veltaros" alone inside sentences three times or more and twice as often:
        // the name the text also writes once in lower case, not a word of the language (which no name finder reads as one).
        if (capitalCounts is not null)
        {
            foreach (var (word, capitals) in capitalCounts)
            {
                if (capitals >= 3 && lowerWords.Contains(word) && capitals >= 2 * (lowerCounts?.GetValueOrDefault(word, 1) ?? 1)
                    && !NameLexicon.IsCommon(word) && !NameLexicon.IsEnglishWord(word))
                {
                    lowerWords.Remove(word);
                }
            }
        }

        var state = new State(text, lowerWords);
        ListLetters(text, state.ListLabels);
        for (var s = 0; s < tokenized.Count; s++)
        {
            FindInSentence(state, tokenized[s], s);
        }

        // "Tomas Varga, known as "Salamanca"" … "orders were given by Salamanca and his driver": the nickname alone later is
        // still the man, not the town the gazetteer knows, unless the text places something there ("in Salamanca").
        if (state.Nicknames.Count > 0)
        {
            foreach (var c in state.Candidates)
            {
                if (c.Place is not null && c.WordCount == 1 && state.Nicknames.Contains(NameKey.Fold(c.Surface))
                    && !c.Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue != TypeCue.Gazetteer))
                {
                    c.Votes.ClearPlace();
                    c.Place = null;
                }
            }
        }

        var sentenceTokens = new Dictionary<TextSpan, List<Token>>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            sentenceTokens.TryAdd(sentences[s].Span, tokenized[s]);
        }

        return new FoundNames(state.Candidates, state.Aliases, state.Coordinations) { SentenceTokens = sentenceTokens };
    }

    /// <summary>
    /// The lines that open on a list's letter and a full stop: a letter whose neighbour in the alphabet opens another line so
    /// ("A. Reading" … "B. Translation"), or one under a line that asks a question (a quiz's "A. Kessa" under "Q3. Where …?").
    /// Such a letter is the list's, not a name's initial.
    /// </summary>
    private static void ListLetters(string text, HashSet<int> labels)
    {
        List<(int At, char Letter, bool AfterQuestion)>? lines = null;
        var (previousStart, previousEnd) = (0, 0);
        for (var at = 0; at < text.Length;)
        {
            var nl = text.IndexOf('\n', at);
            var end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(at, end - at);
            var lead = line.Length - line.TrimStart().Length;
            var trimmed = line.Trim();
            if (trimmed.Length > 3 && char.IsAsciiLetterUpper(trimmed[0]) && trimmed[1] == '.' && trimmed[2] == ' ')
            {
                (lines ??= []).Add((at + lead, trimmed[0], Segmentation.PassageClassifier.IsQuestion(text[previousStart..previousEnd])));
            }

            if (trimmed.Length > 0)
            {
                (previousStart, previousEnd) = (at + lead, at + lead + trimmed.Length);
            }

            at = end + 1;
        }

        foreach (var (at, letter, afterQuestion) in lines ?? [])
        {
            if (afterQuestion || lines!.Any(l => l.Letter == letter + 1 || l.Letter == letter - 1))
            {
                labels.Add(at);
            }
        }
    }

    private sealed class State(string text, HashSet<string> lowerWords)
    {
        public string Text { get; } = text;
        public HashSet<string> LowerWords { get; } = lowerWords;
        public List<Candidate> Candidates { get; } = [];
        public List<AliasLink> Aliases { get; } = [];
        public List<CoordinationLink> Coordinations { get; } = [];

        /// <summary>The last words of the people named so far, folded: a later one alone is a surname, not a word.</summary>
        public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

        /// <summary>The folded nicknames the text gave a person ("known as "Salamanca""), which are no places elsewhere in it.</summary>
        public HashSet<string> Nicknames { get; } = new(StringComparer.Ordinal);

        /// <summary>Where a list's letter opens a line ("A. MAPITIO", "B. MAZOEA"; "A. Kessa" under a question): no initial.</summary>
        public HashSet<int> ListLabels { get; } = [];

        /// <summary>The candidate an identity block is about ("Individual: X"), while its fields go on; else -1.</summary>
        public int RecordSubject { get; set; } = -1;

        /// <summary>Words in capitals already looked up for their mixed-case form ("VELT": is "Velt" in the text?), once each.</summary>
        public Dictionary<string, bool> MixedCaseTwins { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Whether the text writes a word in capitals also in mixed case ("Velt" for "VELT"), looked up once an article.</summary>
    private static bool HasMixedCaseTwin(State st, string shouted)
    {
        if (!st.MixedCaseTwins.TryGetValue(shouted, out var twin))
        {
            twin = HasWord(st.Text, shouted[0] + shouted[1..].ToLowerInvariant());
            st.MixedCaseTwins[shouted] = twin;
        }

        return twin;
    }

    private void FindInSentence(State st, List<Token> tokens, int sentenceIndex)
    {
        if (FindInRecord(st, tokens, sentenceIndex) || FindInTableRow(st, tokens, sentenceIndex))
        {
            return;
        }

        st.RecordSubject = -1;
        FindNames(st, tokens, sentenceIndex);
    }

    /// <summary>
    /// A table's row written with pipes ("W-1 | TAMBARI, Yusuf | "Kestrel" | 1961, Tamaro | …"): each cell is read on its
    /// own, a cell that is only a surname in capitals, a comma and given names is a person filed surname first, and a
    /// cell that is only a quoted name right after it is that person's other name (a code name, an alias). False when the
    /// sentence has fewer than two pipes.
    /// </summary>
    private bool FindInTableRow(State st, List<Token> tokens, int sentenceIndex)
    {
        if (tokens.Count(t => t.Text == "|") < 2)
        {
            return false;
        }

        var filed = -1;
        var start = 0;
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Text != "|" && !(k > start && tokens[k].NewLineBefore))
            {
                continue;
            }

            var (a, b) = (start, k - 1);
            start = k < tokens.Count && tokens[k].Text == "|" ? k + 1 : k;
            if (a > b)
            {
                continue;
            }

            var cellFiled = FiledCell(tokens, a, b);
            if (cellFiled)
            {
                var idx = AddCandidate(st, tokens, new Piece(a, b), sentenceIndex);
                if (idx >= 0)
                {
                    st.Candidates[idx].Votes.Add(EntityType.Person, 3, TypeCue.FiledName, default);
                }

                filed = idx;
                continue;
            }

            if (filed >= 0 && b - a >= 2 && IsQuoteMark(tokens[a].Text) && IsQuoteMark(tokens[b].Text)
                && Enumerable.Range(a + 1, b - a - 1).All(j => tokens[j].IsCapitalized || NameLexicon.NameParticles.Contains(tokens[j].Text)))
            {
                var idx = AddCandidate(st, tokens, new Piece(a + 1, b - 1), sentenceIndex);
                if (idx >= 0)
                {
                    st.Aliases.Add(new AliasLink(filed, idx));
                }

                filed = -1;
                continue;
            }

            filed = -1;
            FindNames(st, tokens.GetRange(a, b - a + 1), sentenceIndex);
        }

        return true;
    }

    /// <summary>A filed name opening a sentence or a line, after a list number if any ("3. TOLIMIR, Zdravko."): its last token, else null.</summary>
    private int? FiledEntryAt(List<Token> tokens, int i)
    {
        var opens = i == 0 || tokens[i].NewLineBefore
            || (i == 2 && tokens[0].Kind == TokenKind.Number && tokens[1].Text is "." or ")")
            || (i == 1 && tokens[0].Kind == TokenKind.Number && tokens[0].Text.EndsWith('.'));
        return opens && FiledCellEnd(tokens, i) is int end ? end : null;
    }

    /// <summary>
    /// "KARADŽIĆ, Radovan" from <paramref name="a"/>: one to three surname words in capitals, a comma, one to three given
    /// names in mixed case, then a bracket, a full stop, a semicolon or the end; its last token, else null.
    /// </summary>
    private int? FiledCellEnd(List<Token> tokens, int a)
    {
        var k = a;
        while (k < tokens.Count && k - a < 3 && tokens[k].IsWord && tokens[k].Text.Length >= 2 && !HasLower(CapsSurname(tokens[k].Text))
            && tokens[k].Text.Any(char.IsLetter) && !NameLexicon.IsEnglishWord(tokens[k].Lower) && !NameLexicon.OrgHeads.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k == a || k >= tokens.Count || tokens[k].Text != ",")
        {
            return null;
        }

        // Not a dateline's day: "TARVOSA, Monday (Reuters) -".
        var g = k + 1;
        while (g < tokens.Count && g - k <= 3 && tokens[g].IsCapitalized && tokens[g].Text.Any(char.IsLower) && !NameLexicon.CalendarWords.Contains(tokens[g].Lower))
        {
            g++;
        }

        // Not a participants list's "HOSSAIN, Deputy Commissioner (Media)": a title or a role is no given name.
        if (Enumerable.Range(k + 1, g - k - 1).Any(j => NameLexicon.RoleNouns.Contains(tokens[j].Lower) || Array.IndexOf(NameLexicon.Titles, tokens[j].Lower) >= 0))
        {
            return null;
        }

        // "TRIPOLI, Libya": a dateline's town and country, not a surname and given names.
        if (g > k + 1 && gazetteer.Find(string.Join(' ', tokens.Skip(k + 1).Take(g - k - 1).Select(t => t.Text))) is { Kind: PlaceKind.Country or PlaceKind.Region })
        {
            return null;
        }

        // A comma after the given names opens the entry's role: "TALUKDAR, Dipankar, State Minister for …".
        return g > k + 1 && (g >= tokens.Count || tokens[g].Text is "(" or "." or ";" or ")" or "|" or "," || tokens[g].NewLineBefore) ? g - 1 : null;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether [start, end] ends in "MEMBERS of the …": the last "of the" after a capitalized plural ("Volunteers",
    /// "Guardians") with every word after it capitalized or a connector. Its last word is then the end of the "of" phrase,
    /// not the name's head ("the Volunteers of the Tamaro Revolution"); after a singular head it stays a document's or an
    /// event's ("the Joint Commission of the Kessa Protocol").
    /// </summary>
    private static bool OfTheAfterActorHead(List<Token> tokens, int start, int end)
    {
        for (var k = end - 2; k > start; k--)
        {
            if (tokens[k].Lower == "of" && tokens[k + 1].Lower == "the")
            {
                var head = tokens[k - 1];
                if (!(head.IsCapitalized && head.Text.Length > 3 && head.Text[^1] == 's'))
                {
                    return false;
                }

                for (var j = k + 2; j <= end; j++)
                {
                    if (!tokens[j].IsCapitalized && tokens[j].Lower is not ("of" or "the" or "and"))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>A surname in capitals without its "Mc" or "Mac" ("McWILLIAMS" is "WILLIAMS"); else the word itself.</summary>
    private static ReadOnlySpan<char> CapsSurname(string word)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["Mc", "Mac"])
        {
            if (word.Length >= prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length]) && char.IsUpper(word[prefix.Length + 1]))
            {
                return word.AsSpan(prefix.Length);
            }
        }

        return word;
    }

    /// <summary>"TAMBARI, Yusuf", "AL-HADDU, Omar Ibrahim": a cell that is a surname in capitals, a comma, one to three given names in mixed case.</summary>
    private bool FiledCell(List<Token> tokens, int a, int b) => FiledCellEnd(tokens, a) == b;

    /// <summary>
    /// The lines of an identity block in a structured document ("Individual: Omar Haddu Benali", "AKA: Benali, Omar
    /// Ibrahim", "POB: Tamaro, Zayudistan", or a name on a line of its own above "AKAs:"). False when no line of the
    /// sentence opens with a field label (Data/field-labels.txt). The value of a subject or alias field is one name a
    /// line or a semicolon, commas and all ("Last, First"), and every alias is linked to the record's subject, which
    /// may be a sentence before; a places field is read as ordinary text; other fields hold no names.
    /// </summary>
    private bool FindInRecord(State st, List<Token> tokens, int sentenceIndex)
    {
        // Most sentences have no colon: nothing to look at, nothing to allocate.
        if (!tokens.Exists(t => t.Text == ":"))
        {
            return false;
        }

        var lines = new List<(int Start, int End)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k == 0 || tokens[k].NewLineBefore)
            {
                lines.Add((k, k));
            }

            lines[^1] = (lines[^1].Start, k);
        }

        // "Date of birth: 19.6.1945. Place of birth: Petnjica, Montenegro.": fields run on in one line, each after a full stop.
        for (var l = 0; l < lines.Count; l++)
        {
            var (ls, le) = lines[l];
            for (var k = ls + 2; k <= le; k++)
            {
                if (tokens[k - 1].Text is "." or ";" && tokens[k].IsCapitalized && FieldLabelAt(st.Text, tokens, k, le) is not null)
                {
                    lines[l] = (ls, k - 1);
                    lines.Insert(l + 1, (k, le));
                    break;
                }
            }
        }

        var labels = lines.Select(l => FieldLabelAt(st.Text, tokens, l.Start, l.End)).ToList();
        if (labels.All(l => l is null))
        {
            return false;
        }

        FieldKind? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            FieldKind kind;
            var from = start;
            if (labels[i] is { } label)
            {
                (kind, from) = (label.Kind, label.ValueStart);
            }
            else if (current is FieldKind.Alias && !OpensWithLabel(tokens, start, end))
            {
                kind = FieldKind.Alias; // the names listed one a line under "AKAs:"; a line with a label of its own ends them
            }
            else if (i + 1 < lines.Count && labels[i + 1] is { Kind: FieldKind.Alias })
            {
                kind = FieldKind.Subject; // "OMAR HADDU BENALI" on the line above "AKA:"
            }
            else
            {
                current = null;
                FindNames(st, tokens.GetRange(start, end - start + 1), sentenceIndex);
                continue;
            }

            current = kind;
            // The label's words ("Place of birth", "Entity"), for the evidence of the types the field gives.
            var labelSpan = labels[i] is not null && from - 2 >= start ? new TextSpan(tokens[start].Span.Start, tokens[from - 2].Span.End) : default;
            if (from > end)
            {
                continue;
            }

            if (kind == FieldKind.Places)
            {
                // "POB: Al-Wadi, Tamaro, Zayudistan": every name of the field is a place.
                var first = st.Candidates.Count;
                FindNames(st, tokens.GetRange(from, end - from + 1), sentenceIndex);
                foreach (var c in st.Candidates.Skip(first))
                {
                    c.Votes.Add(EntityType.Place, 3, TypeCue.FieldLabel, labelSpan);
                }

                continue;
            }

            if (kind is not (FieldKind.Subject or FieldKind.Person or FieldKind.Organization or FieldKind.Alias))
            {
                continue;
            }

            // One name a semicolon: "AKA: Benali, Omar Ibrahim; Abu Hafsa".
            for (var k = from; k <= end; k++)
            {
                var itemEnd = k;
                while (itemEnd + 1 <= end && tokens[itemEnd + 1].Text != ";")
                {
                    itemEnd++;
                }

                var (a, b) = (k, itemEnd);
                while (a <= b && !tokens[a].IsWord)
                {
                    a++;
                }

                while (b >= a && !tokens[b].IsWord)
                {
                    b--;
                }

                k = itemEnd + 1;

                // "LASHKAR-E-WADI (amended entry)": a list's note on the entry is no part of its name.
                if (kind == FieldKind.Subject && Enumerable.Range(a, Math.Max(0, b - a)).FirstOrDefault(j => tokens[j].Text == "(" && tokens[j + 1].IsWord && char.IsLower(tokens[j + 1].Text[0]), -1) is var note and > 0)
                {
                    b = note - 1;
                    while (b >= a && !tokens[b].IsWord)
                    {
                        b--;
                    }
                }

                if (a > b || b - a > 10 || !Enumerable.Range(a, b - a + 1).All(j => tokens[j].IsCapitalized || tokens[j].Text == ","
                    || NameLexicon.NameParticles.Contains(tokens[j].Text) || tokens[j].Kind == TokenKind.Possessive || IsInitial(tokens[j])))
                {
                    continue;
                }

                var idx = AddCandidate(st, tokens, new Piece(a, b), sentenceIndex);
                if (idx < 0)
                {
                    continue;
                }

                if (kind is FieldKind.Subject or FieldKind.Person or FieldKind.Organization)
                {
                    // "Individual:" and "Entity:" say what the record is about.
                    st.RecordSubject = idx;
                    if (kind != FieldKind.Subject)
                    {
                        st.Candidates[idx].Votes.Add(kind == FieldKind.Person ? EntityType.Person : EntityType.Group, 4, TypeCue.FieldLabel, labelSpan);
                    }
                    else if (Enumerable.Range(a, b - a + 1).Count(j => tokens[j].Text == ",") == 1 && tokens[a].Text != "," && tokens[b].Text != ","
                        && !Enumerable.Range(a, b - a + 1).Any(j => NameLexicon.OrgHeads.Contains(tokens[j].Text)))
                    {
                        // "BENALI HADDU, Omar" heading a record: a person's name filed surname first, as lists file them.
                        st.Candidates[idx].Votes.Add(EntityType.Person, 3, TypeCue.FiledName, default);
                    }
                }
                else if (st.RecordSubject >= 0)
                {
                    st.Aliases.Add(new AliasLink(st.RecordSubject, idx));
                }
            }
        }

        return true;
    }

    /// <summary>"AKA:", "DOB No. 2:", "Place of birth:" opening a line: the field's kind and where its value begins; else null.</summary>
    private static (FieldKind Kind, int ValueStart)? FieldLabelAt(string text, List<Token> tokens, int start, int end)
    {
        var colon = -1;
        for (var k = start + 1; k <= Math.Min(end, start + 6); k++)
        {
            if (tokens[k].Text == ":")
            {
                colon = k;
                break;
            }
        }

        if (colon < 0)
        {
            return null;
        }

        // The longest run of words from the line's start that is a label: "DOB No. 2" is a "DOB" field.
        for (var last = colon - 1; last >= start; last--)
        {
            if (NameLexicon.FieldKindOf(text[tokens[start].Span.Start..tokens[last].Span.End]) is { } kind)
            {
                return (kind, colon + 1);
            }
        }

        return null;
    }

    private void FindNames(State st, List<Token> tokens, int sentenceIndex)
    {
        var i = 0;
        var firstInSentence = st.Candidates.Count;
        var runEnds = new List<(int Start, int End, int CandidateIndex)>();
        var spelledForeign = new HashSet<int>();
        var spelled = SpelledByAcronyms(tokens, spelledForeign);
        while (i < tokens.Count)
        {
            if (!IsNameToken(tokens[i]) && !((tokens[i].Kind == TokenKind.Number || OrdinalDay().IsMatch(tokens[i].Text)) && DatedName(gazetteer, tokens, i) is not null))
            {
                i++;
                continue;
            }

            // "1. KARADŽIĆ, Radovan (a.k.a. KARADZIC, Radovan). Date of birth: …": a list's entry opening with a surname in
            // capitals, a comma and given names files a person surname first; so does the a.k.a. in brackets after it.
            if (FiledEntryAt(tokens, i) is int filedEnd)
            {
                var idx = AddCandidate(st, tokens, new Piece(i, filedEnd), sentenceIndex);
                if (idx >= 0)
                {
                    st.Candidates[idx].Votes.Add(EntityType.Person, 3, TypeCue.FiledName, default);
                    runEnds.Add((i, filedEnd, idx));
                    var k = filedEnd + 1;
                    var at = k + 2;
                    while (at < tokens.Count && at - k <= 8 && !tokens[at].IsCapitalized && tokens[at].Text is not "(" and not ")")
                    {
                        at++;
                    }

                    if (k < tokens.Count && at < tokens.Count && tokens[k].Text == "(" && at > k + 1
                        && NameLexicon.AliasCues.ContainsKey(st.Text[tokens[k + 1].Span.Start..tokens[at - 1].Span.End].ToLowerInvariant())
                        && FiledCellEnd(tokens, at) is int akaEnd)
                    {
                        var aka = AddCandidate(st, tokens, new Piece(at, akaEnd), sentenceIndex);
                        if (aka >= 0)
                        {
                            st.Candidates[aka].Votes.Add(EntityType.Person, 3, TypeCue.FiledName, default);
                            st.Aliases.Add(new AliasLink(idx, aka));
                            runEnds.Add((at, akaEnd, aka));
                        }

                        filedEnd = akaEnd;
                    }
                }

                i = filedEnd + 1;
                continue;
            }

            // "A. MAPITIO", "B. MAZOEA": a list's letter, not an initial.
            if (st.ListLabels.Count > 0 && st.ListLabels.Contains(tokens[i].Span.Start) && tokens[i].Text.Length <= 2)
            {
                i += tokens[i].Text.Length == 1 && i + 1 < tokens.Count && tokens[i + 1].Text == "." ? 2 : 1;
                continue;
            }

            // "Q14 Senator Velder:", "Q3. Which town …?": a transcript or a quiz numbers its questions; the number is no name.
            if ((i == 0 || tokens[i].NewLineBefore) && tokens[i].Text.Length > 1 && tokens[i].Text[0] == 'Q' && tokens[i].Text.Skip(1).All(char.IsDigit)
                && i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized || tokens[i + 1].Text is "." or ")" or ":"))
            {
                i++;
                continue;
            }

            // A name that an acronym in brackets spells out is one name, whatever its connectors: "Fund for Peace
            // Building (FPB)", "Front for the Liberation of the North and the Coast (FLNC)".
            if (spelled.TryGetValue(i, out var spelledEnd))
            {
                var idx = AddCandidate(st, tokens, new Piece(i, spelledEnd), sentenceIndex);
                if (idx >= 0 && spelledForeign.Contains(i) && st.Candidates[idx].Votes.Max == 0)
                {
                    // Spelled out with words in lower case: an organization's name; places and people are not written so.
                    st.Candidates[idx].Votes.Add(EntityType.Group, 3, TypeCue.SpelledOut, tokens[spelledEnd + 2].Span);
                }

                if (idx >= 0)
                {
                    runEnds.Add((i, spelledEnd, idx));
                }

                i = spelledEnd + 1;
                continue;
            }

            // "Under Secretary for Refugee Affairs and Border Security Laura K. Benton": the portfolio belongs to the title.
            if (TitledPortfolio(tokens, i) is var (portfolioStart, nameStart, nameEnd, portfolioTitle))
            {
                if (portfolioStart >= 0)
                {
                    var org = AddCandidate(st, tokens, new Piece(portfolioStart, nameStart - 1), sentenceIndex);
                    if (org >= 0)
                    {
                        runEnds.Add((portfolioStart, nameStart - 1, org));
                    }
                }

                var idx = AddCandidate(st, tokens, new Piece(nameStart, nameEnd, Title: portfolioTitle, TitleFrom: i), sentenceIndex);
                if (idx >= 0)
                {
                    runEnds.Add((nameStart, nameEnd, idx));
                }

                i = nameEnd + 1;
                continue;
            }

            // "the April 9 Movement", "the 6 April Youth Front": a date names the organization founded on it.
            if (DatedName(gazetteer, tokens, i) is int datedEnd)
            {
                var idx = AddCandidate(st, tokens, new Piece(i, datedEnd), sentenceIndex);
                if (idx >= 0)
                {
                    runEnds.Add((i, datedEnd, idx));
                }

                i = datedEnd + 1;
                continue;
            }

            // "Ramon "El Toro" Vega": a quoted nickname inside a person's name.
            var run = ExtendRun(gazetteer, tokens, i);
            if (NicknamedName(st, tokens, i, run, sentenceIndex, runEnds) is int nicknamedEnd)
            {
                i = nicknamedEnd + 1;
                continue;
            }

            var end = ExtendOverSecondPlace(tokens, i, run);
            end = GoesOnInTheXOf(gazetteer, tokens, i, end);
            if (spelled.Count > 0 && spelled.Keys.Where(k => k > i && k <= end).Select(k => (int?)k).Min() is int spelledStart)
            {
                end = spelledStart - 1; // "The" before "Burundi Defence Force (BDF)": the spelled name starts its own run
            }

            // "al Zayudiyya", "el Tamaro": the article written apart and in lower case still opens the name.
            // "al- Zayudiyya": a hyphen left hanging before the space.
            var from = i > 0 && tokens[i - 1].Text is "al" or "el" && tokens[i - 1].Span.End < tokens[i].Span.Start && !tokens[i].NewLineBefore ? i - 1
                : i > 1 && tokens[i - 1].Text == "-" && tokens[i - 2].Text is "al" or "el" && tokens[i - 2].Span.End == tokens[i - 1].Span.Start && !tokens[i].NewLineBefore ? i - 2
                : i;
            foreach (var piece in Split(st, tokens, from, end))
            {
                var idx = AddCandidate(st, tokens, piece, sentenceIndex);
                if (idx >= 0)
                {
                    runEnds.Add((piece.Start, piece.End, idx));
                }
            }

            i = end + 1;
        }

        LinkInSentence(st, tokens, runEnds);
        _ = firstInSentence;
    }

    /// <summary>
    /// "Ramon "El Toro" Vega", "Luis 'Flaco' Medrano": given names, a quoted nickname of one to three capitalized words,
    /// then a surname. The name is read without the nickname (its mention spans the whole, its surface is "Ramon Vega"),
    /// which is a person's name for that shape alone; the nickname is a mention of its own, linked to the name as an
    /// alias, and never a place. <paramref name="firstEnd"/> ends the run of capitals from <paramref name="i"/>. Returns the
    /// last token index used, or null when the shape is not there.
    /// </summary>
    private int? NicknamedName(State st, List<Token> tokens, int i, int firstEnd, int sentenceIndex, List<(int Start, int End, int CandidateIndex)> runEnds)
    {
        var open = firstEnd + 1;
        if (firstEnd - i > 2 || open + 3 >= tokens.Count || tokens[open].Text is not ("\"" or "“" or "'" or "‘")
            || tokens[open].Span.Start == tokens[firstEnd].Span.End || tokens[open + 1].Span.Start != tokens[open].Span.End)
        {
            return null;
        }

        var close = open + 1;
        while (close < tokens.Count && close - open <= 4 && (tokens[close].IsCapitalized || NameLexicon.NameParticles.Contains(tokens[close].Text)))
        {
            close++;
        }

        var nickStart = open + 1;
        var nickEnd = close - 1;
        var last = close + 1;
        if (nickEnd < nickStart || close - open > 4 || last >= tokens.Count || tokens[close].Text is not ("\"" or "”" or "'" or "’")
            || tokens[close].Span.Start != tokens[nickEnd].Span.End || tokens[last].Span.Start == tokens[close].Span.End
            || !tokens[last].IsCapitalized || tokens[last].IsAcronym || tokens[close].NewLineBefore || tokens[last].NewLineBefore
            || !IsPersonalNamePart(tokens[last]) || Enumerable.Range(i, firstEnd - i + 1).Any(k => !tokens[k].IsCapitalized || tokens[k].IsAcronym))
        {
            return null;
        }

        // "the Tamaro "Peace" Accord", "Operation "Desert" Storm": a capitalized phrase with a quoted word is no personal
        // name; the given names must hold no institution, place or ordinary word either (titles before them may).
        var given = IsTitleAt(tokens, i, firstEnd - 1, out var titleEnd) ? titleEnd + 1 : i;

        if (Enumerable.Range(given, firstEnd - given + 1).Any(k => !IsPersonalNamePart(tokens[k])))
        {
            return null;
        }

        // The name without its nickname, read as any run is: titles before it are split off as usual.
        var joined = tokens.Take(open).Concat(tokens.Skip(last)).ToList();
        var gap = last - open;
        var joinedEnd = ExtendRun(gazetteer, joined, i);
        int Original(int k) => k < open ? k : k + gap;
        var full = -1;
        foreach (var piece in Split(st, joined, i, joinedEnd))
        {
            var idx = AddCandidate(st, joined, piece, sentenceIndex);
            if (idx < 0)
            {
                continue;
            }

            runEnds.Add((Original(piece.Start), Original(piece.End), idx));
            if (piece.Start < open && piece.End >= open)
            {
                full = idx;
                var c = st.Candidates[idx];
                c.Surface = st.Text[tokens[piece.Start].Span.Start..tokens[firstEnd].Span.End] + " " + st.Text[tokens[last].Span.Start..c.Span.End];
                c.Votes.Add(EntityType.Person, 6, TypeCue.Nickname, new TextSpan(tokens[open].Span.Start, tokens[close].Span.End));
            }
        }

        if (full >= 0)
        {
            var nick = AddCandidate(st, tokens, new Piece(nickStart, nickEnd), sentenceIndex);
            if (nick >= 0)
            {
                st.Candidates[nick].Votes.ClearPlace();
                st.Candidates[nick].Place = null;
                st.Nicknames.Add(NameKey.Fold(st.Candidates[nick].Surface));
                st.Aliases.Add(new AliasLink(full, nick));
            }
        }

        return Original(joinedEnd);
    }

    /// <summary>A word that can be part of a person's name: not an institution's or a place's head, not an ordinary word.</summary>
    private static bool IsPersonalNamePart(Token t) =>
        !NameLexicon.OrgHeads.Contains(t.Text) && !NameLexicon.PlaceHeads.Contains(t.Text) && !NameLexicon.IsCommon(t.Lower)
        && (!NameLexicon.IsEnglishWord(t.Lower) || NameLexicon.IsGivenName(t.Text));

    /// <summary>
    /// "Liberation Front of Chad and the Sahel": a state or an organization "of" a place "and"
    /// another place is one name. Not after "Republic" or "Kingdom" ("the Republic of Mali and Niger signed" names two countries),
    /// and not when the second place goes on ("Iraq and Syria's government").
    /// </summary>
    private int ExtendOverSecondPlace(List<Token> tokens, int start, int end)
    {
        if (end - start < 2 || tokens[end - 1].Text != "of" || end + 2 >= tokens.Count || tokens[end + 1].Text != "and"
            || !(tokens[end - 2].Text is "State" or "Emirate" || (NameLexicon.OrgHeads.Contains(tokens[end - 2].Text) && !NameLexicon.StateHeads.Contains(tokens[end - 2].Text)))
            || gazetteer.Find(tokens[end].Text) is null)
        {
            return end;
        }

        var p = tokens[end + 2].Text == "the" ? end + 3 : end + 2;
        return p < tokens.Count && IsNameToken(tokens[p]) && gazetteer.Find(tokens[p].Text) is not null
            && (p + 1 >= tokens.Count || !IsNameToken(tokens[p + 1]) && tokens[p + 1].Kind != TokenKind.Possessive) ? p : end;
    }

    // Letters and digits make a name only as a short acronym ("M23", "G5"); four digits or more make a code ("FY2024", "IN12331"),
    // and so do letters after a digit ("KA9XYZ", a radio callsign; "H5N1").
    // A small word in capitals ("OF", "AND", "UNTIL" in a heading) is no name's word; "OF" and "THE" still join one (IsConnector).
    private static bool IsNameToken(Token t) =>
        t.IsWord && (t.IsCapitalized || t.IsAcronym) && !IsPronounContraction(t.Text) && !(t.IsAcronym && NameLexicon.ShoutedFunctionWords.Contains(t.Lower))
        && (!t.Text.Any(char.IsDigit) || (t.IsAcronym && !t.Text.Contains('-') && t.Text.Count(char.IsDigit) < 4 && !LetterAfterDigit(t.Text))) && t.Text != "No.";

    /// <summary>A kinship particle as a word ("bin") or joined to the father's name ("kaVelt").</summary>
    private static bool IsKinshipParticle(string text) =>
        // Not a company form in capitals ("Kessa Holzbau AG"): the Tuareg particle is "ag", lower case.
        (NameLexicon.KinshipParticles.Contains(text) && !(text.Length <= 3 && text.All(char.IsUpper))) || NameLexicon.HasJoinedKinshipParticle(text);

    [GeneratedRegex(@"^\p{Lu}[\p{L}']+-(?:in-the|upon|on|under|by-the|next-the)-\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPlaceJoin();

    /// <summary>"I'm", "I've", "I'd", "I'll": the pronoun with its verb, never part of a name ("I'm Ivo Velt").</summary>
    private static bool IsPronounContraction(string text) => text.Length is >= 3 and <= 4 && text[0] == 'I' && text[1] is '\'' or '’';

    private static bool LetterAfterDigit(string text) => char.IsAsciiLetter(text[0]) && text.AsSpan().IndexOfAnyInRange('0', '9') is > 0 and var d && text.AsSpan(d).IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>"Iran-backed", "War-era": a capitalized word joined to a lower-case one.</summary>
    private static bool IsCompound(Token t) =>
        t.Text.Contains('-') && NameLexicon.ParticlePrefixLength(t.Text) == 0 && t.Text.Split('-')[^1] is { Length: > 0 } last && char.IsLower(last[0])
        && !(SyllableName().IsMatch(t.Text) && (last.Length <= 4 || !(NameLexicon.IsEnglishWord(last) || last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal))))
        && !NameLexicon.PlaceHyphenSuffixes.Contains(last);

    /// <summary>
    /// A two-syllable given name written with a hyphen ("Sung-min", "Jae-won", "Ik-hyeon", "Min-gyeong"; a vowel alone after a syllable
    /// of two or three letters, "Ha-e", not a longer word before a Persian "-e"): one short syllable, then
    /// another that is no English word (a long second syllable is checked against the word list and the endings of participles:
    /// "Kessa-aligned", "Black-footed" are compounds).
    /// </summary>
    [GeneratedRegex("^(?:[A-Z][a-z]{1,2}-[a-z]|[A-Z][a-z]{1,4}-(?!(?:led|run|era|age|old|new|day|war|way|set|cut|fed|based|born|held|made|like|wide|free|only|type|ally|backed|armed)$)[a-z]{2,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex SyllableName();

    /// <summary>A line break or a column gap stands between two tokens: a name does not run across either.</summary>
    private static bool LineBreakBetween(Token a, Token b) => (b.NewLineBefore || b.GapBefore) && b.Span.Start > a.Span.End;

    /// <summary>The name after the "of" at <paramref name="of"/> and the connectors after it ("the"), up to <paramref name="end"/>; null when none is left.</summary>
    private static Piece? AfterOf(List<Token> tokens, int of, int end)
    {
        var rest = of + 1;
        while (rest <= end && IsConnector(tokens[rest]))
        {
            rest++;
        }

        return rest <= end ? new Piece(rest, end) : null;
    }

    /// <summary>A line that opens with a label of up to three words and a colon ("Position:", "Other information:").</summary>
    private static bool OpensWithLabel(List<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end && k < start + 4; k++)
        {
            if (tokens[k].Text == ":")
            {
                return k > start;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,6}$")]
    private static partial Regex SyllablePairName();

    // In capitals a connector joins only as an English word: "DO" is the verb as often as the Portuguese "do" of "Mato Grosso do Sul".
    private static bool IsConnector(Token t) =>
        t.IsWord && (char.IsLower(t.Text[0]) ? NameLexicon.InnerConnectors.Contains(t.Text)
            : t.IsAcronym && NameLexicon.InnerConnectors.Contains(t.Lower) && NameLexicon.ShoutedFunctionWords.Contains(t.Lower) && t.Lower != "do")
        && t.Lower != "and" && t.Lower != "on";

    /// <summary>
    /// "the Peasant Army of Pavel Korbut", "the Volunteer Army of General Ivo Marrak": after an organization's head, "of" and a
    /// person's full name (a known given name and a surname that is no English word, or a title and a name of up to three
    /// words, ending the run) name the body's leader, not part of its name.
    /// </summary>
    private static bool IsOwnersName(List<Token> tokens, int end, int k, int m)
    {
        if (tokens[k].Text != "of" || m != k + 1 || !NameLexicon.OrgHeads.Contains(tokens[end].Text) || m + 1 >= tokens.Count)
        {
            return false;
        }

        // "the Legion of Colonel X Y", "the Corps of General X": a title, then a name of one to three words that ends the run.
        var run = m;
        while (run + 1 < tokens.Count && IsNameToken(tokens[run + 1]) && !tokens[run + 1].NewLineBefore)
        {
            run++;
        }

        if (IsTitleAt(tokens, m, run, out var titleEnd) && titleEnd < run && run - titleEnd <= 3
            && Enumerable.Range(titleEnd + 1, run - titleEnd).All(j => tokens[j].IsCapitalized && !tokens[j].IsAcronym && !NameLexicon.OrgHeads.Contains(tokens[j].Text)
                && !NameLexicon.IsEnglishWord(tokens[j].Lower)))
        {
            return true;
        }

        if (!NameLexicon.IsGivenName(tokens[m].Text))
        {
            return false;
        }

        // "the Legion of Tomas Brisk", "the Legion of Tomas de la Brisk": a given name, then up to four words of a
        // person's name (particles among them), ending the run.
        var j = m + 1;
        while (j < tokens.Count && j - m <= 4 && !tokens[j].NewLineBefore
            && ((char.IsLower(tokens[j].Text[0]) && NameLexicon.NameParticles.Contains(tokens[j].Text) && j + 1 < tokens.Count
                    && (tokens[j + 1].IsCapitalized || NameLexicon.NameParticles.Contains(tokens[j + 1].Text)))
                || (IsNameToken(tokens[j]) && tokens[j].IsCapitalized && !tokens[j].IsAcronym && !NameLexicon.IsEnglishWord(tokens[j].Lower) && !NameLexicon.OrgHeads.Contains(tokens[j].Text))))
        {
            j++;
        }

        return j > m + 1 && tokens[j - 1].IsCapitalized && (j >= tokens.Count || !IsNameToken(tokens[j]) || tokens[j].NewLineBefore);
    }

    /// <summary>
    /// "Command of the Velt army", "the School of the Kessa mission": after "of the", capitalized words before a
    /// lower-case organization's head or group noun describe that noun; they do not end the name before "of".
    /// </summary>
    private static bool ModifiesCommonHead(List<Token> tokens, int k, int m)
    {
        if (tokens[k].Text != "of" || m != k + 2 || tokens[k + 1].Text != "the")
        {
            return false;
        }

        var run = m;
        while (run + 1 < tokens.Count && IsNameToken(tokens[run + 1]) && !tokens[run + 1].NewLineBefore)
        {
            run++;
        }

        return run + 1 < tokens.Count && tokens[run + 1] is { IsWord: true } next && char.IsLower(next.Text[0]) && !next.NewLineBefore
            && (NameLexicon.OrgHeads.Contains(next.Text) || NameLexicon.GroupFollowers.Contains(next.Text));
    }

    // "for" joins a name only after an institution: "Organization for Security", not "Tamaro for Darko".
    // A company form ends its firm's name: "Velt Brisk LLP of Lahti" is the firm of Lahti.
    private static bool Joins(List<Token> tokens, int end, int k) =>
        (tokens[k].Text != "for" || NameLexicon.OrgHeads.Contains(tokens[end].Text)) && !NameLexicon.CompanyForms.Contains(tokens[end].Text);

    /// <summary>A known English word, or one with the ending of an abstract noun ("reconciliation", "sovereignty").</summary>
    private static bool IsCommonNounLike(string lower) => NameLexicon.IsEnglishWord(lower) || AbstractNoun().IsMatch(lower);

    [GeneratedRegex("^[a-z]{3,}(?:tion|sion|ment|ity|ness|ance|ence|ism|ship|dom|hood)$", RegexOptions.CultureInvariant)]
    private static partial Regex AbstractNoun();

    /// <summary>
    /// Whether <paramref name="called"/>, after "which they call", is another name of <paramref name="named"/>: a short name,
    /// and not a body named after a place ("a unit based in Velt, which officers called the Velt Unit": the unit is).
    /// </summary>
    private static bool IsCalledName(Candidate named, Candidate called) => called.WordCount <= 4 && !(named.Place is not null && called.HasOrgHead);

    /// <summary>What a name shows of a person while the sentence is read: a person's vote, a title, a given name first.</summary>
    private static bool LooksLikePerson(Candidate c) =>
        c.Votes.Person > 0 || c.Titled || c.Title is not null || NameLexicon.IsGivenName(c.Surface.Split(' ')[0]);

    /// <summary>
    /// Where a known country's or region's name that holds "and" ends, when the run from <paramref name="start"/> and the
    /// "and" at <paramref name="and"/> open one ("Trinidad and Tobago", "Saint Vincent and the Grenadines"); else null.
    /// </summary>
    private static int? AndPlaceEnd(Gazetteer places, List<Token> tokens, int start, int and)
    {
        if (!places.AndNameWords.Contains(NameKey.Fold(tokens[and - 1].Text)))
        {
            return null;
        }

        // The place's first words are the run's last capitalized words before "and" ("President of Trinidad and Tobago").
        for (var from = and - 1; from >= Math.Max(start, and - 3) && tokens[from].IsWord && tokens[from].IsCapitalized; from--)
        {
            var before = string.Join(' ', tokens.Skip(from).Take(and - from).Select(t => t.Text));
            for (var last = Math.Min(tokens.Count - 1, and + 3); last > and; last--)
            {
                if (!IsNameToken(tokens[last]) || tokens.Skip(and + 1).Take(last - and).Any(t => !t.IsWord))
                {
                    continue;
                }

                var name = before + " and " + string.Join(' ', tokens.Skip(and + 1).Take(last - and).Select(t => t.Text));
                if (places.Find(name) is { Kind: PlaceKind.Country or PlaceKind.Region } place && place.Name.Contains(" and ", StringComparison.OrdinalIgnoreCase))
                {
                    return last;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// From the comma at <paramref name="comma"/>, one to three capitalized common nouns set off by commas and a last one after
    /// "and" (", Sport and Heritage"), ending the name: the last noun's index; else null.
    /// </summary>
    private static int? ListOfNounsEnd(List<Token> tokens, int comma)
    {
        static bool Noun(Token t) => t is { IsWord: true, IsCapitalized: true, IsAcronym: false } && IsCommonNounLike(t.Lower);
        var k = comma;
        for (var items = 0; items < 3 && k + 3 < tokens.Count && tokens[k].Text == "," && Noun(tokens[k + 1]) && !LineBreakBetween(tokens[k], tokens[k + 1]); items++)
        {
            if (tokens[k + 2].Text == "and" && Noun(tokens[k + 3]) && !LineBreakBetween(tokens[k + 2], tokens[k + 3]))
            {
                return k + 4 >= tokens.Count || !IsNameToken(tokens[k + 4]) || tokens[k + 4].NewLineBefore ? k + 3 : null;
            }

            k += 2;
        }

        return null;
    }

    /// <summary>"and", or "AND" between two words in capitals ("COMMISSION ON PEACE AND JUSTICE").</summary>
    private static bool IsAnd(List<Token> tokens, int before, int k) =>
        tokens[k].Text == "and" || (tokens[k].Text == "AND" && tokens[before].IsAcronym && k + 1 < tokens.Count && tokens[k + 1].IsAcronym);

    /// <summary>Extends a run of capitalized words over inner connectors ("League of the Righteous") and "People's".</summary>
    private static int ExtendRun(Gazetteer places, List<Token> tokens, int start)
    {
        var end = start;
        while (true)
        {
            var k = end + 1;
            if (IsCompound(tokens[end]))
            {
                return end;
            }

            // "the future Ruvo V. In the first week …", "Ivo Velt Jr. The …": after a letter or "Jr." and its full stop, a small
            // word in capitals opens the next sentence; no name goes on with it.
            if (k < tokens.Count && end > start && (IsInitial(tokens[end]) || tokens[end].Text is "Jr." or "Sr.") && tokens[k].IsCapitalized && !tokens[k].IsAcronym
                && (NameLexicon.ShoutedFunctionWords.Contains(tokens[k].Lower) || tokens[k].Lower is "in" or "on" or "he" or "she" or "it" or "as" or "an" or "if" or "so" or "yet"))
            {
                return end;
            }

            if (k < tokens.Count && IsNameToken(tokens[k]) && !IsCompound(tokens[k]) && !LineBreakBetween(tokens[end], tokens[k]))
            {
                end = k;
                continue;
            }

            // "the Kessa Relatives' Association", "the Weavers' Company": a plural's apostrophe before an organization's head stays
            // inside the name.
            if (k + 1 < tokens.Count && tokens[end].Text.EndsWith('s') && tokens[k].Kind == TokenKind.Punct && tokens[k].Text is "'" or "’"
                && tokens[k].Span.Start == tokens[end].Span.End && tokens[k + 1] is { IsWord: true, IsCapitalized: true, IsAcronym: false } head
                && NameLexicon.OrgHeads.Contains(head.Text) && !LineBreakBetween(tokens[end], head))
            {
                end = k + 1;
                continue;
            }

            // "Orvano the Bald", "Ruvo the Lesser": an epithet after a one-word name belongs to it.
            if (end == start && k + 1 < tokens.Count && tokens[k].Text == "the" && tokens[k + 1] is { IsWord: true, IsCapitalized: true } epithet
                && !epithet.IsAcronym && NameLexicon.Epithets.Contains(epithet.Lower) && !LineBreakBetween(tokens[end], epithet))
            {
                end = k + 1;
                continue;
            }

            var m = k;
            while (m < tokens.Count && m - k < 2 && IsConnector(tokens[m]))
            {
                m++;
            }

            // A connector opening the next line ("Ana Velt" / "THE PREFECT") joins nothing across the break.
            if (m > k && m < tokens.Count && IsNameToken(tokens[m]) && (tokens[k].Text != "the") && Joins(tokens, end, k) && !LineBreakBetween(tokens[end], tokens[m])
                && !Enumerable.Range(k, m - k + 1).Any(j => LineBreakBetween(tokens[j - 1], tokens[j]))
                && !IsOwnersName(tokens, end, k, m) && !ModifiesCommonHead(tokens, k, m))
            {
                end = m;
                continue;
            }

            // "Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a country or region whose
            // name holds "and" is one name.
            if (k + 1 < tokens.Count && tokens[k].Text == "and" && !LineBreakBetween(tokens[end], tokens[k + 1]) && AndPlaceEnd(places, tokens, start, k) is int placeEnd)
            {
                end = placeEnd;
                continue;
            }

            // "the Kessa Theological Seminary and College", "the Velt Institute and Museum": two heads of one body joined by
            // "and", the second alone before the name ends.
            if (k + 1 < tokens.Count && tokens[k].Text == "and" && end > start && !LineBreakBetween(tokens[end], tokens[k + 1])
                && tokens[end].IsCapitalized && NameLexicon.PairedHeads.Contains(tokens[end].Text)
                && tokens[k + 1] is { IsWord: true, IsCapitalized: true, IsAcronym: false } second && NameLexicon.PairedHeads.Contains(second.Text)
                && (k + 2 >= tokens.Count || !IsNameToken(tokens[k + 2]) || tokens[k + 2].NewLineBefore))
            {
                end = k + 1;
                continue;
            }

            // "Front for Peace and Justice", "Movement for Justice and Equality": after an organization's head and "for" or
            // "of", "and" joins two capitalized common nouns (a person's or a place's name is no English word).
            if (k + 1 < tokens.Count && IsAnd(tokens, end, k) && IsNameToken(tokens[k + 1]) && !LineBreakBetween(tokens[end], tokens[k + 1])
                && IsCommonNounLike(tokens[end].Lower) && (IsCommonNounLike(tokens[k + 1].Lower) || NameLexicon.IsEnglishWord(tokens[k + 1].Lower.Replace("-", "", StringComparison.Ordinal)))
                && Enumerable.Range(start, end - start).Any(j => NameLexicon.OrgHeads.Contains(tokens[j].Text) && j + 1 <= end && tokens[j + 1].Text is "for" or "of"))
            {
                // "… for Security and Co-operation in Europe": the scope of the joined nouns is part of the name.
                end = k + 3 < tokens.Count && tokens[k + 2].Text == "in" && IsNameToken(tokens[k + 3]) && !LineBreakBetween(tokens[k + 1], tokens[k + 3]) ? k + 3 : k + 1;
                continue;
            }

            // "Ministry of Youth, Sport and Heritage", "Department of Roads, Bridges and Ferries": after an institution's
            // head and "of" or "for", a list of capitalized common nouns closed by "and" is the rest of the name.
            if (k + 3 < tokens.Count && tokens[k].Text == "," && end > start && tokens[k + 1].IsCapitalized
                && Enumerable.Range(start, end - start).Any(j => tokens[j + 1].Text is "of" or "for" && NameLexicon.OrgHeads.Contains(tokens[j].Text))
                && IsCommonNounLike(tokens[end].Lower)
                && ListOfNounsEnd(tokens, k) is int listEnd)
            {
                end = listEnd;
                continue;
            }

            // "Truth and Reconciliation Commission", "Justice and Development Party", "Orthodox and Loyal Army": two capitalized
            // common nouns or community words joined by "and" before an organization's head make one name (a person's or a
            // place's name is no English word).
            if (k + 2 < tokens.Count && IsAnd(tokens, end, k) && end - start < 2 && IsNameToken(tokens[k + 1]) && !LineBreakBetween(tokens[end], tokens[k + 1])
                && Enumerable.Range(start, end - start + 1).All(j => tokens[j].Lower == "the" || IsCommonNounLike(tokens[j].Lower) || NameLexicon.CommunityWords.Contains(tokens[j].Lower))
                && (IsCommonNounLike(tokens[k + 1].Lower) || NameLexicon.CommunityWords.Contains(tokens[k + 1].Lower))
                && ExtendRun(places, tokens, k + 1) is var tail && tail > k + 1 && Enumerable.Range(k + 2, tail - k - 1).Any(j => NameLexicon.OrgHeads.Contains(tokens[j].Text)))
            {
                end = tail;
                continue;
            }

            // "Kessa's Brigade", "Velt's Rangers": a unit named after its commander, the possessive and the unit's head alone
            // after it; not a place's ("Tamaro's Army" is the army of Tamaro) nor an acronym's.
            if (start == end && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Possessive && tokens[end].IsCapitalized && !tokens[end].IsAcronym
                && tokens[k + 1] is { IsCapitalized: true, IsAcronym: false } unit && NameLexicon.MilitaryUnitHeads.Contains(unit.Text) && unit.Lower != "group"
                && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && places.Find(tokens[end].Text) is null
                && (k + 2 >= tokens.Count || !IsNameToken(tokens[k + 2]) || tokens[k + 2].NewLineBefore))
            {
                return k + 1;
            }

            // "Brisk's Field", "St Ruvo's Square": a place named after someone, the possessive and a place's head alone after it,
            // is one place; not after a known place ("Kuopio's Market Square" is the square of Kuopio) nor an acronym.
            if ((start == end || (end == start + 1 && tokens[start].Undotted is "St" or "Saint" or "Ste")) && k + 1 < tokens.Count
                && tokens[k].Kind == TokenKind.Possessive && tokens[end].IsCapitalized && !tokens[end].IsAcronym
                && tokens[k + 1] is { IsCapitalized: true, IsAcronym: false } placeHead && NameLexicon.PlaceHeads.Contains(placeHead.Text)
                && !NameLexicon.AdminHeads.Contains(placeHead.Lower) && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && places.Find(tokens[end].Text) is null
                && !LineBreakBetween(tokens[end], placeHead) && (k + 2 >= tokens.Count || !IsNameToken(tokens[k + 2]) || tokens[k + 2].NewLineBefore))
            {
                return k + 1;
            }

            // "People's Army", and a plural's bare apostrophe: "Workers' Party".
            if (k + 1 < tokens.Count && (tokens[k].Kind == TokenKind.Possessive || (tokens[k].Text is "'" or "’" && tokens[k].Span.Start == tokens[end].Span.End))
                && NameLexicon.PossessiveNouns.Contains(tokens[end].Lower) && IsNameToken(tokens[k + 1]))
            {
                end = k + 1;
                continue;
            }

            // "Farmers' and Soldiers' Defence Union": two plural possessives joined by "and" before the rest of the name.
            if (k + 4 < tokens.Count && tokens[k].Text is "'" or "’" && tokens[k].Span.Start == tokens[end].Span.End && NameLexicon.PossessiveNouns.Contains(tokens[end].Lower)
                && tokens[k + 1].Text == "and" && IsNameToken(tokens[k + 2]) && NameLexicon.PossessiveNouns.Contains(tokens[k + 2].Lower)
                && tokens[k + 3].Text is "'" or "’" && tokens[k + 3].Span.Start == tokens[k + 2].Span.End && IsNameToken(tokens[k + 4]))
            {
                end = k + 4;
                continue;
            }

            // "Light Infantry Battalion 512", "Movement 3 March", "Revolutionary Movement 9th March": a unit's number or a
            // founding date after an organization's head is part of its name.
            if (((NameLexicon.OrgHeads.Contains(tokens[end].Text) && tokens[end].IsCapitalized) || (end > start && NameLexicon.OrgPrefixHeads.Contains(tokens[start].Text)))
                && TrailingNumberOrDate(tokens, end) is int numbered)
            {
                return numbered;
            }

            // "(Armée orthodoxe et loyale)": a name in brackets written in the sentence case of another language goes on in
            // lower-case words that are no English words, up to the closing bracket.
            if (start > 0 && tokens[start - 1].Text == "(" && ForeignBracketEnd(tokens, end) is int close)
            {
                return close;
            }

            if (start == end && IsFactionBracket(tokens, end))
            {
                return end + 3;
            }

            return end;
        }
    }

    /// <summary>
    /// A faction's letter or word in brackets after its parent's acronym: "KLF (R)", "KLF (IM)", "KLF (Progressive)". The
    /// letters are none of the acronym's own (the bracket "(KL)" after "KLF" shortens it: an alias), or the word is a
    /// faction's qualifier (org-words.txt [faction-qualifiers]). The faction is a body of its own.
    /// </summary>
    private static bool IsFactionBracket(List<Token> tokens, int end)
    {
        if (end + 3 >= tokens.Count || !tokens[end].IsAcronym || tokens[end + 1].Text != "(" || tokens[end + 3].Text != ")")
        {
            return false;
        }

        var inner = tokens[end + 2];
        if (!inner.IsWord || inner.NewLineBefore)
        {
            return false;
        }

        var letters = inner.Text.Replace(".", "", StringComparison.Ordinal);
        return (letters.Length is >= 1 and <= 3 && letters.All(char.IsAsciiLetterUpper) && !letters.All(tokens[end].Text.Contains))
            || (inner.IsCapitalized && NameLexicon.FactionQualifiers.Contains(inner.Text));
    }

    /// <summary>
    /// The last word before a closing bracket when every word from <paramref name="end"/> on is a connector, a capitalized
    /// word or a lower-case word that is no English word, and one of them is the last kind; null otherwise.
    /// </summary>
    private static int? ForeignBracketEnd(List<Token> tokens, int end)
    {
        var foreign = false;
        for (var m = end + 1; m < tokens.Count && m - end <= 6; m++)
        {
            var t = tokens[m];
            if (t.Text == ")")
            {
                return foreign && m > end + 1 ? m - 1 : null;
            }

            if (!t.IsWord || t.NewLineBefore)
            {
                return null;
            }

            if (char.IsLower(t.Text[0]) && !IsConnector(t) && !NameLexicon.AcronymConnectors.Contains(t.Lower))
            {
                if (NameLexicon.IsEnglishWord(t.Lower) || NameLexicon.IsCommon(t.Lower))
                {
                    return null;
                }

                foreign = true;
            }
        }

        return null;
    }

    /// <summary>
    /// Trims a run to the name(s) inside it: drops a leading "The", sentence-initial common words, leading
    /// demonyms and titles, and splits "Minister of Foreign Affairs of Iraq" into its parts.
    /// </summary>
    private IEnumerable<Piece> Split(State st, List<Token> tokens, int start, int end)
    {
        // Leading common words: always "The"; others when the word also appears in lower case or is a
        // known common word (so "Asked", "Today", "Militia" at the start of a sentence are not names).
        while (start <= end)
        {
            var t = tokens[start];
            var lower = t.Lower;
            // The lower-case test only for a lone word: "Civil Rights Watch" starts a sentence with a common word.
            var common = ((start == end ? NameLexicon.IsCommon(lower) : NameLexicon.IsStrippable(lower)) && !t.IsAcronym)
                || (start == end && t.SentenceStart && !t.IsAcronym && !NameLexicon.OrgHeads.Contains(t.Text)
                    && (st.LowerWords.Contains(lower) || (NameLexicon.IsEnglishWord(lower) && gazetteer.Find(t.Text) is null)));
            // "CP2 Kuopio", "KM5 Velt": a checkpoint's or a marker's code before a place's name is no word of it (not "M23
            // Movement": a body's head keeps its code).
            common |= start < end && CodeWord().IsMatch(t.Text) && tokens[start + 1].IsCapitalized && tokens[start + 1].Text.Any(char.IsLower) && !NameLexicon.OrgHeads.Contains(tokens[end].Text);
            // "August Velt", "June Kessaby": a month that is also a given name, before one more name word and with no date
            // around it ("in August Kessa forces …" keeps its month), is the person's given name.
            common &= !(start + 1 == end && NameLexicon.CalendarWords.Contains(lower) && NameLexicon.IsGivenName(t.Text) && !NameLexicon.IsCommon(tokens[end].Lower)
                && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && gazetteer.Find(tokens[end].Text) is null
                && (start == 0 || tokens[start - 1].Kind == TokenKind.Punct) && !(end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Number));
            // "Supreme commander of …" opening a line: the capital is the line's, the word the role's.
            common |= start == end && t.SentenceStart && NameLexicon.RoleModifiers.Contains(t.Lower) && end + 1 < tokens.Count
                && tokens[end + 1] is { IsWord: true } role && char.IsLower(role.Text[0]) && NameLexicon.RoleNouns.Contains(role.Text);
            // "Quotes Tamaran Prime Minister X as saying", "Says Defence Minister X": a verb in "-s" opening a sentence right before a
            // title (after a demonym at most) is the sentence's verb, not the first word of a name ("Political Counselor" keeps its word).
            common |= start < end && t.SentenceStart && !t.IsAcronym && Stem(lower) is var stem && stem != lower && NameLexicon.IsEnglishWord(stem) && !NameLexicon.OrgHeads.Contains(t.Text) && !IsTitleAt(tokens, start, end, out _)
                && (IsTitleAt(tokens, start + 1, end, out _) || (start + 2 <= end && gazetteer.FindDemonym(tokens[start + 1].Text) is not null && IsTitleAt(tokens, start + 2, end, out _)));
            // "Changed Velt.", "Updated Kessa": a past participle opening a two-word name at a sentence's start, with no head word
            // after it, is the sentence's (a lead-in's) verb, not a name's first word.
            common |= start + 1 == end && t.SentenceStart && !t.IsAcronym && lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 5
                && !NameLexicon.IsGivenName(t.Text) && IsEnglishParticiple(lower)
                && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && !NameLexicon.PlaceHeads.Contains(tokens[end].Text) && gazetteer.Find(t.Text + " " + tokens[end].Text) is null;
            // "Historian Dr. Ada Velder", "Historian Ada Velder": a role noun opening the sentence before a title or a given name
            // is the role, not the first word of a name.
            common |= start < end && t.SentenceStart && NameLexicon.RoleNouns.Contains(lower) && !IsTitleAt(tokens, start, end, out _)
                && (IsTitleAt(tokens, start + 1, end, out _) || NameLexicon.IsGivenName(tokens[start + 1].Text));
            // "his fellow Kessan Ana Velt", "fellow Republican X": the word after "fellow" is the people or the party they share.
            // Not "fellow Kessa Velt members": a plural after the name makes it the members' body.
            common |= start < end && start > 0 && tokens[start - 1].Lower == "fellow" && t.IsCapitalized && !t.IsAcronym && tokens[start + 1].IsCapitalized
                && !NameLexicon.IsGivenName(t.Text)
                && !(end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true } after && (NameLexicon.GroupFollowers.Contains(after.Lower) || NameLexicon.IsEnglishPlural(after.Lower)));

            // "Add French knots", "Use Turkish thread": an English word opening the sentence before a lone nationality is the
            // sentence's verb; the nationality is no name's second word.
            common |= start + 1 == end && t.SentenceStart && !t.IsAcronym && NameLexicon.IsEnglishWord(lower) && !NameLexicon.IsGivenName(t.Text)
                && !NameLexicon.OrgHeads.Contains(t.Text) && !NameLexicon.GenericOrgWords.Contains(lower) && gazetteer.FindDemonym(tokens[end].Text) is not null && gazetteer.Find(t.Text + " " + tokens[end].Text) is null;

            // "Read Velt for what the court assumed", "Call Ana Velt, site manager": a command's verb opening the sentence
            // before a name is no word of it (not before a body's head: "Search and Rescue Team").
            common |= start < end && (t.SentenceStart || OpensQuotation(tokens, start)) && !t.IsAcronym && NameLexicon.ImperativeVerbs.Contains(lower) && tokens[start + 1].IsCapitalized
                && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && !NameLexicon.PlaceHeads.Contains(tokens[end].Text);

            // "Volunteers of the Kessa Brigade fought": some of the body's people open the sentence, the body is the name.
            common |= start + 2 < end && t.SentenceStart && tokens[start + 1].Lower == "of" && NameLexicon.PartitivePlurals.Contains(lower)
                && NameLexicon.OrgHeads.Contains(tokens[end].Text);
            var possessed = start + 1 <= end && tokens[start + 1].Kind == TokenKind.Possessive;
            // "the Three Rivers Alliance", "the Fourth Division": a capitalized number word after "the" opens the name.
            common &= !(start < end && !t.SentenceStart && start > 0 && tokens[start - 1].Lower == "the" && NameLexicon.NumberWords.Contains(lower)
                && NameLexicon.OrgHeads.Contains(tokens[end].Text));
            // "the Always Faithful Brigade", "the Never Defeated Army": inside a sentence, after "the", a capitalized adverb opens
            // the body's name as much as a number word does.
            common &= !(start + 1 < end && !t.SentenceStart && start > 0 && tokens[start - 1].Lower == "the" && NameLexicon.IsStrippable(lower)
                && char.IsUpper(t.Text[0]) && tokens[start + 1].IsCapitalized && NameLexicon.OrgHeads.Contains(tokens[end].Text));
            common &= !(start == end && st.Surnames.Contains(NameKey.Fold(t.Text)));
            // "Said al-Shihri", "Said bin Musallam": a word before a name's particle is a given name, not "said".
            common &= !(start < end && (NameLexicon.ParticlePrefixLength(tokens[start + 1].Text) > 0 || NameLexicon.PatronymicParticles.Contains(tokens[start + 1].Lower)));
            var article = t.Text is "al" or "el" && start < end && (tokens[start + 1].IsCapitalized || (tokens[start + 1].Text == "-" && start + 1 < end));
            if (lower == "the" || (common && !possessed && !IsTitleAt(tokens, start, end, out _)) || (IsConnector(t) && !article))
            {
                start++;
                continue;
            }

            break;
        }

        while (end >= start && (IsConnector(tokens[end]) || tokens[end].Kind == TokenKind.Possessive))
        {
            end--;
        }

        // "Tamaro Senior Officials", "Deputy District Administrators": people named by a plural role are no one's name;
        // the name before them stays. Not after "of" or "for": "Council of Ministers", "Panel of Experts" are bodies.
        while (end > start && IsPluralRole(tokens[end]) && tokens[end - 1].Lower is not ("of" or "for"))
        {
            end--;
            while (end > start && NameLexicon.RoleModifiers.Contains(tokens[end].Lower))
            {
                end--;
            }
        }

        if (start == end && IsPluralRole(tokens[start]))
        {
            yield break;
        }

        // "West, East, and Southern Africa", "Central Asian countries": a compass word alone is part of a name left out.
        if (start == end && NameLexicon.CompassWords.Contains(tokens[start].Lower)
            && end + 1 < tokens.Count && (tokens[end + 1].Text is "," || tokens[end + 1].Lower is "and" or "or" || IsDemonymLike(tokens[end + 1])))
        {
            yield break;
        }

        if (start > end)
        {
            yield break;
        }

        // "Minister for the Gulf States Omar Haddad": the region belongs to the title before "for"; the name follows it.
        if (PortfolioTitleBefore(tokens, start) is var (portfolioFrom, portfolioTitle))
        {
            for (var k = end - 1; k >= start; k--)
            {
                if (gazetteer.Find(Surface(st.Text, tokens, start, k)) is not null && IsPersonalNameAfter(tokens, k + 1, end))
                {
                    yield return new Piece(k + 1, end, Title: portfolioTitle, TitleFrom: portfolioFrom);
                    yield break;
                }
            }
        }

        // "Islamic Republic of Iran", "United States": the whole run is a known place.
        if (gazetteer.Find(Surface(st.Text, tokens, start, end)) is not null)
        {
            yield return new Piece(start, end);
            yield break;
        }

        // Equipment after a name is what the actor used: "Zayudi UAV" names the Zayudis.
        while (end > start && tokens[end].IsAcronym && NameLexicon.EquipmentAcronyms.Contains(tokens[end].Undotted))
        {
            end--;
        }

        // A category's acronym before a name is the name's status: "SDGT Jabhat Wadi" names Jabhat Wadi.
        while (start < end && tokens[start].IsAcronym && NameLexicon.DesignationAcronyms.Contains(tokens[start].Undotted))
        {
            start++;
        }

        // Trailing community words: "the Hakim Shiite clerical dynasty" names Hakim.
        while (end > start && NameLexicon.CommunityWords.Contains(NameLexicon.Plain(tokens[end].Text)))
        {
            end--;
        }

        // Documents, events and times are not actors: "Security Council Resolution" keeps "Security Council",
        // "Greenwich Mean Time" keeps nothing.
        var strippedHead = false;
        // A lone acronym is no head word: "PLAN" is a movement's initials, not a plan.
        // Nor the head of an "of the" phrase after an actor's head: "the Volunteers of the Tamaro Revolution" are volunteers.
        while (end >= start && NameLexicon.NonActorHeads.Contains(tokens[end].Text) && !(end > start && tokens[end - 1].Lower == "of")
            && !(start == end && tokens[end].IsAcronym && tokens[end].Text.Length > 2) && !OfTheAfterActorHead(tokens, start, end))
        {
            end--;
            strippedHead = true;
        }

        if (start > end || NameLexicon.NonActorPrefixes.Contains(tokens[start].Text)
            || (strippedHead && !NameLexicon.OrgHeads.Contains(tokens[end].Text) && gazetteer.Find(Surface(st.Text, tokens, start, end)) is null))
        {
            yield break;
        }

        // "…for Trade and Economic Affairs Laura K. Benton", "Office of Export Control Peter J. Walsh": a personal name
        // with a middle initial closes a longer run of other words (the end of a title or an institution). It is a person
        // apart from them.
        // A title alone before the name ("Secretary John F. Kerry") is left to the title rules below, which keep it with the person.
        if (ClosingPersonalName(tokens, start, end) is var nameAt and > 0 && !(IsTitleAt(tokens, start, nameAt - 1, out var onlyTitleEnd) && onlyTitleEnd == nameAt - 1))
        {
            yield return new Piece(start, nameAt - 1);
            yield return new Piece(nameAt, end);
            yield break;
        }

        // "Federal Trade Minister X", "Acting Interior Minister X": a modifier of the office opening the run belongs to
        // the title, not to a name.
        if (start + 1 < end && (NameLexicon.RoleModifiers.Contains(tokens[start].Lower) || tokens[start].Lower is "federal" or "national" or "state" or "union")
            && tokens[start].IsCapitalized && IsTitleAt(tokens, start + 1, end, out var modifiedEnd) && modifiedEnd < end && tokens[modifiedEnd + 1].IsCapitalized
            && tokens[modifiedEnd + 1].Lower != "of")
        {
            yield return new Piece(modifiedEnd + 1, end, Title: TitleText(tokens, start, modifiedEnd), TitleFrom: start);
            yield break;
        }

        // "Foreign Office Minister Tobias Ellwood": a title inside the run separates an institution from a person.
        for (var k = start + 1; k < end; k++)
        {
            if (IsTitleAt(tokens, k, end, out var tEnd) && tEnd < end
                && char.IsUpper(tokens[k].Text[0]) && !NameLexicon.JoinedTitles.Contains(tokens[k].Lower)
                && tokens[tEnd + 1].IsCapitalized && tokens[tEnd + 1].Lower != "of"
                && (NameLexicon.OrgHeads.Contains(tokens[k - 1].Text) || gazetteer.Find(Surface(st.Text, tokens, start, k - 1)) is not null))
            {
                yield return new Piece(start, k - 1);
                // The institution is part of the title ("Foreign Office Minister"); a place before it only when it is an adjective ("UK").
                var titleFrom = NameLexicon.OrgHeads.Contains(tokens[k - 1].Text) || (k - 1 == start && tokens[start].IsAcronym) ? start : k;
                yield return new Piece(tEnd + 1, end, Title: TitleText(tokens, k, tEnd), TitleFrom: titleFrom);
                yield break;
            }
        }

        // "Civil Rights Watch Iraq researcher": an organization followed by a place is two names; not when the last word is a
        // head word too, as a town's name may be ("Brotherhood Alliance").
        if (end - start >= 2 && NameLexicon.OrgHeads.Contains(tokens[end - 1].Text) && gazetteer.Find(tokens[end].Text) is not null
            && !NameLexicon.OrgHeads.Contains(tokens[end].Text))
        {
            yield return new Piece(start, end - 1);
            yield return new Piece(end, end);
            yield break;
        }

        var headed = NameLexicon.OrgHeads.Contains(tokens[end].Text) || NameLexicon.PlaceHeads.Contains(tokens[end].Text);

        // Leading demonyms and community words ("Iraqi Prime Minister X", "Shia cleric X", "the Kessan Ana Velt") unless they open an
        // organization's name.
        // "Islamic Front" stays whole: the word after the adjective is a common word, not a name. A country before a
        // title ("UK Foreign Secretary X") goes the same way.
        var beforeDemonyms = start;
        // "French West Africa", "Spanish West Africa": a nationality before a compass word and a
        // region's name is the colony's name, whole.
        var colony = IsColony(tokens, start, end);
        // A given name after the demonym opens a person's name even before a word that heads bodies ("the Canadian William Orvan Brisk").
        var namedPerson = end >= start + 2 && IsDemonymLike(tokens[start]) && NameLexicon.IsGivenName(tokens[start + 1].Text);
        // "Christian Velder": a faith's word that is also a given name, before one name that is no people's and no body's, is
        // the person's given name ("Christian Velder of Lahti", not "Christian Velder fighters").
        var second = start + 1;
        var givenFaith = end > start && (end == second || tokens[second + 1].Lower is "of" or "from") && NameLexicon.IsCommonGivenName(tokens[start].Text)
            && !(start > 0 && tokens[start - 1].Lower is "the" or "a" or "an")
            && !IsDemonymLike(tokens[second]) && !tokens[second].IsAcronym && !NameLexicon.OrgHeads.Contains(tokens[second].Text)
            && !(second + 1 < tokens.Count && (NameLexicon.GroupFollowers.Contains(tokens[second + 1].Lower) || NameLexicon.OrgHeads.Contains(tokens[second + 1].Lower)));
        while (start < end && (!headed || namedPerson) && !colony && !givenFaith && (IsDemonymLike(tokens[start]) || (tokens[start].IsAcronym && gazetteer.Find(tokens[start].Text) is { Kind: PlaceKind.Country } && IsTitleAt(tokens, start + 1, end, out _)))
            && (IsTitleAt(tokens, start + 1, end, out _) || (end > start + 1 && NameLexicon.IsGivenName(tokens[start + 1].Text))
                || (!NameLexicon.IsCommon(tokens[start + 1].Lower) && !st.LowerWords.Contains(tokens[start + 1].Lower)
                && !NameLexicon.IsEnglishWord(tokens[start + 1].Lower))))
        {
            start++;
        }

        // An organization's acronym before a title: "UN Special Envoy Lindqvist" is the UN and its envoy.
        if (start < end && tokens[start].IsAcronym && gazetteer.Find(tokens[start].Text) is null && IsTitleAt(tokens, start + 1, end, out _))
        {
            yield return new Piece(start, start);
            start++;
            beforeDemonyms = start;
        }

        // A country noun before an organization: "U.S. State Department" is the U.S. and the State Department. Not a movement named
        // for its country: "Zimbabwe African National Union", "Sudan People's Liberation Army" (a demonym or a political word follows),
        // nor one named for a river or a valley that shares the country's name ("Tamaro River Alliance"), nor a country's own armed
        // forces ("Tamaro Defense Forces") or an international company ("Tamaro International Airlines").
        if (start < end && headed && gazetteer.Find(tokens[start].Text) is { Kind: PlaceKind.Country } && NameLexicon.OrgHeads.Contains(tokens[end].Text)
            && end - start >= 2 && !(gazetteer.FindDemonym(tokens[start + 1].Text) is not null || NameLexicon.MovementOpeners.Contains(tokens[start + 1].Lower)
                || NameLexicon.PlaceHeads.Contains(tokens[start + 1].Lower) || tokens[start + 1].Lower is "defense" or "defence" or "self-defense" or "self-defence" or "armed" or "international"))
        {
            yield return new Piece(start, start);
            start++;
        }

        // "the Chief Judge, X", "the Head Coach": a title or a role noun after words that only qualify it (role modifiers, other
        // role nouns) is an office alone, no name.
        if (start < end && !tokens[end].IsAcronym && (IsTitleAt(tokens, end, end, out _) || NameLexicon.RoleNouns.Contains(tokens[end].Lower))
            && Enumerable.Range(start, end - start).All(k => NameLexicon.RoleModifiers.Contains(tokens[k].Lower) || NameLexicon.RoleNouns.Contains(tokens[k].Lower)))
        {
            yield break;
        }

        // Titles: "Prime Minister Omar al-Rashidi", "Maj. Gen. X", "Minister of Foreign Affairs of Iraq". An organization's head at
        // the end belongs to the part after "of" when a name, not a head word, stands before it ("Detective Inspector X of the
        // Kessa Police Service"; not "General Directorate of Security").
        if (IsTitleAt(tokens, start, end, out var titleEnd) && (!headed || HolderBeforeOf(tokens, titleEnd + 1, end) || (titleEnd > start && titleEnd < end && tokens[titleEnd + 1].Lower == "of")))
        {
            var next = titleEnd + 1;
            if (next <= end && tokens[next].Lower == "of")
            {
                // "Minister of Foreign Affairs of Iraq": the department belongs to the title; after the next "of" comes a place.
                var of2 = next + 1;
                while (of2 <= end && tokens[of2].Lower != "of")
                {
                    of2++;
                }

                if (of2 < end)
                {
                    yield return new Piece(of2 + 1, end);
                }
                else if ((tokens[next + 1].Lower == "the" ? next + 2 : next + 1) is var held && held <= end
                    && (gazetteer.Find(Surface(st.Text, tokens, held, end)) is not null || Enumerable.Range(held, end - held + 1).Any(j => NameLexicon.OrgHeads.Contains(tokens[j].Text))))
                {
                    // "the Governor of Ghana, X", "the Chief of Staff of the Defence Forces": the office is held in the place or the
                    // body after "of".
                    yield return new Piece(held, end);
                }

                yield break;
            }

            var titleStart = start;
            var title = TitleText(tokens, start, titleEnd);
            start = next;
            while (start <= end && IsTitleAt(tokens, start, end, out var t2))
            {
                start = t2 + 1;
            }

            if (start > end)
            {
                // "Bishop, a former typist, …" after "Ada Bishop": a title's one word that is the surname of a person named
                // before, not after "the", is that surname.
                if (titleStart == end && tokens[end].IsCapitalized && !(titleStart > 0 && tokens[titleStart - 1].Lower == "the")
                    && st.Surnames.Contains(NameKey.Fold(tokens[end].Text)))
                {
                    yield return new Piece(titleStart, end);
                    yield break;
                }

                // "The Foreign Secretary said": a title alone, after "the", refers to the person the article gave that title.
                if (titleStart > 0 && tokens[titleStart - 1].Lower == "the" && NameLexicon.ReferenceTitles.Contains(title))
                {
                    yield return new Piece(titleStart, end, Title: title, TitleOnly: true);
                }

                yield break;
            }

            // "Prime Minister X of the Government of National Unity", "President X of Tamaro": the title's holder ends at "of";
            // what follows is where the title is held.
            var ofAt = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).FirstOrDefault(k => tokens[k].Text == "of" && k + 1 <= end, -1);
            if (ofAt > start)
            {
                yield return new Piece(start, ofAt - 1, Title: title, TitleFrom: beforeDemonyms);
                if (AfterOf(tokens, ofAt, end) is { } after)
                {
                    yield return after;
                }

                yield break;
            }

            yield return new Piece(start, end, Title: title, TitleFrom: beforeDemonyms);
            yield break;
        }

        // Split at "of" unless the part before it is an organization or place with its head word, or a known place phrase.
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Lower == "of" && char.IsLower(tokens[k].Text[0]))
            {
                var before = tokens[k - 1].Text;
                if (NameLexicon.NonActorHeads.Contains(before) || before is "Book" or "Battle" or "Siege" or "Gospel" or "Epistle")
                {
                    // "Book of Revelation", "Battle of Mosul": a work or an event; only a known place inside it is a mention.
                    if (gazetteer.Find(Surface(st.Text, tokens, k + 1, end)) is not null)
                    {
                        yield return new Piece(k + 1, end);
                    }

                    yield break;
                }

                // "Tamaro Region of Chad": a named region of a country is two places, the region and the country.
                if (k - 1 > start && NameLexicon.TrailingPlaceHeads.Contains(before)
                    && gazetteer.Find(Surface(st.Text, tokens, k + 1, end)) is { Kind: PlaceKind.Country })
                {
                    yield return new Piece(start, k - 1);
                    yield return new Piece(k + 1, end);
                    yield break;
                }

                // "the Liberation Cell of the Kessa Front", "the Third Brigade of the Tamaro Army": a unit of another organization is two
                // names, the unit and the organization it belongs to.
                if (k - 1 > start && NameLexicon.UnitHeads.Contains(tokens[k - 1].Lower) && char.IsUpper(before[0])
                    && Enumerable.Range(k + 1, end - k).Any(j => tokens[j].IsCapitalized && NameLexicon.OrgHeads.Contains(tokens[j].Text) && !NameLexicon.UnitHeads.Contains(tokens[j].Lower)))
                {
                    yield return new Piece(start, k - 1);
                    if (AfterOf(tokens, k, end) is { } organization)
                    {
                        yield return organization;
                    }

                    yield break;
                }

                if (NameLexicon.OrgHeads.Contains(before) || NameLexicon.PlaceHeads.Contains(before) || before is "Republic" or "Kingdom" or "State" or "Emirate"
                    || before is "League" or "Party" or "Army" or "Sons" or "Soldiers" or "Partisans" or "Followers" or "Supporters" or "People")
                {
                    break;
                }

                // "National Movement for the Liberation of the Wadi", "High Council for the Unity of Tamaro": an
                // organization's head word earlier in the run makes the whole run its name.
                if (Enumerable.Range(start, k - start).Any(j => tokens[j].IsCapitalized && NameLexicon.OrgHeads.Contains(tokens[j].Text))
                    && Enumerable.Range(start, k - start).Any(j => tokens[j].Lower is "for" or "of" or "in"))
                {
                    break;
                }

                // "al-Zayudiyya in the Plains of the Wadi": a run that goes on with "in the" (GoesOnInTheXOf) is one name.
                if (Enumerable.Range(start, k - start).Any(j => tokens[j].Text == "in"))
                {
                    break;
                }

                yield return new Piece(start, k - 1);
                if (AfterOf(tokens, k, end) is { } after)
                {
                    // "the Rangers of General X": the part after "of" is read as a run of its own (its title split off).
                    foreach (var piece in Split(st, tokens, after.Start, after.End))
                    {
                        yield return piece;
                    }
                }

                yield break;
            }
        }

        yield return new Piece(start, end);
    }

    private static int? DemonymGroupHeadAfter(List<Token> tokens, int end)
    {
        foreach (var head in NameLexicon.DemonymGroupHeads)
        {
            var words = head.Split(' ');
            if (end + words.Length >= tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var w = 0; w < words.Length && ok; w++)
            {
                ok = tokens[end + 1 + w].Text == words[w];
            }

            // "the Syrian opposition" is a group; in "an Iranian opposition group" the head is "group".
            var after = end + words.Length + 1;
            if (ok && !(head == "opposition" && after < tokens.Count && tokens[after].IsWord && char.IsLower(tokens[after].Text[0])))
            {
                return end + words.Length;
            }
        }

        return null;
    }

    /// <summary>
    /// A colony's name, whole: a nationality, then a compass word and a region ("French West Africa", "Spanish West Africa"),
    /// or then the whole name of another country or region the gazetteer knows ("British Tasmania"; not a given name:
    /// "the British Jordan Velt").
    /// </summary>
    private bool IsColony(List<Token> tokens, int start, int end)
    {
        if (end < start + 1 || gazetteer.FindDemonym(tokens[start].Text) is not { } power || !tokens[start + 1].IsCapitalized)
        {
            return false;
        }

        if (end >= start + 2 && NameLexicon.CompassWords.Contains(tokens[start + 1].Lower) && tokens[start + 2].IsCapitalized)
        {
            return true;
        }

        return !NameLexicon.IsGivenName(tokens[start + 1].Text) && end - start <= 3 && tokens.Skip(start + 1).Take(end - start).All(t => t.IsWord && t.IsCapitalized)
            && gazetteer.Find(string.Join(' ', tokens.Skip(start + 1).Take(end - start).Select(t => t.Text))) is { Kind: PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent } land
            && land.Country != power.Country;
    }

    [GeneratedRegex(@"^[A-Z]{1,3}\d{1,3}$")]
    private static partial Regex CodeWord();

    private bool IsDemonymLike(Token t) =>
        NameLexicon.CommunityWords.Contains(NameLexicon.Plain(t.Text)) || gazetteer.FindDemonym(t.Text) is not null
        || (t.Text.Contains('-') && NameLexicon.TieParticiples.Contains(t.Text.Split('-')[^1]));

    /// <summary>
    /// The first token of a title followed by "for" or "for the" right before <paramref name="start"/> ("Minister for the …",
    /// "Special Envoy for …"), with a nationality before the title; null if there is none.
    /// </summary>
    private (int From, string Title)? PortfolioTitleBefore(List<Token> tokens, int start)
    {
        var f = start - 1;
        if (f >= 0 && tokens[f].Lower == "the")
        {
            f--;
        }

        if (f < 1 || tokens[f].Text != "for")
        {
            return null;
        }

        foreach (var words in TitleWords)
        {
            var t = f - words.Length;
            if (t >= 0 && IsTitleAt(tokens, t, f - 1, out var tEnd) && tEnd == f - 1 && char.IsUpper(tokens[t].Text[0]))
            {
                var from = t;
                while (from > 0 && (IsDemonymLike(tokens[from - 1]) || tokens[from - 1].IsAcronym) && tokens[from - 1].IsCapitalized)
                {
                    from--;
                }

                return (from, TitleText(tokens, t, tEnd));
            }
        }

        return null;
    }

    /// <summary>Tokens start..end look like a person's name: two or more capitalized words, no title or organization word.</summary>
    /// <summary>
    /// Where a personal name of the form "Given I. Surname" (a given name, one or two initials, one or two surnames) ends
    /// the run <paramref name="start"/>..<paramref name="end"/> after other words that are not part of a name; else -1.
    /// </summary>
    private static int ClosingPersonalName(List<Token> tokens, int start, int end)
    {
        for (var k = Math.Max(start + 1, end - 4); k <= end - 2; k++)
        {
            var initial = k + 1;
            while (initial <= end && IsInitial(tokens[initial]))
            {
                initial++;
            }

            var before = tokens[k - 1];
            if (initial > k + 1 && initial <= end && end - initial < 2 && NameLexicon.IsGivenName(tokens[k].Text)
                && !IsInitial(before) && !NameLexicon.IsGivenName(before.Text) && !NameLexicon.NameParticles.Contains(before.Text)
                && Enumerable.Range(initial, end - initial + 1).All(j => tokens[j].IsCapitalized && !tokens[j].IsAcronym
                    && !NameLexicon.OrgHeads.Contains(tokens[j].Text) && !NameLexicon.PlaceHeads.Contains(tokens[j].Text)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> as a whole word (not inside a longer one).</summary>
    private static bool HasWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For each "( ACRONYM )" in the sentence, the stretch of capitalized words and connectors right before it whose
    /// initials spell the acronym, as start → end, when it spans two capitalized words or more; the longest such stretch.
    /// </summary>
    private Dictionary<int, int> SpelledByAcronyms(List<Token> tokens, HashSet<int> spelledForeign)
    {
        var spans = new Dictionary<int, int>();
        for (var b = 1; b + 2 < tokens.Count; b++)
        {
            // "(ACRONYM)", and "(ACRONYM; 2004-2017)" with more said after it.
            if (tokens[b].Text != "(" || !tokens[b + 1].IsAcronym || tokens[b + 2].Text is not (")" or ";" or ","))
            {
                continue;
            }

            // A law, an order or a report spelled out with its acronym ("Executive Order (E.O.)") is no actor: the usual
            // rules drop it.
            if (NameLexicon.NonActorHeads.Contains(tokens[b - 1].Text))
            {
                continue;
            }

            // Initials without the connectors ("FLNC" for "Front for the Liberation of the North and the Coast") and with
            // them ("FFP" for "Fund for Peace").
            var letters = new string(tokens[b + 1].Text.Where(char.IsLetter).ToArray());
            var initials = "";
            var withConnectors = "";
            var words = 0;
            int? from = null;
            for (var j = b - 1; j >= 0 && initials.Length <= letters.Length; j--)
            {
                var t = tokens[j];
                if (t.IsWord && char.IsLower(t.Text[0]) && NameLexicon.AcronymConnectors.Contains(t.Text))
                {
                    withConnectors = t.Text[0] + withConnectors;
                    continue;
                }

                // "Guard Corps – Elite Force (GC-EF)": a dash between two parts of the name; "Return, Renewal and Reform
                // Movement (RRRM)": a comma between the words of a list inside it.
                if (t.Text is "–" or "—" or "-" or "," && j > 0 && IsNameToken(tokens[j - 1]) && words > 0)
                {
                    continue;
                }

                // "Queen's Kessa Rifles (QKR)": a possessive inside the name, written onto its word.
                if (t.Kind == TokenKind.Possessive && words > 0 && j > 0 && IsNameToken(tokens[j - 1]) && tokens[j - 1].IsCapitalized && tokens[j - 1].Span.End == t.Span.Start)
                {
                    continue;
                }

                if (!IsNameToken(t))
                {
                    break;
                }

                var initial = t.IsAcronym ? new string(t.Text.Where(char.IsLetter).ToArray()) : Initials(t.Text);
                initials = initial + initials;
                withConnectors = initial + withConnectors;
                words++;
                if (words >= 2 && (string.Equals(initials, letters, StringComparison.OrdinalIgnoreCase) || string.Equals(withConnectors, letters, StringComparison.OrdinalIgnoreCase)))
                {
                    from = j;
                }
            }

            // "UN Stabilization Mission in Tamaro (UNSMIT)" in the language of the acronym's makers: an organization's name,
            // "in" and a place, right before the bracket.
            from ??= MissionInPlace(tokens, b);

            // "Mouvement des jeunes pour la liberté du peuple kessan (MJLPK)", "Association pour le progrès du Tamaro (APTA)": a
            // name in a language that keeps its words in lower case, spelled by letters that need not open its words.
            if (from is null && SpelledLongForm(tokens, b, letters) is int foreign)
            {
                from = foreign;
                spelledForeign.Add(foreign);
            }

            // "Somali Transitional Federal Government (TFG)": the nationality opens the organization's name.
            if (from is int f && f > 0 && tokens[f - 1].IsCapitalized && gazetteer.FindDemonym(tokens[f - 1].Text) is not null
                && NameLexicon.OrgHeads.Contains(tokens[b - 1].Text))
            {
                from = f - 1;
            }

            if (from is int start && !spans.ContainsKey(start))
            {
                spans[start] = b - 1;
            }
        }

        return spans;
    }

    /// <summary>
    /// A title, "for" or "of", a portfolio of capitalized words ("Terrorism and Financial Intelligence", "the Office of
    /// Tamaro Assets Control") and a personal name closing it: where the name starts and ends, and the title with its
    /// portfolio. A portfolio that opens with an organization's head word ("Office of …") is also an organization's name,
    /// whose start is given; else -1. Null when the tokens at <paramref name="start"/> are not such a run.
    /// </summary>
    private static (int PortfolioStart, int NameStart, int NameEnd, string Title)? TitledPortfolio(List<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !IsTitleAt(tokens, start, Math.Min(tokens.Count - 1, start + 4), out var titleEnd))
        {
            return null;
        }

        // "Acting Under Secretary for …": titles one after another are one title.
        while (titleEnd + 1 < tokens.Count && IsTitleAt(tokens, titleEnd + 1, Math.Min(tokens.Count - 1, titleEnd + 5), out var more))
        {
            titleEnd = more;
        }

        if (titleEnd + 2 >= tokens.Count || tokens[titleEnd + 1].Lower is not ("for" or "of"))
        {
            return null;
        }

        var end = titleEnd + 1;
        while (end + 1 < tokens.Count && end - titleEnd < 14 && !tokens[end + 1].NewLineBefore
            && ((tokens[end + 1].IsWord && (tokens[end + 1].IsCapitalized || tokens[end + 1].Lower is "and" or "the" or "of" or "for"))
                || IsInitial(tokens[end + 1])))
        {
            end++;
        }

        // The name: a given name, then initials and one or two surnames, at the end of the run.
        for (var k = Math.Max(titleEnd + 3, end - 4); k < end; k++)
        {
            if (!NameLexicon.IsGivenName(tokens[k].Text) || NameLexicon.IsGivenName(tokens[k - 1].Text) || IsInitial(tokens[k - 1]))
            {
                continue;
            }

            var surnames = Enumerable.Range(k + 1, end - k).Count(j => !IsInitial(tokens[j]));
            if (surnames is < 1 or > 2 || !Enumerable.Range(k + 1, end - k).All(j => IsInitial(tokens[j]) || (tokens[j].IsCapitalized && !tokens[j].IsAcronym
                && !NameLexicon.OrgHeads.Contains(tokens[j].Text) && !NameLexicon.PlaceHeads.Contains(tokens[j].Text))))
            {
                continue;
            }

            var portfolio = titleEnd + 2 < k && tokens[titleEnd + 2].Lower == "the" ? titleEnd + 3 : titleEnd + 2;
            var organization = portfolio < k - 1 && NameLexicon.OrgHeads.Contains(tokens[portfolio].Text) ? portfolio : -1;
            return (organization, k, end, TitleText(tokens, start, titleEnd));
        }

        return null;
    }

    /// <summary>
    /// "Shura Council in the Hills of Tamaro", "al-Zayudiyya in the Plains of the Wadi": an organization's name that goes on
    /// with "in the X of Y"; the new end of the run, else <paramref name="end"/>. The run must be an organization's (a head word
    /// at its end, or an Arabic article opening it).
    /// </summary>
    private static int GoesOnInTheXOf(Gazetteer places, List<Token> tokens, int start, int end)
    {
        if (end + 4 >= tokens.Count || tokens[end + 1].Text != "in" || tokens[end + 2].Text != "the" || !tokens[end + 3].IsCapitalized
            || tokens[end + 4].Text != "of" || tokens[end + 3].NewLineBefore
            || !(NameLexicon.OrgHeads.Contains(tokens[end].Text) || NameLexicon.ParticlePrefixLength(tokens[end].Text) > 0 || (end > 0 && tokens[end - 1].Text is "al" or "Al")))
        {
            return end;
        }

        var after = ExtendRun(places, tokens, end + 3);
        return after > end + 3 ? after : end;
    }

    /// <summary>
    /// The start of the long form an acronym in brackets at <paramref name="bracket"/> spells, found as Schwartz and Hearst
    /// (2003) do: the acronym's letters are matched from the last backwards in the words before the bracket, anywhere in a
    /// word, and its first letter must open a word. Taken only for a name of two or more words, at most the acronym's
    /// length and five more, that opens with a capital and whose lower-case words are connectors or no English words
    /// ("Alliance pour la libération du Tamaro"): "the group responsible for the attack (GRA)" is no name.
    /// </summary>
    private static int? SpelledLongForm(List<Token> tokens, int bracket, string letters)
    {
        if (letters.Length < 2)
        {
            return null;
        }

        var maxWords = Math.Min(letters.Length + 5, letters.Length * 2);
        var first = bracket;
        var words = 0;
        while (first > 0 && words < maxWords && tokens[first - 1].IsWord && !tokens[first - 1].NewLineBefore)
        {
            first--;
            words++;
        }

        if (words < 2)
        {
            return null;
        }

        // Right to left: each letter of the acronym in the words, the first one at a word's start.
        var li = letters.Length - 1;
        var tk = bracket - 1;
        var ci = tokens[tk].Text.Length - 1;
        while (li >= 0 && tk >= first)
        {
            var word = tokens[tk].Text;
            var c = char.ToLowerInvariant(letters[li]);
            var found = false;
            for (; ci >= 0; ci--)
            {
                if (RemoveAccent(char.ToLowerInvariant(word[ci])) == c && (li > 0 || ci == 0))
                {
                    found = true;
                    break;
                }
            }

            if (found)
            {
                li--;
                ci--;
                if (li < 0)
                {
                    break;
                }

                if (ci >= 0)
                {
                    continue;
                }
            }

            tk--;
            ci = tk >= 0 ? tokens[tk].Text.Length - 1 : -1;
        }

        if (li >= 0 || tk < first || bracket - tk < 2 || !tokens[tk].IsCapitalized)
        {
            return null;
        }

        for (var k = tk; k < bracket; k++)
        {
            var w = tokens[k];
            if (!w.IsCapitalized && !NameLexicon.AcronymConnectors.Contains(w.Lower) && !NameLexicon.NameParticles.Contains(w.Lower)
                && (NameLexicon.IsEnglishWord(w.Lower) || NameLexicon.IsCommon(w.Lower)))
            {
                return null;
            }
        }

        return tk;
    }

    private static char RemoveAccent(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' => 'a',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    };

    /// <summary>Where "X Mission in Y" begins when it ends right before the bracket at <paramref name="bracket"/>; else null.</summary>
    private static int? MissionInPlace(List<Token> tokens, int bracket)
    {
        var j = bracket - 1;
        while (j >= 0 && tokens[j].IsCapitalized)
        {
            j--;
        }

        if (j == bracket - 1 || j < 2 || tokens[j].Text != "in" || !NameLexicon.OrgHeads.Contains(tokens[j - 1].Text) || !tokens[j - 1].IsCapitalized)
        {
            return null;
        }

        var start = j - 1;
        while (start > 0 && (IsNameToken(tokens[start - 1]) || (tokens[start - 1].Text is "of" or "for" && start > 1 && IsNameToken(tokens[start - 2]))))
        {
            start--;
        }

        return start < j - 1 ? start : null;
    }

    /// <summary>
    /// "April 9 Movement", "6 April Youth Front": a month and a day, then capitalized words that end with an organization's
    /// head word; the end of the name, else null.
    /// </summary>
    /// <summary>
    /// The end of a number or a date right after the organization's head at <paramref name="head"/>: a unit's number after a
    /// unit's head ("Battalion 512", not a year), or a day and a capitalized month ("3 March", "9th March", "March 3");
    /// else null.
    /// </summary>
    private static int? TrailingNumberOrDate(List<Token> tokens, int head)
    {
        var k = head + 1;
        if (k >= tokens.Count || tokens[k].Span.Start == tokens[head].Span.End || tokens[k].NewLineBefore)
        {
            return null;
        }

        static bool IsDay(Token d) => (d.Kind == TokenKind.Number && d.Text.Length <= 2 && int.TryParse(d.Text, out var n) && n is >= 1 and <= 31)
            || (d.Kind == TokenKind.Word && OrdinalDay().IsMatch(d.Text));
        static bool IsMonth(Token m) => m.IsWord && m.IsCapitalized && NameLexicon.Months.Contains(m.Lower);
        if (k + 1 < tokens.Count && IsDay(tokens[k]) && IsMonth(tokens[k + 1]))
        {
            return k + 1;
        }

        if (k + 1 < tokens.Count && IsMonth(tokens[k]) && IsDay(tokens[k + 1]))
        {
            return k + 1;
        }

        // "the Popular Forces of 25 April", "Forças Populares 25 de Abril", "Movimiento 19 de Abril": the day, "of" or "de",
        // and a month in English or a Romance language.
        if (k + 2 < tokens.Count && tokens[k].Lower == "of" && IsDay(tokens[k + 1]) && IsMonth(tokens[k + 2]))
        {
            return k + 2;
        }

        if (k + 2 < tokens.Count && IsDay(tokens[k]) && tokens[k + 1].Lower is "de" or "del" && tokens[k + 2].IsWord && tokens[k + 2].IsCapitalized
            && (NameLexicon.Months.Contains(tokens[k + 2].Lower) || NameLexicon.ForeignMonths.Contains(tokens[k + 2].Lower)))
        {
            return k + 2;
        }

        return tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length <= 4 && !(tokens[k].Text.Length == 4 && tokens[k].Text[0] is '1' or '2')
            && NameLexicon.NamedUnitHeads.Contains(tokens[head].Lower)
            && !(k + 1 < tokens.Count && tokens[k + 1].Text is ":" or "." or "," && k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Number)
                ? k : null;
    }

    [GeneratedRegex(@"^, (?:which|what|that) (?:the )?\p{L}[\p{L}-]+ (?:call|calls|called|name|names|named)(?: the)?$")]
    private static partial Regex WhichTheyCall();

    [GeneratedRegex("^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$")]
    private static partial Regex OrdinalDay();


    private static int? DatedName(Gazetteer places, List<Token> tokens, int start)
    {
        static bool IsDay(Token d) => d.Kind == TokenKind.Number && d.Text.Length <= 2 && int.TryParse(d.Text, out var n) && n is >= 1 and <= 31;
        var t = tokens[start];
        int next;
        if (t.IsWord && NameLexicon.Months.Contains(t.Lower) && start + 1 < tokens.Count && IsDay(tokens[start + 1]))
        {
            next = start + 2;
        }
        else if (IsDay(t) && start + 1 < tokens.Count && NameLexicon.Months.Contains(tokens[start + 1].Lower) && tokens[start + 1].IsCapitalized)
        {
            next = start + 2;
        }
        else if (t.IsWord && OrdinalDay().IsMatch(t.Text) && start + 2 < tokens.Count && tokens[start + 1].Text == "of"
            && NameLexicon.Months.Contains(tokens[start + 2].Lower) && tokens[start + 2].IsCapitalized)
        {
            // "the 12th of May Movement"
            next = start + 3;
        }
        else
        {
            return null;
        }

        if (next >= tokens.Count || !IsNameToken(tokens[next]))
        {
            return null;
        }

        var end = ExtendRun(places, tokens, next);
        return NameLexicon.OrgHeads.Contains(tokens[end].Text) && char.IsUpper(tokens[end].Text[0]) ? end : null;
    }

    /// <summary>
    /// "armed groups such as X", "towns including X", "gangs like X": the type the plural noun before the list gives its
    /// names; null when the name is not in such a list (its earlier items lend it their type by coordination).
    /// </summary>
    private static (EntityType Type, TextSpan Cue)? ListNoun(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 1 && tokens[k].Lower == "as" && tokens[k - 1].Lower == "such")
        {
            k -= 2;
        }
        else if (k >= 0 && tokens[k].Lower is "including" or "like")
        {
            k -= 1;
        }
        else
        {
            return null;
        }

        if (k >= 0 && tokens[k].Text == ",")
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord || !(char.IsLower(tokens[k].Text[0]) || tokens[k].SentenceStart) || !tokens[k].Lower.EndsWith('s'))
        {
            return null;
        }

        var noun = tokens[k].Lower;
        var singular = noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun[..^1];
        bool Has(HashSet<string> words) => words.Contains(noun) || words.Contains(singular);
        // "leaders like X", "officials such as X": a person's role names people, though "X leaders" names a group.
        EntityType? type = Has(NameLexicon.PlaceIntroducers) ? EntityType.Place
            : Has(NameLexicon.RoleNouns) && !Has(NameLexicon.GroupIntroducers) ? EntityType.Person
            : Has(NameLexicon.OrgHeads) || Has(NameLexicon.GroupIntroducers) || Has(NameLexicon.GroupFollowers) ? EntityType.Group
            : null;
        return type is { } t ? (t, Span(tokens, k, start - 1)) : null;
    }

    /// <summary>
    /// A word in capitals that is an ordinary word ("SIGNED", "BY", "WHY", "HARBOURS"): a common word, or an English word, or
    /// one with an ending ("-s", "-ed", "-ing") on an English word. Two letters only when common ("AS", "OF"; not "UN").
    /// </summary>
    private static bool IsShoutedWord(Token t)
    {
        if (!t.IsAcronym || !t.Text.All(char.IsLetter))
        {
            return false;
        }

        var lower = t.Lower;
        if (t.Text.Length <= 2)
        {
            return NameLexicon.IsCommon(lower) && !NameLexicon.ShoutedInitials.Contains(lower);
        }

        return NameLexicon.IsCommon(lower) || NameLexicon.IsEnglishWord(lower) || NameLexicon.IsEnglishWord(Stem(lower))
            || (lower.Length > 5 && lower.EndsWith("ed", StringComparison.Ordinal) && (NameLexicon.IsEnglishWord(lower[..^1]) || NameLexicon.IsEnglishWord(lower[..^2])))
            || (lower.Length > 6 && lower.EndsWith("ing", StringComparison.Ordinal) && (NameLexicon.IsEnglishWord(lower[..^3]) || NameLexicon.IsEnglishWord(lower[..^3] + "e")));
    }

    /// <summary>
    /// Whether the line around <paramref name="at"/> is shouted: two words or more, and no small letter in it ("NOTES FROM
    /// THE HARBOUR OFFICE"). A word of it that is an English word is that word, not an acronym.
    /// </summary>
    private static bool InShoutedLine(string text, int at)
    {
        var from = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var to = text.IndexOf('\n', at);
        var line = text.AsSpan(from, (to < 0 ? text.Length : to) - from);
        return line.Trim().Contains(' ') && !HasLower(line);
    }

    /// <summary>
    /// Whether the article defines <paramref name="acronym"/> after a capitalized name ("the Islamic Salvation Resistance (ISR)"):
    /// then it names that actor, even when it is also a common acronym of things ("ISR", intelligence, surveillance and reconnaissance). Not a legal
    /// designation's ("Specially Designated Global Terrorist (SDGT)"), which is defined the same way and is no actor.
    /// </summary>
    private static bool DefinedAcronym(string text, string acronym)
    {
        for (var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal); at > 0; at = text.IndexOf("(" + acronym + ")", at + 1, StringComparison.Ordinal))
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            var w = k;
            while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '\'' or '\u2019' or '-'))
            {
                w--;
            }

            if (k >= 0 && w <= k && char.IsUpper(text[w]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text span from token <paramref name="a"/> to token <paramref name="b"/>, both included.</summary>
    private static TextSpan Span(List<Token> tokens, int a, int b) => new(tokens[a].Span.Start, tokens[b].Span.End);

    /// <summary>"Corps-Elite" gives "CE": the initial of each capitalized part of a word; "al-Tamari" gives "T".</summary>
    private static string Initials(string word) =>
        string.Concat(word.Split('-').Where(p => p.Length > 0).Select(p => p[NameLexicon.ParticlePrefixLength(p)]).Where(char.IsUpper)) is { Length: > 0 } s
            ? s : word[NameLexicon.ParticlePrefixLength(word)].ToString();

    /// <summary>Whether the word before <paramref name="start"/> is a place preposition ("in", "near").</summary>
    private static bool IsAfterPlacePreposition(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return from < end && end < start && NameLexicon.PlacePrepositions.Contains(text[from..end].ToLowerInvariant());
    }

    /// <summary>"Officials", "Administrators", "Leaders": a role noun in the plural, capitalized.</summary>
    private static bool IsPluralRole(Token t) =>
        t.IsCapitalized && t.Lower.Length > 3 && t.Lower.EndsWith('s') && (NameLexicon.RoleNouns.Contains(t.Lower[..^1]) || NameLexicon.RoleNouns.Contains(t.Lower)
            || NameLexicon.PluralRoles.Contains(t.Lower));

    /// <summary>"I’ve", "I'm", "I’ll": the pronoun and a verb, never a name.</summary>
    private static bool IsContraction(string surface) =>
        surface.Length is >= 3 and <= 4 && surface[0] == 'I' && Tokenizer.IsApostrophe(surface[1]) && NameLexicon.Contractions.Contains(surface[2..]);

    /// <summary>"S.", "J.": a middle initial.</summary>
    private static bool IsInitial(Token t) => t.Text.Length == 2 && char.IsUpper(t.Text[0]) && t.Text[1] == '.';

    private static bool IsPersonalNameAfter(List<Token> tokens, int start, int end) =>
        end > start && Enumerable.Range(start, end - start + 1).All(k => tokens[k].IsCapitalized && !tokens[k].IsAcronym
            && !NameLexicon.OrgHeads.Contains(tokens[k].Text) && !NameLexicon.PlaceHeads.Contains(tokens[k].Text) && !IsTitleAt(tokens, k, k, out _));

    /// <summary>"1st", "22nd", "407th": a unit's number.</summary>
    /// <summary>A unit's number: one to four digits, not a year ("the 444 Brigade", not "the 2014 Brigade" nor "1,200").</summary>
    private static bool IsUnitNumber(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length <= 4 && t.Text.All(char.IsDigit) && !(t.Text.Length == 4 && t.Text[0] is '1' or '2');

    private static bool IsOrdinal(Token t) =>
        t.IsWord && t.Text.Length >= 3 && char.IsDigit(t.Text[0]) && DateWords.IsOrdinalSuffix(t.Text.AsSpan(t.Text.Length - 2))
        && t.Text[..^2].All(char.IsDigit);

    /// <summary>Whether the words from <paramref name="from"/> to the first "of" before <paramref name="end"/> are a name: capitalized, no head word, no common word.</summary>
    private static bool HolderBeforeOf(List<Token> tokens, int from, int end)
    {
        var of = from;
        while (of < end && tokens[of].Lower != "of")
        {
            of++;
        }

        return of > from && of < end && Enumerable.Range(from, of - from).All(k => tokens[k].IsCapitalized && !NameLexicon.OrgHeads.Contains(tokens[k].Text)
            && !NameLexicon.PlaceHeads.Contains(tokens[k].Text) && !NameLexicon.IsCommon(tokens[k].Lower));
    }

    /// <summary>The word without an "-s" or "-es" ending, "-ies" as "-y": "quotes" → "quote", "carries" → "carry".</summary>
    /// <summary>"worked", "changed", "reworked", "unsigned": an English verb's past participle, with "re-" or "un-" before it.</summary>
    private static bool IsEnglishParticiple(string lower)
    {
        foreach (var word in (string[])[lower, lower.StartsWith("re", StringComparison.Ordinal) || lower.StartsWith("un", StringComparison.Ordinal) ? lower[2..] : lower])
        {
            if (word.Length > 3 && (NameLexicon.IsEnglishWord(word) || NameLexicon.IsEnglishWord(word[..^1]) || NameLexicon.IsEnglishWord(word[..^2])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Stem(string lower) =>
        lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4 ? lower[..^3] + "y"
        : lower.EndsWith('s') && lower.Length > 3 ? lower[..^1] : lower;

    private static bool IsTitleAt(List<Token> tokens, int start, int end, out int titleEnd)
    {
        // A word matches a title's word when they are equal without trailing full stops, ignoring case ("Gen." and "gen").
        titleEnd = -1;
        if (start > end || start < 0 || start >= tokens.Count || !TitlesByFirstWord.TryGetValue(tokens[start].Undotted, out var titles))
        {
            return false;
        }

        foreach (var words in titles)
        {
            if (start + words.Length - 1 > end)
            {
                continue;
            }

            var ok = true;
            for (var w = 1; w < words.Length && ok; w++)
            {
                ok = string.Equals(tokens[start + w].Undotted, words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                titleEnd = start + words.Length - 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>A part of a run that names one actor; Title is the title that introduced it, if any.</summary>
    /// <summary>TitleFrom is the first token of the title (and the nationality before it) written onto the name, or -1.</summary>
    private readonly record struct Piece(int Start, int End, string? Title = null, bool TitleOnly = false, int TitleFrom = -1);

    private static string TitleText(List<Token> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start + 1).Select(t => t.Lower.TrimEnd('.')));

    private static string Surface(string text, List<Token> tokens, int start, int end) =>
        text[tokens[start].Span.Start..tokens[end].Span.End];

    /// <summary>Adds one candidate with its cues.</summary>
    private int AddCandidate(State st, List<Token> tokens, Piece piece, int sentenceIndex)
    {
        var (start, end) = (piece.Start, piece.End);
        var titled = piece.Title is not null;

        // "15:45 IST", "09:00 GMT": a time zone after a clock time is no name.
        if (start == end && tokens[start].IsAcronym && tokens[start].Text.Length <= 5 && start >= 3 && tokens[start - 1].Kind == TokenKind.Number
            && tokens[start - 2].Text == ":" && tokens[start - 3].Kind == TokenKind.Number)
        {
            return -1;
        }

        // "HEARING BEFORE THE COMMISSION ON …", "A CARTEL WITHOUT ITS CHIEF": a heading in capitals with words no name holds.
        if (end - start >= 2 && Enumerable.Range(start, end - start + 1).All(k => !tokens[k].IsWord || !tokens[k].Text.Any(char.IsLower))
            && Enumerable.Range(start, end - start + 1).Any(k => tokens[k].Text is "BEFORE" or "AFTER" or "WITHOUT" or "ITS" or "HIS" or "HER" or "THEIR"
                or "IS" or "ARE" or "WAS" or "WERE" or "WILL" or "HOW" or "WHY" or "WHAT" or "WHO" or "WHEN" or "NOT" or "OVER" or "INTO"))
        {
            return -1;
        }
        if (piece.TitleOnly)
        {
            var reference = new Candidate
            {
                Span = new TextSpan(tokens[start].Span.Start, tokens[end].Span.End),
                Surface = st.Text[tokens[start].Span.Start..tokens[end].Span.End],
                SentenceIndex = sentenceIndex,
                WordCount = end - start + 1,
                IsAcronym = false,
            };
            reference.Title = piece.Title;
            reference.TitleOnly = true;
            st.Candidates.Add(reference);
            return st.Candidates.Count - 1;
        }

        // Hyphenated compounds: only the name part of "Iran-backed" or "U.S.-led" is a mention.
        var spanStart = tokens[start].Span.Start;
        var spanEnd = tokens[end].Span.End;
        var surface = st.Text[spanStart..spanEnd];
        // "FOR IMMEDIATE RELEASE": a heading shouted in ordinary words.
        var shoutedWords = end > start && Enumerable.Range(start, end - start + 1).All(k => IsShoutedWord(tokens[k]));
        // "RX4410 K37", "T91 B12": codes of letters and digits (a shelf mark, a part number) are no one's name.
        var codes = end > start && Enumerable.Range(start, end - start + 1).All(k => tokens[k].Text.Any(char.IsAsciiDigit) && tokens[k].Text.Any(char.IsAsciiLetter));
        if (NameLexicon.IsFieldLabel(surface) || NameLexicon.IsNonActorName(surface) || IsContraction(surface) || shoutedWords || codes)
        {
            return -1; // structure, not content ("DOB:", "AKA:"); a category, not an actor ("Foreign Terrorist Organization")
        }

        if (start == end && surface.Contains('-') && NameLexicon.ParticlePrefixLength(surface) == 0)
        {
            var parts = surface.Split('-');
            var head = parts[0];
            if (parts.Length == 2 && char.IsLower(parts[1][0]) && head.Length > 1 && (char.IsUpper(head[^1]) || gazetteer.Find(head) is not null)
                && !NameLexicon.NonActorAcronyms.Contains(head))
            {
                // "Iran-backed", "ISIL-held": the name part is the mention.
                spanEnd = spanStart + head.Length;
                surface = head;
            }
            else if (char.IsLower(parts[^1][0]) && !(parts.Length == 2 && NameLexicon.PlaceHyphenSuffixes.Contains(parts[1])))
            {
                // (Not a romanized place's suffix: "Kessa-ri" is the village's name.)
                return -1;
            }
        }

        var words = end - start + 1;
        var first = tokens[start];
        var lone = words == 1;
        // One word in capitals on a line written all in capitals (a heading): no acronym by its letters alone.
        var shoutedLine = lone && first.IsAcronym && InShoutedLine(st.Text, first.Span.Start);

        // "the Iraqi army", "Syrian security forces": a demonym and a lower-case institution make a group;
        // so does a name and "regime" ("the Asad regime").
        var regime = end + 1 < tokens.Count && tokens[end + 1].Text == "regime" && !NameLexicon.IsCommon(first.Lower) && gazetteer.Find(first.Text) is null;
        if (lone && (gazetteer.FindDemonym(first.Text) is not null || regime) && (regime ? end + 1 : DemonymGroupHeadAfter(tokens, end)) is int headEnd)
        {
            var g = new Candidate
            {
                Span = new TextSpan(spanStart, tokens[headEnd].Span.End),
                Surface = st.Text[spanStart..tokens[headEnd].Span.End],
                SentenceIndex = sentenceIndex,
                WordCount = headEnd - start + 1,
                IsAcronym = false,
            };
            g.HasOrgHead = true;
            g.Votes.Add(EntityType.Group, 6, TypeCue.DemonymInstitution, g.Span);
            st.Candidates.Add(g);
            return st.Candidates.Count - 1;
        }
        // "the Falcon battalion", "the Eagle brigade", "its Kessa Nord command": a name and a lower-case unit head after "the" or a
        // possessive name the unit, head and all.
        if (words <= 3 && start > 0 && tokens[start - 1].Lower is "the" or "its" or "their" && end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true } unitHead
            && char.IsLower(unitHead.Text[0]) && NameLexicon.NamedUnitHeads.Contains(unitHead.Text) && !first.IsAcronym && !NameLexicon.OrgHeads.Contains(tokens[end].Text)
            && Enumerable.Range(start, words).All(k => tokens[k].IsCapitalized && !IsDemonymLike(tokens[k])))
        {
            var u = new Candidate
            {
                Span = new TextSpan(spanStart, unitHead.Span.End),
                Surface = st.Text[spanStart..unitHead.Span.End],
                SentenceIndex = sentenceIndex,
                WordCount = words + 1,
                IsAcronym = false,
            };
            u.HasOrgHead = true;
            u.Votes.Add(EntityType.Group, 6, TypeCue.HeadNoun, unitHead.Span);
            st.Candidates.Add(u);
            return st.Candidates.Count - 1;
        }

        // Shouted words ("UPDATE", "IMPLICATIONS") are not acronyms; short acronyms ("IS", "UN") stay even though "is" is a
        // word. An acronym with a number after it is a document's ("E.O. 13224", "H.R. 2471"), not an actor. A word in
        // capitals with a lower-case word right beside it is written inside prose, where no one shouts: "the PLAN columns",
        // "joined PLAN," are the movement's initials even where "the settlement plan" also stands.
        var inProse = (start > 0 && tokens[start - 1] is { IsWord: true } before && char.IsLower(before.Text[0]) && !first.NewLineBefore)
            || (end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true } after && char.IsLower(after.Text[0]) && !after.NewLineBefore);
        if (lone && first.IsAcronym && ((NameLexicon.NonActorAcronyms.Contains(first.Text.Replace(".", "", StringComparison.Ordinal)) && (NameLexicon.DesignationAcronyms.Contains(first.Text.Replace(".", "", StringComparison.Ordinal)) || !DefinedAcronym(st.Text, first.Text)))
            || (first.Text.Length >= 4 && st.LowerWords.Contains(first.Lower) && !inProse)
            || (first.Text.Length >= 6 && (NameLexicon.IsEnglishWord(first.Lower) || first.Lower.EndsWith("tions", StringComparison.Ordinal) || first.Lower.EndsWith("ments", StringComparison.Ordinal)))
            || (shoutedLine && IsShoutedWord(first) && first.Text.Length >= 3 && !DefinedAcronym(st.Text, first.Text))
            || (first.Text.Contains('.') && (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Number
                || (end + 2 < tokens.Count && tokens[end + 1].Text == ")" && tokens[end + 2].Kind == TokenKind.Number)))))
        {
            return -1;
        }

        // "Rs 178", "Kes 45": a currency's short form before its amount, in any case.
        if (lone && !first.IsAcronym && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Number && NameLexicon.NonActorAcronyms.Contains(first.Undotted))
        {
            return -1;
        }

        // "the Coalition", "the Government": a capitalized institution word after "the" is a specific actor; so is one that
        // opens a sentence before a group noun ("Coalition military forces struck…").
        var institution = lone && NameLexicon.OrgHeads.Contains(first.Text)
            && ((!first.SentenceStart && start > 0 && tokens[start - 1].Lower == "the")
                || (end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true } n1 && (NameLexicon.GroupFollowers.Contains(n1.Lower) || NameLexicon.InstitutionFollowers.Contains(n1.Lower))));

        var compound = surface != st.Text[tokens[start].Span.Start..tokens[end].Span.End];
        // "the 407th Air Refueling Wing", "the 2nd ARB", "the 51st Brigade", "the 444 Combat Brigade": the number is part of a unit's name.
        // Not a rank before a name in a results list ("1 Velt Town Runners Club"): a bare number opens a unit's name only before
        // an English word or an acronym ("the 318 Mountain Brigade", "the 12 RGR").
        var numbered = start > 0 && !compound && !LineBreakBetween(tokens[start - 1], tokens[start])
            && (IsOrdinal(tokens[start - 1]) || (IsUnitNumber(tokens[start - 1]) && (first.IsAcronym || NameLexicon.IsEnglishWord(first.Lower))))
            && ((NameLexicon.OrgHeads.Contains(tokens[end].Text) && (words > 1 || NameLexicon.MilitaryUnitHeads.Contains(tokens[end].Lower))) || (lone && first.IsAcronym && IsOrdinal(tokens[start - 1]) && !NameLexicon.CalendarWords.Contains(first.Text.TrimEnd('.').ToLowerInvariant() + ".")
                && !NameLexicon.CalendarWords.Contains(first.Text.ToLowerInvariant())));
        // "Dust has been involved…" after "Samir Hassan Dust": an earlier person's surname stands for him even when it is
        // also a word or a people's name.
        var surname = lone && !compound && st.Surnames.Contains(NameKey.Fold(first.Text));
        // "STEP 1.", "PART 2", "ROOM 4": an English word in capitals before a number labels a step or a section, no actor.
        if (lone && first.IsAcronym && end + 1 < tokens.Count && tokens[end + 1].Text.Length > 0 && char.IsAsciiDigit(tokens[end + 1].Text[0])
            && NameLexicon.IsEnglishWord(first.Lower) && first.Text.Length > 2)
        {
            return -1;
        }

        // "CH/1", "MS/27": a shelf mark's or a file's letters before a slash and a number are a reference, no actor.
        if (lone && first.IsAcronym && end + 2 < tokens.Count && tokens[end + 1].Text == "/" && tokens[end + 1].Span.Start == first.Span.End
            && tokens[end + 2].Span.Start == tokens[end + 1].Span.End && char.IsDigit(tokens[end + 2].Text[0]))
        {
            return -1;
        }

        if (lone && !institution && !surname && !numbered && ((NameLexicon.IsCommon(first.Lower) && !first.IsAcronym) || (!compound && IsDemonymLike(first)) || NameLexicon.CalendarWords.Contains(first.Text.TrimEnd('.')) || (first.IsAcronym && NameLexicon.CalendarWords.Contains(first.Text.TrimEnd('.').ToLowerInvariant() + "."))
            || (!first.IsAcronym && st.LowerWords.Contains(first.Lower) && gazetteer.Find(first.Text) is null) || first.Text.Length < 2))
        {
            return -1;
        }

        // "Australian Government", "Syrian Army": a nationality before a capitalized institution names a country's institution.
        // So does a compass word before one: "the Southern Army", "Western Command" name a command, not a direction.
        var institutionOf = words > 1 && (gazetteer.FindDemonym(first.Text) is not null || NameLexicon.CompassWords.Contains(first.Lower))
            && tokens[end].IsCapitalized && NameLexicon.OrgHeads.Contains(tokens[end].Text)
            && Enumerable.Range(start, words).All(k => tokens[k].IsCapitalized);
        // A compound's name part is judged below, by itself: "ISIL-held" is no demonym, though "-held" ties it to one.
        if (!surname && !institutionOf && !compound && Enumerable.Range(start, words).All(k => (NameLexicon.IsCommon(tokens[k].Lower) && !tokens[k].IsAcronym) || IsDemonymLike(tokens[k]) || IsConnector(tokens[k])))
        {
            return -1;
        }

        if (compound && (NameLexicon.CommunityWords.Contains(NameLexicon.Plain(surface)) || gazetteer.FindDemonym(surface) is not null || NameLexicon.IsCommon(surface.ToLowerInvariant())))
        {
            return -1;
        }

        if (numbered)
        {
            spanStart = tokens[start - 1].Span.Start;
            surface = st.Text[spanStart..spanEnd];
        }

        var c = new Candidate
        {
            Span = new TextSpan(spanStart, spanEnd),
            Surface = surface,
            SentenceIndex = sentenceIndex,
            WordCount = words,
            IsAcronym = lone && (first.IsAcronym || (compound && surface.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))),
            ShoutedName = lone && first.IsAcronym && first.Text.Length >= 4 && first.Text.All(char.IsLetter) && !NameLexicon.IsCommon(first.Lower)
                && !NameLexicon.IsEnglishWord(first.Lower) && HasMixedCaseTwin(st, first.Text),
        };
        c.Titled = titled;
        c.Title = piece.Title;
        c.TitleStart = piece.TitleFrom >= 0 ? tokens[piece.TitleFrom].Span.Start : null;
        c.AfterKinNoun = AfterKinNoun(tokens, piece.TitleFrom >= 0 ? piece.TitleFrom : start);
        if (c.AfterKinNoun && !c.IsAcronym)
        {
            // "his father, X", "her elder son X": one's relative is a person.
            var kin = (piece.TitleFrom >= 0 ? piece.TitleFrom : start) - 1;
            kin -= tokens[kin].Text == "," ? 1 : 0;
            c.Votes.Add(EntityType.Person, 3, TypeCue.KinNoun, tokens[kin].Span);
        }
        c.NameLike = Enumerable.Range(start, words).All(k =>
            tokens[k].Kind == TokenKind.Word && (IsConnector(tokens[k]) || (tokens[k].Text.Length > 1 && tokens[k].IsCapitalized
                && !NameLexicon.IsCommon(tokens[k].Lower) && !st.LowerWords.Contains(tokens[k].Lower))
                || (tokens[k].Text.Length == 2 && tokens[k].Text[1] == '.')));
        // "Fighting Falcons", "Armed Conflict": a name made only of ordinary English words is not name-like
        // (a person called "Julie Bishop" has a given name; "Philip Hammond" a surname that is no word).
        if (c.NameLike && words > 1 && Enumerable.Range(start, words).All(k => IsConnector(tokens[k]) || NameLexicon.IsEnglishWord(tokens[k].Lower) || NameLexicon.IsEnglishPlural(tokens[k].Lower)))
        {
            c.NameLike = false;
        }

        if (institution)
        {
            c.Votes.Add(EntityType.Group, 3, TypeCue.Institution, tokens[start].Span);
        }

        ScoreShape(c, tokens, start, end, piece.TitleFrom, shoutedLine && c.IsAcronym);
        ScoreContext(st, c, tokens, start, end);
        if (surname && NameLexicon.ParticlePrefixLength(first.Text) > 0 && c.Place is not null)
        {
            // "Al-Somali" after "Karim Abu Walid al-Somali" is the man, not the region his name comes from.
            c.Place = null;
            c.Votes.ClearPlace();
        }

        if (words > 1 && !c.HasOrgHead && c.Place is null && c.Votes.Person > c.Votes.Group && c.Votes.Place == 0 && !c.Surface.Contains(','))
        {
            st.Surnames.Add(NameKey.Fold(tokens[end].Text));
        }

        st.Candidates.Add(c);
        return st.Candidates.Count - 1;
    }

    private void ScoreShape(Candidate c, List<Token> tokens, int start, int end, int titleFrom, bool shoutedLine)
    {
        var last = tokens[end].Text;
        var firstWord = tokens[start].Text;
        if (c.Titled)
        {
            // A title written right before the name outweighs a large city of that name ("Queen Velta" where a city Velta exists); a country's or a
            // region's name still wins over it.
            var before = titleFrom >= 0 && titleFrom < start;
            c.Votes.Add(EntityType.Person, before ? 5 : 4, TypeCue.Title, before ? Span(tokens, titleFrom, start - 1) : default);
        }

        // A given name first, or a kinship particle inside ("Yacoub Abd Al-Rahman al-Tamimi", "Osama bin Farouk",
        // "Sidi ould Mohamed"): a person's name at any length. An organization's head word outvotes it.
        if (c.WordCount >= 2 && !NameLexicon.PlaceHeads.Contains(last) && (NameLexicon.IsGivenName(firstWord)
            || (!NameLexicon.OrgPrefixHeads.Contains(firstWord) && Enumerable.Range(start + 1, end - start).Any(k => IsKinshipParticle(tokens[k].Text)))))
        {
            // A name only the long English list knows ("Gran", "Viva") is a weaker cue: a list's plural noun outvotes it.
            var given = NameLexicon.IsGivenName(firstWord);
            var particle = given ? start : Enumerable.Range(start + 1, end - start).First(k => IsKinshipParticle(tokens[k].Text));
            c.Votes.Add(EntityType.Person, given && !NameLexicon.IsCommonGivenName(firstWord) ? 1 : 2, given ? TypeCue.GivenName : TypeCue.KinshipParticle, tokens[particle].Span);
        }

        // "Ruvo Bey", "Orvo Pasha": an honorific written after the name (titles.txt [after-honorifics]) is a person's title.
        if (c.WordCount >= 2 && !c.HasOrgHead && char.IsUpper(last[0]) && NameLexicon.AfterHonorifics.Contains(last))
        {
            c.Votes.Add(EntityType.Person, 4, TypeCue.Title, tokens[end].Span);
        }

        // "C. E. M. Velder", "E. A. Ruvo": initials before one capitalized word are a person's name, as a given name first is.
        if (c.WordCount >= 2 && !c.HasOrgHead && !NameLexicon.PlaceHeads.Contains(last) && IsInitial(tokens[start])
            && Enumerable.Range(start, end - start).All(k => IsInitial(tokens[k])) && tokens[end].IsCapitalized && !tokens[end].IsAcronym)
        {
            c.Votes.Add(EntityType.Person, 2, TypeCue.GivenName, tokens[start].Span);
        }

        // "Ivan Petrovich Velt": a father's name as the middle word (by its ending) makes the name a person's.
        if (c.WordCount >= 3 && !c.HasOrgHead && !NameLexicon.PlaceHeads.Contains(last)
            && Enumerable.Range(start + 1, end - start - 1).FirstOrDefault(k => NameLexicon.IsPatronymic(tokens[k].Text), -1) is var patronymic and > 0)
        {
            c.Votes.Add(EntityType.Person, 2, TypeCue.GivenName, tokens[patronymic].Span);
        }

        // "Tsang Wei-lun", "Pak Chol-su": a family name, then a given name of two syllables joined by a hyphen, the second in
        // lower case, as Chinese and Korean names are romanized.
        if (c.WordCount == 2 && end == start + 1 && SyllablePairName().IsMatch(last) && (last.Length - last.IndexOf('-') <= 6 || !NameLexicon.IsEnglishWord(last[(last.IndexOf('-') + 1)..])) && firstWord.Length is >= 2 and <= 6 && char.IsUpper(firstWord[0])
            && firstWord.Skip(1).All(char.IsLower) && !c.HasOrgHead)
        {
            c.Votes.Add(EntityType.Person, 2, TypeCue.GivenName, tokens[end].Span);
        }

        c.Place = gazetteer.Find(c.Surface);
        if (c.Place is null && c.IsAcronym && c.Surface.Length >= 5 && c.Surface.All(char.IsLetter))
        {
            // "WASHINGTON —", "TAMARO (Reuters) —": a dateline shouts its city; the gazetteer reads acronyms as acronyms.
            c.Place = gazetteer.Find(c.Surface[0] + c.Surface[1..].ToLowerInvariant());
        }
        if (c.Place is null && end > start && NameLexicon.AdminHeads.Contains(last) && char.IsUpper(last[0]))
        {
            // "Tamaro Region", "Wadi Province": the place the area is named after, when the gazetteer knows it under that name.
            c.Place = gazetteer.Find(string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text))) is { Kind: PlaceKind.Region or PlaceKind.City } p ? p : null;
        }

        // "Liberty", "Central": a common English word alone is a small town's or a region's name only with a place cue around it.
        if (c.Place is { Kind: PlaceKind.City, Population: < 100_000 } or { Kind: PlaceKind.Region } && c.WordCount == 1 && NameLexicon.IsEnglishWord(tokens[start].Lower))
        {
            c.Place = null;
        }

        if (c.Place is not null)
        {
            var weight = c.Place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent ? 6
                : c.Place.Population >= 1_000_000 ? 4 : c.Place.Population >= 50_000 ? 2 : 1;
            c.Votes.Add(EntityType.Place, weight, TypeCue.Gazetteer);
        }

        if (end > start && KnownCountryState(c, tokens, start, end, end))
        {
            VoteCountryItself(c);
        }
        else if (end > start && (NameLexicon.OrgHeads.Contains(last) || NameLexicon.IsCapitalCompanyForm(last)) && !NameLexicon.PlaceHeads.Contains(last))
        {
            c.HasOrgHead = true;
            c.Core = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
            c.Votes.Add(EntityType.Group, 5, TypeCue.HeadNoun, tokens[end].Span);
        }
        else if (end == start && c.Span.Start < tokens[start].Span.Start && char.IsDigit(c.Surface[0]) && NameLexicon.OrgHeads.Contains(last))
        {
            // "the 51st Brigade": the head names a unit with its number.
            c.HasOrgHead = true;
            c.Votes.Add(EntityType.Group, 5, TypeCue.HeadNoun, tokens[end].Span);
        }
        else if (end > start && NameLexicon.PlaceHeads.Contains(last))
        {
            c.Core = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
            c.Votes.Add(EntityType.Place, 5, TypeCue.PlaceHead, tokens[end].Span);
        }
        else if (!c.HasOrgHead && EnglishPlaceJoin().IsMatch(last))
        {
            // "St Ruvo-in-the-East", "Kessa-upon-Velt", "Ruvo-on-Sea": an English place name joined by "in the", "upon", "on",
            // "under" or "by the" is a place.
            c.Votes.Add(EntityType.Place, 5, TypeCue.PlaceHead, tokens[end].Span);
        }
        else if (last.LastIndexOf('-') is > 1 and var hyphen && NameLexicon.PlaceHyphenSuffixes.Contains(last[(hyphen + 1)..]) && !c.HasOrgHead)
        {
            // "the village of Kessa-ri", "Velt-dong": a romanized place suffix ends the name.
            c.Votes.Add(EntityType.Place, 5, TypeCue.PlaceHead, tokens[end].Span);
        }
        else if (end > start + 1 && Enumerable.Range(start, end - start - 1).Any(k => NameLexicon.OrgHeads.Contains(tokens[k].Text) && char.IsUpper(tokens[k].Text[0]) && tokens[k + 1].Lower == "of"))
        {
            // "Ministry of Defence", "Council of Representatives", "Bank of Baghdad", "United Kingdom Ministry of Defence".
            var head = Enumerable.Range(start, end - start - 1).First(k => NameLexicon.OrgHeads.Contains(tokens[k].Text) && char.IsUpper(tokens[k].Text[0]) && tokens[k + 1].Lower == "of");
            if (!KnownCountryState(c, tokens, start, end, head))
            {
                c.Votes.Add(EntityType.Group, 5, TypeCue.InstitutionOf, tokens[head].Span);
            }
            else
            {
                VoteCountryItself(c);
            }
        }
        else if (end > start + 1 && NameLexicon.PlaceOfHeads.Contains(tokens[start].Text) && char.IsUpper(tokens[start].Text[0]) && tokens[start + 1].Lower == "of")
        {
            // "Palace of Justice", "Gulf of Aden": a place's head word before "of" heads the name as it does after it
            // (place-words.txt [of-heads]).
            c.Votes.Add(EntityType.Place, 5, TypeCue.PlaceHead, tokens[start].Span);
        }
        else if (end > start + 1 && NameLexicon.PolityHeads.Contains(tokens[start].Text) && char.IsUpper(tokens[start].Text[0]) && tokens[start + 1].Lower == "of"
            && gazetteer.Find(string.Join(' ', tokens.Skip(start + 2).Take(end - start - 1).Select(t => t.Text))) is { Kind: PlaceKind.Country or PlaceKind.Region } state)
        {
            // "State of Manitoba", "Kingdom of Tasmania": a state named by its country or region is that place (place-words.txt
            // [polity-heads]), one entity with it; a rebel state's group cues may still outvote it.
            c.Place ??= state;
            c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceHead, tokens[start].Span);
        }
        else if (end > start && NameLexicon.OrgPrefixHeads.Contains(firstWord) && c.Place is null)
        {
            c.Votes.Add(EntityType.Group, 4, TypeCue.OrgPrefix, tokens[start].Span);
        }
        else if (end > start && NameLexicon.PlacePrefixes.Contains(firstWord))
        {
            c.Votes.Add(EntityType.Place, 4, TypeCue.PlacePrefix, tokens[start].Span);
        }
        else if (end >= start + 1 && c.Place is null && !c.HasOrgHead && IsColony(tokens, start, end))
        {
            // "French West Africa", "British Kessaland": a colony named by its power and a region is a place.
            c.Votes.Add(EntityType.Place, 4, TypeCue.PlacePrefix, tokens[start + 1].Span);
        }
        else if (end == start + 1 && NameLexicon.CompassWords.Contains(tokens[start].Lower) && !c.Titled)
        {
            // "South Tamaro", "Northern Wadi": a region named by its direction; a weaker cue than the prefixes above, which an
            // organization's head word outvotes ("the Southern Front").
            c.Votes.Add(EntityType.Place, 2, TypeCue.PlacePrefix, tokens[start].Span);
        }
        else if (c.Place is null && IsLabelAcronym(c, tokens, start, end))
        {
            // A transcript's label ("RM: Yes. In those years …"): initials at a line's start before a colon stand for one who
            // speaks, a person.
            c.Votes.Add(EntityType.Person, 1, TypeCue.SpeechAfter, tokens[end + 1].Span);
        }
        else if (c.Place is null && c.ShoutedName)
        {
            // A script's character in capitals ("VELT watches the road", "VELT: Now, by the river path.") whom the text also names in
            // mixed case ("Ana Velt"): a name shouted, not an acronym; as a line's label, a person who speaks.
            if (IsLineLabel(tokens, start, end))
            {
                c.Votes.Add(EntityType.Person, 1, TypeCue.SpeechAfter, tokens[end + 1].Span);
            }
        }
        else if (c.Place is null && c.IsAcronym && !shoutedLine)
        {
            // Not a word of a heading in capitals ("A HISTORY OF THE DOCKS OF KESSA"): there every word is in capitals.
            c.Votes.Add(EntityType.Group, 2, TypeCue.Acronym);
        }
        else if (c.Place is null && tokens[start].IsAcronym && tokens[end].Text == ")" && !shoutedLine)
        {
            // "KLF (R)": a faction of the body the acronym names (ExtendRun's IsFactionBracket).
            c.Votes.Add(EntityType.Group, 3, TypeCue.Acronym, tokens[start].Span);
        }

        // Any org head inside a long name ("Civil Rights Watch Iraq" is still an organization).
        if (end - start >= 2 && !c.HasOrgHead && Enumerable.Range(start, end - start).FirstOrDefault(k => NameLexicon.OrgHeads.Contains(tokens[k].Text) && char.IsUpper(tokens[k].Text[0]), -1) is var inner and >= 0
            && !KnownCountryState(c, tokens, start, end, inner))
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.InnerHead, tokens[inner].Span);
        }
    }

    /// <summary>
    /// "the Malawian Republic", "the Republic of Togo": the country itself, with a country's vote (a name the gazetteer lists
    /// whole has had its vote already).
    /// </summary>
    private static void VoteCountryItself(Candidate c)
    {
        if (c.Place is null)
        {
            c.Votes.Add(EntityType.Place, 6, TypeCue.Gazetteer);
        }
    }

    /// <summary>
    /// Whether the head at <paramref name="head"/> names a state (org-words.txt [state-heads]) that is a country the gazetteer
    /// knows: the whole name ("the Dominican Republic"), the words before the head ("the Malawian Republic", "the Turkish
    /// Republic") or after its "of" ("the Republic of Togo", and a region styled so: "the Republic of Tatarstan"). "The
    /// Velt Republic" and "the Republic of Velto" are bodies their founders proclaimed.
    /// </summary>
    private bool KnownCountryState(Candidate c, List<Token> tokens, int start, int end, int head)
    {
        if (!NameLexicon.StateHeads.Contains(tokens[head].Text))
        {
            return false;
        }

        if (c.Place is { Kind: PlaceKind.Country }
            || (head > start && gazetteer.Find(string.Join(' ', tokens.Skip(start).Take(head - start).Select(t => t.Text))) is { Kind: PlaceKind.Country })
            || Enumerable.Range(start, head - start).Any(k => gazetteer.FindDemonym(tokens[k].Text) is { Kind: PlaceKind.Country }))
        {
            return true;
        }

        var of = head + 1;
        if (of < end && tokens[of].Lower == "of")
        {
            var from = of + 1 < end && tokens[of + 1].Lower == "the" ? of + 2 : of + 1;
            return from <= end && gazetteer.Find(string.Join(' ', tokens.Skip(from).Take(end - from + 1).Select(t => t.Text))) is { Kind: PlaceKind.Country or PlaceKind.Region };
        }

        return false;
    }

    private void ScoreContext(State st, Candidate c, List<Token> tokens, int start, int end)
    {
        var prev = start > 0 ? tokens[start - 1] : null;
        var prev2 = start > 1 ? tokens[start - 2] : null;
        var next = end + 1 < tokens.Count ? tokens[end + 1] : null;
        var next2 = end + 2 < tokens.Count ? tokens[end + 2] : null;

        // Look past an article: "against the Islamic Front", "the leader of the Kessa Lions", "founded the Kessa Lions".
        var article = prev is { IsWord: true } && prev.Lower == "the";
        if (prev is { IsWord: true } && prev.Lower is "the" or "a" or "an" && prev2 is { IsWord: true } && char.IsLower(prev2.Text[0])
            && (NameLexicon.PlacePrepositions.Contains(prev2.Lower) || prev2.Lower is "against" or "of" || NameLexicon.FoundingVerbs.Contains(prev2.Lower)
                || NameLexicon.JoiningVerbs.Contains(prev2.Lower) || NameLexicon.LeadingVerbs.Contains(prev2.Lower)))
        {
            prev = prev2;
            prev2 = start > 2 ? tokens[start - 3] : null;
        }

        var possessor = next is { Kind: TokenKind.Possessive };

        // "X (Tamaro) said": a speaker's country or party in parentheses stands between the name and the verb.
        if (next is { Text: "(" })
        {
            var close = end + 2;
            while (close < tokens.Count && close <= end + 6 && tokens[close].Text != ")")
            {
                close++;
            }

            if (close < tokens.Count && tokens[close].Text == ")" && close + 1 < tokens.Count && tokens[close + 1] is { IsWord: true } afterParen
                && NameLexicon.SpeechVerbs.Contains(afterParen.Lower))
            {
                c.Votes.Add(EntityType.Person, 3, TypeCue.SpeechAfter, afterParen.Span);
            }
        }

        // "gangs such as X", "towns including X": the noun before the list says what its names are.
        if (ListNoun(tokens, start) is { } listed)
        {
            c.Votes.Add(listed.Type, 3, TypeCue.ListNoun, listed.Cue);
        }

        // "Near Tamaro, two raids…", "In Tamaro, fighters…": a preposition opening the sentence, the name, a comma.
        if (prev is { IsCapitalized: true } && (start < 2 || tokens[start - 2].Kind == TokenKind.Punct) && NameLexicon.PlacePrepositions.Contains(prev.Lower)
            && next is { Text: "," } && c.Place is null)
        {
            c.Votes.Add(EntityType.Place, 2, TypeCue.OpeningPlace, prev.Span);
        }

        // "in Tamaro, Wadiland, …": one word after a place and a comma, closed by punctuation, is the region it lies in
        // ("the embassy in Tamaro, Laura Benton, said" names a person).
        if (start == end && start >= 2 && tokens[start - 1].Text == "," && !NameLexicon.IsGivenName(tokens[start].Text) && (next is null || next.Kind == TokenKind.Punct) && st.Candidates.Count > 0
            && st.Candidates[^1] is { } before && before.Span.End == tokens[start - 2].Span.End && (before.Place is not null || before.Votes.Place > 0)
            && before.Votes.Place >= before.Votes.Max && c.Place is null
            && IsAfterPlacePreposition(st.Text, before.Span.Start) && next2 is not { Lower: "and" or "or" })
        {
            c.Votes.Add(EntityType.Place, 2, TypeCue.RegionAfterPlace, before.Span);
        }

        // "a secret society, the Velt Orvan", "a militia, the Kessa Ruvo", "its own network, the Kessa Ruvo": a body's noun after
        // "a" or "its", a comma and "the" name a body.
        if (c.Place is null && start >= 4 && prev is { Lower: "the" } && tokens[start - 2].Text == "," && tokens[start - 3] is { IsWord: true } bodyNoun
            && char.IsLower(bodyNoun.Text[0]) && IsBodyNoun(bodyNoun.Lower)
            && Enumerable.Range(Math.Max(0, start - 6), start - 3 - Math.Max(0, start - 6)).Any(j => tokens[j].Lower is "a" or "an" or "its" or "their" or "own"))
        {
            c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(bodyNoun.Span.Start, prev.Span.End));
        }

        // "an X-linked group", "affiliated with X", "allegiance to X": X is an organization.
        var hyphen = tokens[end].Text.LastIndexOf('-');
        if ((hyphen > 0 && NameLexicon.AffiliationWords.Contains(tokens[end].Lower[(hyphen + 1)..]))
            || (prev is { IsWord: true } && prev2 is { IsWord: true } && ((prev.Lower == "with" && NameLexicon.AffiliationWords.Contains(prev2.Lower))
                || (prev.Lower == "to" && prev2.Lower == "allegiance"))))
        {
            c.Votes.Add(EntityType.Group, 3, TypeCue.Affiliation, hyphen > 0 && NameLexicon.AffiliationWords.Contains(tokens[end].Lower[(hyphen + 1)..])
                ? tokens[end].Span : new TextSpan(prev2!.Span.Start, prev!.Span.End));
        }

        // "His deputy, X, led …", "their commander, X": a role someone holds, set off before the name, is a person's.
        if (prev is { Text: "," } && prev2 is { IsWord: true } && char.IsLower(prev2.Text[0]) && NameLexicon.RoleNouns.Contains(prev2.Lower)
            && !NameLexicon.GroupIntroducers.Contains(prev2.Lower) && start >= 3 && tokens[start - 3].Lower is "his" or "her" or "its" or "their" && !c.HasOrgHead && c.Place is null)
        {
            c.Votes.Add(EntityType.Person, 3, TypeCue.RoleBefore, new TextSpan(tokens[start - 3].Span.Start, prev2.Span.End));
        }

        if (prev is { IsWord: true } && (char.IsLower(prev.Text[0]) || NameLexicon.PlacePrepositions.Contains(prev.Lower)))
        {
            var p = prev.Lower;
            // "fellow X members", "senior X officials": the role noun goes with the noun after the name, which is a group's.
            if (NameLexicon.RoleNouns.Contains(p) && !NameLexicon.GroupIntroducers.Contains(p)
                && next is { IsWord: true } && NameLexicon.GroupFollowers.Contains(next.Lower) && char.IsLower(next.Text[0]))
            {
                c.Votes.Add(EntityType.Group, 3, TypeCue.MembersAfterRole, new TextSpan(prev.Span.Start, next.Span.End));
            }
            else if (NameLexicon.RoleNouns.Contains(p) && !NameLexicon.GroupIntroducers.Contains(p) && !c.HasOrgHead)
            {
                // "the rival Kessa Vigilante Group": an organization's head outweighs a role noun before it.
                c.Votes.Add(EntityType.Person, 3, TypeCue.RoleBefore, prev.Span);
                c.Titled = true;
            }
            else if (NameLexicon.GroupIntroducers.Contains(p))
            {
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, prev.Span);
            }
            else if (p == "of" && prev2 is { IsWord: true } && NameLexicon.PlaceIntroducers.Contains(prev2.Lower)
                && !(article && c.Place is null && !NameLexicon.PlaceHeads.Contains(tokens[end].Text) && c.WordCount == 1))
            {
                // "the village of X", "the capital of X": a place (not "the capital of the Velto": a lone name after "the" that no
                // head or gazetteer makes a place names a people).
                c.Votes.Add(EntityType.Place, 4, TypeCue.PlaceNounOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "of" && prev2 is { IsWord: true } && NameLexicon.WaterParts.Contains(prev2.Lower) && c.Place is null && !c.HasOrgHead)
            {
                // "the far bank of the Kessong", "the mouth of the Velt": a river's or a lake's part.
                c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceNounOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "of" && prev2 is { IsWord: true } && RomanNumeral().IsMatch(prev2.Text) && start >= 3 && tokens[start - 3].IsCapitalized && c.Place is null && !c.HasOrgHead)
            {
                // "King Velt IV of X": the realm a numbered ruler is of.
                c.Votes.Add(EntityType.Place, 2, TypeCue.PlaceNounOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "of" && prev2 is { IsWord: true, Lower: "governor" or "mayor" or "viceroy" or "prefect" or "governor-general" or "bailiff" or "reeve" or "castellan" } && c.Place is null && !c.HasOrgHead)
            {
                // "the governor of X", "the mayor of X": the land or the town the office is over.
                c.Votes.Add(EntityType.Place, 2, TypeCue.PlaceNounOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "of" && prev2 is { IsWord: true } && NameLexicon.MemberRoles.Contains(prev2.Lower) && c.Place is null
                && !(next is { Kind: TokenKind.Possessive } && !OrgHeadAfterPossessive(tokens, end + 2)))
            {
                // Not "war leader of X's band": what the role is of is the band, X's ("commander of the X's 4th Brigade" still
                // makes X a body: what it owns is a body's unit).
                // "the leader of X", "a spokesman for X", "founder of X": X is a group.
                c.Votes.Add(EntityType.Group, 3, TypeCue.RoleOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "from" && prev2 is { IsWord: true } && NameLexicon.GroupFollowers.Contains(prev2.Lower) && !NameLexicon.BandFollowers.Contains(prev2.Lower) && c.Place is null)
            {
                // "militants from X", "fighters from X": X is their group.
                c.Votes.Add(EntityType.Group, 2, TypeCue.MembersFrom, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "to" && prev2 is { IsWord: true } && NameLexicon.MotionVerbs.Contains(prev2.Lower) && !possessor && c.Place is null
                && !(c.WordCount > 1 && NameLexicon.IsGivenName(tokens[start].Text)))
            {
                // "were moved to X", "fled to X": where one goes is a place.
                c.Votes.Add(EntityType.Place, 2, TypeCue.InPlace, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "in" && !possessor && c.Place is null && !c.HasOrgHead
                && Enumerable.Range(Math.Max(0, start - 8), Math.Max(0, start - 1 - Math.Max(0, start - 8))).Reverse().TakeWhile(k => tokens[k].IsWord || tokens[k].Kind == TokenKind.Number)
                    .Any(k => tokens[k].Lower == "born"))
            {
                // "was born on 9 March 1931 in X": where one is born is a place, whatever given name opens it.
                c.Votes.Add(EntityType.Place, 3, TypeCue.InPlace, prev.Span);
            }
            else if (NameLexicon.PlacePrepositions.Contains(p) && !possessor
                && !(p == "in" && prev2 is { Lower: "brought" or "bring" or "brings" or "bringing" or "called" or "call" or "calls" or "calling" or "sent" or "send" or "sends" or "ushered" or "let" or "voted" })
                && !(p == "at" && prev2 is { IsWord: true } && NameLexicon.SiteNouns.Contains(prev2.Lower) && c.Place is null))
            {
                // Not "they brought in the X", "called in the X": a phrasal verb's particle, not a place's preposition.
                c.Votes.Add(EntityType.Place, 1, TypeCue.InPlace, prev.Span);
            }
            else if (NameLexicon.CompassAdjectives.Contains(p) && char.IsLower(prev.Text[0]) && prev2 is { IsWord: true } && NameLexicon.PlacePrepositions.Contains(prev2.Lower)
                && !c.HasOrgHead && !possessor)
            {
                // "in south Kessa", "across northern Velt": a land a compass word parts is a place.
                c.Votes.Add(EntityType.Place, 2, TypeCue.InPlace, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "as" && prev2 is { Lower: "known" } && c.Place is null && start >= 3
                && IsBodyNoun(tokens[start - 3].Text == "," && start >= 4 ? tokens[start - 4].Lower : tokens[start - 3].Lower))
            {
                // "a new movement, known as X", "a faction known as X": the body the noun introduces is named.
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(tokens[start - 3].Span.Start, prev.Span.End));
            }
            else if (p is "called" or "named" or "dubbed" && prev2 is { IsWord: true } && IsBodyNoun(prev2.Lower) && c.Place is null
                && start >= 3 && (tokens[start - 3].Lower is "a" or "an" || (start >= 4 && tokens[start - 4].Lower is "a" or "an" && tokens[start - 3] is { IsWord: true, IsCapitalized: false })))
            {
                // "an earlier cell called X", "a faction named X"; not "the court named X" (a verb with its subject).
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "the" && prev2 is { Lower: "called" or "named" or "dubbed" } && start >= 4 && IsBodyNoun(tokens[start - 3].Lower) && c.Place is null
                && (tokens[start - 4].Lower is "a" or "an" || (start >= 5 && tokens[start - 5].Lower is "a" or "an" && tokens[start - 4] is { IsWord: true, IsCapitalized: false })))
            {
                // "a council called the X".
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(tokens[start - 3].Span.Start, prev.Span.End));
            }
            else if (p == "the" && prev2 is { Text: "," } && start >= 4 && c.Place is null && BodyNounApposedBefore(tokens, start - 2))
            {
                // "a mounted band, the X,", "a league of lords, the X,": the body the noun introduces is named.
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(tokens[start - 3].Span.Start, prev.Span.End));
            }
            else if (p is "called" or "named" && prev2 is { IsWord: true } && (NameLexicon.RoleNouns.Contains(prev2.Lower) || prev2.Lower is "man" or "woman" or "boy" or "girl"
                    || (AgentNoun().IsMatch(prev2.Lower) && !IsBodyNoun(prev2.Lower)
                        && prev2.Lower is not ("tanker" or "trawler" or "steamer" or "freighter" or "carrier" or "cruiser" or "destroyer" or "bomber" or "liner" or "schooner" or "container" or "operator")))
                && c.Place is null && start >= 3 && Enumerable.Range(Math.Max(0, start - 5), start - 2 - Math.Max(0, start - 5)).Any(k => tokens[k].Lower is "a" or "an"))
            {
                // "a rebel leader named X", "a young woman called X", "a cooper named X": the person the noun introduces is named.
                c.Votes.Add(EntityType.Person, 3, TypeCue.RoleBefore, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p is "him" or "her" && prev2 is { Lower: "called" or "call" or "calls" or "calling" or "named" or "dubbed" or "nicknamed" or "styled" or "hailed" } && c.Place is null && !c.HasOrgHead)
            {
                // "her soldiers called her Umm al-X", "they dubbed her the Iron Lady": a name given to a person is a person's.
                c.Votes.Add(EntityType.Person, 3, TypeCue.CalledPerson, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p is "themselves" or "itself" && prev2 is { Lower: "called" or "call" or "calls" or "calling" or "named" or "styled" or "dubbed" or "style" or "styles" } && c.Place is null)
            {
                // "villagers who called themselves Tamba Tamba", "a faction that calls itself X": a body's own name.
                c.Votes.Add(EntityType.Group, 3, TypeCue.GroupNounBefore, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "at" && prev2 is { IsWord: true } && NameLexicon.SiteNouns.Contains(prev2.Lower) && !possessor && c.Place is null)
            {
                // "the army's camp at X", "the battalion's base at X": a site stands at a place.
                c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceNounOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (!possessor && c.Place is null && (NameLexicon.CaptureVerbs.Contains(p) || (p == "of" && prev2 is { Lower: "control" } && start >= 3
                && tokens[start - 3].Lower is "took" or "taken" or "take" or "takes" or "taking" or "seized" or "gained" or "regained" or "wrested" or "assumed"))
                && !(c.WordCount > 1 && NameLexicon.IsGivenName(tokens[start].Text)))
            {
                // "took control of X", "overran X": what is taken is ground; not a person's full name ("captured Samir Qadir").
                c.Votes.Add(EntityType.Place, 2, TypeCue.CaptureVerb, prev.Span);
            }
            else if (NameLexicon.HostileVerbs.Contains(p))
            {
                // One fights against an actor.
                c.Votes.Add(EntityType.Group, 1, TypeCue.Hostile, prev.Span);
            }
            else if (p == "by" && prev2 is { IsWord: true } && NameLexicon.LeaderParticiples.Contains(prev2.Lower) && c.Place is null)
            {
                // "led by X", "founded by X": X leads, most often a person.
                c.Votes.Add(EntityType.Person, 1, TypeCue.Agent, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "by" && prev2 is { IsWord: true } && NameLexicon.AgentParticiples.Contains(prev2.Lower) && c.Place is null)
            {
                // "claimed by X", "controlled by X": X acts.
                c.Votes.Add(EntityType.Group, 1, TypeCue.Agent, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (p == "of" && prev2 is { IsWord: true } && NameLexicon.HostileNouns.Contains(prev2.Lower) && c.Place is null)
            {
                c.Votes.Add(EntityType.Group, 1, TypeCue.HostileOf, new TextSpan(prev2.Span.Start, prev.Span.End));
            }
            else if (NameLexicon.SpeechVerbs.Contains(p) && p is not "told" and not "asked")
            {
                c.Votes.Add(EntityType.Person, 2, TypeCue.SpeechBefore, prev.Span);
            }
        }

        // "Darko's regime": whoever has a regime or a government acts as a group.
        if (next is { Kind: TokenKind.Possessive } && next2 is { IsWord: true } && NameLexicon.HostileNouns.Contains(next2.Lower) && c.Place is null
            && !(c.WordCount > 1 && NameLexicon.GroupFollowers.Contains(next2.Lower)))
        {
            // "Daesh's cowardice"; not "Abel Kessa's fighters": a commander has fighters as a body does, and a name of two
            // words or more is as often a man's.
            c.Votes.Add(EntityType.Group, 1, TypeCue.HostileNounAfter, next2.Span);
        }

        // "X's northern branch", "X's Syrian branch": what only a group has (one or two adjectives may stand between).
        if (next is { Kind: TokenKind.Possessive } && c.Place is null
            && Enumerable.Range(end + 2, Math.Max(0, Math.Min(3, tokens.Count - end - 2)))
                .FirstOrDefault(k => !((tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !NameLexicon.PossessedParts.Contains(tokens[k].Lower)) || IsDemonymLike(tokens[k])), -1) is int part and >= 0
            && NameLexicon.PossessedParts.Contains(tokens[part].Lower))
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.RoleOf, new TextSpan(next.Span.Start, tokens[part].Span.End));
        }

        // "Salazar's Portugal", "Franco's Spain": the one a country is written as belonging to is its ruler, a person.
        // Only when the country ends the phrase ("X's Kenya correspondent" is a body's) and the owner is no group's name ("the
        // X's Afghanistan", an acronym).
        if (next is { Kind: TokenKind.Possessive } && next2 is { IsWord: true } && char.IsUpper(next2.Text[0]) && c.Place is null && !c.HasOrgHead && !c.IsAcronym
            && (end + 3 >= tokens.Count || !tokens[end + 3].IsWord || NameLexicon.CommonWords.Contains(tokens[end + 3].Lower)) && prev is not { Lower: "the" }
            && gazetteer.Find(next2.Text) is { Kind: PlaceKind.Country })
        {
            c.Votes.Add(EntityType.Person, 2, TypeCue.RulerOf, new TextSpan(next.Span.Start, next2.Span.End));
        }

        // "Lebanon's Amal": a place owns groups and institutions.
        if (prev is { Kind: TokenKind.Possessive } && prev2 is not null && gazetteer.Find(prev2.Text) is not null && c.Place is null)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.OwnedByPlace, new TextSpan(prev2.Span.Start, prev.Span.End));
        }

        // "X (born Y) was a Kessa fisherman", "X was a village teacher": only a person is one.
        if (c.Place is null && !c.HasOrgHead && PersonNounAfter(tokens, end) is { } personNoun)
        {
            c.Votes.Add(EntityType.Person, 3, TypeCue.PersonNounAfter, personNoun);
        }
        else if (c.Place is null && !c.HasOrgHead && PlaceNounAfter(tokens, end) is { } placeNoun)
        {
            c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceNounAfter, placeNoun);
        }

        // "the Ruvo Mi Tan ("sons of the ford") movement": a gloss in brackets between a name and a body's lower-case noun.
        if (next is { Text: "(" } && c.Place is null && !c.HasOrgHead)
        {
            var close = end + 2;
            while (close < tokens.Count && close <= end + 12 && tokens[close].Text != ")" && tokens[close].Text != "(")
            {
                close++;
            }

            if (close + 1 < tokens.Count && close <= end + 12 && tokens[close].Text == ")" && tokens[close + 1] is { IsWord: true } body
                && char.IsLower(body.Text[0]) && (NameLexicon.NamedUnitHeads.Contains(body.Lower) || NameLexicon.GroupIntroducers.Contains(body.Lower)))
            {
                c.Votes.Add(EntityType.Group, 3, TypeCue.MembersAfter, body.Span);
            }
        }

        // "X, founded by Y in 2019", "X, formed in 2011": a founding participle set off after the name makes it an organization's.
        if (next is { Text: "," } && next2 is { IsWord: true } && char.IsLower(next2.Text[0]) && NameLexicon.FoundingVerbs.Contains(next2.Lower)
            && next2.Lower.EndsWith("ed", StringComparison.Ordinal) && end + 3 < tokens.Count && tokens[end + 3].Lower is "by" or "in" && c.Place is null)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.FoundedSubject, new TextSpan(next.Span.Start, next2.Span.End));
        }

        if (next is { IsWord: true } && char.IsLower(next.Text[0]))
        {
            var n = next.Lower;
            if (n == "claimed" && next2 is { IsWord: true } && (NameLexicon.ClaimedObjects.Contains(next2.Lower)
                || (next2.Lower is "the" or "a" or "an" or "its" && end + 3 < tokens.Count && NameLexicon.ClaimedObjects.Contains(tokens[end + 3].Lower))))
            {
                // "X claimed the attack", "X claimed responsibility": a group's act, not a speaker's.
                c.Votes.Add(EntityType.Group, 2, TypeCue.ClaimsAttack, new TextSpan(next.Span.Start, next2.Span.End));
            }
            else if (NameLexicon.SpeechVerbs.Contains(n))
            {
                c.Votes.Add(EntityType.Person, 3, TypeCue.SpeechAfter, next.Span);
            }
            else if (c.Place is null && (n is "was" or "is" or "were" ? next2 : n is "had" or "has" && next2 is { Lower: "been" } && end + 3 < tokens.Count ? tokens[end + 3] : null)
                is { IsWord: true } founded && NameLexicon.FoundingVerbs.Contains(founded.Lower))
            {
                // "X was founded in 2019 by …", "X was formed after the split": what was founded is an organization.
                c.Votes.Add(EntityType.Group, 2, TypeCue.FoundedSubject, new TextSpan(next.Span.Start, founded.Span.End));
            }
            else if (n is "himself" or "herself")
            {
                // "Phizo himself left for London": only a person is a "himself".
                c.Votes.Add(EntityType.Person, 3, TypeCue.Reflexive, next.Span);
            }
            else if (next2 is { Lower: "himself" or "herself" } && (n.EndsWith("ed", StringComparison.Ordinal) || n is "shot" or "hanged" or "hung" or "made" or "threw"
                or "cut" or "set" or "put" or "got" or "gave" or "saw" or "found" or "kept" or "drowned" or "killed" or "poisoned"))
            {
                // "X proclaimed himself governor", "X shot herself": a verb done to oneself is a person's (not "the Kessa
                // operation himself": a noun between the name and "himself" is no verb done to oneself).
                c.Votes.Add(EntityType.Person, 3, TypeCue.Reflexive, new TextSpan(next.Span.Start, next2.Span.End));
            }
            else if (!c.HasOrgHead && !c.IsAcronym && !(prev is { IsWord: true } && (prev.Lower == "of" || NameLexicon.PlacePrepositions.Contains(prev.Lower))) && (n == "died" || (n is "was" or "is" && next2 is { IsWord: true } && NameLexicon.PersonFateVerbs.Contains(next2.Lower))
                || (n == "had" && next2 is { Lower: "been" } && end + 3 < tokens.Count && NameLexicon.PersonFateVerbs.Contains(tokens[end + 3].Lower))))
            {
                // "X was beheaded at Lahti", "X died in custody": what befalls only a person.
                c.Votes.Add(EntityType.Person, 3, TypeCue.PersonFate, new TextSpan(next.Span.Start, (n == "died" ? next : n == "had" ? tokens[end + 3] : next2!).Span.End));
            }
            else if (c.Place is null && next2 is { Lower: "his" or "her" } && next.IsWord && !next.IsCapitalized && n.Length > 3
                && (n.EndsWith("ed", StringComparison.Ordinal) || (n[^1] == 's' && n[^2] is not ('s' or 'u' or 'i')) || NameLexicon.OwnPronounVerbs.Contains(n)))
            {
                // "X sends his riders north", "X pitched his tents near Y": the verb's subject is whose "his" or "her" it is, a person.
                c.Votes.Add(EntityType.Person, 2, TypeCue.OwnPronoun, new TextSpan(next.Span.Start, next2.Span.End));
            }
            else if (NameLexicon.GroupFollowers.Contains(n) && !(prev is { Text: "-" } && prev2 is not null && NameLexicon.HyphenPrefixes.Contains(prev2.Lower)))
            {
                // Not "pro-X forces", "anti-X fighters": the forces are for or against X, a person as often as a group.
                c.Votes.Add(EntityType.Group, 2, TypeCue.MembersAfter, next.Span);
            }
            else if (NameLexicon.HostileVerbs.Contains(n) && n.EndsWith("ed", StringComparison.Ordinal) && c.Place is null)
            {
                // "Zamas attacked Tamaro": whoever attacks acts, most often as a group.
                c.Votes.Add(EntityType.Group, 1, TypeCue.ActsAfter, next.Span);
            }
            else if (NameLexicon.TrailingPlaceHeads.Contains(n))
            {
                c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceNounAfter, next.Span);
            }
        }

        // "the hunger strike of X, which he ended": after "the N of X" the relative clause is the noun's, not X's.
        // "the Kessa Estates at Velt, whose manager …", "Ana Ruvo of Velt, whose grandmother …": after a place's preposition,
        // or "of" after a name, "whose" is the place's or the one named before it, and says nothing of a person.
        if (next is { Kind: TokenKind.Punct, Text: "," } && next2 is { IsWord: true } && !(next2.Lower == "which" && start > 1 && tokens[start - 1].Lower == "of"
            && char.IsLower(tokens[start - 2].Text[0]) && tokens[start - 2].IsWord && !NameLexicon.RoleNouns.Contains(tokens[start - 2].Lower))
            && !(next2.Lower == "whose" && start > 0 && (tokens[start - 1].Lower is "at" or "in" or "near" or "outside" or "from"
                || (start > 1 && tokens[start - 1].Text == "of" && tokens[start - 2].IsCapitalized)))
            // "a tracker sent up from the Kessa, who killed him": "who" after a place's preposition and "the" is said of the
            // person the phrase is about.
            && !(next2.Lower == "who" && start > 1 && tokens[start - 1].Lower == "the" && tokens[start - 2].Lower is "at" or "in" or "near" or "outside" or "from"))
        {
            ScoreApposition(c, tokens, end + 2);
        }

        // "the Zayudis": people's names take neither "the" nor a plural. One capitalized plural word after "the" (no place,
        // demonym or common word) whose singular also stands in the text ("Zayudi fighters") names a group by its members;
        // not a land's plural ("the Uplands" after "Upland farms": a region).
        var loneAfterThe = start == end && start > 0 && tokens[start - 1].Lower == "the" && c.Place is null && !c.IsAcronym
            && !IsDemonymLike(tokens[start]) && !NameLexicon.IsCommon(tokens[start].Lower);
        // "the Kessans" after "Kessa": a following named after its leader or its land by "-ns" on a name that ends in a vowel.
        if (loneAfterThe && tokens[start].Text is { Length: > 3 } word && word.EndsWith('s') && (HasWord(st.Text, word[..^1])
                || (word.Length > 5 && word.EndsWith("ns", StringComparison.Ordinal) && "aeiou".Contains(word[^3]) && HasWord(st.Text, word[..^2])))
            && !word.EndsWith("lands", StringComparison.Ordinal))
        {
            c.Votes.Add(EntityType.Group, 3, TypeCue.PluralGroup, Span(tokens, start - 1, start));
        }
        else if (loneAfterThe && AgentPlural().IsMatch(tokens[start].Text) && !NameLexicon.IsEnglishPlural(tokens[start].Lower)
            && !(start > 1 && tokens[start - 2].Lower == "of") && !(end + 1 < tokens.Count && tokens[end + 1].Lower == "of")
            && !(end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true } headAfter && char.IsLower(headAfter.Text[0])
                && (NameLexicon.OrgHeads.Contains(headAfter.Text) || NameLexicon.PlaceHeads.Contains(headAfter.Text))))
        {
            // Not inside a longer name ("Union of the Weavers of Kessa"), nor before an office or a place it names ("the
            // Velters office").
            // "the Velterists", "the Kessanites", "the Orvaners": a plural of those who do or follow something, with no singular
            // in the text, still names a following (not an English plural: "the Lions" is a short name, left to its full one);
            // weaker, so that "into the X" still makes mountains of a range.
            c.Votes.Add(EntityType.Group, 2, TypeCue.PluralGroup, Span(tokens, start - 1, start));
        }

        // "the River Lions", "the Desert Wolves", "the Kessa Velts": two or three capitalized words after "the", none a given
        // name, the last a plural of an English noun, or a plural whose singular also stands in the text ("a Velt"). People
        // are not plural; a place or an organization's head says otherwise first.
        if (end > start && end - start <= 2 && start > 0 && tokens[start - 1].Lower == "the" && c.Place is null && !c.HasOrgHead
            && Enumerable.Range(start, end - start + 1).All(k => tokens[k].IsCapitalized && !NameLexicon.IsGivenName(tokens[k].Text))
            && (NameLexicon.IsEnglishPlural(tokens[end].Lower)
                || (tokens[end].Text is { Length: > 4 } plural && plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) && !NameLexicon.IsCommon(plural.ToLowerInvariant()) && HasWord(st.Text, plural[..^1])))
            && !NameLexicon.PlaceHeads.Contains(tokens[end].Text)
            // "the Kessa States", "the Velt Provinces": the plural of an area's head names lands, not a following.
            && !(tokens[end].Lower.EndsWith('s') && NameLexicon.AdminHeads.Contains(tokens[end].Lower[..^1])))
        {
            // As strong as the one-word plural: "who" after it ("the Orvo Kessans, who rebelled") is said of people, not of one.
            c.Votes.Add(EntityType.Group, 3, TypeCue.PluralGroup, Span(tokens, start - 1, end));
        }
        else if (end > start && end - start <= 2 && start > 0 && tokens[start - 1].Lower == "the" && c.Place is null && !c.HasOrgHead && !IsDemonymLike(tokens[start])
            && NameLexicon.IsEnglishPlural(tokens[start].Lower) && !NameLexicon.IsGivenName(tokens[start].Text)
            && Enumerable.Range(start, end - start + 1).All(k => tokens[k].IsCapitalized && !tokens[k].IsAcronym))
        {
            // "the Wardens Marrak", "the Estates Velt": a body whose name opens on the plural of its members or its
            // parts, its qualifier after it. No person's name opens on a plural noun.
            c.Votes.Add(EntityType.Group, 2, TypeCue.PluralGroup, Span(tokens, start - 1, end));
        }
        else if (end > start && tokens[end].IsCapitalized && !tokens[end].IsAcronym && tokens[end].Lower.EndsWith('s') && NameLexicon.AdminHeads.Contains(tokens[end].Lower[..^1]) && !c.HasOrgHead)
        {
            // "the Kessa States", "the Velt Provinces" (in mixed case: a shouted headline's "… AND KESSA STATES" is left to the body).
            c.Votes.Add(EntityType.Place, 3, TypeCue.PlaceHead, tokens[end].Span);
        }

        // "joined Velt's Northern Column": a name that owns the named object is not what is joined, led or founded ("commands
        // Velt's gunmen" still commands Velt's men).
        var owner = end + 2 < tokens.Count && tokens[end + 1].Kind == TokenKind.Possessive && tokens[end + 2].IsCapitalized;

        // "Ana Ruiz founded Baraka Tamu": what is founded is an organization.
        if (prev is { IsWord: true } && NameLexicon.FoundingVerbs.Contains(prev.Lower) && c.Place is null && !owner)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.FoundedObject, prev.Span);
        }

        // "Rigi led Kamsallah until 2010", "who heads the Peace Office": what one leads is an organization; not a name before
        // the noun that is led ("led the Kessa contingent": the contingent is).
        // ("the X front", "the X mission" still make X a body's name.)
        var modifies = next is { IsWord: true } && next.Lower is "contingent" or "contingents" or "men" or "rising" or "uprising" or "revolt";
        if (prev is { IsWord: true } && NameLexicon.LeadingVerbs.Contains(prev.Lower) && c.Place is null && !owner && !modifies)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.LedObject, prev.Span);
        }

        // "Jan Ruvo joined Breekyster as a constable": what one joins is an organization.
        if (prev is { IsWord: true } && NameLexicon.JoiningVerbs.Contains(prev.Lower) && c.Place is null && !owner)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.JoinedObject, prev.Span);
        }

        // "had split from Kessa Velmaro", "they broke away from X": what one leaves this way is an organization, as weak a cue as
        // "joined X". Not one word ("broke away from Velt": a faction's leader as often) nor a possessor ("from Velt's party").
        if (prev is { IsWord: true, Lower: "from" } && prev2 is { IsWord: true } && NameLexicon.PartingVerbs.Contains(prev2.Lower) && c.Place is null
            && (c.WordCount >= 2 || c.IsAcronym) && !(next is { Kind: TokenKind.Possessive }))
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.PartedObject, new TextSpan(prev2.Span.Start, prev.Span.End));
        }

        // "the New ZLA", "the Real ZLA": an English word before an acronym names a faction after its parent.
        var faction = end == start + 1 && NameLexicon.IsEnglishWord(tokens[start].Lower) && tokens[start].Text.Any(char.IsLower)
            && tokens[end].IsAcronym && !RomanNumeral().IsMatch(tokens[end].Text);
        if (faction)
        {
            c.Votes.Add(EntityType.Group, 2, TypeCue.Acronym, tokens[end].Span);
        }

        // People are not written as acronyms: "IS claimed the attack" speaks for a group. A transcript's speaker label
        // shouts title and name alike ("SECRETARY BENTON:"): a name after a title in capitals is a person's.
        // A report that writes surnames in capitals ("Archbishop MELETIOS", "the Front leader MARKOSIN", "PC Nicos IOANNIDIS") shouts a
        // word, not an acronym: a title or a role noun right before a capitalized word of five letters or more keeps it a person.
        var shouted = c.Titled && start > 0 && tokens[start - 1].IsAcronym && tokens[start - 1].Text.Length > 3;
        shouted |= c.ShoutedName;
        shouted |= c.IsAcronym && c.Surface.Length >= 5 && c.Surface.All(char.IsLetter) && c.Surface.Count(ch => "AEIOUY".Contains(ch)) >= 2
            && (c.Titled || c.Votes.Evidence.Any(e => e.Type == EntityType.Person && e.Cue is TypeCue.Title or TypeCue.RoleBefore or TypeCue.GivenName));
        if ((c.IsAcronym || faction) && c.Votes.Person > 0 && !shouted && !IsLabelAcronym(c, tokens, start, end))
        {
            var moved = c.Votes.Person;
            c.Votes.ClearPerson();
            c.Votes.Add(EntityType.Group, moved, TypeCue.AcronymNotPerson);
        }
    }

    /// <summary>"his brother X", "her elder son, X", "the general's nephew X": a possessive, maybe an adjective, a noun of kinship.</summary>
    private static bool AfterKinNoun(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Text == ",")
        {
            k--;
        }

        if (k < 1 || !NameLexicon.KinNouns.Contains(tokens[k].Lower))
        {
            return false;
        }

        k--;
        if (k >= 1 && tokens[k].Lower is "elder" or "younger" or "older" or "eldest" or "youngest" or "late" or "half" or "twin")
        {
            k--;
        }

        return tokens[k].Lower is "his" or "her" or "their" || tokens[k].Kind == TokenKind.Possessive;
    }

    /// <summary>
    /// The person's noun that the sentence gives the name at <paramref name="end"/>: "was a" or "is an", up to three words,
    /// then a noun only a person is ("was a Kessa fisherman", "is a retired village teacher"); a bracket right after the name is
    /// passed over ("X (born Y) was a …"). Null when the sentence says no such thing.
    /// </summary>
    private static TextSpan? PersonNounAfter(List<Token> tokens, int end) =>
        NounAfterCopula(tokens, end, w => NameLexicon.PersonNouns.Contains(w));

    /// <summary>"X was a trading colony", "X is a small port": a place's noun the sentence gives the name (not "ruler").</summary>
    private static TextSpan? PlaceNounAfter(List<Token> tokens, int end) =>
        NounAfterCopula(tokens, end, w => NameLexicon.PlaceIntroducers.Contains(w) && w is not ("ruler" or "rulers" or "camp" or "area" or "areas"));

    private static TextSpan? NounAfterCopula(List<Token> tokens, int end, Func<string, bool> noun)
    {
        var k = end + 1;
        if (k < tokens.Count && tokens[k].Text == "(")
        {
            var close = k + 1;
            while (close < tokens.Count && close - k <= 40 && tokens[close].Text is not (")" or "("))
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Text != ")")
            {
                return null;
            }

            k = close + 1;
        }

        if (k + 2 >= tokens.Count || tokens[k].Lower is not ("was" or "is") || tokens[k + 1].Lower is not ("a" or "an"))
        {
            return null;
        }

        for (var w = k + 2; w < tokens.Count && w <= k + 5 && tokens[w].IsWord; w++)
        {
            if (noun(tokens[w].Lower) && (w + 1 >= tokens.Count || tokens[w + 1].Kind != TokenKind.Possessive))
            {
                return tokens[w].Span;
            }
        }

        return null;
    }

    /// <summary>A name opening a line (after a quotation's "&gt;", maybe) right before a colon and the words on that line.</summary>
    private static bool IsLineLabel(List<Token> tokens, int start, int end) =>
        (start == 0 || tokens[start].NewLineBefore || (tokens[start - 1].Text == ">" && (start == 1 || tokens[start - 1].NewLineBefore))) && ColonAndWordsAfter(tokens, end);

    /// <summary>A colon right after the name's last token, and words after it on the same line ("VELT: Now …").</summary>
    private static bool ColonAndWordsAfter(List<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end + 1].Text == ":" && tokens[end + 1].Span.Start == tokens[end].Span.End && !tokens[end + 2].NewLineBefore;

    /// <summary>
    /// Initials that label a transcript's line ("RM: Yes. In those years …"): two or three capitals at a line's start, right
    /// before a colon (a longer word in capitals there is a surname, "SMITH:", which joins its full name).
    /// </summary>
    private static bool IsLabelAcronym(Candidate c, List<Token> tokens, int start, int end) =>
        c.IsAcronym && c.Surface.Length <= 3 && (start == 0 || tokens[start].NewLineBefore) && ColonAndWordsAfter(tokens, end);

    /// <summary>"X, the leader of …", "X, a Shiite militia backed by Iran", "X, an independent policy institute", "X, who …".</summary>
    private static void ScoreApposition(Candidate c, List<Token> tokens, int k)
    {
        var w = tokens[k].Lower;
        // "Tomas Velt of Kessaby, who led …": the relative is the person's before "of", not the place's.
        if (w is "who" or "whose" && OfAfterPerson(tokens, c))
        {
            return;
        }

        if (w is "who" or "whose")
        {
            c.Votes.Add(EntityType.Person, 2, TypeCue.AppositionWho, tokens[k].Span);
            return;
        }

        // "which" says only that it is no person: right after "at X" or "in X" it is the place's ("the fort at Velt, which …");
        // "broke up into the X, which" may be a body's.
        if (w == "which")
        {
            if (!c.Votes.Evidence.Any(e => e.Cue == TypeCue.InPlace && c.Span.Start - e.CueSpan.End <= 1))
            {
                c.Votes.Add(EntityType.Group, 1, TypeCue.AppositionWhich, tokens[k].Span);
            }

            return;
        }

        // A bare role noun: "Vali Nasr, dean at …", "L. Paul Bremer, administrator of …".
        if (NameLexicon.RoleNouns.Contains(w) && char.IsLower(tokens[k].Text[0]) && !NameLexicon.GroupIntroducers.Contains(w))
        {
            c.Votes.Add(EntityType.Person, 3, TypeCue.AppositionRole, tokens[k].Span);
            return;
        }

        // "Ana Velt, war chief of …", "X, deputy commander of …": a bare role noun after one lower-case modifier.
        if (char.IsLower(tokens[k].Text[0]) && k + 2 < tokens.Count && tokens[k + 1] is { IsWord: true } modified && char.IsLower(modified.Text[0])
            && NameLexicon.RoleNouns.Contains(modified.Lower) && !NameLexicon.GroupIntroducers.Contains(modified.Lower) && tokens[k + 2].Lower is "of" or "to" or "for"
            && w is not ("the" or "a" or "an" or "its" or "his" or "her" or "their" or "and" or "or" or "who" or "which" or "that"))
        {
            c.Votes.Add(EntityType.Person, 3, TypeCue.AppositionRole, new TextSpan(tokens[k].Span.Start, modified.Span.End));
            return;
        }

        // "the Veltije, three exiled Kessan captains,": a count of people in the plural is the body they make.
        if (w is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" || tokens[k].Kind == TokenKind.Number)
        {
            for (var j = k + 1; j < tokens.Count && j <= k + 4 && tokens[j].IsWord; j++)
            {
                var l = tokens[j].Lower;
                if (char.IsLower(tokens[j].Text[0]) && (NameLexicon.PluralRoles.Contains(l) || (l.EndsWith('s') && NameLexicon.RoleNouns.Contains(l[..^1])))
                    && (j + 1 >= tokens.Count || tokens[j + 1].Text is "," or "." or ";" or ")"))
                {
                    c.Votes.Add(EntityType.Group, 3, TypeCue.AppositionHead, tokens[j].Span);
                    return;
                }
            }

            return;
        }

        // "X, Kessa's largest armed group": a name's possessive stands where an article may.
        if (w is not ("the" or "a" or "an" or "its" or "his" or "her" or "then" or "now" or "one" or "another" or "himself" or "herself")
            && !(char.IsUpper(tokens[k].Text[0]) && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Possessive))
        {
            return;
        }

        // The head of the noun phrase is its last noun before "of", a relative pronoun or punctuation:
        // "the Iraq government's spokesman" is a person, "a Shiite militia backed by Iran" a group.
        EntityType? head = null;
        var headAt = -1;
        for (var j = k + 1; j < tokens.Count && j <= k + 8; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Possessive)
            {
                continue;
            }

            var l = t.Lower;
            // "the group's media and publicity secretary": a possessor is no head, and "and" may join two modifiers.
            if (j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Possessive)
            {
                continue;
            }

            if (l == "and" && j > k + 1 && tokens[j - 1] is { IsWord: true } before && char.IsLower(before.Text[0]) && j + 1 < tokens.Count
                && tokens[j + 1] is { IsWord: true } after && char.IsLower(after.Text[0]) && after.Lower is not ("a" or "an" or "the" or "its" or "their" or "his" or "her"))
            {
                continue;
            }

            // "X, the village where the young man …": the relative clause of a place or a time holds no more of the phrase.
            if (!t.IsWord || l is "of" or "who" or "which" or "that" or "and" or "in" or "at" or "for" or "with" or "whose" or "backed" or "based"
                or "where" or "when" or "whom")
            {
                break;
            }

            // "Tamaro, two raids hit an enemy unit": a word with an object after it is a verb, and the phrase has ended.
            var verb = j + 1 < tokens.Count && tokens[j + 1].Lower is "a" or "an" or "the" or "its" or "their";
            if (!char.IsLower(t.Text[0]) || !EndsPhrase(tokens, j + 1))
            {
                if (verb)
                {
                    break;
                }

                continue;
            }

            // "X, the Tammer warrior who …", "X, a Kessa man whose …": a role or a noun only a person is.
            // A noun only a person is heads the phrase only when no other head came before it ("X, a Kessa port, a fisherman's
            // town": the port heads it).
            if ((NameLexicon.RoleNouns.Contains(l) || (head is null && NameLexicon.PersonNouns.Contains(l))) && !NameLexicon.GroupIntroducers.Contains(l))
            {
                (head, headAt) = (EntityType.Person, j);
            }
            else if (NameLexicon.OrgHeads.Contains(l) || NameLexicon.GroupIntroducers.Contains(l))
            {
                (head, headAt) = (EntityType.Group, j);
            }
            else if (NameLexicon.PlaceIntroducers.Contains(l))
            {
                (head, headAt) = (EntityType.Place, j);
            }

            if (verb)
            {
                break;
            }
        }

        // "the Orvani, a Kessan group that fought the hill villages": a people's or a place's name and a body's head right after the
        // article head the phrase, whatever follows them.
        // Not when a noun for a person follows the body word and heads the phrase itself ("an Orvani police tracker", "a Kessan
        // militia leader").
        if (head is null && k + 2 < tokens.Count && w is "a" or "an" && tokens[k + 1] is { IsWord: true, IsCapitalized: true, IsAcronym: false }
            && tokens[k + 2] is { IsWord: true } body && char.IsLower(body.Text[0]) && (NameLexicon.OrgHeads.Contains(body.Lower) || NameLexicon.GroupIntroducers.Contains(body.Lower))
            && !NameLexicon.RoleNouns.Contains(body.Lower)
            && !(k + 3 < tokens.Count && tokens[k + 3] is { IsWord: true } noun && char.IsLower(noun.Text[0])
                && (NameLexicon.RoleNouns.Contains(noun.Lower) || AgentNoun().IsMatch(noun.Lower))))
        {
            (head, headAt) = (EntityType.Group, k + 2);
        }

        // "X, a newly landed Kessan and a seasoned soldier, broke …": a second description joined by "and a" heads with its role noun.
        if (head is null && w is "a" or "an")
        {
            for (var j = k + 1; j + 2 < tokens.Count && j <= k + 6; j++)
            {
                if (!tokens[j].IsWord)
                {
                    break;
                }

                if (tokens[j].Lower == "and" && tokens[j + 1].Lower is "a" or "an")
                {
                    var role = Enumerable.Range(j + 2, Math.Min(3, tokens.Count - j - 2)).TakeWhile(x => tokens[x].IsWord && char.IsLower(tokens[x].Text[0]))
                        .FirstOrDefault(x => NameLexicon.RoleNouns.Contains(tokens[x].Lower) && !NameLexicon.GroupIntroducers.Contains(tokens[x].Lower), -1);
                    if (role >= 0 && (role + 1 >= tokens.Count || tokens[role + 1].Text is "," or "." or ";"))
                    {
                        (head, headAt) = (EntityType.Person, role);
                    }

                    break;
                }
            }
        }

        // "He was born at X, the son of a trader": after "at X" or "in X" a person's noun describes the sentence's subject, not
        // the place.
        if (head == EntityType.Person && c.Votes.Evidence.Any(e => e.Cue == TypeCue.InPlace && c.Span.Start - e.CueSpan.End <= 1))
        {
            head = null;
        }

        if (head is { } h)
        {
            c.Votes.Add(h, 3, TypeCue.AppositionHead, tokens[headAt].Span);
        }
    }

    /// <summary>Whether the candidate follows "of" or "from" right after a capitalized name ("Tomas Velt of Kessaby").</summary>
    private static bool OfAfterPerson(List<Token> tokens, Candidate c)
    {
        var at = tokens.FindIndex(t => t.Span.Start == c.Span.Start);
        return at >= 2 && tokens[at - 1].Lower is "of" or "from" && tokens[at - 2] is { IsWord: true, IsCapitalized: true, IsAcronym: false }
            && !NameLexicon.OrgHeads.Contains(tokens[at - 2].Text) && !NameLexicon.PlaceHeads.Contains(tokens[at - 2].Text);
    }

    /// <summary>The candidate from whose first word to the bracket the capitalized words' initials spell the acronym; -1 if none.</summary>
    private static int AcronymTarget(State st, List<Token> tokens, List<(int Start, int End, int CandidateIndex)> runs, int before, string acronym)
    {
        var letters = acronym.Replace(".", "", StringComparison.Ordinal);
        var bracket = runs[before + 1].Start - 1;
        for (var q = before; q >= 0 && q >= before - 3; q--)
        {
            var initials = string.Concat(tokens.Skip(runs[q].Start).Take(bracket - runs[q].Start)
                .Where(t => t.IsWord && (t.IsCapitalized || t.IsAcronym) && !NameLexicon.NameParticles.Contains(t.Text))
                .Select(t => t.IsAcronym ? t.Text.Replace(".", "", StringComparison.Ordinal) : t.Text[NameLexicon.ParticlePrefixLength(t.Text)].ToString()));
            if (string.Equals(initials, letters, StringComparison.OrdinalIgnoreCase))
            {
                return runs[q].CandidateIndex;
            }
        }

        // No spelled-out match: the name right before the bracket, as for any "X (Y)".
        return st.Candidates[runs[before].CandidateIndex].Place is null ? runs[before].CandidateIndex : -1;
    }

    private static bool IsQuoteMark(string token) => token is "\"" or "“" or "”" or "‘" or "’" or "'" or "«" or "»" or "„" or "‹" or "›";

    /// <summary>The words between two names as the lexicon writes a cue: joined token by token, "today 's" is "today's".</summary>
    private static string CuePhrase(string words) =>
        words.Contains(" 's", StringComparison.Ordinal) || words.Contains(" ’s", StringComparison.Ordinal)
            ? words.Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ’s", "'s", StringComparison.Ordinal) : words;

    /// <summary>Whether the name at <paramref name="start"/> stands in a bracket that opens on an alias cue: "(also spelled X", "(a.k.a. X".</summary>
    private static bool OpensOnAliasCue(List<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 6; k--)
        {
            if (tokens[k].Text == "(")
            {
                return k + 1 < start && IsAliasCue(string.Join(' ', tokens.Skip(k + 1).Take(start - k - 1).Select(x => x.Lower)));
            }
        }

        return false;
    }

    /// <summary>Whether the words between two names are an alias cue, with the punctuation the cue needs before it.</summary>
    private static bool IsAliasCue(string between)
    {
        var lead = between.Length > 0 && between[0] is ',' or '(' or ';';
        var phrase = CuePhrase(lead ? between[1..].TrimStart() : between);
        return (NameLexicon.AliasCues.TryGetValue(phrase, out var needsPunctuation) && (lead || !needsPunctuation)) || KnownByItsName().IsMatch(phrase)
            || (lead && KnownToThemAs().IsMatch(phrase));
    }

    // "known by its Arabic name", "better known by its French initials", "known under the name", "known by his title": the
    // words name a language or a form, so the lexicon's fixed phrases cannot list them all.
    [GeneratedRegex(@"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"^(?:(?:better|also|commonly|widely|locally)\s+)?known\s+(?:by|under)\s+(?:its|their|his|her|the)\s+(?:\p{L}[\p{L}-]*\s+){0,2}(?:name|names|initials|acronym|abbreviation|nickname|nom de guerre|title)$", RegexOptions.IgnoreCase)]
    private static partial Regex KnownByItsName();

    /// <summary>", known in the group as Y", ", known to his men as Y", ", known in English as Y": a name some people use.</summary>
    [GeneratedRegex(@"^(?:(?:better|also|widely|commonly|locally)\s+)?known\s+(?:to|in|among|by)\s+(?:(?:[\p{Ll}'-]+|\p{Lu}\p{Ll}+)\s+){1,5}as$")]
    private static partial Regex KnownToThemAs();

    /// <summary>Whether the words between two names end with an acronym cue ("… the acronym for").</summary>
    private static bool EndsWithAcronymCue(string between)
    {
        foreach (var cue in NameLexicon.AcronymCues)
        {
            if (between.EndsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsList(string[] joins, int from)
    {
        for (var k = from; k < joins.Length; k++)
        {
            if (joins[k] is "and" or "or" or ", and" or ", or")
            {
                return true;
            }

            if (joins[k] != ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a head noun ends its phrase: "X, the town, …" and "X, a militia backed by …" are appositions;
    /// in "X, the town fell" the noun is a new clause's subject.
    /// </summary>
    /// <summary>Whether an organization's head stands among the three words from <paramref name="k"/> ("'s 4th Brigade", "'s Finance Office").</summary>
    private static bool OrgHeadAfterPossessive(List<Token> tokens, int k) =>
        Enumerable.Range(k, Math.Max(0, Math.Min(3, tokens.Count - k))).Any(x => tokens[x].IsWord && tokens[x].IsCapitalized && NameLexicon.OrgHeads.Contains(tokens[x].Text));

    /// <summary>Whether the token at <paramref name="i"/> opens a quotation after a colon or a comma: "He told me: "Read …"".</summary>
    private static bool OpensQuotation(List<Token> tokens, int i) =>
        i > 1 && tokens[i - 1].Text is "\"" or "“" && tokens[i - 2].Text is ":" or ",";

    /// <summary>
    /// Whether the words from <paramref name="k"/> to a closing bracket are one to three lower-case words that end on a role
    /// or an agent noun ("chair)", "translation reviewer)", "training officer)").
    /// </summary>
    private static bool DescribedByRole(List<Token> tokens, int k)
    {
        for (var n = 0; n < 3 && k + n < tokens.Count; n++)
        {
            var t = tokens[k + n];
            if (!t.IsWord || t.IsCapitalized || t.NewLineBefore)
            {
                return false;
            }

            if (k + n + 1 < tokens.Count && tokens[k + n + 1].Text == ")")
            {
                return NameLexicon.RoleNouns.Contains(t.Lower) || AgentNoun().IsMatch(t.Lower);
            }
        }

        return false;
    }

    /// <summary>A noun for one who does something: "tracker", "officer", "novelist", "policeman".</summary>
    [GeneratedRegex("^(?!(?:under|after|over|never|rather|other|either|neither|whether|together|later|earlier|major|minor|former|latter|senior|junior|inner|outer|upper|lower|longer|larger|smaller|wider|closer|further|better|greater|inferior|superior|interior|exterior)$)[a-z]{3,}(?:er|or|ist|man|men|woman|ian)$")]
    private static partial Regex AgentNoun();

    private static bool EndsPhrase(List<Token> tokens, int next) =>
        next >= tokens.Count || tokens[next].Kind is TokenKind.Punct or TokenKind.Possessive
        || tokens[next].Lower is "of" or "who" or "which" or "that" or "in" or "at" or "for" or "with" or "from" or "and" or "backed" or "based"
            or "supported" or "funded" or "led" or "to" or "on" or "since" or "whose" or "under" or "near" or "by"
            or "formed" or "founded" or "created" or "established" or "set" or "known" or "named" or "called" or "made" or "headed" or "run"
            or "where" or "when" or "killed" or "murdered" or "assassinated" or "elected" or "appointed" or "ousted" or "deposed" or "overthrown"
            or "exiled" or "jailed" or "imprisoned" or "executed" or "arrested" or "captured" or "sentenced" or "convicted";

    /// <summary>A lower-case noun for a body: "movement", "faction" (group introducers) or "cell", "unit" (organization heads).</summary>
    /// <summary>
    /// Whether the words before the comma at <paramref name="comma"/> are "a" or "an", up to two lower-case words and a noun
    /// of a body ("a mounted band", "a league of Catholic lords"), with nothing but words after it.
    /// </summary>
    private static bool BodyNounApposedBefore(List<Token> tokens, int comma)
    {
        for (var a = comma - 1; a >= 0 && a >= comma - 8 && tokens[a].IsWord; a--)
        {
            if (tokens[a].Lower is not ("a" or "an") || char.IsUpper(tokens[a].Text[0]) && a > 0 && tokens[a - 1].IsWord)
            {
                continue;
            }

            for (var j = a + 1; j < comma && j <= a + 3 && char.IsLower(tokens[j].Text[0]); j++)
            {
                if (IsBodyNoun(tokens[j].Lower) || tokens[j].Lower is "band" or "league")
                {
                    return !NameLexicon.RoleNouns.Contains(tokens[j].Lower);
                }
            }

            return false;
        }

        return false;
    }

    private static bool IsBodyNoun(string lower) => NameLexicon.GroupIntroducers.Contains(lower) || NameLexicon.OrgHeads.Contains(lower);

    /// <summary>Whether the name at token <paramref name="start"/> follows "members of (the)", "leaders of", …: a plural role of a group.</summary>
    private static bool MembersOf(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Lower == "the")
        {
            k--;
        }

        return k >= 1 && tokens[k].Lower == "of" && tokens[k - 1].Lower.EndsWith('s') && NameLexicon.MemberRoles.Contains(tokens[k - 1].Lower);
    }

    /// <summary>A capitalized plural of those who do or follow something: "-ers", "-ists", "-ites", "-ians" ("Orvaners", "Velterists").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:ers|ists|ites|ians)$")]
    private static partial Regex AgentPlural();

    /// <summary>
    /// Another spelling of one word: the same consonants, or at most two letters apart once transliterated ("Orvavo" and "Orvabo",
    /// "Kessala" and "Cessala"); four letters at least (five for two letters apart), so that short names stay apart.
    /// </summary>
    private static bool IsSpellingOf(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase) && char.IsUpper(b[0])
        && (NameKey.Skeleton(a) == NameKey.Skeleton(b) || (Math.Min(a.Length, b.Length) >= 5 && NameKey.Distance(NameKey.Translit(a), NameKey.Translit(b)) <= 2));

    /// <summary>Whether the line around <paramref name="at"/> runs on in dot leaders ("...." or "…"), as a listing's entries do.</summary>
    private static bool IsLeaderLine(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        var line = text.AsSpan(at, (end < 0 ? text.Length : end) - at);
        return line.Contains("....", StringComparison.Ordinal) || line.Contains("……", StringComparison.Ordinal) || line.Contains(". . . .", StringComparison.Ordinal);
    }

    /// <summary>Alias and coordination links between the candidates of one sentence.</summary>
    /// <summary>A year of three or four figures, alone or opening a range ("1419", "1419-1434").</summary>
    private static bool IsYearToken(string t) =>
        t.TakeWhile(char.IsAsciiDigit).Count() is 3 or 4 && (t.Length <= 4 || t[t.TakeWhile(char.IsAsciiDigit).Count()] is '-' or '–');

    /// <summary>Whether the names in the bracket that opens before run <paramref name="first"/> are three or more.</summary>
    private static bool BracketListsOthers(State st, List<Token> tokens, List<(int Start, int End, int CandidateIndex)> runs, int first)
    {
        var close = tokens.FindIndex(runs[first].End + 1, t => t.Text == ")");
        if (close < 0)
        {
            return false;
        }

        var inside = runs.Skip(first).TakeWhile(x => x.End < close).Select(x => st.Candidates[x.CandidateIndex]).ToList();
        return inside.Count >= 3;
    }

    private static void LinkInSentence(State st, List<Token> tokens, List<(int Start, int End, int CandidateIndex)> runs)
    {
        // What stands between consecutive names: "," or "and" chains make a list ("A, B and C"); a comma alone
        // is an apposition ("ambassador to Iraq, Stuart Jones"), not a list.
        var joins = new string[Math.Max(0, runs.Count - 1)];
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            joins[r] = string.Join(' ', tokens.Skip(runs[r].End + 1).Take(runs[r + 1].Start - runs[r].End - 1).Select(t => t.Lower));
        }

        // The name an alias list is about: "X, a.k.a. Y; a.k.a. Z", "X, also known as Y and Z".
        var aliasOf = -1;
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (_, aEnd, a) = runs[r];
            var (bStart, _, b) = runs[r + 1];

            // Quote marks around a nickname and dashes used as commas do not change what stands between two names.
            var raw = new List<string>(Math.Max(0, bStart - aEnd - 1));
            var between = new List<string>(raw.Capacity);
            for (var k = aEnd + 1; k < bStart; k++)
            {
                var x = tokens[k].Lower;
                raw.Add(x);
                if (!IsQuoteMark(x))
                {
                    between.Add(x is "–" or "—" or "--" ? "," : x);
                }
            }

            var joined = string.Join(' ', between);

            // "Kessa Velt (W-G: Kessa Welt)", "Orvano (Chinese: Orvan)": a label before a colon inside the bracket says what the
            // name after it is; the label is no other name of the one before the bracket, and the name after the colon is.
            if (joined is "(" && runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Text == ":")
            {
                if (r + 2 < runs.Count && runs[r + 2].Start == runs[r + 1].End + 2)
                {
                    st.Aliases.Add(new AliasLink(a, runs[r + 2].CandidateIndex));
                }

                aliasOf = -1;
                r++;
                continue;
            }

            // "Velturo (Tamaro from 1952)": the name the place or body took in that year, another name of the same one. After a
            // person the bracket is the person's seat or party since then ("X (Velturo since 2007)"), no other name at all.
            if (joined is "(" && runs[r + 1].End + 3 < tokens.Count && tokens[runs[r + 1].End + 1].Lower is "since" or "from" or "after" or "until"
                && tokens[runs[r + 1].End + 2].Text.Length == 4 && tokens[runs[r + 1].End + 2].Text.All(char.IsAsciiDigit) && tokens[runs[r + 1].End + 3].Text == ")")
            {
                if (!LooksLikePerson(st.Candidates[a]) && !LooksLikePerson(st.Candidates[b]) && st.Candidates[a].HasOrgHead == st.Candidates[b].HasOrgHead)
                {
                    st.Aliases.Add(new AliasLink(a, b));
                }

                aliasOf = -1;
                continue;
            }

            // "VELT BANNERS (KESSA, 1419-1434)": a heading's bracket that gives a place and the years is where and when, never
            // another name of the one before it: a known place, or a name in a heading's capitals. Other brackets with years give
            // another name and a lifetime ("Ivo Velt (Ivan Petrovich Velt, 1889-1922)", "the Kessa Commission (Comisión de Kessa,
            // 2007-2010)").
            if (joined is "(" && !LooksLikePerson(st.Candidates[b]) && (st.Candidates[b].Place is not null || (!st.Candidates[a].Surface.Any(char.IsLower) && !st.Candidates[b].Surface.Any(char.IsLower))) && runs[r + 1].End + 2 < tokens.Count && tokens[runs[r + 1].End + 1].Text == "," && IsYearToken(tokens[runs[r + 1].End + 2].Text))
            {
                aliasOf = -1;
                continue;
            }

            // "the Harbour Trust, which Velturans called the Old Counting House": another people's name, the people named between
            // (the one rule of "which they call", WhichTheyCall, read across the people's name).
            if (r + 2 < runs.Count && runs[r + 1].End == runs[r + 1].Start && tokens[bStart].Text.EndsWith('s')
                && WhichTheyCall().IsMatch(joined + " " + tokens[bStart].Lower + " " + joins[r + 1]) && IsCalledName(st.Candidates[a], st.Candidates[runs[r + 2].CandidateIndex]))
            {
                st.Aliases.Add(new AliasLink(a, runs[r + 2].CandidateIndex));
                aliasOf = -1;
                continue;
            }

            // "X, known in Kessan as Y", "X, known in English as the Y": the language named between is no name the alias
            // cue stops at (the one rule of "known in … as", KnownToThemAs, read across the language's name).
            if (r + 2 < runs.Count && runs[r + 1].End == runs[r + 1].Start && tokens[bStart].IsCapitalized && joined.Replace(") ", "", StringComparison.Ordinal) is var known && known.StartsWith(", known", StringComparison.Ordinal)
                && KnownToThemAs().IsMatch(string.Join(' ', (known[1..].TrimStart() + " " + tokens[bStart].Text + " " + joins[r + 1]).Split(' ').Where(x => x != "the"))))
            {
                // "…, known in Kessan as Y or Z": the list goes on from Y.
                st.Aliases.Add(new AliasLink(a, runs[r + 2].CandidateIndex));
                aliasOf = a;
                r++;
                continue;
            }

            // "Velha (Vella)", "Kalpo (Calpoe)": a place's name and another spelling of it in brackets are one place, whatever the
            // gazetteer makes of the second.
            if (joined is "(" && st.Candidates[a].Place is { } spelt && !st.Candidates[b].IsAcronym && st.Candidates[a].WordCount == 1 && st.Candidates[b].WordCount == 1
                && IsSpellingOf(st.Candidates[a].Surface, st.Candidates[b].Surface))
            {
                st.Candidates[b].Place = spelt;
                st.Aliases.Add(new AliasLink(a, b));
                aliasOf = -1;
                continue;
            }

            // "X (Y)" and "X (Y)" after a group noun: "the Rahma network (RN)", "Luis Mora ("Tigre")". An acronym
            // in brackets names the earlier name whose initials it spells: "Al Qaeda in Iraq (AQI)" names "Al Qaeda", not "Iraq".
            // "TAMARO (Reuters) —": a known place's bracket names something else.
            if (joined is "(" && st.Candidates[a].Place is not null && st.Candidates[b].Place is null && !st.Candidates[b].IsAcronym)
            {
                aliasOf = -1;
                continue;
            }

            // "Keshan (Tehran)": a town and the province it lies in, two known places, are two places. "X (Russian Federation)
            // said": a country in brackets after a person is the person's delegation, never another name of the person.
            if (joined is "(" && ((st.Candidates[a].Place is { } town && st.Candidates[b].Place is { } region && town.Id != region.Id)
                || (st.Candidates[b].Place is { Kind: PlaceKind.Region or PlaceKind.Country } && !st.Candidates[a].IsAcronym && st.Candidates[a].Votes.Person == 0)
                || (st.Candidates[b].Place is { Kind: PlaceKind.Country } && st.Candidates[a].Place is null && st.Candidates[a].Votes.Person > 0)
                // "ORVANEN (Kuopio)" in a researcher's list, "KMU (Kuopio)": a town in brackets after a name in capitals is where the
                // family or the body is from or based, never another name of it.
                || (st.Candidates[b].Place is { Kind: PlaceKind.City } && st.Candidates[a].Place is null && st.Candidates[a].IsAcronym && !st.Candidates[b].IsAcronym)
                // "X and Y Velder (Tamaro, Kessa)": a known town with a comma after it opens where they come from.
                || (st.Candidates[b].Place is not null && st.Candidates[a].Place is null && runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Text == ",")))
            {
                // "Natanz (Isfahan)": an unknown one-word name before a known province in brackets is a place in it.
                if (st.Candidates[a].Place is null && st.Candidates[a].Votes.Max == 0 && st.Candidates[a].WordCount == 1 && st.Candidates[b].Place is { Kind: PlaceKind.Region })
                {
                    st.Candidates[a].Votes.Add(EntityType.Place, 2, TypeCue.RegionAfterPlace, st.Candidates[b].Span);
                }

                aliasOf = -1;
                continue;
            }

            // "the Islamic Salvation Front, the FIS, was founded": an acronym set off as an apposition after an organization's
            // name is that organization's, whatever language its letters come from; not an item of a list ("X, the Y, the Z and W"),
            // and not an acronym the article used before ("the Tamaro Coalition, the KLA, which includes…" after "KLA" stood for
            // another group): an apposition introduces an acronym only once.
            if (joined is ", the" && st.Candidates[b].IsAcronym && st.Candidates[a].HasOrgHead && st.Candidates[a].WordCount >= 2
                && !st.Candidates.Take(b).Any(c => c.Surface == st.Candidates[b].Surface)
                && runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Text is "," or ")" or "." or ";"
                && !(r + 2 < runs.Count && runs[r + 2].Start <= runs[r + 1].End + 3 && tokens[runs[r + 1].End + 1].Text == ","))
            {
                st.Aliases.Add(new AliasLink(a, b));
                aliasOf = a;
                continue;
            }

            // "Tamaro Front Official (Telegram)": the platform a name posts on is not another name of it.
            if (joined is "(" && NameLexicon.Platforms.Contains(st.Candidates[b].Surface.ToLowerInvariant()))
            {
                aliasOf = -1;
                continue;
            }

            // "Ana Velt (KF chair)", "Ana Velt (Kessan translation reviewer)": a bracket that describes the one before it by a role
            // names the body or the language of the role, never another name of the one before it.
            if (joined is "(" && DescribedByRole(tokens, runs[r + 1].End + 1))
            {
                aliasOf = -1;
                continue;
            }

            // "Tamaro Azul (Kessan for "Blue Land")": a language's gloss of the name, not another name.
            if (joined is "(" && runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Text == "for")
            {
                aliasOf = -1;
                continue;
            }

            // "3. The Kessa Road (A. Ruiz) ....... 5:07": an entry of a track listing or a table of contents, its dots leading to a
            // time or a page; the bracket names who made the piece, never another name of the one in its title.
            if (joined is "(" && IsLeaderLine(st.Text, tokens[bStart].Span.Start))
            {
                aliasOf = -1;
                continue;
            }

            if (joined is "(" or "( the" || (between.Count == 2 && NameLexicon.GroupFollowers.Contains(between[0]) && between[1] == "("))
            {
                // "spelled in the old system (Kessa Velt, Orvan Ruvo, Veltgrad)", "the alliance (A, B and C)": a bracket that lists
                // three names or more gives examples or members, not other names of the one before it.
                if (BracketListsOthers(st, tokens, runs, r + 1))
                {
                    aliasOf = -1;
                    continue;
                }

                var target = st.Candidates[b].IsAcronym ? AcronymTarget(st, tokens, runs, r, st.Candidates[b].Surface)
                    : st.Candidates[b].WordCount <= 4 ? a : -1;
                if (target >= 0)
                {
                    st.Aliases.Add(new AliasLink(target, b));

                    // A quoted nickname that happens to be a place's name names the person, not the place.
                    if (raw.Any(IsQuoteMark) && st.Candidates[target].Votes.Place == 0)
                    {
                        st.Candidates[b].Votes.ClearPlace();
                        st.Candidates[b].Place = null;
                        st.Nicknames.Add(NameKey.Fold(st.Candidates[b].Surface));
                    }
                }

                // "X (Y or Z)", "X (Y, Z)": the names inside the brackets are all X's.
                aliasOf = target >= 0 ? target : a;
                continue;
            }

            // "X, aka Y", "X, also known as Y", "X, known as Y", "X, or Y," and the same after a group noun (Data/alias-cues.txt).
            var trimmed = between.Count > 0 && NameLexicon.GroupFollowers.Contains(between[0]) ? between.Skip(1).ToList() : between;
            // "the Kessa Front (KF), known in English as the Y": the cue after the bracket that closes on an acronym (not on a
            // faction's name: "the KF (Velt), or KF-V"), or on another name of the one before it ("Ana Velt (also spelled Anna
            // Veldt), born Ana Veltaro").
            var t = string.Join(' ', trimmed.Where(x => x != "the")) is var cue && cue.StartsWith(") ,", StringComparison.Ordinal) && (st.Candidates[a].IsAcronym || (aliasOf >= 0 && OpensOnAliasCue(tokens, runs[r].Start)))
                ? cue[2..] : cue;
            // "Asturias, known to his fighters as X": a name that is also a known place gets no nickname from "known to … as"
            // (which of the two it is, the rest of the article decides).
            // "X, called Tamaro's offer …": a possessive after the name makes "called" a verb with an object, not a cue.
            var possessed = runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Kind == TokenKind.Possessive;
            if (IsAliasCue(t) && !possessed && !(st.Candidates[a].Place is not null && KnownToThemAs().IsMatch(t.TrimStart(',', ' '))))
            {
                st.Aliases.Add(new AliasLink(a, b));
                // "Kessa, today's Velt, Ana Ruvo was …": a renaming names one later name; the comma after it goes on with the sentence.
                aliasOf = NameLexicon.RenamingCues.Contains(CuePhrase(t.TrimStart(',', ' '))) ? -1 : a;
                // "known as "Cesar"": a quoted nickname that is also a place's name names the person.
                if (raw.Any(IsQuoteMark) && st.Candidates[a].Votes.Place == 0 && st.Candidates[a].Place is null)
                {
                    st.Candidates[b].Votes.ClearPlace();
                    st.Candidates[b].Place = null;
                    st.Nicknames.Add(NameKey.Fold(st.Candidates[b].Surface));
                }

                continue;
            }

            // "X (in Russian, Y)": the name in another language, a capitalized word that is no name of its own.
            // Not a place's name before it, nor the last part of a longer name cut at "and" or "of" ("the Front for the Liberation of
            // Kessa and Río Velt (in Spanish, Frente …)": the bracket names the whole).
            if (between is ["(", "in", _, ","] && tokens[aEnd + 3].IsCapitalized && (st.Candidates[a].Place is null || st.Candidates[b].Place is not null)
                && !(runs[r].Start > 0 && tokens[runs[r].Start - 1].Lower is "and" or "of" or "for"))
            {
                st.Aliases.Add(new AliasLink(a, b));
                aliasOf = a;
                continue;
            }

            // "X (in Kessan, «…»; also rendered Y or Z)": an alias cue that ends a bracket opened right after X names X.
            if (between.Count > 3 && between[0] == "(" && !between.Contains(")") && between.FindLastIndex(x => x is "," or ";") is var clause and > 0
                && IsAliasCue(string.Join(' ', between.Skip(clause).Where(x => x != "the"))))
            {
                st.Aliases.Add(new AliasLink(a, b));
                aliasOf = a;
                continue;
            }

            // "Velt, which Tamarans call Veltino": another people's name for the same place or body.
            // Not a place's name before a body's ("a unit based in Velt, which officers called the Velt Unit": the unit is).
            if (WhichTheyCall().IsMatch(joined) && IsCalledName(st.Candidates[a], st.Candidates[b]))
            {
                st.Aliases.Add(new AliasLink(a, b));
                aliasOf = a;
                continue;
            }

            // "KDF (Kessa démocratique fédérale, the Federal Democratic Kessa)": a bracket's name in another language, written in
            // lower case after its first word, and its English name after ", the" at the bracket's close are one body's names.
            // So is the English name after the acronym alone: "Movimiento Velto (MV, the Velt Movement)".
            if (aliasOf >= 0 && between.Count >= 2 && between[^2] == "," && between[^1] == "the" && st.Candidates[b].HasOrgHead
                && (between.Count >= 3 || (st.Candidates[runs[r].CandidateIndex].IsAcronym && !LooksLikePerson(st.Candidates[aliasOf])))
                && between.Take(between.Count - 2).All(x => x.Length > 0 && char.IsLower(x[0]) && x.All(ch => char.IsLetter(ch) || ch is '\'' or '’' or '-'))
                && runs[r + 1].End + 1 < tokens.Count && tokens[runs[r + 1].End + 1].Text == ")")
            {
                st.Aliases.Add(new AliasLink(aliasOf, b));
                continue;
            }

            // The next items of an alias list: "; a.k.a. Z", ", Z", "and Z", "or Z". Not a name in plain text after a quoted
            // nickname: "X, known as "Teko," and his wife Y" names another person.
            var leavesQuotes = raw.Any(IsQuoteMark) && !IsQuoteMark(tokens[bStart - 1].Text);
            if (aliasOf >= 0 && ((!leavesQuotes && joined is "," or ";" or "and" or "or" or ", and" or ", or") || (joined.Length > 1 && joined[0] is ',' or ';' && IsAliasCue(joined))))
            {
                st.Aliases.Add(new AliasLink(aliasOf, b));
                continue;
            }

            aliasOf = -1;

            // "The Foreign Secretary, Boris Johnson, said": the name after the title is the person the title names.
            if (joined == "," && st.Candidates[a].TitleOnly && !st.Candidates[b].TitleOnly && st.Candidates[b].WordCount > 1)
            {
                st.Candidates[b].Title ??= st.Candidates[a].Title;
                st.Candidates[b].Titled = true;
                st.Candidates[b].Votes.Add(EntityType.Person, 3, TypeCue.TitleBefore, st.Candidates[a].Span);
                continue;
            }

            // "The Special Envoy for the Tamaro Region, Ana Ruiz, travelled": the title's remit may stand between it and the name.
            if (joined == "," && r > 0 && runs[r - 1].CandidateIndex is var titled and >= 0 && st.Candidates[titled].TitleOnly && !st.Candidates[b].TitleOnly
                && st.Candidates[b].WordCount > 1 && st.Candidates[b].Place is null && joins[r - 1] is "for" or "for the" or "of" or "of the" or "to" or "to the" or "on" or "on the" or "in" or "in the")
            {
                st.Candidates[b].Title ??= st.Candidates[titled].Title;
                st.Candidates[b].Titled = true;
                st.Candidates[b].Votes.Add(EntityType.Person, 3, TypeCue.TitleBefore, st.Candidates[titled].Span);
                continue;
            }

            // "Y, a trader who paid the X, and Z, …", "Y, led by X, and Z": X closes an apposition about Y, and ", and" joins Z
            // to Y, not to X.
            var closesApposition = joined is ", and" or ", or" && r > 0 && joins[r - 1].TrimStart(')', ' ') is { Length: > 2 } opener
                && opener[0] == ',' && opener is not (", and" or ", or") && opener.Skip(1).Any(char.IsLetter);
            // "three other members of the KRF, A, B and C": the names after the group are its members, not more groups.
            var membersListed = joined == "," && MembersOf(tokens, runs[r].Start);
            // "… took Kessa, and Ana Velt's men guarded the bridge": a possessive (see above) names whose the next noun
            // is, no item of a list.
            if (!closesApposition && !membersListed && !possessed && (joined is "and" or "or" or ", and" or ", or" || (joined == "," && EndsList(joins, r + 1))))
            {
                st.Coordinations.Add(new CoordinationLink(a, b));
            }
        }

        // "Y, the Arabic acronym for X" and "…Y," he said, using the acronym for X": Y names X. Y is the
        // nearest earlier name that is not a speaker.
        for (var r = 1; r < runs.Count; r++)
        {
            var (bStart, _, b) = runs[r];
            var (_, prevEnd, _) = runs[r - 1];
            var between = string.Join(' ', tokens.Skip(prevEnd + 1).Take(bStart - prevEnd - 1).Select(t => t.Lower));
            if (!EndsWithAcronymCue(between))
            {
                continue;
            }

            // "X seems to treat "Y" as another name for Z": a writer's view of two names, which the text may go on to deny ("…
            // keeps them apart"), joins neither.
            if (ViewedAs(tokens, runs[r - 1].Start))
            {
                continue;
            }

            for (var q = r - 1; q >= 0; q--)
            {
                var a = runs[q].CandidateIndex;
                if (st.Candidates[a].Votes.Person == 0)
                {
                    st.Aliases.Add(new AliasLink(a, b));
                    break;
                }
            }
        }
    }

    /// <summary>Whether a verb of holding a view ("treat", "regard", "identify") stands right before the name at <paramref name="start"/> (past a quote mark).</summary>
    private static bool ViewedAs(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k >= 0 && IsQuoteMark(tokens[k].Text))
        {
            k--;
        }

        return k >= 0 && tokens[k].Lower is "treat" or "treats" or "treated" or "treating" or "regard" or "regards" or "regarded" or "regarding"
            or "consider" or "considers" or "considered" or "identify" or "identifies" or "identified" or "take" or "takes" or "took" or "taking";
    }
}
