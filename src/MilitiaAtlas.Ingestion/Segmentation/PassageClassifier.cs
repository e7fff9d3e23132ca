using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Segmentation;

/// <summary>
/// Gives each paragraph a kind from cues that hold across outlets. Local cues (a photo credit, a
/// "By …" line, a short unpunctuated line) classify one paragraph. Footer cues (a disclaimer, "to
/// contact the author", a comment policy, a related-stories list) start the tail of the page: every
/// later paragraph is boilerplate, or a comment once a comment thread begins.
/// </summary>
public static partial class PassageClassifier
{
    public static IReadOnlyList<Passage> Classify(string text, IReadOnlyList<RawParagraph> paragraphs, ArticleMetadata meta)
    {
        var result = new List<Passage>(paragraphs.Count);
        var fields = FieldLines(text, paragraphs);
        var tail = Tail.None;
        var seenBody = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var s = p.IsMarkupHeading ? p.Span.Slice(text).TrimStart('#').Trim() : WithoutRuleLine(p.Span.Slice(text));
            var lateInPage = i >= paragraphs.Count * 0.4 || p.Span.Start >= text.Length * 0.5;
            PassageKind kind;

            if (p.IsComment)
            {
                // The page marks it: a reader's comment wherever it stands, and never the start of the article's tail.
                kind = PassageKind.Comment;
            }
            else if (IsCommentHeader(s) && (seenBody || tail != Tail.None))
            {
                tail = Tail.Comments;
                kind = PassageKind.Comment;
            }
            else if (tail == Tail.Comments)
            {
                kind = IsFooter(s) ? PassageKind.Boilerplate : PassageKind.Comment;
            }
            else if (IsCommentSectionHeading(s) && seenBody)
            {
                tail = Tail.Comments;
                kind = PassageKind.Boilerplate;
            }
            else if (IsFooter(s) && seenBody && !LetteredItemC(text, paragraphs, i, s))
            {
                tail = Tail.Boilerplate;
                kind = PassageKind.Boilerplate;
            }
            else if (seenBody && s.Length <= 60 && JumpLine().IsMatch(s.Trim()))
            {
                // "(Continued on Page 6, Col. 3)": the page's furniture; the next story on the page may follow it.
                kind = PassageKind.Boilerplate;
            }
            else if (seenBody && ((p.Span.Length <= 30 && IsEndMark(p.Span.Slice(text).Trim())) || (s.Length > 0 && s[0] is '[' or '(' or '_' && (TranscriptEnd().IsMatch(s) || FootnoteRule().IsMatch(s)))))
            {
                tail = Tail.Boilerplate;
                kind = PassageKind.Boilerplate;
            }
            else if (seenBody && lateInPage && tail is Tail.None or Tail.Notes && (IsClosing(s) || IsServiceFaq(s, text, paragraphs, i)
                || (i >= paragraphs.Count - 3 && (IsAboutNote(s) || SymbolRule().IsMatch(s)))
                || (i >= paragraphs.Count - 6 && RuleLine().IsMatch(s.Trim()) && i + 1 < paragraphs.Count && ClosesAfterRule(paragraphs[i + 1].Span.Slice(text)))))
            {
                // "Notes", "Endnotes", "Notes to editors" head background an analyst wants (who founded the group, who lists
                // it): the heading is furniture, each note is read on its own, and a contact or credit line still ends the page.
                tail = NotesHeading().IsMatch(FirstLine(s)) ? Tail.Notes : Tail.Boilerplate;
                kind = PassageKind.Boilerplate;
            }
            else if (tail == Tail.Notes && NoteCitation().IsMatch(s))
            {
                // A note that only cites where something came from ("[2] Interview with a relative, Dekai, April 2024.").
                kind = PassageKind.Boilerplate;
            }
            else if (seenBody && lateInPage && (IsListHeading(s) || (s.Contains("](", StringComparison.Ordinal) && IsLinkList(s))))
            {
                tail = Tail.Boilerplate;
                kind = PassageKind.Boilerplate;
            }
            else if (tail == Tail.Boilerplate && AnnexHeading().IsMatch(s.Trim()))
            {
                // "Done at Brussels, …" closes a legal act, but its annex (the list of persons it names) is its content.
                tail = Tail.None;
                kind = PassageKind.Heading;
            }
            else if (tail == Tail.Boilerplate)
            {
                kind = PassageKind.Boilerplate;
            }
            else if (seenBody && IsQuoteCredit(text, paragraphs, i, s))
            {
                // "> *Ana Ruiz, in her memoirs*" under a quotation: the credit says whose words they were.
                kind = PassageKind.Body;
            }
            else
            {
                kind = ClassifyLocal(s, p, i, meta, fields[i]);

                // "Q4. Who led the rising?" then "A. Ana Velt (also: Kessa)": a short answer under a question is its answer, not a heading.
                if (kind == PassageKind.Heading && i > 0 && !p.IsMarkupHeading && AnswerLine().IsMatch(s) && IsQuestion(paragraphs[i - 1].Span.Slice(text)))
                {
                    kind = PassageKind.Body;
                }
            }

            seenBody |= kind == PassageKind.Body;
            result.Add(new Passage(i + 1, p.Span, kind));
        }

