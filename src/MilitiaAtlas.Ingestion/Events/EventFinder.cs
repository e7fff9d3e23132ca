using System.Globalization;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Events;

/// <summary>
/// A dated happening stated by one claim: the date phrase (resolved against the publication date), the
/// happening's cue word, a short summary, and who took part where (indexes into the article's entities).
/// </summary>
public sealed record EventCandidate(int ClaimIndex, DateMention Date, string Cue, string Summary, IReadOnlyList<int> Participants, IReadOnlyList<int> Places);

/// <summary>
/// Finds dated events, one per happening: a dated clause that reports something. A clause is a happening when
/// its sentence has a word for one (a meeting, attack, founding, death, designation, appointment…), when its date
/// opens the sentence ("In 2013, …", "Since April 2024, …", "On January 26, 2023, …"), when it designates or
/// sanctions in the present tense ("X is being designated…": the publication day), or when it counts years of a
/// war back from the publication date ("after 13 years of civil war"). A date before a reporting verb that is
/// followed by the reported happening's own date is the report's, not a happening ("In July, the monitors reported
/// that on May 3 …"). Participants are the people and groups the date's clause names (the clause runs between
/// breaks such as "; ", ", and", ", then", ", when"; a reporter and an "According to X," source are not in it),
/// plus the one a subject pronoun ("He was released…", "It was designated…") or "the group" refers to; places
/// are the places the clause names, plus the country of a demonym. A clause that names nobody and no place takes
/// the sentence's. Undated claims, and dates the text cannot fix without guessing, make no event. Yearless dates
/// in an annual report ("2023 Country Report…", published the year after) belong to the year it covers.
/// </summary>
public static partial class EventFinder
{
    public static IReadOnlyList<EventCandidate> Find(string text, IReadOnlyList<Claim> claims, IReadOnlyList<LocalEntity> entities, string? published, Gazetteer gazetteer, string? title = null, IReadOnlyList<Passage>? passages = null)
    {
        var result = new List<EventCandidate>();
        var reference = NarrativeReference(title, published);
        var sections = passages is null ? [] : DatedSections(text, passages, reference);
        DatedSection? section = null; // the dated heading the claim stands under, in a diary or a log
        var referenceYear = PublishedDate.Normalize(reference) is { Length: >= 4 } refIso ? int.Parse(refIso.AsSpan(0, 4), CultureInfo.InvariantCulture) : (int?)null;
        int? firstYear = null; // the first year the body writes
        var recentYear = false; // whether the body has written a year near the reference
        var openedOnDay = false; // whether the body's first year came with its day, in its first passages
        var nameSpans = entities.SelectMany(e => e.Mentions).Select(m => m.Span).OrderBy(x => x.Start).ToArray(); // every mention's span, in text order
        var pubDay = PublishedDate.Normalize(published) is { Length: 10 } iso ? iso : null; // "Circulated 25 February 2021" writes it
        var sectionDated = false; // whether a happening under it has taken its date
        var recent = new RecentActors(entities, gazetteer);
        string? narrative = null;
        var narrativePassage = 0; // the passage the story's date was last written in
        var narrativeOpened = false; // whether that date opened its sentence ("In 1971, …")
        var order = NumericDates.OrderIn(text);
        var twoFigureYears = EraYears.WritesTwoFigureYears(text);
        List<(int Start, int Entity)>? heads = null; // the list entries, read at the first field line that needs them
        (int Passage, string Date)? stamped = null;
        foreach (var claim in claims)
        {
            var sentence = text[claim.Span.Start..claim.Span.End];
            var persons = claim.Entities.Where(e => entities[e].Type == EntityType.Person).ToList();
            var groups = claim.Entities.Where(e => entities[e].Type == EntityType.Group).ToList();

            // "[2] Front Channel | 3 May 2021 08:10 | Tamaran | … withdrew today": an item's own time stamp in a cell is what
            // its "today" and "yesterday" count from, for the rest of its passage.
            if (sentence.Contains('|', StringComparison.Ordinal) && StampCell().Match(sentence) is { Success: true } stamp && PublishedDate.Normalize(stamp.Groups["d"].Value) is { Length: 10 } stampDay)
            {
                stamped = (claim.PassageOrdinal, stampDay);
            }

            // "Saturday, 25 September" heading a diary's entry: its "this morning", "last month" and "the next day" count from that
            // day, and the entry's first happening with no date of its own happened on it.
            if (sections.LastOrDefault(x => x.Ordinal < claim.PassageOrdinal) is { } under && under.Until > claim.PassageOrdinal && !ReferenceEquals(under, section))
            {
                section = under;
                sectionDated = false;
                narrative = under.Day;
                narrativePassage = claim.PassageOrdinal;
                narrativeOpened = true;
            }
            else if (section is not null && section.Until <= claim.PassageOrdinal)
            {
                section = null;
            }

            var dayOf = section?.Last ?? (stamped is { } st && st.Passage == claim.PassageOrdinal ? st.Date : reference);
            // A retelling: the body's first year lies three or more years before the reference and no year since came near it
            // ("On the morning of 27 February 1975, …" in a case study of 2021). Its yearless days stay in the story's year
            // however far the story's last date was written.
            foreach (Match y in recentYear ? (IEnumerable<Match>)[] : YearWord().Matches(sentence))
            {
                var year = int.Parse(y.ValueSpan, CultureInfo.InvariantCulture);
                if (pubDay is not null && year == referenceYear && DayWithYear().Matches(sentence).Any(m => PublishedDate.Normalize(m.Value) == pubDay))
                {
                    // "Circulated 25 February 2021": the piece's own date in its header is no year of the story.
                    continue;
                }

                if (firstYear is null)
                {
                    firstYear = year;
                    // A retelling opens on its scene's day ("On the morning of 27 February 1975, …") in its first passages;
                    // a news story that only recalls old years does not.
                    openedOnDay = claim.PassageOrdinal - claims[0].PassageOrdinal <= 1 && DayWithYear().Matches(sentence).Any(m => PublishedDate.Normalize(m.Value) != pubDay);
                }

                recentYear |= referenceYear is int ry && year >= ry - 1;
            }

            var retelling = firstYear is int fy && referenceYear is int ryr && fy <= ryr - 3 && !recentYear && openedOnDay;
            var found = Happenings(text, claim, sentence, dayOf, published, order, twoFigureYears, ref narrative, ref narrativePassage, ref narrativeOpened, retelling, nameSpans);
            if (section is not null && !sectionDated && found.Count == 0 && (FirstCue(sentence) ?? PhraseCue(sentence) ?? ToldVerb(sentence)) is { } sectionCue)
            {
                found.Add((new DateMention(section.Span, section.Span.Slice(text), section.Day, null, DatePrecision.Day, true), sectionCue, claim.Span));
            }

            sectionDated |= section is not null && found.Count > 0;
            if (found.Count > 0)
            {
                var referents = new List<int>();
                if (SubjectPronoun().IsMatch(sentence) && recent.Person is int p)
                {
                    referents.Add(p);
                }

                // "In 1970 I enlisted in the militia" in a witness's answer or a quotation: the speaker took part.
                if (claim.Speaker is int speaker && SpeakerSubject().IsMatch(sentence))
                {
                    referents.Add(speaker);
                }

                if (groups.Count == 0 && TheGroup().IsMatch(sentence) && recent.Body is int g)
                {
                    referents.Add(g);
                }

                if (GroupPronoun().IsMatch(sentence) && recent.Group is int it)
                {
                    referents.Add(it);
                }

                foreach (var (date, cue, clause) in found)
                {
                    var (participants, places) = Actors(text, claim, clause, entities, gazetteer);
                    participants.AddRange(referents);

                    // A list entry's field line ("Other information: Listed on: …", "Founded in 1989.") is about the entry.
                    if (participants.Count == 0 && ListEntries.IsFieldLine(text, claim.Span.Start) || participants.Count == 0 && places.Count == 0)
                    {
                        heads ??= ListEntries.Heads(text, entities, filedPeople: false);
                        if (ListEntries.HeadOf(text, heads, claim.Span.Start) is int head)
                        {
                            participants.Add(head);
                        }
                    }

                    // A happening with nobody and nowhere named is nothing the atlas can place.
                    if (participants.Count == 0 && places.Count == 0)
                    {
                        continue;
                    }

                    result.Add(new EventCandidate(claim.Index, date, Normalized(cue), Summary(sentence), participants.Distinct().ToList(), places.Distinct().ToList()));
                }
            }

            recent.Saw(claim.Entities);
        }

        return result;
    }

