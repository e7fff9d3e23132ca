using System.Buffers;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Finds relations between the article's entities from frames, never from names (docs/ingestion.md, "Relations"):
/// a role noun (Data/relation-roles.tsv) in apposition, as a pre-modifier or possessive, after a copula, in an
/// inverted copula or a list; a verb (Data/relation-verbs.tsv) active, passive or in a relative clause; group
/// structures (affiliates, coalitions, member lists, "as part of", "Y-backed X"); territorial control; and the
/// older special frames (alliances, fights, command chains, offices with a country). Every relation must fit
/// the argument kinds of its predicate (Data/predicates.tsv). A relation stated only inside a quotation is kept
/// when the quotation has a speaker, and marked as that speaker's (<see cref="Relation.Quoted"/>).
/// </summary>
public static partial class RelationFinder
{
    private readonly record struct M(TextSpan Span, int Entity, EntityType Type, Place? Place, bool InQuote)
    {
        public string Kind => PredicateTable.KindOf(Type, Place);

        public bool IsActor => Type != EntityType.Place || Place?.Kind == PlaceKind.Country;
    }

    public static IReadOnlyList<Relation> Find(string text, IReadOnlyList<Claim> claims, IReadOnlyList<LocalEntity> entities, IReadOnlyList<TextSpan> quotes, Gazetteer gazetteer)
    {
        var all = entities.SelectMany((e, i) => e.Mentions.Where(m => !m.IsReference).Select(m => new M(m.Span, i, e.Type, e.Place, false)))
            .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();

        // A mention nested in another ("Falcon" inside Musa "Falcon" Darka) is part of that name: the frames measure the
        // text between two mentions and need them apart.
        // Sorted by start, a mention is nested when it ends before the furthest end seen so far.
        var reach = -1;
        all.RemoveAll(m =>
        {
            var nested = m.Span.End <= reach;
            reach = Math.Max(reach, m.Span.End);
            return nested;
        });
        var flat = Flat(text);
        var shadow = RelationLexicon.Mark(flat);
        var units = UnitNames(entities);
        var relations = new List<Relation>();
        var recent = new RecentActors(entities, gazetteer);
        List<(int Start, int Entity)>? filed = null; // the list entries' filed names, read at the first role line
        int? pageSubject = null; // the group a page with an infobox is about, read at the first infobox line
        bool? statementDump = null; // whether the page is a knowledge base's export of items and their statements
        StatementDump? dump = null; // such an export's items, read down the page
        var mi = 0;
        foreach (var claim in claims)
        {
            while (mi < all.Count && all[mi].Span.Start < claim.Span.Start)
            {
                mi++;
            }

            // A mention inside a quotation counts when the quotation has a speaker: what it states is the speaker's.
            var ms = new List<M>();
            for (var k = mi; k < all.Count && all[k].Span.Start < claim.Span.End; k++)
            {
                // A name joined to a word by a hyphen modifies it ("U.S.-designated", "Y-backed"): no end of a relation.
                // A quotation that holds only a name ("commander "Abu Tarek"") is a nickname, not speech.
                var inQuote = quotes.Any(q => q.Start < all[k].Span.Start && all[k].Span.End <= q.End && q.Length > all[k].Span.Length + 4);
                var hyphen = all[k].Span.End < text.Length && text[all[k].Span.End] == '-';
                if ((!inQuote || claim.Speaker is not null) && !hyphen)
                {
                    ms.Add(all[k] with { InQuote = inQuote });
                }
            }

            // "It took control of …", "The group was founded by …", "He founded …": a sentence that opens on a pronoun or a bare
            // group noun has, as its subject, the group (or person) the sentences before were about.
            // In a quotation the speaker is "I", never "he".
            if (OpeningReference().Match(flat, claim.Span.Start, Math.Min(claim.Span.Length, 80)) is { Success: true } open
                // "The group …" and "Their fighters …" take the body last named that is no state's own force; "It …" and "Its
                // fighters …" the group last named, whatever it is.
                && (open.Groups["person"].Success ? recent.Person : !open.Groups["ref"].Value.StartsWith("it", StringComparison.OrdinalIgnoreCase) ? recent.Body : recent.Group) is int referent && !ms.Any(m => m.Entity == referent)
                && !ms.Any(m => m.Span.Start - (open.Index + open.Length) is >= 0 and <= 2) && !(claim.Quoted && referent == claim.Speaker))
            {
                var span = new TextSpan(open.Groups["ref"].Index, open.Groups["ref"].Index + open.Groups["ref"].Length);
                ms.Insert(0, new M(span, referent, entities[referent].Type, entities[referent].Place, claim.Quoted));
            }

            // "said the force, which is led by X": a bare group noun that a relative clause describes is the group the
            // sentence named last before it (or, naming none, the group the sentences before were about).
            var clause = flat.AsSpan(claim.Span.Start, claim.Span.Length);
            var relative = clause.Contains(", which ", StringComparison.Ordinal) || clause.Contains(", that ", StringComparison.Ordinal) || clause.Contains(", who ", StringComparison.Ordinal);
            foreach (Match bare in relative ? BareGroupBeforeRelative().Matches(flat[claim.Span.Start..claim.Span.End]) : Enumerable.Empty<Match>())
            {
                var at = claim.Span.Start + bare.Groups["noun"].Index;
                var end = at + bare.Groups["noun"].Length;
                if (ms.Any(m => m.Span.Start < end && at < m.Span.End))
                {
                    continue;
                }

                var named = ms.LastOrDefault(m => m.Type == EntityType.Group && m.Span.End <= at);
                if ((named.Span.Length > 0 ? named.Entity : recent.Body) is int group)
                {
                    var index = ms.FindIndex(m => m.Span.Start > at);
                    ms.Insert(index < 0 ? ms.Count : index, new M(new TextSpan(at, end), group, EntityType.Group, null, claim.Quoted));
                }
            }

            // "X, who founded the group in 2011": a bare group noun as a relation verb's object is the group the sentence named
            // last before it (or, naming none, the group the sentences before were about).
            if (clause.IndexOfAny(BareGroupNouns) >= 0)
            {
                foreach (Match bare in BareGroupAfterVerb().Matches(shadow[claim.Span.Start..claim.Span.End]))
                {
                    var at = claim.Span.Start + bare.Groups["noun"].Index;
                    var end = at + bare.Groups["noun"].Length;
                    var named = ms.LastOrDefault(m => m.Type == EntityType.Group && m.Span.End <= at);
                    if (!ms.Any(m => m.Span.Start < end && at < m.Span.End) && (named.Span.Length > 0 ? named.Entity : recent.Body) is int group)
                    {
                        var index = ms.FindIndex(m => m.Span.Start > at);
                        var quoted = quotes.Any(q => q.Start < at && end <= q.End);
                        ms.Insert(index < 0 ? ms.Count : index, new M(new TextSpan(at, end), group, EntityType.Group, null, quoted));
                    }
                }
            }

            // "He advises us": in a quoted person's words, "us" and "me" are the speaker.
            if (claim.Quoted && claim.Speaker is int speaker && entities[speaker].Type == EntityType.Person && ms.Count > 0)
            {
                foreach (Match us in SpeakerObject().Matches(flat[claim.Span.Start..claim.Span.End]))
                {
                    var at = claim.Span.Start + us.Index;
                    var index = ms.FindIndex(m => m.Span.Start > at);
                    ms.Insert(index < 0 ? ms.Count : index, new M(new TextSpan(at, at + us.Length), speaker, EntityType.Person, null, true));
                }
            }

            if (ms.Count == 0)
            {
                continue;
            }

            var f = new Frames(flat, shadow, claim.Span, ms, entities, recent.Group, recent.Body);
            f.RoleAfter();
            f.RoleBefore();
            f.Under();
            f.Affiliations();
            f.PersonalRoles();
            f.ListedWith(text);
            f.KilledInAttack();
            f.Possessors();
            f.CopulaRoles();
            f.TakenForRole();
            f.ItsRolesAfter();
            f.VerbFrames();
            f.Control();
            f.GroupStructures(units);

            // The older special frames, each run only when its words are in the sentence.
            var old = new List<(int S, string P, int O)>();
            var lower = Casing.Lower(flat[claim.Span.Start..claim.Span.End]);
            if (lower.Contains("own ", StringComparison.Ordinal) || lower.Contains("his ", StringComparison.Ordinal) || lower.Contains("her ", StringComparison.Ordinal) || lower.Contains("its ", StringComparison.Ordinal))
            {
                OwnGroups(text, claim.Span, ms, old, ms.FirstOrDefault(m => m.Type == EntityType.Person) is { Span.Length: > 0 } first ? first.Entity : recent.Person);
            }

            if (lower.AsSpan().ContainsAny(BackingWords))
            {
                Backing(text, claim.Span, ms, old);
            }

            if (lower.AsSpan().ContainsAny(AllianceWords) || AllianceBoundedWords().IsMatch(lower))
            {
                Alliances(text, claim.Span, ms, old);
            }

            if (lower.AsSpan().ContainsAny(CoordinationWords))
            {
                Coordination(text, claim.Span, ms, old);
            }

            if (lower.AsSpan().ContainsAny(ChainWords) || ChainBoundedWords().IsMatch(lower))
            {
                CommandChains(text, claim.Span, ms, old);
            }

            if (lower.AsSpan().ContainsAny(FightWords) || FightBoundedWords().IsMatch(lower))
            {
                Opposition(text, claim.Span, ms, old);
                FightingTogether(text, claim.Span, ms, old);
            }

            if (lower.Contains(" from ", StringComparison.Ordinal) || lower.Contains(" against ", StringComparison.Ordinal))
            {
                Sides(text, claim.Span, ms, old);
            }

            if (lower.StartsWith("in support of ", StringComparison.Ordinal))
            {
                SupportFronted(text, claim.Span, ms, old);
            }

            if (lower.Contains(", ", StringComparison.Ordinal))
            {
                RoleBetweenCommas(text, ms, old);
            }

            if (NameLexicon.OfficeTitles.Any(t => lower.Contains(t, StringComparison.Ordinal)))
            {
                Offices(text, ms, entities, gazetteer, old);
            }

            // Lines (the flat copy turned them into spaces): a record's fields; or a role line under a list entry's filed name.
            var roleLine = RoleLineLabel().IsMatch(text.AsSpan(claim.Span.Start, claim.Span.Length));
            if (roleLine || text.AsSpan(claim.Span.Start, claim.Span.Length).Contains('\n'))
            {
                int? filedSubject = null;
                if (roleLine)
                {
                    filed ??= ListEntries.Heads(text, entities, filedPeople: true);
                    filedSubject = ListEntries.HeadOf(text, filed, claim.Span.Start);
                }

                RecordRoles(text, claim.Span, ms, old, filedSubject);
            }

            // An infobox's "Key: value" lines ("Leader(s): X", "Allies: Y; Z"), about the group the page is named for: in one
            // block, or each line its own paragraph. A knowledge base's export ("Label (en): X", then its statements) has them
            // all down the page.
            statementDump ??= ItemLabel().IsMatch(text);
            if ((claim.Span.Start < 2000 || statementDump.Value) && text.AsSpan(claim.Span.Start, claim.Span.Length).IndexOfAny('\n', ':') >= 0)
            {
                dump ??= statementDump.Value ? new StatementDump(text, all, entities) : null;
                Infobox(text, claim.Span, ms, old, entities, ref pageSubject, dump);
            }

            foreach (var (s, p, o) in old)
            {
                // An end may be named in an earlier sentence ("his own Y": the person the passage is about).
                M End(int e) => ms.FirstOrDefault(m => m.Entity == e) is { Span.Length: > 0 } found ? found : new M(default, e, entities[e].Type, entities[e].Place, false);
                f.Add(End(s), p, End(o), quotedOnly: ms.Any(m => m.Entity == s) && ms.Where(m => m.Entity == s).All(m => m.InQuote) || ms.Any(m => m.Entity == o) && ms.Where(m => m.Entity == o).All(m => m.InQuote));
            }

            foreach (var g in f.Found.GroupBy(x => (x.S, x.P, x.O)))
            {
                relations.Add(new Relation(g.Key.S, g.Key.P, g.Key.O, claim.Index, Quoted: g.All(x => x.Quoted)));
            }

            // A transcript's speaker label is no "he" of the text; a body that heads a glossary's entry ("X: some forty riflemen") is
            // what the entry goes on about.
            recent.Saw(ms.Where(m => m.Type != EntityType.Person || !SpeakerLabels.IsLabel(text, m.Span)).Select(m => m.Entity));
        }

        return relations;
    }