        MarkServiceSection(text, paragraphs, result);
        return result;
    }

    /// <summary>
    /// The page's last section, when it serves the reader rather than tells the story: a late heading with a service
    /// word ("TICKETS AND ENQUIRIES", "HOW TO BUY COPIES", "CITING THIS ENTRY", "SUBSCRIPTION NOTES"), then a short run of
    /// paragraphs up to the footer or the end, with no one speaking in it, and with a contact, price or link line in it or
    /// a footer after it and nothing told in it. The section starts the tail: its lines (a booking note, a price table, a
    /// publisher's imprint) are no content.
    /// </summary>
    private static void MarkServiceSection(string text, IReadOnlyList<RawParagraph> paragraphs, List<Passage> result)
    {
        var end = result.Count;
        while (end > 0 && (result[end - 1].Kind is PassageKind.Boilerplate or PassageKind.Comment || IsFooter(paragraphs[end - 1].Span.Slice(text))))
        {
            end--;
        }

        var chars = 0;
        for (var h = end - 1; h >= 0 && h >= end - 10; h--)
        {
            var s = paragraphs[h].Span.Slice(text);
            chars += s.Length;
            if (chars > 1600 || result[h].Kind is PassageKind.Comment || SpokenLine().IsMatch(s))
            {
                return;
            }

            var heading = SectionHeading(s, paragraphs[h], result[h].Kind);
            if (heading is null)
            {
                continue;
            }

            // A contact, price or link line in the section; else nothing told in it (a story's last section tells what happened
            // when: "Between 2015 and 2018 the Front received arms") and a footer after it, or, at the page's end, a heading with a
            // service phrase ("FINE PRINT"; a word such as "contact" may head a story's last section: "CONTACT WITH THE REBELS").
            var serviceLine = Enumerable.Range(h, end - h).Any(k => IsServiceLine(paragraphs[k].Span.Slice(text)));
            var footerAfter = (end < result.Count || ClosingWords.IsServicePhraseHeading(heading))
                && !Enumerable.Range(h, end - h).Any(k => Told(paragraphs[k].Span.Slice(text)));
            if (!ClosingWords.IsServiceHeading(heading) || (h < paragraphs.Count * 0.4 && paragraphs[h].Span.Start < text.Length * 0.5) || !(serviceLine || footerAfter))
            {
                return;
            }

            for (var k = h; k < end; k++)
            {
                result[k] = result[k] with { Kind = PassageKind.Boilerplate };
            }

            return;
        }
    }

    /// <summary>
    /// A section's heading: a heading passage, or a first line in capitals over its section's text. A short line of links
    /// or legal words ("Kessa Archive · Privacy · Terms · © 2024") is the footer, not a heading.
    /// </summary>
    private static string? SectionHeading(string s, RawParagraph p, PassageKind kind)
    {
        var nl = s.IndexOf('\n', StringComparison.Ordinal);
        var first = (nl >= 0 ? s[..nl] : s).Trim().TrimStart('#').Trim();
        if (IsServiceLine(first))
        {
            return null;
        }

        if (kind == PassageKind.Heading || p.IsMarkupHeading)
        {
            return s.TrimStart('#').Trim();
        }

        return nl > 0 && first.Length is > 3 and < 80 && !first.Any(char.IsLower) && first.Count(char.IsLetter) > 3 ? first : null;
    }

    // Someone speaking: a quotation of eight words or more (opening on a word, so that the gap between two short titles in
    // straight quotes is none), or a speech verb. A section with it tells the story.
    [GeneratedRegex(@"[""“](?=[^\s""”])[^""”\n]*?(?:\s+[^\s""”]+){7,}[""”]|\b(?:said|says|told|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenLine();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b")]
    private static partial Regex YearWord();

    /// <summary>A line that tells what happened when: a year and a verb in the past tense that no service note uses.</summary>
    private static bool Told(string s) =>
        YearWord().IsMatch(s) && PastVerb().Matches(s).Any(m => !ClosingWords.IsServiceParticiple(m.Value));

    [GeneratedRegex(@"\b\p{Ll}{3,}ed\b")]
    private static partial Regex PastVerb();

    // A line that serves the reader: an address to write to, a link, a telephone number (after "+" or its label, or in a
    // number's own shape, "(555) 010-4477", "0161 496 0321": no year range is one), a price (a currency, or the word), a
    // list of items set apart by middle dots or bars, a footer's legal words.
    /// <summary>"(c) Beams showing saw cuts …" after "(b) …": the third item of a lettered list, not a copyright line.</summary>
    private static bool LetteredItemC(string text, IReadOnlyList<RawParagraph> paragraphs, int i, string s) =>
        s.StartsWith("(c)", StringComparison.Ordinal) && i > 0 && paragraphs[i - 1].Span.Slice(text).TrimStart().StartsWith("(b)", StringComparison.Ordinal);

    private static bool IsServiceLine(string s) => ContactEmail().IsMatch(s) || ContactPhone().IsMatch(s) || ServiceLine().IsMatch(s);

    [GeneratedRegex(@"https?://|www\.|(?:€|\$|£|¥|\b(?:EUR|USD|GBP)\b)\s?\d|\d[.,]\d{2}\s?(?:€|\$|£|EUR|USD|GBP)|\bPrices?\b|\S\s[·|]\s\S[^\n]*\s[·|]\s\S|\b(?:Privacy|Terms of (?:use|service)|Cookies?)\b")]
    private static partial Regex ServiceLine();

    /// <summary>
    /// A short line that credits the quotation right above it (past blank quote lines): a dash or italics, then a capital
    /// ("— Ana Ruiz, historian", "> *Ana Ruiz, recalling the war*").
    /// </summary>
    private static bool IsQuoteCredit(string text, IReadOnlyList<RawParagraph> paragraphs, int i, string s)
    {
        var line = s.TrimStart('>', ' ', '\t', '\r', '\n');
        if (line.Length is < 4 or > 160 || line.Contains('\n') || !OpensAsCredit(line))
        {
            return false;
        }

        for (var k = i - 1; k >= 0; k--)
        {
            var before = paragraphs[k].Span.Slice(text).Trim().TrimEnd('*', '_', ' ');
            if (before.Trim('>', ' ').Length == 0)
            {
                continue;
            }

            return before.Length > 0 && before[^1] is '"' or '”' or '»';
        }

        return false;
    }

    /// <summary>
    /// Whether a line opens as a quotation's credit, past any blockquote marks: a dash or italics, then a capital ("— Ana Ruiz",
    /// "> *Ana Ruiz, in her memoirs*"). One home for the shape: <see cref="Claims.ClaimFinder"/> reads credits with it too.
    /// </summary>
    internal static bool OpensAsCredit(ReadOnlySpan<char> line) => QuoteCredit().IsMatch(line.TrimStart(">\t\r\n "));

    [GeneratedRegex(@"^(?:—|–|--|-(?=\s)|[*_](?=\p{Lu}))\s*\p{Lu}")]
    private static partial Regex QuoteCredit();

    /// <summary>
    /// What a rule line near the end ("---") sets apart as the page's tail: a note on the writer or the outlet, a footer or a
    /// closing section ("---" then "X is a staff writer at Y.").
    /// </summary>
    private static bool ClosesAfterRule(string next) => IsAboutNote(next) || IsFooter(next) || IsClosing(next);

    /// <summary>
    /// A sign-off under a letter or a contribution: a name of two to five capitalized words (a courtesy title first, maybe),
    /// a comma and a town of up to three ("Dr. Ana Ruiz Velt, Tamaro City").
    /// </summary>
    internal static bool IsSignOff(string s) => s.Length <= 80 && SignOff().IsMatch(s.Trim());

    /// <summary>
    /// An entry of a list of signatories or participants: a list item (a "-", "*", "•" or a number opens its line) that is a
    /// person's name, then up to three comma-set fields (a role, a body) and a town ("Prof. Ana Ruiz Velt, Kessa University,
    /// Tamaro"). Read for names like a sign-off.
    /// </summary>
    internal static bool IsListedSignatory(string text, TextSpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var marker = text.AsSpan(lineStart, span.Start - lineStart).Trim();
        if (!(marker is "-" or "*" or "•" || (marker.Length is > 1 and <= 4 && marker[^1] is '.' or ')' && marker[..^1].IndexOfAnyExceptInRange('0', '9') < 0)))
        {
            return false;
        }

        var s = span.Slice(text).Trim();
        return s.Length <= 120 && ListedSignatory().IsMatch(s);
    }

    [GeneratedRegex(@"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|do|dos|das|del|van|von|al|el|bin)\s+)?\p{Lu}[\p{L}'’.-]+){1,4}(?:,\s+[^,\n]{2,60}){1,3},\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$")]
    private static partial Regex ListedSignatory();

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|do|dos|das|del|van|von|al|el|bin)\s+)?\p{Lu}[\p{L}'’.-]+){1,4},\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$")]
    private static partial Regex SignOff();

    /// <summary>A paragraph opening with a rule line ("-----" over "4. OUR READING LIST"): what follows the rule is read.</summary>
    private static string WithoutRuleLine(string s)
    {
        var nl = s.IndexOf('\n', StringComparison.Ordinal);
        return nl > 0 && RuleLine().IsMatch(s.AsSpan(0, nl).Trim()) ? s[(nl + 1)..] : s;
    }

    [GeneratedRegex(@"^(?:[-=~─━]\s*){3,}$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^[(\[]?(?:Continued|Cont(?:['’]d|\.)|See [\w ]{1,30}) (?:on|to) (?:Page|P\.|p\.) ?[\w-]{1,6}(?:,? (?:Col(?:umn|\.)?) ?\w{1,3})?\.?[)\]]?$", RegexOptions.IgnoreCase)]
    private static partial Regex JumpLine();

    private enum Tail
    {
        None,

        // Under a notes heading: each note is read on its own; a citation is furniture, an explanation is content.
        Notes,
        Boilerplate,
        Comments,
    }

    /// <summary>
    /// The paragraphs that are a record's fields, one "Key: value" a line: three or more such lines in a row (an infobox,
    /// a listing's lines), or one line holding several ("Host: X | Guest: Y"). A field is content, never a heading;
    /// a headline with a colon ("Kessa: the frozen war") stands alone.
    /// </summary>
    private static bool[] FieldLines(string text, IReadOnlyList<RawParagraph> paragraphs)
    {
        var field = new bool[paragraphs.Count];
        var run = 0;
        for (var i = 0; i <= paragraphs.Count; i++)
        {
            var line = i < paragraphs.Count ? paragraphs[i].Span.Slice(text) : "";
            var isField = i < paragraphs.Count && !line.Contains('\n') && Lexicon.FieldStart().IsMatch(line);
            if (isField)
            {
                run++;
                field[i] = line.Split(" | ").Count(part => Lexicon.FieldStart().IsMatch(part)) > 1;
                continue;
            }

            for (var k = i - run; run >= 3 && k < i; k++)
            {
                field[k] = true;
            }

            run = 0;
        }

        return field;
    }

    private static PassageKind ClassifyLocal(string s, RawParagraph p, int index, ArticleMetadata meta, bool field)
    {
        if (IsCaption(s))
        {
            return PassageKind.Caption;
        }

        if (IsByline(s, meta))
        {
            return PassageKind.Byline;
        }

        if (IsLocalBoilerplate(s))
        {
            return PassageKind.Boilerplate;
        }

        // A subtitle cue is what is said or shown on screen; only a title card in capitals heads the film.
        if (p.IsCue && s.Any(char.IsLower))
        {
            return PassageKind.Body;
        }

        if (field && !p.IsMarkupHeading)
        {
            return PassageKind.Body;
        }

        if (p.IsMarkupHeading || IsHeadingShape(s) || (index == 0 && !s.Contains('\n') && ParagraphSplitter.CountWords(s) <= 25 && (!s.EndsWith('.') || s == meta.Title || s.EndsWith(".S.", StringComparison.Ordinal))))
        {
            return PassageKind.Heading;
        }

        return PassageKind.Body;
    }

    internal static bool IsCaption(string s) =>
        CaptionLabel().IsMatch(s) || MarkdownImage().IsMatch(s) || PicturedPosition().IsMatch(s)
        || (CreditInParentheses().IsMatch(s) && !s.Contains("://", StringComparison.Ordinal) && !s.Contains("](", StringComparison.Ordinal));

    internal static bool IsByline(string s, ArticleMetadata meta)
    {
        if (s.Length > 160 || s.Contains('\n'))
        {
            return false;
        }

        if (Bylines.IsByLine(s))
        {
            return true;
        }

        if (meta.Author is { Length: > 3 } author && s.StartsWith(author, StringComparison.OrdinalIgnoreCase)
            && ParagraphSplitter.CountWords(s) <= 12 && !s.EndsWith('.'))
        {
            return true;
        }

        // A line that is only a date (the dateline), possibly with "Updated" or "Published" before it.
        var date = PublishedDate.FindWrittenDate(s);
        return date is not null && s.Length - date.Value.Length <= 24 && DateLinePrefix().IsMatch(s);
    }

    private static bool IsHeadingShape(string s)
    {
        if (s.Contains('\n') || s.Length > 100 || ParagraphSplitter.CountWords(s) > 12)
        {
            return false;
        }

        // A bulleted line is a list item, however short ("• Founded 1930; mostly rural membership").
        var last = s[^1];
        // A line that opens with a quotation is a pull quote or an epigraph ("“The door is open.” — X"), content.
        return !".!?,;:\"”’)…".Contains(last) && !char.IsLower(s[0]) && !IsBullet(s) && s[0] is not ('"' or '“') && !NumberedEntry().IsMatch(s)
            && !FiledName().IsMatch(s);
    }

    // "TALUKDAR, Dipankar, State Minister for …", "McWILLIAMS, Christopher": a person filed surname first, in capitals, is a
    // list's entry or a case's party, not a heading (a shouted heading has no given name in small letters after its comma).
    [GeneratedRegex(@"^(?:Mc|Mac|O['’]|D['’])?\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,})*,\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}(?:$|,\s|\s\()")]
    private static partial Regex FiledName();

    // "1. SURNAME, Given, chair of the X": a numbered entry with a comma in it is a list's item, not a numbered heading
    // (a shouted one, "1. KESSA: GOVERNMENT, REBELS SIGN", is a digest's headline).
    [GeneratedRegex(@"^(?=.*\p{Ll})\(?\d{1,3}[.)]\s+[^,\n]{1,60},\s")]
    private static partial Regex NumberedEntry();

    // The heading of notes read one by one: "Notes", "Endnotes", "Footnotes", "Notes to editors".
    [GeneratedRegex(@"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:Notes? (?:to|for) Editors?|(?:Foot|End)?notes|Notes and (?:sources|references)|Sources and notes)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    // A note that cites a source: its marker, then an interview, a document or a report named as such, or "Outlet, "Title", date".
    [GeneratedRegex(@"^(?:\[\^?\d{1,3}\]:?|\(\d{1,3}\)|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?:(?:Interviews?|Testimony|Testimonies|Video|Figures|Statement|Press release|Report|Reported|See|Ibid|Op\. cit|Cited|Quoted|Sources?|Photographs?|Text of|Letter|E-?mail|Correspondence|Data|Documents?|Author'?s|On file)\b|[^""“\n]{1,60},\s*[""“][^""”\n]{3,120}[""”]|[^\n]{0,120}[;,]\s*see\s|On [^\n,]{1,60}, see\s|[^\n]{0,120},\s*(?:(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2}\s+)?(?:1[89]|20)\d\d(?:[-–]\d{2,4})?|vol\.\s*\d+|pp?\.\s*\d+[-–\d]*)\.?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteCitation();

    private static bool IsBullet(string s) => s[0] is '•' or '▪' or '◦' or '‣' or '●' or '·' || (s.Length > 1 && s[0] is '-' or '*' or '–' && s[1] == ' ') || TimestampItem().IsMatch(s);

    // A chapter or cue line that opens on its time: "(00:02:40) From the river to the hills", "[12:05] Kessa".
    [GeneratedRegex(@"^[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s")]
    private static partial Regex TimestampItem();

    /// <summary>
    /// A question a line below answers: it ends on a question mark (inside a closing bracket, maybe: "(Bonus: who …?)"), or it
    /// opens on a question's number ("Q6. Name the town.").
    /// </summary>
    internal static bool IsQuestion(string line)
    {
        var t = line.TrimEnd().TrimEnd(')', ']', '"', '”');
        return t.EndsWith('?') || QuestionNumber().IsMatch(line.TrimStart());
    }

    [GeneratedRegex(@"^Q\d{1,3}[.):]\s")]
    private static partial Regex QuestionNumber();

    /// <summary>An answer's opening: "A.", "A:", "A)", "Answer:", "Ans."</summary>
    [GeneratedRegex(@"^(?:A[.:)]|Answer\s*:|Ans\.)\s")]
    private static partial Regex AnswerLine();

    internal static bool IsFooter(string s)
    {
        // Two patterns: the cues that open a paragraph are tried at its start only; the few that may stand anywhere scan it.
        var t = s.TrimStart('*', '_');
        return FooterStart().IsMatch(t) || (t.AsSpan().ContainsAny(FooterAnywhereWords) && FooterAnywhere().IsMatch(t));
    }

    // A word each of FooterAnywhere's cues must hold (any case): a paragraph with none of them is not scanned by the pattern.
    private static readonly System.Buffers.SearchValues<string> FooterAnywhereWords = System.Buffers.SearchValues.Create(
        ["necessarily reflect", "moderat", "guidelines for", "discussion", "powered by", "rights reserved", "cc by", "cc-by", "creative commons",
            "republication", "subscribers only", "tipline", "tip line", "checking network", "privacy "],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:[^\n]{1,60}\s[-–—:]\s+)?(?:(?-i:(?:[A-Z&][\w&'’-]*\s+){0,4}(?:NOTICES?|Notices?))|Attachments|Enclosures)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeHeading();

    [GeneratedRegex(@"^Also on this (?:site|page|blog|website)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoOnThisSite();

    private static bool IsLocalBoilerplate(string s) =>
        s.Length < 200 && (LocalBoilerplate().IsMatch(s.Trim('*', '_', ' ')) || ArchiveBanner().IsMatch(s) || StageNote().IsMatch(s) || IsReleaseHeader(s) || WireSlug().IsMatch(s)
            || IsNavigation(s));

    /// <summary>
    /// A site's banner and menu: a paragraph with a line of four or more short links between "|" or "·", or a breadcrumb of
    /// three steps or more between "&gt;" or "»" ("Trips | Regions | Our guides | Contact", "Archive &gt; Special
    /// Collections &gt; Prints"), every other line short and without a sentence's full stop (the site's name, its strapline).
    /// </summary>
    internal static bool IsNavigation(string s)
    {
        var menu = false;
        foreach (var raw in s.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var items = line.Split((string[])[" | ", " · ", " > ", " » "], StringSplitOptions.TrimEntries);
            var crumbs = line.Contains(" > ", StringComparison.Ordinal) || line.Contains(" » ", StringComparison.Ordinal);
            if (items.Length >= 3 && (items.Length >= 4 || crumbs)
                && items.All(i => NavigationItem().IsMatch(i) || (crumbs && ParagraphSplitter.CountWords(i) <= 5 && !i.EndsWith('.') && !i.Contains(':'))))
            {
                // A breadcrumb's last step may be the page's own address ("Orvano > Kessa County > 77 Mill Rd").
                menu = true;
            }
            else if (ParagraphSplitter.CountWords(line) > 8 || line.EndsWith('.'))
            {
                return false;
            }
        }

        return menu;
    }

    /// <summary>One link of a menu: up to four words of letters, "&amp;" or an apostrophe, no digits, colon or full stop.</summary>
    [GeneratedRegex(@"^[\p{L}][\p{L}'’&-]*(?: [\p{L}&][\p{L}'’&-]*){0,3}$")]
    private static partial Regex NavigationItem();

    /// <summary>A paragraph's first line, as a heading written on it reads ("NOTES" over "General note: …").</summary>
    private static string FirstLine(string s) =>
        (s.IndexOf('\n', StringComparison.Ordinal) is var nl && nl >= 0 ? s[..nl] : s).Trim().TrimStart('#').TrimStart();

    /// <summary>
    /// A wire service's slug line, on a line of its own in the header ("BC-KESSA-REBELS 3RD LD-WRITETHRU", "AM-Tamaro-Vote,0512"):
    /// the desk's routing code, no text of the story.
    /// </summary>
    [GeneratedRegex(@"(?m)^[A-Z]{1,3}-[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+(?:,\s*\d{2,5})?(?:\s+\d(?:ST|ND|RD|TH)\s+LD(?:-WRITETHRU)?)?(?:\s+\([A-Z]+\))?\s*$")]
    private static partial Regex WireSlug();

    /// <summary>The end of a press release: "###", "# # #", "-30-", "END".</summary>
    internal static bool IsEndMark(string s) => s.Length <= 30 && EndMark().IsMatch(StampLine().Replace(s, "", 1));

    /// <summary>A recording's time stamp on a line of its own before the mark ("[00:41:50]" over "END OF EXCERPT").</summary>
    [GeneratedRegex(@"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*\n")]
    private static partial Regex StampLine();

    /// <summary>
    /// What closes a structured document: a closing legal or contact section's heading ("Sanctions Implications",
    /// "Media Contact", "Notes to Editors"), a pointer to more material elsewhere ("For more information on today's
    /// action, click here", "View identifying information …", "More information about this offer is on the … website"),
    /// the legal notice formula of a designation ("Today's designation notifies the public …"), or an author's note
    /// ("X covers the north for The Ledger").
    /// </summary>
    internal static bool IsClosing(string s)
    {
        var first = FirstLine(s);
        if (first.Length < 60 && ClosingSection().IsMatch(first) && !AboutTheStory(first))
        {
            return true;
        }

        // "X SERVICES - STANDARD NOTICE", "IMPORTANT NOTICE", "Repository Notice", "Notices", "Attachments": a notice (a heading in
        // capitals or title case) or the list of what goes with the document.
        if (first.Length < 80 && NoticeHeading().IsMatch(first))
        {
            return true;
        }

        // A contact block: an e-mail address and a telephone number on one short paragraph ("Office: 12 Quay Street · (555)
        // 010-4477 · office@example.org").
        if (s.Length < 300 && ContactEmail().IsMatch(s) && ContactPhone().IsMatch(s))
        {
            return true;
        }

        return s.Length < 600 && (NoticeFormula().IsMatch(s) || TranslationNote().IsMatch(s) || AuthorBio().IsMatch(s) || (PointerOpening().IsMatch(s) && (s.StartsWith("View", StringComparison.OrdinalIgnoreCase) || PointerWord().IsMatch(s))));
    }

    /// <summary>
    /// "FREQUENTLY ASKED QUESTIONS" over "Do we need to book ahead? …": a page's questions about its own service, asked by
    /// the reader ("I", "we", "you", "my", "our", "your" in the first question). An explainer's FAQ asks about the story
    /// ("Did the Front ever hold the town?") and is read as content.
    /// </summary>
    private static bool IsServiceFaq(string s, string text, IReadOnlyList<RawParagraph> paragraphs, int i)
    {
        // Every heading it knows opens with an F ("FAQ", "Frequently asked questions"): most paragraphs stop at their first letter.
        if (s.Length > 1000 || s.AsSpan().TrimStart("# ") is not [('F' or 'f'), ..] || FirstLine(s) is not { Length: < 40 } first || !FaqHeading().IsMatch(first))
        {
            return false;
        }

        // The first question stands under the heading in its paragraph, or opens the next one.
        var rest = s.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 && s[(nl + 1)..].Trim() is { Length: > 0 } under ? under
            : i + 1 < paragraphs.Count ? paragraphs[i + 1].Span.Slice(text) : "";
        var question = rest.IndexOf('?', StringComparison.Ordinal) is var q and > 0 ? rest[..q] : "";
        return question.Length is > 0 and < 200 && !question.Contains('\n', StringComparison.Ordinal) && ReaderPronoun().IsMatch(question);
    }

    [GeneratedRegex(@"^(?:Frequently asked questions|FAQs?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex FaqHeading();

    /// <summary>"I", "we", "you" and their forms: a reader's or a speaker's own words (also SpeakerLabels' quote lines).</summary>
    [GeneratedRegex(@"\b(?:I|(?i:we|you|my|our|your|us|me))\b")]
    internal static partial Regex ReaderPronoun();

    /// <summary>
    /// "About this song", "About the dockers": a heading about a thing of the story, not about the page's makers. "About
    /// the/this/our X" closes the page only when X is a body ("About the Institute") or a thing of the publication ("About this
    /// digest", "About the author"; closing-words.txt [about-nouns]).
    /// </summary>
    private static bool AboutTheStory(string heading)
    {
        var m = AboutThe().Match(heading);
        if (!m.Success)
        {
            return false;
        }

        var last = m.Groups["last"].Value;
        return !NameLexicon.OrgHeads.Contains(last) && !ClosingWords.IsAboutNoun(last);
    }

    [GeneratedRegex(@"^About (?:the|this|these|our) (?:[\w&'’-]+ ){0,2}(?<last>[\w'’-]+)(?:\s*\[edit\])?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutThe();

    /// <summary>
    /// A note about the writer or the outlet in the last paragraphs: "Dr. Laura Benton is a senior fellow at the
    /// Kessa Institute.", "The Ledger is a weekly newspaper based in Tamaro."
    /// </summary>
    internal static bool IsAboutNote(string s) => s.Length < 600 && (WriterNote().IsMatch(s) || OutletNote().IsMatch(s));

    /// <summary>A paragraph that is mostly Markdown links: "Related: [A](…) · [B](…)".</summary>
    internal static bool IsLinkList(string s)
    {
        var links = MarkdownLink().Matches(s);
        if (links.Count < 2)
        {
            return false;
        }

        var inLinks = 0;
        foreach (Match m in links)
        {
            inLinks += m.Length;
        }

        return s.Length - inLinks < s.Length * 0.3;
    }

    /// <summary>A release header: only a dateline, "FOR IMMEDIATE RELEASE" and a release number, with at least one of the last two.</summary>
    private static bool IsReleaseHeader(string s)
    {
        if (!s.Contains("release", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var marked = false;
        foreach (var raw in s.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (ReleaseLine().IsMatch(line))
            {
                marked = true;
            }
            else if (PublishedDate.FindWrittenDate(line) is not { } d || line.Length - d.Length > 4)
            {
                return false;
            }
        }

        return marked;
    }

    private static bool IsListHeading(string s)
    {
        var first = (s.IndexOf('\n', StringComparison.Ordinal) is var nl && nl >= 0 ? s[..nl] : s).Trim();
        // "Also on this site: "…" | "…"": the list may follow on the heading's own line.
        return (first.Length < 60 && ListHeading().IsMatch(first)) || AlsoOnThisSite().IsMatch(first);
    }

    /// <summary>
    /// "NAME's picture", or "NAME says:" with a timestamp line under it, or "NAME on DATE at TIME".
    /// A lone "X said:" line is not a comment header: press releases introduce statements that way.
    /// </summary>
    internal static bool IsCommentHeader(string s) => (s.Length < 120 && s.Split('\n').Length <= 2 && CommentHeader().IsMatch(s)) || CommentStamp().IsMatch(s);

    // The heading's own line: "COMMENTS (2)" may have the first comment under it in the same paragraph.
    private static bool IsCommentSectionHeading(string s) =>
        (s.IndexOf('\n', StringComparison.Ordinal) is var nl && nl >= 0 ? s[..nl] : s).Trim() is { Length: < 140 } first && CommentSection().IsMatch(first);

    [GeneratedRegex(@"^(?:Photograph(?:er)?|Photo(?:graph)?s?|Image|Picture|Illustration|Credit|Video|Graphic)(?: by [^:\n]{1,60}| credits?)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^!\[[^\]]*\]\([^)]*\)$")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\((?:[^()]*/[^()]*|[^()]*\b(?:Getty Images|AFP|AP Photo|Reuters|EPA|Handout|Shutterstock|via)\b[^()]*)\)\s*$")]
    private static partial Regex CreditInParentheses();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’-]+,\s(?:left|right|center|centre|top|bottom|second (?:from )?(?:left|right)|pictured)\b,")]
    private static partial Regex PicturedPosition();

    [GeneratedRegex(@"^(?:(?:Updated|Published|Posted|Last updated|First published)(?: on)?:?\s*)?(?:[A-Z][a-z]+day,?\s*)?[A-Z0-9]")]
    private static partial Regex DateLinePrefix();

    // Compiled, not generated: the generated matcher of a pattern this long is never promoted past the instrumented
    // tier (measured with perf), while a compiled one is optimized from the start.
    private static readonly Regex FooterStartPattern = new(@"^(?:(?:Media|Press|News(?:room)?)\s+(?:contacts?|enquiries|inquiries|office)\s*:|Who is online\b|If you are (?:not satisfied|unhappy|dissatisfied) with (?:this|our|the) (?:response|decision|reply|service|outcome|answer)\b|Registered (?:office|address)\s*:|Editors?-in-[Cc]hief\s*:|To contact the (?:[\w'’]+ ){0,2}(?:author|editor|reporter|writer|newsroom|desk)|Printed (?:and published )?by\b|Press (?:service|office) of the [^.\n]{1,80}\.|Notice:.*\bcomments?\b|(?:©|(?-i:\(c\)\s*(?:\d{4}|[A-Z]))|Copyright\b)|Sign up (?:for|to) (?:our|the)|Subscribe (?:to|for|now)|(?:Follow|Contact) (?:the author|us|him|her)(?: (?:on|at)\b|\s*:)|Follow (?:the|our) [^.\n]{1,40}? on (?:social media|Twitter|X|Facebook|Instagram|Telegram|Bluesky|Mastodon|WhatsApp)\b|CONFIDENTIALITY NOTICE\b|This (?:e-?mail|message|communication|report|document|letter|note)(?: and any (?:attachments?|files)[^.\n]{0,30})? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely |only )?for)\b|This (?:message|e-?mail|notification|alert|page) was (?:generated|sent) (?:automatically|by)\b|Contact\s*:\s*\S+@\S+|Share(?: this(?: \w+)?)?\s*:\s*(?:Facebook|X|Twitter|WhatsApp|Email|E-mail|LinkedIn|Telegram|Bluesky|Reddit)\b|Certified (?:a )?true copy\b|(?:Minutes (?:taken|recorded)|Note ?taker|Minute-?taker|Drafted|Cleared|Approved|Distribution|Originator|Released|Copies)(?: by| to)?\s*:|(?:Suggested|Recommended|Preferred) citation\b|Cite (?:this(?: (?:item|page|article|document|report|record|source))?|as)\s*:|Conditions governing (?:access|use|reproduction)\b|(?:Slide \d{1,3}\s*[-–—:]\s*)?(?:Further reading|Image credits|Picture credits|Photo credits)\b|(?:[A-Z][\w-]*(?: [\w-]+){0,3}) (?:was |is |were )?(?:produced|made|created|organi[sz]ed|held|hosted|convened|funded) with the (?:generous |kind |financial )?(?:support|help|assistance) of\b|Curators?\s*:|This (?:article|story|piece) (?:(?:was|has been|first) (?:originally )?(?:published|appeared|updated|corrected|amended)|appears in (?:the |our )?print)|About the (?:authors?|writer|contributors?|reporter)\s*:|\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced|Edited)(?: and (?:distributed|published|edited|produced))? by\b|Have you (?:seen|got|heard) (?:a|an|any) (?:claim|tip|story|rumou?r)\b|(?:Was|Did) (?:this|the) (?:article|answer|page|post|reply|response|request|ticket|information|guide|help)(?: \w+){0,2} (?:helpful|useful|resolved|help)\b|This (?:interview|conversation|transcript|exchange) (?:has been|was) (?:condensed|edited|lightly edited|translated)\b|Done (?:in (?:both )?[A-Z]\w+ and [A-Z]\w+|at [A-Z])|More from [^:\n]{1,40}:|This is an? (?:official )?publication of\b|(?:For information media\b[^\n]{0,10})?Not an official record\b|For information media\b|This (?:transcript|recording) (?:was|has been|is) (?:produced|made|prepared|generated|transcribed) (?:from|by)\b|This (?:feature|story|article|report|reporting|project|series|investigation|piece|coverage) (?:was|is|has been) (?:supported|funded|made possible|underwritten|produced in (?:partnership|collaboration)|produced with (?:the )?(?:support|help))\b|Sources?(?: used(?: for this (?:timeline|article|story|report|piece|explainer))?| for this (?:timeline|article|story|report|piece|explainer))\s*:|More in this series\b|Support (?:the|this|our|independent) (?:[\w-]+ )?(?:show|podcast|programme|program|channel|newsletter|work|journalism|reporting|translation|translations|publishing|writing|media|press|magazine|review)\b|Also in this (?:issue|edition|number|volume|series)\b|(?:[^.?!\n]{1,60}\?\s*)?Browse (?:other|more|related) questions tagged\b|Hot network questions\b|Form [A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6})* \((?:rev|Rev|REV)\.? ?[\w/. -]{1,12}\)|Credits?\s*:|(?:Produced|Hosted|Presented|Mixed|Edited) by [^.\n]{1,60}[.;,] (?:(?:Produced|Hosted|Presented|Mixed|Edited|Music) by)\b|Issued by the (?:[\w-]+ )?(?:Press|Media|Information|Communications?|Public Affairs) (?:Office|Service|Department|Unit|Bureau|Section)\b|(?:Translation|Translated by|Enquiries|Inquiries)\s*:|A version of this (?:article|story|obituary|piece|review|report|essay|column|interview) (?:appears|appeared|will appear) in print\b|(?:The )?(?:Committee|Sub-?committee|Sitting|House|Meeting|Hearing|Session|Council|Senate|Court) (?:adjourned|rose|was adjourned) at\b|Uncorrected (?:proof|transcript|evidence)\b|Dated (?:this|the) \d{1,2}(?:st|nd|rd|th)? day of\b|\[signed\]|Translated (?:from [A-Z][a-z]+ )?by\b|(?:[A-Z][a-z]+ )?[Cc]opyright (?:©\s*)?(?:\d{4}|\(c\))|Disclaimer\s*:|You are (?:receiving|getting) (?:this (?:e-?mail|newsletter|message|alert)|[^.\n]{1,40}) because\b|Unsubscribe\b|That['’]s (?:all|it) for (?:this|today|now)\b|Comments (?:are|have been) closed\b|(?:These|This) (?:remarks|judgment|judgement|summary|statement|transcript) (?:is|are) (?:published|provided|made available|issued) (?:for information|to assist)\b|(?:Script|Production|Producer['’]?s?|Programme|Program|Broadcast) notes?\s*:|The (?:reviewer|author|writer|columnist|essayist) (?:is|was) (?:an?|the) |This (?:text|document|version|summary|translation|page) (?:has not been|was not|is not) (?:edited|revised|proof-?read|checked)\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex FooterStart() => FooterStartPattern;

    // Every cue holds one of FooterAnywhereWords: a new cue adds its word there.
    [GeneratedRegex(@"does not necessarily reflect|do not necessarily reflect|comments (?:are|will be) (?:subject to )?moderat|guidelines for (?:commentary|comments|commenting)|civil (?:and \w+ )?discussion|comments powered by|All rights reserved|\b(?:published|licensed|released|available) under (?:a |the )?(?:CC[ -]BY|Creative Commons)\b|\bRepublication (?:is (?:not )?permitted|or redistribution)\b|\bfor the use of subscribers only\b|\btip ?line\b|\bsignatory of the International Fact-?Checking Network\b|(?:·|\|)\s*Privacy (?:policy|notice|statement)\b|\bPrivacy (?:policy|notice|statement)\s*(?:·|\|)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterAnywhere();

    [GeneratedRegex(@"^(?:ANNEX|Annex|APPENDIX|Appendix|SCHEDULE)(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z]))?(?:\s*\n[^\n]{0,120})?$")]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^(?:#\s*#\s*#|-\s*30\s*-|\(?END\)?|-+\s*ENDS?\s*-+|(?:#\s*)?End of (?:the )?(?:items|feed|export|file|list|entries|records|log|digest|excerpt|extract|transcript|recording|interview|tape|episode|document))$", RegexOptions.IgnoreCase)]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:Similar (?:topics|threads|posts|questions|articles|stories|items|titles|records|products|books)|(?:Cautionary (?:note|statement)|Forward-looking (?:statements?|information))(?: (?:regarding|about|on) [\w -]{1,40})?|(?:Record|Document|Item|Catalogue|Catalog) (?:information|details|description)|(?:[\w'’]+ ){1,4}(?:Staff|Masthead)|Updates? \(\d{1,4}\)|Declarations?(?: by (?:the )?applicants?)?|For (?:[\w-]+ ){0,2}use only|(?:Sanctions?|Legal|Designation|Listing) Implications|What (?:you|to) (?:must|should|need to) do(?: next)?|Legal (?:Notices?|Disclaimers?|Information)|Disclaimers?|Terms (?:of (?:Use|Service)|and Conditions)|Privacy (?:Policy|Notice|Statement)|(?:Media|Press|News(?:room)?)(?: and (?:Media|Press|Public))? (?:Contacts?|Inquiries|Enquiries|Information)|Contacts?|Contact (?:Us|Information|Details)|Notes? (?:to|for) Editors?|Notes (?:to|on) (?:Chapter|Part|Section|Annex|Appendix) [\w.]{1,6}|Editor['’]?s Notes?|About (?:the|this|us|our)(?: [\w&'’-]+){0,3}|About (?-i:[A-Z])[\w&.'’-]*(?: (?-i:[A-Z])[\w&.'’-]*){0,3}|(?:Further|More|Additional) (?:information|details)|Enquiries|Inquiries|(?:Foot|End)?notes|References|Bibliography|Works cited|See also|Further reading|External links|Acknowledge?ments?|(?:With |Special |Our )?(?:Thank you|Thanks)(?: to)?|How to (?:report|contact us|get in touch|submit (?:a )?tips?|reach us|write to us|find us|get there|book|subscribe)|Tickets(?: (?:&|and) (?:access|booking|prices|information))?|Booking(?: information)?|Practical information|Getting there|(?:(?:Production|Recording|Album|Photo|Image|Picture|Film|Programme|Program|Episode|Show) )?Credits|Customer (?:service|services|care|support|information)(?: (?:and|&) [\w ]{1,25})?|(?:More|Other) [\w'’-]+(?: [\w'’-]+)? near(?: [\w'’-]+){1,4}|Nearby (?:attractions|places|hotels|restaurants|sights|walks|hikes|trails)|(?:Customers|People|Readers|Shoppers) who (?:bought|viewed|read|liked) this (?:item|book|title|product|record|album) also (?:bought|viewed|read|liked)|(?:You|Readers) (?:may|might) also (?:like|enjoy)|House rules(?: and (?:the )?small print)?|(?:The )?Small print|How to cite(?: (?:this|it|the) ?[\w-]*)?|Citation|Citing (?:this|the) [\w-]+|Licen[cs]es?|Licen[cs]ing|Contributing|Contributors|Changelog|Maintainers?(?: and [\w-]+)?|Notes and (?:sources|references)|Sources(?: and (?:notes|references|further reading|methods?|methodology)| (?:added|submitted|contributed|supplied|provided|cited|used) by(?: [\w-]+){1,3})?|(?:Marking |Grading |Assessment )?Rubric|Data safety|App (?:privacy|permissions|support)|Developer contact|Staff(?: (?:of|for) the(?: [\w-]+){1,3})?|Staff (?:members|list)|Classified(?: (?:advertisements|advertising|ads|notices))?)(?:\s*\([^()\n]{1,25}\))?(?:\s*\[edit\])?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSection();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex ContactEmail();

    [GeneratedRegex(@"(?:\+|\b(?:Tel|Phone|Telephone|Fax)\.?:?\s*)\d[\d ()-]{6,}\d|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b")]
    private static partial Regex ContactPhone();

    [GeneratedRegex(@"^(?:For (?:more|additional|further|full|complete|detailed|identifying) (?:information|details|identifying information)\b|For a (?:complete|full) list\b|View (?:the )?(?:identifying|more|additional|full|complete)\b|(?:More|Additional|Further|Identifying) information (?:about|on|regarding)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PointerOpening();

    [GeneratedRegex(@"\bclick here\b|\bplease (?:see|visit|go to|refer to|contact|call|email)\b|\bvisit\b|\bwebsite\b|www\.|https?://|\bis (?:available|located|posted)\b|\bcan be found\b|\bcontact\b|\bsee\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointerWord();

    /// <summary>A note on the text itself: "Translator's note: This translation was made for …".</summary>
    [GeneratedRegex(@"^(?:Translator['’]s|Editor['’]s|Transcriber['’]s) note\s*:\s*(?:This|The) (?:translation|transcript|transcription|text|version|document)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationNote();

    [GeneratedRegex(@"^(?:Today['’]s|This|These|The) (?:designations?|actions?|listings?) (?:also )?notif(?:y|ies) the\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeFormula();

    /// <summary>An author's note late in the page: "Laura Benton covers the north for The Kessa Ledger."</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s(?:covers|reports on|writes about|writes on)\s[^.\n]{1,80}\sfor\s(?:the\s|The\s)?\p{Lu}")]
    private static partial Regex AuthorBio();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s)?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s(?:is|was) (?:an?|the|(?:The\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}['’]s)\s(?:[\p{L}-]+\s){0,3}(?i:writer|correspondent|reporter|journalist|editor|fellow|researcher|analyst|lecturer|professor|columnist|contributor|producer|photographer)s?\b[^.\n]{0,60}\b(?:at|for|with|of|in)\s")]
    private static partial Regex WriterNote();

    [GeneratedRegex(@"^(?:The\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,4}\s(?:(?:is|was) an?\s(?:[\p{L}-]+\s){0,3}(?i:newspaper|news agency|news service|news site|news website|magazine|outlet|publication|broadcaster|radio station|think tank)\b|(?:is|are) (?i:published|produced|edited|printed|distributed|transcribed) by\b|(?:is|was) an?\s(?:[\p{L}-]+,?\s){0,2}(?i:independent|non-?profit|not-for-profit|non-?governmental|non-?partisan|charitable)\b|(?:is|was) an?\s(?:[\p{L}-]+\s){0,2}(?i:service|website|web site|platform|database|app)\s(?i:of|from|run by|hosted by|operated by|maintained by|provided by)\s|(?:is|was) an?\s(?i:free|volunteer|volunteer-run|community|crowd-?sourced|online|digital)\s(?:[\p{L}-]+\s)?(?i:project|initiative|archive)\s(?i:of|from|by|run by|hosted by|operated by|maintained by)\s)")]
    private static partial Regex OutletNote();

    [GeneratedRegex(@"\[[^\]\n]{1,200}\]\([^)\s]{1,300}\)")]
    private static partial Regex MarkdownLink();

    /// <summary>A closing note in brackets: a hearing's "[Whereupon, at 3:05 p.m., the committee recessed.]", "[End of the transcript]", "[END OF STOPS 4-8. …]".</summary>
    [GeneratedRegex(@"^[\[(](?:Whereupon\b[^\])\n]{0,200}|(?:Part \w+ of )?(?:the |this )?(?:transcript|recording|episode|interview|broadcast|programme|program|show) ends(?: here)?\.?|END|End of [^\])\n]{1,100}|(?:The )?(?:Witness(?:es)?|Members?|Delegation|Panel) withdrew)[\])]\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptEnd();

    /// <summary>The rule a report draws above its footnotes: a line of five or more underscores.</summary>
    // "* *** *", "~~~": a line of symbols only, in the last three paragraphs, closes the story (earlier it is a section break).
    [GeneratedRegex(@"^(?:[*#~•·]\s*){3,}$")]
    private static partial Regex SymbolRule();

    [GeneratedRegex(@"^_{5,}\s*(?:\n|$)")]
    private static partial Regex FootnoteRule();

    [GeneratedRegex(@"^\(?(?:Archived (?:Content|Page|Document|Release|Information|Material)|Archived|This (?:page|content|document|release|article|information) (?:has been|is|was) archived\b.*|This is an archived \w+\b.*)\)?\.?$|^To view (?:or print )?(?:the )?PDF\b.*|^Download (?:the )?(?:free )?Adobe\b.*", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveBanner();

    [GeneratedRegex(@"^(?:END\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?$|^\((?:Applause|Laughter|Inaudible|Crosstalk|Cross-talk|Pause|Break|Recess|Music|Cheers|Cheering|Booing|Silence|Technical difficulties|Audio \w+|Video \w+|End of (?:transcript|remarks)|Off-mic|Off mic)[^()]{0,40}\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StageNote();

    [GeneratedRegex(@"^(?:FOR IMMEDIATE RELEASE|(?:Press |News )?Release\s*(?:#|No\.?|Number)\s*:?\s*[\w-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseLine();

    // "Source: Radio Kessa, in French 1900 gmt 23 Dec 17": a monitoring digest credits each item; the next item goes on.
    [GeneratedRegex(@"^(?:Sources?\s*:[^\n]{0,160}$|Advertisement|ADVERTISEMENT|Share|Share this(?: article| story)?|Click here\b.*|Read more\b.*|Related:?\s.*|See also:?.*|Also read:?.*|Listen to (?:this|the) (?:article|story).*|More (?:\w+ ){0,2}(?:reads|stories|articles|features|coverage)\s*:.*|Skip to (?:main )?content|(?:Filed under|Tags|Tagged(?: with)?|Categories|Posted in|Topics)\s*:.{0,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalBoilerplate();

    [GeneratedRegex(@"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:(?:More|Related|Recommended|Popular|Latest|Top|Trending|Further|Other|Editors['’]?)(?: \w+){0,2} (?:Stories|Articles|Posts|Reads|News|Coverage|Reading|Links|Videos|Picks|Reports|Episodes|Reviews|Listings|Issues|Entries|Pages|Memorials|Graves|Apps|Titles|Films|Books|Products|Items|Tours|Walks|Routes|Trails|Podcasts|Shows)(?: (?:from|on|in|about|by|for) [^\n]{1,40})?|More (?:from|on|in) .{1,30}|Related|Most Read|Most Popular|You (?:May|Might) Also (?:Like|Enjoy)|Read Next|Also on .{1,30}|What (?:we|I)(?:['’]re| are| am|['’]m)? (?:reading|watching|listening to)(?: this (?:week|month))?|(?:Our )?Reading list)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^\S.{0,60}['’]s picture$|^\S.{0,40}\s(?:says|said|wrote|commented):?\n.{0,40}\d{1,2}:\d\d|^\S.{0,40}\son\s.{4,40}\s(?:at|@)\s\d{1,2}:\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeader();

    /// <summary>A comment's header lines with its text under them in one paragraph: "NAME says:", a date with a time, then the text.</summary>
    [GeneratedRegex(@"^\S[^\n]{0,40}\s(?:says|said|wrote|commented):?\n[^\n]{0,40}\d{1,2}:\d\d[^\n]{0,12}\n", RegexOptions.IgnoreCase)]
    private static partial Regex CommentStamp();

    [GeneratedRegex(@"^(?:Responses|Comments|Reader comments|Discussion|\d+ (?:Comments|Responses|Replies)|(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) (?:thoughts?|comments?|responses?|replies) (?:on|to) .{1,100}|(?:(?:Customer|Reader|User|Visitor|Guest|Virtual) )?(?:Comments?|Reviews?|Ratings?|Logs?|Guestbook(?: entries)?|Replies|Responses|Answers|Discussion|Tributes|Condolences|Messages|Memories|Flowers|Candles)\s*\(\d{1,6}\)(?:\s*[|·•★☆—–-][^\n]*)?|Leave a (?:comment|reply)|(?:Post|Write|Add) (?:a |your )?(?:comment|reply)|Join the (?:discussion|conversation)|Show comments|View comments)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentSection();
}