    /// <summary>Whether a mention's span (spans in text order) holds the date's span.</summary>
    private static bool InsideName(TextSpan[] names, TextSpan date)
    {
        var lo = 0;
        var hi = names.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (names[mid].Start <= date.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // The names that start at or before the date, nearest first; a name is rarely longer than a hundred characters.
        for (var k = hi; k >= 0 && date.Start - names[k].Start <= 200; k--)
        {
            if (date.End <= names[k].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading that is a day and nothing else, after the body began, and the passages under it up to the next heading.</summary>
    private sealed record DatedSection(int Ordinal, TextSpan Span, string Day, string Last, int Until);

    /// <summary>
    /// The dated headings of a diary, a log or a correspondent's notebook ("Friday, 17 September 1982", then "Saturday,
    /// 18 September"): a heading that holds one day or two and nothing else, after the first body passage. A heading without
    /// its year is in the year of the heading before it (the next year when its month comes earlier), else the reference's.
    /// </summary>
    private static List<DatedSection> DatedSections(string text, IReadOnlyList<Passage> passages, string? reference)
    {
        var result = new List<DatedSection>();
        var seenBody = false;
        string? previous = null;
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            seenBody |= p.Kind == PassageKind.Body;

            // A log's or a diary's day written at the head of its entries in one passage ("Monday 7 March 1921. Off the point. /
            // 7.0 a.m. Hands at quarters."): the day dates that passage alone.
            if (p.Kind == PassageKind.Body && LogDayLine().Match(text, p.Span.Start, Math.Min(40, p.Span.Length)) is { Success: true } line
                && DateFinder.Find(text, new TextSpan(p.Span.Start, p.Span.Start + line.Length), reference) is [{ Precision: DatePrecision.Day, Date: { } logDay } logDate])
            {
                var day = HasYear().IsMatch(logDate.Text) || previous is null ? logDay : InYearOf(logDay, previous);
                result.Add(new DatedSection(p.Ordinal - 1, logDate.Span, day, day, p.Ordinal + 1));
                previous = day;
                continue;
            }

            if (!seenBody || p.Kind is not (PassageKind.Heading or PassageKind.Byline) || p.Span.Length > 80)
            {
                continue;
            }

            var phrases = DateFinder.Find(text, p.Span, reference);
            var rest = p.Span.Slice(text);
            foreach (var d in phrases)
            {
                rest = rest.Replace(d.Text, " ", StringComparison.Ordinal);
            }

            if (phrases.Count is 0 or > 2 || phrases.Any(d => d.Precision != DatePrecision.Day || d.Date is null) || !DayHeadingRest().IsMatch(rest))
            {
                continue;
            }

            var days = phrases.Select(d => HasYear().IsMatch(d.Text) || previous is null ? d.Date! : InYearOf(d.Date!, previous)).ToList();
            var until = i + 1;
            while (until < passages.Count && passages[until].Kind is not (PassageKind.Heading or PassageKind.Byline or PassageKind.Boilerplate))
            {
                until++;
            }

            var first = phrases[0].Span;
            result.Add(new DatedSection(p.Ordinal, new TextSpan(first.Start, phrases[^1].Span.End), days[0], days[^1], until < passages.Count ? passages[until].Ordinal : int.MaxValue));
            previous = days[^1];
        }

        return result;
    }

    /// <summary>A yearless day put in the year of the day before it, or the next year when its month comes earlier.</summary>
    private static string InYearOf(string day, string before)
    {
        var year = int.Parse(before.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(day.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var beforeMonth = int.Parse(before.AsSpan(5, 2), CultureInfo.InvariantCulture);
        return DateRules.Iso(month < beforeMonth ? year + 1 : year, month, int.Parse(day.AsSpan(8, 2), CultureInfo.InvariantCulture));
    }

    /// <summary>A weekday and a day (a month, a year if any) opening a passage and ending in a full stop: a log's day.</summary>
    [GeneratedRegex(@"\G(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\.(?=\s)")]
    private static partial Regex LogDayLine();

    /// <summary>What a day's heading may hold besides its dates: weekdays, commas, "and", a dash.</summary>
    [GeneratedRegex(@"^[\s,.:;–—-]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[\s,.:;–—-]*|and[\s,–—-]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayHeadingRest();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b")]
    private static partial Regex HasYear();

    /// <summary>A day written with its month and year: "27 February 1975", "February 27, 1975".</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")]
    private static partial Regex DayWithYear();

    /// <summary>
    /// A year written out in a sentence (not inside a longer number); one before 1800 not before a plural or a word for people
    /// ("1500 fighters", "1200 men" count them).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?:(?:1[89]|20)\d\d|1[0-7]\d\d(?!\s+(?:\p{Ll}+s|people|men|women|children)\b))(?![\d.,/-]\d)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^\W*since\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceLead();

    /// <summary>A cell holding a day's date and maybe a time, between pipes: "| 3 May 2021 08:10 |".</summary>
    [GeneratedRegex(@"\|\s*(?<d>\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*\|")]
    private static partial Regex StampCell();

    /// <summary>
    /// The reference yearless dates are resolved against: the publication date, or the last day of the year an annual
    /// report covers when its title says so and it came out later ("2023 Country Reports on …", published in 2024).
    /// </summary>
    internal static string? NarrativeReference(string? title, string? published)
    {
        if (title is null || PublishedDate.Normalize(published) is not { } iso || ReportYear().Match(title) is not { Success: true } m)
        {
            return published;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var pubYear = int.Parse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture);
        return year < pubYear && year >= pubYear - 2 ? DateRules.Iso(year, 12, 31) : published;
    }

    /// <summary>The happenings one sentence reports: each date that dates one, with its cue word and its clause (offsets into the text).</summary>
    private static List<(DateMention Date, string Cue, TextSpan Clause)> Happenings(string text, Claim claim, string sentence, string? reference, string? published, NumericOrder order, bool twoFigureYears, ref string? narrative, ref int narrativePassage, ref bool narrativeOpened, bool retelling, TextSpan[]? names)
    {
        var found = new List<(DateMention Date, string Cue, TextSpan Clause)>();
        var act = MayDesignate(sentence) ? PresentDesignation().Match(sentence) : Match.Empty;
        var designates = act.Success && !Relativizer().IsMatch(sentence[..act.Index]);
        var cue = FirstCue(sentence) ?? PhraseCue(sentence) ?? (designates ? "designated" : null);
        var countsYears = sentence.Contains("years of", StringComparison.OrdinalIgnoreCase);

        // Most sentences have no happening word and do not open with a date: they need no date search at all, unless a
        // date may stand in them for a clause told in the past tense ("… was extradited to X in September 2023").
        var hinted = cue is null && DateHint().IsMatch(sentence);
        if (cue is null && !countsYears && !hinted && !OpeningLead().IsMatch(sentence))
        {
            return found;
        }

        // "four days later", "that September": dated from where the story last stood (NarrativeDates), which each date
        // written out in full moves on.
        // A clause told in the future takes the next such weekday, month or day (ClauseDates); a yearless day after a count
        // from the story's last date ("Two weeks later, on 20 October") is in the story's year, and the count only leads to it.
        var dates = new List<DateMention>();
        var phrases = DateFinder.Find(text, claim.Span, reference, order, twoFigureYears);

        // "the Movement 3 May", "the 26th of July Movement": a date inside a name is the name's.
        if (phrases.Count > 0 && names is { Length: > 0 } && phrases.Any(d => InsideName(names, d.Span)))
        {
            phrases = phrases.Where(d => !InsideName(names, d.Span)).ToList();
        }

        // "on 6 September that year": a step of the story later in the sentence dates a yearless day before it too, and the
        // step right after the day only says which year it is.
        string? story = null;
        var anchor = narrative;
        for (var k = 0; k < phrases.Count; k++)
        {
            if (!phrases[k].Relative && phrases[k].Date is not null)
            {
                anchor = phrases[k].Date;
            }

            if (k > 0 && phrases[k].Date is null && NarrativeDates.Resolve(text, phrases[k], anchor) is { Precision: DatePrecision.Year } step
                && ThatYearAfter().IsMatch(text.AsSpan(phrases[k - 1].Span.End, Math.Max(0, phrases[k].Span.Start - phrases[k - 1].Span.End))))
            {
                story = step.Date;
            }
        }

        var pending = new List<DateMention>(phrases.Count);
        foreach (var d in phrases)
        {
            if (story is null || !(d.Date is null && NarrativeDates.Resolve(text, d, anchor) is { Precision: DatePrecision.Year } st && st.Date == story))
            {
                pending.Add(d);
            }
        }

        // "on 8 March, and signed a peace agreement the following day": a step of the story counts from the sentence's own
        // last date, a yearless one too, before the story's.
        foreach (var d in pending)
        {
            if (NarrativeDates.Resolve(text, d, dates.Count > 0 && dates[^1].Date is { } here ? here : narrative) is { } anchored)
            {
                dates.Add(anchored);
                story = anchored.Date;
            }
            else if (d.Date is null && narrative is not null && CountFromStory().IsMatch(d.Text))
            {
                // "Two weeks later" after a date too coarse for it: no date of its own, but the sentence is still in the story's year.
                story = narrative;
            }
            else if (story is not null && ClauseDates.InStoryYear(d, story) is { } inStory)
            {
                if (dates.Count > 0 && dates[^1].Date == story && LeadIn().IsMatch(text.AsSpan(dates[^1].Span.End, Math.Max(0, d.Span.Start - dates[^1].Span.End))))
                {
                    dates.RemoveAt(dates.Count - 1);
                }

                dates.Add(inStory);
                narrative = inStory.Date;
                narrativePassage = claim.PassageOrdinal;
            }
            else if (d.Date is not null && dates.Count > 0 && !dates[^1].Relative && dates[^1].Date is { } yearOf && ClauseDates.InSentenceYear(d, yearOf) is { } sameYear
                && !ClauseBreak().IsMatch(text.AsSpan(dates[^1].Span.End, Math.Max(0, d.Span.Start - dates[^1].Span.End))))
            {
                // "In the summer of 1993 an agreement was signed in Sochi on 27 July": a yearless day after a year in its sentence.
                dates.Add(sameYear);
            }
            else if (d.Date is not null && narrative is { } storyAt && (claim.PassageOrdinal - narrativePassage <= 2 || retelling) && !ClauseDates.IsFuture(text.AsSpan(claim.Span.Start, d.Span.Start - claim.Span.Start))
                && ClauseDates.AfterStoryDay(d, storyAt, reference, narrativeOpened) is { } continued)
            {
                // "on the morning of 12 March 1958 …. They were flown to Tamaria on 14 March": the retelling's year, while
                // the story's date was written in this passage or one of the two before it.
                dates.Add(continued);
                narrative = continued.Date;
                narrativePassage = claim.PassageOrdinal;
            }
            else if (d.Date is not null)
            {
                var told = d.Relative && ClauseDates.IsFuture(text.AsSpan(claim.Span.Start, d.Span.Start - claim.Span.Start)) ? ClauseDates.Forward(d, reference) : d;
                dates.Add(told);
                if (d.Relative && narrative is not null && ClauseDates.NamesMonth(d) && told.Date is { Length: 10 } recentDay && DayOf(recentDay) is { } readDay
                    && PublishedDate.Normalize(reference) is { Length: 10 } refDay && DayOf(refDay) is { } refDate && readDay <= refDate && refDate.DayNumber - readDay.DayNumber <= 90)
                {
                    // "Thirty years ago, on 3 May 1994, the accord was signed. … On 9 January a bus was bombed": a recent day read as news
                    // moves the story to the present, so the next yearless day ("On March 28") counts from it, not from 1998.
                    narrative = recentDay;
                    narrativePassage = claim.PassageOrdinal;
                }
                else if (!d.Relative)
                {
                    narrative = d.Date;
                    narrativePassage = claim.PassageOrdinal;
                    // "Since 2016, …" states how long something has lasted, not where a story stands.
                    narrativeOpened = d.Span.Start - claim.Span.Start <= 40 && OpeningLead().IsMatch(sentence) && !SinceLead().IsMatch(sentence);
                }
            }
        }

        var breaks = dates.Count > 0 || countsYears ? ClauseBreaks(sentence) : [];
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            var ds = d.Span.Start - claim.Span.Start;
            var de = d.Span.End - claim.Span.Start;

            // "In July, the monitors reported that on May 3 …": July dates the report; the happening has its own date.
            var report = i + 1 < dates.Count ? ReportingVerb().Match(sentence[de..(dates[i + 1].Span.Start - claim.Span.Start)]) : Match.Empty;
            if (report.Success)
            {
                continue;
            }

            // A sentence opening with "Today," and no word for a happening speaks of the present, not of an event.
            var opens = OpensSentence(sentence, ds, de) && !NowWord().IsMatch(d.Text);
            var (from, to) = ClauseAround(breaks, sentence.Length, ds, de);
            var clause = sentence[from..to];

            // Without a happening word, a dated clause told in the past tense is one ("Bashir gave them a command structure
            // in 2013", "X abandoned its neutrality in November 2023"), as is a clause the date opens.
            // Not in a record's fields ("Passport No.: …, issued 21 August 2006"): a record is no story.
            // Nor a date that is a field's value ("Last updated: 22/07/2025"): only a field that names a happening ("Listed on:")
            // makes one, by its cue.
            var told = cue is null && !opens && !NowWord().IsMatch(d.Text) && sentence.Split(": ").Length < 3 && !FieldValue().IsMatch(sentence.AsSpan(0, ds))
                ? ToldVerb(clause) : null;
            if (cue is null && !opens && told is null)
            {
                continue;
            }

            var clauseCue = FirstCue(clause) ?? PhraseCue(clause) ?? told;

            // The reported happening starts after the reporting verb; an "According to X," source is no participant.
            if (i > 0)
            {
                var prev = dates[i - 1].Span.End - claim.Span.Start;
                if (ReportingVerb().Match(sentence[prev..ds]) is { Success: true } r && prev + r.Index + r.Length > from)
                {
                    from = prev + r.Index + r.Length;
                }
            }

            if (AccordingTo().Match(sentence) is { Success: true } src && src.Index + src.Length <= ds && src.Index + src.Length > from)
            {
                from = src.Index + src.Length;
            }

            found.Add((d, clauseCue ?? cue ?? MainVerb(sentence, de), new TextSpan(claim.Span.Start + from, claim.Span.Start + to)));
        }

        if (found.Count == 0 && dates.Count == 0 && designates && PublishedDate.Normalize(published) is { Length: 10 } day)
        {
            var span = new TextSpan(claim.Span.Start + act.Index, claim.Span.Start + act.Index + act.Length);
            var revokes = act.Value.Contains("revok", StringComparison.Ordinal) || act.Value.Contains("revocation", StringComparison.Ordinal) || act.Value.Contains("delist", StringComparison.Ordinal);
            found.Add((new DateMention(span, act.Value, day, null, DatePrecision.Day, true), revokes ? "revoked" : "designated", claim.Span));
        }

        foreach (Match m in countsYears ? YearsOf().Matches(sentence) : (IEnumerable<Match>)[])
        {
            var words = m.Groups["n"].ValueSpan;
            var n = char.IsAsciiDigit(words[0]) ? int.Parse(words, CultureInfo.InvariantCulture) : DateWords.Number(words);
            if (n is < 1 or > 200 || PublishedDate.Normalize(published) is not { } iso)
            {
                continue;
            }

            var span = new TextSpan(claim.Span.Start + m.Index, claim.Span.Start + m.Index + m.Length);
            if (found.Exists(f => f.Date.Span.Start < span.End && span.Start < f.Date.Span.End))
            {
                continue;
            }

            var start = DateRules.Iso(int.Parse(iso.AsSpan(0, 4), CultureInfo.InvariantCulture) - n);
            var (from, to) = ClauseAround(breaks, sentence.Length, m.Index, m.Index + m.Length);
            found.Add((new DateMention(span, m.Value, start, null, DatePrecision.Year, true), m.Groups["what"].Value, new TextSpan(claim.Span.Start + from, claim.Span.Start + to)));
        }

        return found;
    }

    /// <summary>The people, groups and places named inside the clause; the sentence's when the clause names none.</summary>
    private static (List<int> Participants, List<int> Places) Actors(string text, Claim claim, TextSpan clause, IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer)
    {
        var inClause = claim.Entities.Where(e => entities[e].Mentions.Any(m => m.Span.Start >= clause.Start && m.Span.End <= clause.End)).ToList();
        var demonyms = DemonymCountries(text.AsSpan(clause.Start, clause.Length), entities, gazetteer);
        if (inClause.Count == 0 && demonyms.Count == 0)
        {
            inClause = claim.Entities.ToList();
            demonyms = DemonymCountries(text.AsSpan(claim.Span.Start, claim.Span.Length), entities, gazetteer);
        }

        var participants = inClause.Where(e => entities[e].Type is EntityType.Person or EntityType.Group).ToList();
        var places = inClause.Where(e => entities[e].Type == EntityType.Place).Concat(demonyms).ToList();
        return (participants, places);
    }

    /// <summary>Where clauses meet inside a sentence: each break as (start, end) offsets into the sentence.</summary>
    private static List<(int Start, int End)> ClauseBreaks(string sentence)
    {
        var breaks = new List<(int, int)>();
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            breaks.Add((m.Index, m.Index + m.Length));
        }

        return breaks;
    }

    /// <summary>The clause holding [ds, de): from the end of the last break before it to the start of the first break after it.</summary>
    private static (int From, int To) ClauseAround(List<(int Start, int End)> breaks, int length, int ds, int de)
    {
        var from = 0;
        var to = length;
        foreach (var (bs, be) in breaks)
        {
            if (be <= ds)
            {
                from = be;
            }
            else if (bs >= de && bs < to)
            {
                to = bs;
                break;
            }
        }

        return (from, to);
    }

    /// <summary>
    /// The date opens the sentence: only a dateline, connectives and a prepositional phrase come before it ("In 2013",
    /// "Further, in May 20 testimony", "Since the start of the talks in 2019", "PLACE — On May 3"), and a comma closes
    /// the opening phrase after it.
    /// </summary>
    private static bool OpensSentence(string sentence, int ds, int de) =>
        OpeningPhrase().IsMatch(sentence.AsSpan(0, ds))
        && ((sentence.IndexOf(',', de) is var comma && comma >= 0 && sentence.IndexOfAny([';', ':'], de, comma - de) < 0)
            || TimelineSeparator().IsMatch(sentence.AsSpan(de)));

    /// <summary>A timeline's or a list's line: "April 1994 — The last units pull out.", "**12 March 2021**: the rally".</summary>
    [GeneratedRegex(@"^[*_]{0,2}\s*(?:—|–|-{1,2}|:)\s+\S")]
    private static partial Regex TimelineSeparator();

    /// <summary>The cue of an event found by its opening date when its sentence has no happening word: the first past-tense word after the date.</summary>
    private static string MainVerb(string sentence, int from)
    {
        var m = PastTense().Match(sentence, from);
        return m.Success ? m.Value.ToLowerInvariant() : "reported";
    }

    /// <summary>
    /// The clause's main past-tense verb, or null: a verb of the past that is not only "was"/"were"/"had", not "based",
    /// "called" or "named", not a verb of a state ("lived"), and not a participle after an article or "of" ("the armed group").
    /// </summary>
    private static string? ToldVerb(string clause)
    {
        for (var m = PastTense().Match(clause); m.Success; m = m.NextMatch())
        {
            var w = m.Value.ToLowerInvariant();
            // "as I reported yesterday": the writer's own report is no happening; what the writer or a witness did is ("In 1970 I
            // enlisted in the militia", "We walked the route on Monday").
            if (w is "was" or "were" or "had" or "based" or "called" or "named" || StateVerbs.Contains(w) || Article().IsMatch(clause.AsSpan(0, m.Index))
                || (Writer().IsMatch(clause.AsSpan(0, m.Index)) && ReportingVerb().IsMatch(w)))
            {
                continue;
            }

            return w;
        }

        // "A court will hear the request next Tuesday", "is due to brief senators on Wednesday": what is scheduled happens
        // too (not "will remain", "will not").
        if (FutureVerb().Match(clause) is { Success: true } f && !StateVerbs.Contains(f.Groups["v"].Value.ToLowerInvariant() + "ed")
            && f.Groups["v"].Value.ToLowerInvariant() is not ("be" or "have" or "remain" or "stay" or "continue" or "keep" or "not" or "never" or "need" or "want"))
        {
            return f.Groups["v"].Value.ToLowerInvariant();
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|plans?\s+to)\s+(?:(?:also|then|now|soon|formally|officially|likely)\s+)?(?<v>[a-z]{2,})\b")]
    private static partial Regex FutureVerb();

    [GeneratedRegex(@"\b(?:I|we|I've|we've|I\s+have|we\s+have|I\s+had|we\s+had)\s+$")]
    private static partial Regex Writer();

    /// <summary>The speaker as a clause's subject: "I enlisted", "my brother and I rebuilt the house", "I went".</summary>
    [GeneratedRegex(@"(?:^[""“‘]?|[,;]\s|\d\s|\band\s)I\s+(?!am\b|think\b|believe\b|hope\b|know\b|remember\b|want\b|wish\b)[a-z]+")]
    private static partial Regex SpeakerSubject();

    // Verbs of a state, not a happening: "has lived in Qara since 2001".
    private static readonly HashSet<string> StateVerbs = LexiconFile.Load("event-words.txt").ExactWordSet("state-verbs");

    [GeneratedRegex(@"\b(?:the|a|an|its|their|his|her|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    // A digit, a weekday or a relative date: what a date in the sentence needs.
    [GeneratedRegex(@"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|ago|(?:last|next|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|(?:following|next|same|previous)\s+(?:day|night|morning|evening|afternoon|week|month|year)|(?:days?|weeks?|months?|years?)\s+(?:later|earlier))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateHint();

    [GeneratedRegex(@"(?:^|[.;]\s)\p{L}[\p{L} ]{0,30}:\s*$")]
    private static partial Regex FieldValue();

    /// <summary>A cheap test before <see cref="PresentDesignation"/>: the stems it needs.</summary>
    private static bool MayDesignate(string sentence) =>
        sentence.Contains("designat", StringComparison.Ordinal) || sentence.Contains("sanction", StringComparison.Ordinal)
        || sentence.Contains("taking action", StringComparison.Ordinal) || sentence.Contains("revok", StringComparison.Ordinal)
        || sentence.Contains("delist", StringComparison.Ordinal) || sentence.Contains("being listed", StringComparison.Ordinal)
        || sentence.Contains("being added", StringComparison.Ordinal) || sentence.Contains("being targeted", StringComparison.Ordinal);

    /// <summary>Cues of one family share a spelling, so reports of one designation join whatever word they use.</summary>
    private static string Normalized(string cue)
    {
        var c = cue.ToLowerInvariant();
        return c.StartsWith("designat", StringComparison.Ordinal) || c.StartsWith("redesignat", StringComparison.Ordinal)
            ? "designated"
            : c;
    }

    /// <summary>A happening told in more than one word: "brought to justice", "taken captive", "added … to its sanctions list".</summary>
    private static string? PhraseCue(string sentence)
    {
        if (!sentence.Contains("justice", StringComparison.Ordinal) && !sentence.Contains("taken ", StringComparison.Ordinal)
            && !sentence.Contains("took office", StringComparison.Ordinal) && !sentence.Contains("came to power", StringComparison.Ordinal)
            && !sentence.Contains("added ", StringComparison.Ordinal))
        {
            return null;
        }

        var m = CuePhrase().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        return m.Groups["list"].Success ? "listed" : Space().Replace(m.Value, " ").ToLowerInvariant();
    }

    private static List<int> DemonymCountries(ReadOnlySpan<char> sentence, IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer)
    {
        var found = new List<int>();
        foreach (var m in Capitalized().EnumerateMatches(sentence))
        {
            if (gazetteer.FindDemonym(sentence.Slice(m.Index, m.Length)) is { } place)
            {
                for (var i = 0; i < entities.Count; i++)
                {
                    if (entities[i].Place?.Id == place.Id)
                    {
                        found.Add(i);
                    }
                }
            }
        }

        return found;
    }

    private static string Summary(string sentence)
    {
        var s = Space().Replace(sentence, " ").Trim();
        return s.Length <= 220 ? s : s[..s.LastIndexOf(' ', 217)] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex Capitalized();

    // "He …", "…, she was …", "…, and he cut …", "…; he died …", and after an opening phrase of up to five words with no comma: "In the
    // spring of 1931 he came back", "On 3 May 1901 he cut the wire".
    [GeneratedRegex(@"^\W*(?:He|She)\b|,\s(?:he|she)\s(?:was|had|has|is|told|said|met|took|became|announced)\b|,\sand\s(?:he|she)\s(?:[a-z]+ed|" + PastVerbs + @")\b|;\s(?:he|she)\s(?:was|had|has|is|told|said|met|took|became|[a-z]+ed)\b|^\W*(?:In|On|By|During|After|Before|Until|From)\s+(?:[\w'’-]+\s+){1,5}?(?:he|she)\s+(?:[a-z]+ed|" + PastVerbs + @")\b")]
    private static partial Regex SubjectPronoun();

    // Past tenses that do not end in "-ed".
    private const string PastVerbs = "was|had|became|made|took|fought|left|led|won|lost|came|went|fled|gave|ran|met|began|built|wrote|told|said|cut|set|put|held|hid|struck|shot|sent|sold|broke|rode|swore|fell|drove|kept|stood|spoke|threw|brought|caught|beat|chose|got|grew|knew|laid|paid|rose|saw|sat|slew|spent|stole|swam|tore|withdrew|overthrew|forbade|bore|lit";

    /// <summary>
    /// "the group", "the militia", and the group's people spoken of as a whole: "the rebels", "the remaining gunmen", "the
    /// insurgents" (a sentence that names no group of its own: the last body named, <see cref="RecentActors"/>).
    /// </summary>
    [GeneratedRegex(@"\bthe (?:group|militia|movement|organization|organisation|network|(?:(?:remaining|armed|surviving)\s)?(?:rebels|insurgents|gunmen|militants|guerrillas|guerillas))\b")]
    private static partial Regex TheGroup();

    /// <summary>
    /// "It was also named …", "It was founded …", "On 17 August 2005 it set off bombs …", ", it claimed …", "On 10 May they damaged …": a group spoken of
    /// before, as the subject of what is done to a group or what a group does.
    /// </summary>
    [GeneratedRegex(@"^\W*It (?:was|has been|had been|is|is being) (?:also |later |then |first |previously |formally |officially )?(?:designated|redesignated|named|listed|founded|formed|created|established|sanctioned|banned|added|declared|placed|outlawed|proscribed)\b|(?:^\W*|, |\d{4},? )(?:[Ii]t|[Tt]hey) (?:also |later |then |first )?(?:set off|carried out|claimed|launched|attacked|bombed|kidnapped|abducted|seized|captured|staged|split|merged|declared|announced|killed|executed|ambushed|damaged|destroyed|blew up|hijacked|occupied|raided|expelled|deported|arrested|released|freed)\b")]
    private static partial Regex GroupPronoun();

    /// <summary>"2023 Country Reports on …", "Annual Report 2022", "Review of 2021": the year a report covers.</summary>
    [GeneratedRegex(@"^\W*(?<y>(?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,4}(?:Reports?|Review|Yearbook|Survey|Assessment|Overview)\b|\b(?:Reports?|Review|Yearbook|Survey|Assessment|Overview)\s+(?:for\s+|of\s+|on\s+)?(?<y>(?:19|20)\d\d)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportYear();

    /// <summary>Breaks between clauses: a semicolon, or a comma before a conjunction that starts a new clause.</summary>
    [GeneratedRegex(@";\s*|,\s+(?:and|but|while|whereas|then|when|before|after which|although|though)\s+|\s+(?:and|then)\s+(?=(?:in|on|since|by|during|from|between|later|then)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    // Lower case: "the United States" is no "states".
    [GeneratedRegex(@"\b(?:reported|reports|said|says|stated|states|announced|told|claimed|alleged|alleging|wrote|confirmed|noted|found|documented|recorded)\b(?:\s+that\b)?")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"^\W*According to [^,;]{1,80},\s*")]
    private static partial Regex AccordingTo();

    /// <summary>What may open a sentence before its opening phrase: quotes, a dateline ("KESSA —"), connectives ("Also", "Further,").</summary>
    private const string SentenceLead = @"^[\s""“‘'(*_•-]*(?:[\p{Lu}][\p{Lu}.,' ]{0,40}\s+[—–-]+\s*)?(?:(?:also|and|but|then|so|later|earlier|only|further|furthermore|additionally|moreover|however|meanwhile|separately|subsequently|previously|finally|again|just|first|second|third|most recently|more recently),?\s+)*";

    /// <summary>What may come before a date that opens a sentence: a dateline, connectives, a preposition and its phrase.</summary>
    [GeneratedRegex(SentenceLead + @"(?:(?:in|on|since|as of|by|from|during|throughout|until|till|through|starting|beginning|after|before|following|at|around|over|toward|towards|between|early|late)\b[^,;:.!?]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningPhrase();

    /// <summary>
    /// How a sentence whose date may open it starts (a cheap test before the date search): a dateline, a connective, a
    /// preposition, or the date itself (a number, a month or weekday name, a relative word).
    /// </summary>
    [GeneratedRegex(SentenceLead + @"(?:(?:in|on|since|as|by|from|during|throughout|until|till|through|starting|beginning|after|before|following|at|around|over|toward|towards|between|early|late|mid|last|this|next|yesterday|tomorrow|tonight|today|recently|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningLead();

    [GeneratedRegex(@"^\W*(?:today|tonight|now)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NowWord();

    [GeneratedRegex(@"(?<=\s)(?:[a-z]{2,}ed|was|were|became|began|took|led|fled|met|won|lost|held|sent|left|went|came|fought|struck|gave|made|told|said|sought|brought|built|paid|rose|fell|chose|broke|drove|ran|saw|spoke|stood|wrote|withdrew|overtook|killed|shot|hit|set|put|cut|beat|taken|given|flown|driven|thrown|caught|seen|born|freed|hidden|stolen|sworn)\b")]
    private static partial Regex PastTense();

    /// <summary>
    /// A designation or sanction stated in the present tense: it happens on the publication day ("X is being
    /// designated pursuant to …", "the Department is designating …", "are designated as …").
    /// </summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:also\s+|now\s+|hereby\s+|today\s+)?(?:being\s+(?:designated|redesignated|sanctioned|listed|delisted|added|targeted)|designating|redesignating|sanctioning|delisting|revoking|imposing\s+sanctions|taking\s+action|announcing\s+(?:the\s+)?(?:designations?|revocations?|delisting|sanctions)|designated\s+(?:as|pursuant|under|for|today)\b)")]
    private static partial Regex PresentDesignation();

    /// <summary>A relative pronoun or "remain" right before the verb: a standing status ("which is designated as …"), not an act.</summary>
    [GeneratedRegex(@"\b(?:which|that|who|whom|remains?|remained|all of which)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Relativizer();

    /// <summary>"after 13 years of civil war": a war that began that many years before the publication date.</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\s+of\s+(?:[a-z-]+\s+){0,2}?(?<what>war|civil war|conflict|fighting|insurgency|occupation|siege|rebellion|uprising|unrest|dictatorship|captivity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOf();

    [GeneratedRegex(@"\bbrought to justice\b|\btaken (?:captive|hostage|prisoner)\b|\btook office\b|\bcame to power\b|(?<list>\badded\b[^;]{0,80}?\bto (?:its|the|their) (?:[\w-]+ ){0,4}list\b)")]
    private static partial Regex CuePhrase();

    /// <summary>The words that make a dated claim an event (Data/event-words.txt [cue-words]: letters only, one word each).</summary>
    private static readonly string[] CueWords = LexiconFile.Load("event-words.txt").Words("cue-words");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueSet =
        new HashSet<string>(CueWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?:later|earlier)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountFromStory();

    // Between a yearless day and "that year" / "the same year" naming its year.
    [GeneratedRegex(@"^,?\s*$")]
    private static partial Regex ThatYearAfter();

    // Between a count and the day it leads to: "Two weeks later, on 20 October".
    [GeneratedRegex(@"^,?\s+(?:on|in|at)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    private static readonly Regex CuePattern = new(@"\b(?<cue>" + string.Join('|', CueWords.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The cue words as a pattern: the first one in a text, by the regex engine's word boundaries and case rules.</summary>
    internal static Regex Cue() => CuePattern;

    /// <summary>
    /// The sentence's first cue word, as <see cref="Cue"/> finds it. A word boundary falls between a word character (a letter, a
    /// digit, a mark, a connector or a zero-width joiner, as the regex engine counts them) and anything else, so the match is the
    /// first run of word characters that is a cue word: found with one pass and a set lookup per run instead of trying every
    /// alternative at every position. A run holding a character outside ASCII goes through the regex, which knows the case
    /// equivalences beyond ASCII (the Kelvin sign is a "k").
    /// </summary>
    internal static string? FirstCue(string sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            if (!IsWordChar(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < sentence.Length && IsWordChar(sentence[i]))
            {
                ascii &= char.IsAscii(sentence[i]);
                i++;
            }

            if (ascii ? CueSet.Contains(sentence.AsSpan(start, i - start)) : Cue().IsMatch(sentence.AsSpan(start, i - start)))
            {
                return sentence[start..i];
            }
        }

        return null;
    }

    private static DateOnly? DayOf(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_'
        || (!char.IsAscii(c) && (c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation));
}