    /// <summary>The text with curly quotes straightened and every space character a plain space: same length, same offsets.</summary>
    private static string Flat(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            span[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
        }
    });

    private static string Norm(string s) => Space().Replace(Casing.Lower(s.Replace('\u2019', '\'').Replace('\u2018', '\'')), " ");

    private static string Between(string text, TextSpan a, TextSpan b) => b.Start > a.End ? Norm(text[a.End..b.Start]) : "";

    /// <summary>"Y, a Shiite militia backed by X", "Y, backed by X", "the X-backed Y", "X's support for Y".</summary>
    private static void Backing(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            for (var j = i + 1; j < ms.Count && ms[j].Span.Start - ms[i].Span.End <= 80; j++)
            {
                var between = Between(text, ms[i].Span, ms[j].Span);
                if (ms[i].Type == EntityType.Group && BackedBy().IsMatch(between) && !between.Contains('.', StringComparison.Ordinal))
                {
                    found.Add((ms[i].Entity, Predicates.BackedBy, ms[j].Entity));
                    break;
                }

                if (ms[j].Type == EntityType.Group && j == i + 1 && BackerPrefix().IsMatch(between))
                {
                    found.Add((ms[j].Entity, Predicates.BackedBy, ms[i].Entity));
                }
                else if (j == i + 1 && SupportFor().IsMatch(between))
                {
                    // "Kenya's support for X", "the Zayudis' backing of X".
                    found.Add((ms[j].Entity, Predicates.BackedBy, ms[i].Entity));
                }
            }
        }
    }

    /// <summary>"an alliance between X and Y", "X and Y announced an alliance", "X … became Y's ally", "X, an ally of Y".</summary>
    private static void Alliances(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        var actors = ms.Where(m => m.Type is EntityType.Person or EntityType.Group).ToList();
        for (var i = 0; i + 1 < actors.Count; i++)
        {
            var a = actors[i];
            var b = actors[i + 1];
            var between = Between(text, a.Span, b.Span);
            var before = Norm(text[Math.Max(sentence.Start, a.Span.Start - 40)..a.Span.Start]);
            var after = Norm(text[b.Span.End..Math.Min(sentence.End, b.Span.End + 60)]);
            if ((before.EndsWith("alliance between ", StringComparison.Ordinal) || before.EndsWith("alliance of ", StringComparison.Ordinal)) && between is " and ")
            {
                found.Add((a.Entity, Predicates.AlliedWith, b.Entity));
            }
            else if (between is " and " && AllianceAfter().IsMatch(after))
            {
                found.Add((a.Entity, Predicates.AlliedWith, b.Entity));
            }
            else if (AllyBetween().IsMatch(between) && !between.Contains('.', StringComparison.Ordinal))
            {
                found.Add((a.Entity, Predicates.AlliedWith, b.Entity));
            }
        }
    }

    /// <summary>
    /// "Z coordinated Y operations with X" (Y and X), "Y coordinated its support to … with X", "Y, in coordination with X, …",
    /// "Y fought alongside X": working together is an alliance. The one coordinating is a group named as the owner of what is
    /// coordinated ("Y operations", "Y's attacks"), else the verb's own subject right before it, else the sentence's first
    /// party that is no preposition's object.
    /// </summary>
    private static void Coordination(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var j = 1; j < ms.Count; j++)
        {
            var x = ms[j];
            if (!IsParty(x))
            {
                continue;
            }

            var from = Math.Max(sentence.Start, x.Span.Start - 100);
            var c = CoordinatedWith().Match(text, from, x.Span.Start - from);
            if (!c.Success)
            {
                continue;
            }

            int? y = null;
            if (c.Groups["mid"].Success)
            {
                // The owner of what is coordinated: the first thing after the verb, a name followed by "'s" or a common noun.
                var owner = ms.FindIndex(m => m.Span.Start >= c.Groups["mid"].Index && m.Span.End <= c.Groups["mid"].Index + c.Groups["mid"].Length);
                if (owner >= 0 && IsParty(ms[owner]) && ms[owner].Type != EntityType.Person
                    && SpaceTheAnyCase().IsMatch(text[c.Groups["mid"].Index..ms[owner].Span.Start])
                    && PossessiveOrLowerAfter().IsMatch(text[ms[owner].Span.End..Math.Min(sentence.End, ms[owner].Span.End + 30)]))
                {
                    y = owner;
                }
            }

            // The verb's own subject, right before it ("Y coordinated", "Y has also closely cooperated"); else the sentence's
            // subject, its first party that is no preposition's object ("in Tamaro, Y …"; "by Y" is a passive's agent).
            var before = ms.FindLastIndex(j - 1, m => m.Span.End <= c.Index);
            if (y is null && before >= 0 && IsParty(ms[before]) && VerbSubjectGap().IsMatch(text[ms[before].Span.End..c.Index]))
            {
                y = before;
            }

            for (var k = 0; y is null && k <= before; k++)
            {
                var m = ms[k];
                var pre = text[Math.Max(sentence.Start, m.Span.Start - 12)..m.Span.Start];
                if (IsParty(m) && (!ObliqueBefore.IsMatch(pre) || ByBefore().IsMatch(pre)))
                {
                    y = k;
                }
            }

            if (y is int a && ms[a].Entity != x.Entity)
            {
                found.Add((ms[a].Entity, Predicates.AlliedWith, x.Entity));
            }
        }
    }

    private static bool IsParty(M m) => m.Type is EntityType.Person or EntityType.Group || m.Place?.Kind == PlaceKind.Country;

    /// <summary>"X fought Y", "X's war against Y", "X launched an offensive against Y", "clashes between X and Y".</summary>
    private static void Opposition(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var a = ms[i];
            var b = ms[i + 1];
            if (a.Type == EntityType.Place && a.Place?.Kind != PlaceKind.Country || b.Type == EntityType.Place && b.Place?.Kind != PlaceKind.Country)
            {
                continue;
            }

            var between = Between(text, a.Span, b.Span);
            string Before() => Norm(text[Math.Max(sentence.Start, a.Span.Start - 40)..a.Span.Start]);
            // "broke away from X and clashed with Y": X, after a preposition, is not the one fighting.
            // "X said the campaign against Y …": the speaker is not a side.
            if ((FightBetween().IsMatch(between) && !ObliqueBefore.IsMatch(Before()) && !SpeechBetween().IsMatch(between))
                || (SidesBetween().IsMatch(between) && FightBefore().IsMatch(Before())))
            {
                found.Add((a.Entity, Predicates.OpposedTo, b.Entity));
            }
        }
    }

    /// <summary>"X … his orders came through a chain of command that originated with Y", "X reports to Y", "X, …, who was tasked by Y".</summary>
    private static void CommandChains(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        var people = ms.Where(m => m.Type == EntityType.Person).ToList();
        for (var i = 0; i + 1 < people.Count; i++)
        {
            var between = Between(text, people[i].Span, people[i + 1].Span);
            if (ChainBetween().IsMatch(between) && !between.Contains(". ", StringComparison.Ordinal))
            {
                found.Add((people[i].Entity, Predicates.ReportsTo, people[i + 1].Entity));
            }
        }
    }

    /// <summary>"Iraqi Prime Minister X", "Iraq's prime minister X", "U.S. ambassador X": the office is held for that country.</summary>
    private static void Offices(string text, List<M> ms, IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer, List<(int, string, int)> found)
    {
        foreach (var person in ms.Where(m => m.Type == EntityType.Person))
        {
            var before = Norm(text[Math.Max(0, person.Span.Start - 60)..person.Span.Start]);
            var title = NameLexicon.OfficeTitles.FirstOrDefault(t => before.EndsWith(t + " ", StringComparison.Ordinal) || before.EndsWith(t + ", ", StringComparison.Ordinal));
            if (title is null)
            {
                continue;
            }

            var lead = before[..before.LastIndexOf(title, StringComparison.Ordinal)].TrimEnd();
            var lastWord = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            lastWord = lastWord.Replace("then-", "", StringComparison.Ordinal).TrimEnd(',');

            // A country named right before the title: "the U.S. ambassador", "Iraq's prime minister".
            var country = ms.LastOrDefault(m => m.Type == EntityType.Place && m.Place?.Kind == PlaceKind.Country && m.Span.End <= person.Span.Start
                && person.Span.Start - m.Span.End <= title.Length + 6);
            if (country.Span.Length > 0)
            {
                // Not "in Tamaro Minister X" (a place the sentence is in) nor a country that ends the line above the title.
                if (!LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, country.Span.Start - 12), country.Span.Start - Math.Max(0, country.Span.Start - 12)))
                    && !text.AsSpan(country.Span.End, person.Span.Start - country.Span.End).Contains('\n'))
                {
                    found.Add((person.Entity, Predicates.HoldsOffice, country.Entity));
                }

                continue;
            }

            // A demonym right before the title: "Iraqi Prime Minister".
            if (gazetteer.FindDemonym(lastWord) is { Kind: PlaceKind.Country } place)
            {
                var entity = entities.Select((e, k) => (e, k)).FirstOrDefault(x => x.e.Place?.Id == place.Id);
                if (entity.e is not null)
                {
                    found.Add((person.Entity, Predicates.HoldsOffice, entity.k));
                }
            }
        }
    }

    /// <summary>"his own Rahma Brigades", "his battalion, the Falcon Wolves": the person the sentence is about leads that group.</summary>
    private static void OwnGroups(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found, int? person)
    {
        var p = person ?? -1;
        foreach (var g in ms.Where(m => m.Type == EntityType.Group))
        {
            // Every frame here ends in "own " or in a comma (and "the") right before the name.
            var near = text.AsSpan(Math.Max(sentence.Start, g.Span.Start - 6), g.Span.Start - Math.Max(sentence.Start, g.Span.Start - 6));
            if (!near.Contains("own ", StringComparison.Ordinal) && !near.Contains(',') && !near.Contains('\u00A0'))
            {
                continue;
            }

            var before = Norm(text[Math.Max(sentence.Start, g.Span.Start - 40)..g.Span.Start]);
            if (p >= 0 && (before.EndsWith("his own ", StringComparison.Ordinal) || before.EndsWith("her own ", StringComparison.Ordinal) || HisUnitBefore().IsMatch(before)))
            {
                found.Add((p, Predicates.Leads, g.Entity));
            }
            else if (ItsUnitBefore().IsMatch(before) && ms.FirstOrDefault(m => m.Type == EntityType.Group && m.Span.End <= g.Span.Start) is { Span.Length: > 0 } owner && owner.Entity != g.Entity)
            {
                found.Add((g.Entity, Predicates.PartOf, owner.Entity));
            }
        }
    }

    // "Its own force, Y", "the bloc deployed its own force, Y": a unit the group named before has, named after a comma.
    [GeneratedRegex(@"\bits\s+(?:own\s+)?(?:force|unit|wing|brigade|battalion|militia|mission|army|police|guard)\s*,\s+(?:the\s+)?$")]
    private static partial Regex ItsUnitBefore();

    // "his battalion, the Falcon Wolves", "her own militia, Y": the unit the person has, named after a comma.
    [GeneratedRegex(@"\b(?:his|her)\s+(?:own\s+)?(?:battalion|brigade|unit|militia|group|faction|movement|party|force|company|regiment|band|gang|network)\s*,\s+(?:the\s+)?$")]
    private static partial Regex HisUnitBefore();

    /// <summary>
    /// A list entry's role lines: under a person's name at the head of a record ("OKONJO ABARA, Samuel" and its field
    /// lines), a line that reads "Leader of Y", "Former commander of Y" or "Listing information: Member of the Y Council"
    /// gives the person that role toward the first group after it.
    /// </summary>
    private static void RecordRoles(string text, TextSpan claim, List<M> ms, List<(int S, string P, int O)> found, int? filedSubject)
    {
        // The person heads the claim, or the claim is a role line ("Position: …") under a list entry's filed name (the
        // caller passes that name only for a role line).
        int subject;
        if (ms.Count >= 2 && ms[0].Type == EntityType.Person && text.AsSpan(claim.Start, ms[0].Span.Start - claim.Start).Trim().Length == 0)
        {
            subject = ms[0].Entity;
        }
        else if (filedSubject is int filed)
        {
            subject = filed;
        }
        else
        {
            return;
        }

        foreach (Match line in RecordRoleLine().Matches(text[claim.Start..claim.End]))
        {
            var roleEnd = claim.Start + line.Index + line.Length;
            if (ms.FirstOrDefault(m => m.Span.Start >= roleEnd && m.Type == EntityType.Group && m.Span.Start - roleEnd <= 1) is not { Span.Length: > 0 } group)
            {
                continue;
            }

            // "Founder and emir of Y": each role of the line.
            foreach (Capture r in line.Groups["role"].Captures)
            {
                if (RelationLexicon.Role(r.Value, groupSubject: false, out var plural) is { } role && (plural ? role.Several : role.Only) is { } predicate)
                {
                    found.Add((subject, predicate, group.Entity));
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:Positions?|Roles?|Functions?|Titles?|Designations?|Occupations?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLineLabel();

    // A line of a record that opens on a role toward a group: "Leader of the ", "Listing information: Former commander of ",
    // "Position: Founder and emir of the "; and each role after a semicolon ("; head of ").
    [GeneratedRegex(@"(?m)(?:^(?:[A-Za-z][A-Za-z .]{0,40}:\s*)?|;\s*)(?:(?:former|founding|deputy|senior|top|supreme|overall)\s+)?(?<role>[A-Za-z-]+)(?:\s+and\s+(?<role>[A-Za-z-]+))?\s+(?:of|in|within)\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecordRoleLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[a-z]\s)(?:us|me)\b")]
    private static partial Regex SpeakerObject();

    [GeneratedRegex(@"(?<![\w-])the\s+(?<noun>force|group|militia|movement|organi[sz]ation|faction|network|alliance|coalition|brigade|rebels)(?=,\s+(?:which|that|who)\s)")]
    private static partial Regex BareGroupBeforeRelative();

    private static readonly System.Buffers.SearchValues<string> BareGroupNouns = System.Buffers.SearchValues.Create(
        ["the group", "the militia", "the movement", "the organization", "the organisation", "the faction", "the network", "the party",
         "the outfit", "the insurgency", "the rebellion", "the gang", "the cartel", "the syndicate"], StringComparison.Ordinal);

    // Read on the marked copy: a verb's mark, then "the group" (not "the group's", not "the group of").
    [GeneratedRegex(@"[\u0002\u0003]\s+the\s+(?<noun>group|militia|movement|organi[sz]ation|faction|network|party|outfit|insurgency|rebellion|gang|cartel|syndicate)\b(?!['\u2019]s|\s+(?:of|for)\b)")]
    private static partial Regex BareGroupAfterVerb();

    // A pronoun or a bare group noun opening a sentence, after a short opening phrase at most ("During the harbour war he
    // commanded …", "for a decade she led …", with no comma: a phrase of up to five words before "he", "she" or "it");
    // not an expletive "it". "Its
    // fighters", "Their column": the group's own men stand for it.
    // Not "It only underscores the importance of …", "It shows …": what an event shows has no actor for a subject.
    [GeneratedRegex(@"^""?(?:(?:In|On|By|Since|Until|After|Before|During|Last|This|Earlier|Later|Then|Now|Today|Meanwhile|Since\s+then)\b[^,;.]{0,30},\s+|(?-i:In|On|By|Since|Until|After|During)\s+(?:[\w-]+\s+){1,3}?(?=(?-i:the)\s)|(?-i:In|On|By|Since|Until|After|During|From|For|for|Over|over|Throughout|throughout|Within|within)\s+(?:[\w'-]+\s+){1,5}?(?=(?-i:he|she|it)\s))?(?<ref>(?-i:It|it(?=\s+(?-i:[a-z]+ed|was|had)\s)|[Tt]he\s+(?:group|militia|movement|organi[sz]ation|party|faction|cartel|alliance|coalition|network|outfit|front)|(?:Its|Their)\s+(?:[a-z-]+\s+)?(?:fighters|forces|column|columns|units|troops|men|militants|convoy|convoys|members|gunmen|cadres|commanders))|(?<person>(?-i:He|She|he|she)))\b(?!['\u2019]s)(?!\s+(?:only\s+|also\s+|further\s+)?(?:underscores|underlines|shows|demonstrates|highlights|illustrates|proves|means|reflects|signals|confirms|suggests)\b)(?!\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained)\s+(?:unclear|not|likely|unlikely|possible|impossible|clear|true|false|difficult|hard|important|easy|time|thought|believed|said|reported|expected|understood|known|estimated|feared|alleged)\b)")]
    private static partial Regex OpeningReference();

    // The cue words that let the older frames run on a sentence (in lower case). Plain words are found by one multi-string
    // search; the few that need a word boundary by a small pattern after it.
    private static readonly SearchValues<string> BackingWords =
        SearchValues.Create(["backed", "support", "funded", "funding", "armed", "sponsor", "trained", "financ", "backing", "patronage"], StringComparison.Ordinal);

    private static readonly SearchValues<string> AllianceWords = SearchValues.Create(["allian", "allied", "aligned", "coalition", "pact"], StringComparison.Ordinal);

    [GeneratedRegex(@"\bally|\bbec[oa]me\b")]
    private static partial Regex AllianceBoundedWords();

    private static readonly SearchValues<string> CoordinationWords =
        SearchValues.Create(["coordinat", "cooperation", "collaboration", "in concert", "in partnership", "alongside", "side by side"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ChainWords =
        SearchValues.Create(["chain of command", "orders", "instructions", "tasked", "appointed", "assigned", "dispatched", "picked"], StringComparison.Ordinal);

    [GeneratedRegex(@"\breports? ")]
    private static partial Regex ChainBoundedWords();

    private static readonly SearchValues<string> FightWords = SearchValues.Create(
        ["fight", "fought", "battl", "attack", "strike", "offensive", "campaign", "operation", "insurgen", "clash", "struggle", "resistance", "target", "bomb",
            "shell", "ambush", "besieg", "defeat", "oppos", "expel", "conflict", "hostil"], StringComparison.Ordinal);

    [GeneratedRegex(@"\bwars?\b")]
    private static partial Regex FightBoundedWords();

    [GeneratedRegex(@"^(?:['\u2019]s)?(?:\s+(?:has|have|had|is|are|was|were|been|also|closely|reportedly|allegedly|directly|then|later|repeatedly|regularly))*\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbSubjectGap();

    // Ends right before the partner's name. "mid" is what is coordinated ("its support to the army", "Y operations").
    [GeneratedRegex(@"\b(?:(?:coordinat|cooperat|collaborat)(?:e|es|ed|ing)(?<mid>(?:\s+[^\s.;:]+){0,8}?)\s+with|in\s+(?:close\s+|direct\s+|full\s+)?(?:coordination|cooperation|collaboration|concert|partnership)\s+with|(?:fought|fights|fighting|fight|battled|battling|operat(?:e|es|ed|ing)|served|serving)\s+(?:alongside|side\s+by\s+side\s+with))\s+(?:the\s+)?(?:(?-i:[A-Z]{2,6})\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CoordinatedWith();

    [GeneratedRegex(@"^,?\s(?:(?:a|an|the)\s(?:[\w'-]+\s){0,4})?(?:backed|supported|funded|armed|sponsored|trained|financed)\sby\s(?:the\s)?$")]
    private static partial Regex BackedBy();

    [GeneratedRegex(@"^-(?:backed|supported|funded|sponsored|armed|trained)\s(?:[\w'-]+\s){0,3}$")]
    private static partial Regex BackerPrefix();

    [GeneratedRegex(@"^'s?\s(?:(?:continued|continuing|longstanding|long-standing|military|financial|political|material|logistical|direct|covert|open|main|key|crucial|vital|strong|growing|unwavering)\s){0,2}(?:support|backing|sponsorship|funding|financing|patronage|arming)\s(?:for|of|to)\s(?:the\s)?$")]
    private static partial Regex SupportFor();

    [GeneratedRegex(@"^\s(?:(?:\w+\s){0,3})(?:announced|formed|forged|sealed|signed|agreed)\s(?:a\s|an\s)?(?:[\w-]+\s)?(?:alliance|coalition|pact)")]
    private static partial Regex AllianceAfter();

    [GeneratedRegex(@"(?:became|become|is|was|as|an|the)\s(?:also\s)?(?:a\s|an\s)?(?:[\w-]+\s)?ally\s(?:of|to)\s(?:the\s)?$|(?:allied|aligned)\s(?:himself\s|itself\s)?with\s(?:the\s)?$|(?:become|became)\s$")]
    private static partial Regex AllyBetween();

    // A short stretch (at most ten words) ending in a fight phrase: "… military forces conducted 22 strikes against",
    // "… 's war on", "… have been fighting", "… attacked", ", which fought a bitter war with", "mounted some 1,400 attacks against".
    // "With" is a fight's only after war and clashes: "operations with", "attacks with drones" and "fought with"
    // (alongside, as often as against) are not.
    [GeneratedRegex(@"^(?:'s|,\s(?:which|who|that))?(?:\s(?:\d[\d,.]*\d|[\w'-]+)){0,10}?\s(?:(?:fought|fights|fighting|battled|battling|battle|battles|attacks?|attacked|strikes?|airstrikes?|offensive|campaign|war|wars|fight|operations?|missions?|insurgency|clashed|clashes|clashing|struggle|resistance)\s(?:on|against)|(?:war|wars|clashed|clashes|clashing)\swith|fought|attacked|targeted|targeting|bombed|bombing|shelled|ambushed|besieged|defeated|defeat|oppose|opposes|opposed|opposing|expelled|expel)\s(?:the\s)?$")]
    private static partial Regex FightBetween();

    [GeneratedRegex(@"\b(?:in|at|inside|across|throughout)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocativeBefore();

    [GeneratedRegex(@"\b(?:said|says|say|told|added|stated|announced|explained|noted)\b")]
    private static partial Regex SpeechBetween();

    [GeneratedRegex(@"(?:war|fighting|clashes|battles?|conflict|hostilities)\s(?:\w+\s)?between\s(?:the\s)?$")]
    private static partial Regex FightBefore();

    // Between the two sides of "clashes between X [fighters] and [the] Y".
    [GeneratedRegex(@"^(?:\s(?:fighters|forces|troops|militants|gunmen|militiamen|soldiers|units|members|supporters|rebels|police))?\s(?:and|&)\s(?:the\s)?$")]
    private static partial Regex SidesBetween();

    [GeneratedRegex(@"chain of command.{0,40}(?:originated|began|ran|runs|went|led) (?:with|to|through) $|reports? (?:directly )?to $|(?:orders|instructions) (?:came|come) from $|^(?:, [^;]{0,90}? | )(?:who )?(?:was|were|had been|has been|is|are) (?:\w+ly )?(?:tasked|appointed|assigned|dispatched|hand-?picked) by $")]
    private static partial Regex ChainBetween();

    /// <summary>The group a page is named for: the first group the page names, in its first lines; else -1.</summary>
    private static int PageSubject(IReadOnlyList<LocalEntity> entities)
    {
        var first = entities.Index().Where(e => e.Item.Mentions.Count > 0).OrderBy(e => e.Item.Mentions.Min(m => m.Span.Start)).FirstOrDefault();
        return first.Item is { Type: EntityType.Group } g && g.Mentions.Min(m => m.Span.Start) < 300 ? first.Index : -1;
    }

    /// <summary>
    /// "Leader(s): X", "Founder: X", "Spokesperson: X" (X's role in the page's group); "Allies: Y", "Opponents: Y", "Split
    /// from: Y", "Parent organization: Y", "Sponsors: Y" (the page's group to Y), as Data/infobox-keys.tsv says. Each name
    /// on the value's line counts.
    /// </summary>
    private static void Infobox(string text, TextSpan claim, List<M> ms, List<(int, string, int)> found, IReadOnlyList<LocalEntity> entities, ref int? pageSubject,
        StatementDump? dump)
    {
        foreach (Match line in (dump is not null ? StatementLine() : InfoboxLine()).Matches(text[claim.Start..claim.End]))
        {
            if (RelationLexicon.InfoboxKey(line.Groups["key"].Value) is not { } key)
            {
                continue;
            }

            // In an export of items: an indented qualifier is about the value of the statement above it ("participant: X" /
            // "    part of: Y" is X part of Y); a statement about the item its last label names ("Label (en): X").
            int? subjectOf = null;
            if (dump is not null)
            {
                subjectOf = dump.SubjectOf(claim.Start + line.Index, line.Groups["indent"].Length > 0, out var given);
                if (subjectOf is null && given)
                {
                    continue;
                }
            }

            if (subjectOf is null)
            {
                pageSubject ??= PageSubject(entities);
                if (pageSubject < 0)
                {
                    return;
                }
            }

            var (subject, (predicate, personRole)) = (subjectOf ?? pageSubject!.Value, key);

            var from = claim.Start + line.Groups["value"].Index;
            var to = from + line.Groups["value"].Length;
            foreach (var m in ms.Where(m => m.Span.Start >= from && m.Span.End <= to && m.Entity != subject).Select(m => m.Entity).Distinct())
            {
                found.Add(personRole ? (m, predicate, subject) : (subject, predicate, m));
            }
        }
    }

    /// <summary>The start of the last unindented "key: value" line before <paramref name="at"/> (within 20 lines), or -1.</summary>
    private static int StatementAbove(string text, int at)
    {
        // A qualifier stands a few lines under its statement: the search goes back 20 lines at most.
        var lines = 0;
        for (var end = text.LastIndexOf('\n', Math.Max(0, at - 1)); end > 0 && lines++ < 20; end = text.LastIndexOf('\n', end - 1))
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            if (start < end && !char.IsWhiteSpace(text[start]))
            {
                return text.AsSpan(start, end - start).Contains(':') ? start : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A knowledge base's export of items, read down the page: the item a statement is about is the one the first line of the
    /// last run of label lines names ("Label (en): X" before "Label (uz): Y", the same item in other languages); an indented
    /// qualifier is about the value of the statement above it. Asked in text order, it reads each line once.
    /// </summary>
    private sealed class StatementDump(string text, List<M> mentions, IReadOnlyList<LocalEntity> entities)
    {
        private readonly Dictionary<int, int?> _labelSubjects = [];
        private Dictionary<string, int>? _byFold;
        private int _scannedTo;
        private int _runStart = -1;
        private int _runEnd = -2;

        /// <summary>
        /// The actor the statement line at <paramref name="lineStart"/> is about; <paramref name="given"/> says whether the
        /// page gives one there (a label above, or the statement a qualifier hangs from), so that none found means none at all.
        /// </summary>
        public int? SubjectOf(int lineStart, bool indented, out bool given)
        {
            if (indented)
            {
                given = true;
                return EntityOnLine(text, mentions, StatementAbove(text, lineStart));
            }

            var label = LabelAt(lineStart);
            given = label >= 0;
            if (!given)
            {
                return null;
            }

            if (!_labelSubjects.TryGetValue(label, out var subject))
            {
                _labelSubjects[label] = subject = EntityOnLine(text, mentions, label) ?? EntityNamed(label);
            }

            return subject;
        }

        /// <summary>The start of the label line that names the item at <paramref name="at"/>, or -1.</summary>
        private int LabelAt(int at)
        {
            if (at < _scannedTo)
            {
                (_scannedTo, _runStart, _runEnd) = (0, -1, -2);
            }

            foreach (var m in ItemLabel().EnumerateMatches(text.AsSpan(_scannedTo, at - _scannedTo)))
            {
                var start = _scannedTo + m.Index;
                if (start != _runEnd + 1)
                {
                    _runStart = start;
                }

                var end = text.IndexOf('\n', start);
                _runEnd = end < 0 ? text.Length : end;
            }

            _scannedTo = at;
            return _runStart;
        }

        /// <summary>The actor a label line names by one of its mentions elsewhere (a label in the page's header is not read for names); null when none.</summary>
        private int? EntityNamed(int start)
        {
            if (_byFold is null)
            {
                _byFold = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var e = 0; e < entities.Count; e++)
                {
                    if (entities[e].Type != EntityType.Place)
                    {
                        foreach (var m in entities[e].Mentions)
                        {
                            _byFold.TryAdd(NameKey.Fold(m.Surface), e);
                        }
                    }
                }
            }

            var end = text.IndexOf('\n', start);
            var colon = text.IndexOf(':', start);
            return _byFold.TryGetValue(NameKey.Fold(text[(colon + 1)..(end < 0 ? text.Length : end)].Trim()), out var found) ? found : null;
        }
    }

    /// <summary>The first actor named after the colon of the line that starts at <paramref name="start"/>; null when none.</summary>
    private static int? EntityOnLine(string text, List<M> mentions, int start)
    {
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        var from = text.IndexOf(':', start, end - start) is var colon and >= 0 ? colon + 1 : start;

        // The mentions are in text order: the first at or after the colon.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < mentions.Count && mentions[lo].Span.End <= end ? mentions[lo].Entity : null;
    }

    /// <summary>An item's label in a knowledge base's export: "Label (en): X", "Label: X".</summary>
    [GeneratedRegex(@"^Label(?: \([\w-]{2,8}\))?:[ \t]*\S", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ItemLabel();

    /// <summary>A statement of such an export: "key: value" with the key in any case, indented when it qualifies the one above.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<key>\p{L}[\p{L}() ]{1,28}?)\s*:[ \t]*(?<value>[^\n]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StatementLine();

    /// <summary>A "Key: value" line: a short capitalized key (Data/infobox-keys.tsv says which keys relate), a colon, the value.</summary>
    [GeneratedRegex(@"^(?<key>\p{Lu}[\p{L}() ]{1,28}?)\s*:[ \t]*(?<value>[^\n]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex InfoboxLine();

    // Small patterns of the frames, compiled once (a pattern written at its call went through the regex cache each time).
    // "by " or "by the " right before a name
    [GeneratedRegex(@"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    // only " " or " the " (any case) between two names
    [GeneratedRegex(@"^\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpaceTheAnyCase();

    // "'s" or a word in lower case right after a name
    [GeneratedRegex(@"^(?:['\u2019]s\s|\s+(?-i:[a-z]))")]
    private static partial Regex PossessiveOrLowerAfter();
}
