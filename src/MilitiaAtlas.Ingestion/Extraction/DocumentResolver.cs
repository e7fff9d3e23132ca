using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>A name as written in the article, with its exact span. A reference ("the Foreign Secretary") is a
/// mention by title: it cites the actor but is never an alias or a key for resolution. TitleStart is where a
/// title written onto a person's name begins ("Foreign Minister Amina Yusuf"); the name alone stays the surface.
/// ExtentStart and ExtentEnd, when set, widen the span the export cites to the words written with a place's or a group's
/// name ("northern Tamaro", "Kessa, Tamaro", "Kessa fighters"; <see cref="MentionExtents"/>).</summary>
public sealed record EntityMention(TextSpan Span, string Surface, bool IsReference = false, int? TitleStart = null)
{
    public int? ExtentStart { get; init; }

    public int? ExtentEnd { get; init; }

    /// <summary>The span the export cites: the name with its title or the words written with it.</summary>
    public TextSpan Cited => new(ExtentStart ?? TitleStart ?? Span.Start, ExtentEnd ?? Span.End);
}

/// <summary>
/// One actor as one article names it: its type, the fullest name used, every mention, and the keys
/// that cross-article resolution matches on.
/// </summary>
public sealed record LocalEntity(EntityType Type, string Name, IReadOnlyList<EntityMention> Mentions, Place? Place, IReadOnlyList<ResolutionKey> Keys, bool HasFullName)
{
    /// <summary>
    /// The article gave no evidence of the type of its own: it came from a listed neighbour ("Iran, Tamaro and Russia") or
    /// from the name's shape. Cross-article resolution may take the type the atlas already knows the name under.
    /// </summary>
    public bool TypeFromContext { get; init; }

    /// <summary>
    /// Why the article gives the actor its type: every cue of every mention (with the mention's span), and first, when a
    /// rule rather than the weighed cues decided, that verdict. The cues may point to other types than the one chosen.
    /// </summary>
    public IReadOnlyList<TypeEvidence> TypeEvidence { get; init; } = [];
}

/// <summary>
/// Resolves the candidates of one article into actors: same spelling; links the text draws ("X (Y)",
/// "X, aka Y"); acronyms to the names they abbreviate; "Rahma" and "Rahma Corps" to "Rahma Organization"
/// (same core, both organizations); a surname to the full name; a misspelt full name to the
/// correct one when first names agree. Then types each actor from the evidence of all its mentions.
/// </summary>
public static partial class DocumentResolver
{
    public static IReadOnlyList<LocalEntity> Resolve(FoundNames found)
    {
        var cs = found.Candidates;
        var uf = new UnionFind(cs.Count);
        var folds = cs.Select(c => NameKey.Fold(c.Surface)).ToArray();

        // Same spelling (title references are resolved at the end, one by one).
        foreach (var g in Enumerable.Range(0, cs.Count).Where(i => !cs[i].TitleOnly).GroupBy(i => folds[i]))
        {
            var first = g.First();
            foreach (var i in g.Skip(1))
            {
                uf.Union(first, i);
            }
        }

        // The same place however it is written ("Iran", "Islamic Republic of Iran").
        foreach (var g in Enumerable.Range(0, cs.Count).Where(i => cs[i].Place is not null).GroupBy(i => cs[i].Place!.Id))
        {
            foreach (var i in g.Skip(1))
            {
                uf.Union(g.First(), i);
            }
        }

        // "UK Army", "United Kingdom Army": one body whatever form of its country's name opens it.
        foreach (var g in Enumerable.Range(0, cs.Count).Where(i => !cs[i].TitleOnly && cs[i].Place is null)
                     .Select(i => (i, key: CountryForm(cs[i].Surface, NameKey.Fold))).Where(x => x.key is not null).GroupBy(x => x.key))
        {
            foreach (var (i, _) in g.Skip(1))
            {
                uf.Union(g.First().i, i);
            }
        }

        // "SURNAME (Town / Town)" in a researcher's list: a one-word name the text surely places ("was born in X") is no other
        // name of a person's or a shouted name the text does not place (another spelling of the town still is).
        var placed = Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount == 1 && cs[k].Place is null).GroupBy(k => folds[k])
            .Where(g => g.All(k => cs[k].Votes.Person == 0 && cs[k].Votes.Group == 0) && g.Sum(k => cs[k].Votes.Place) >= 3).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        bool Unplaced(int k) => cs[k].Place is null && cs[k].Votes.Place == 0 && !placed.Contains(folds[k]) && (cs[k].Votes.Person > 0 || cs[k].IsAcronym);
        foreach (var link in found.Aliases)
        {
            if (placed.Count > 0 && ((placed.Contains(folds[link.A]) && Unplaced(link.B)) || (placed.Contains(folds[link.B]) && Unplaced(link.A))))
            {
                continue;
            }

            uf.Union(link.A, link.B);
        }

        LinkAcronyms(cs, folds, uf);
        // "Darko" alone is the person "Emil Darko", not the group "Darko regime": a person's surname stays the person's.
        var surnames = Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount > 1 && cs[k].Votes.Person > cs[k].Votes.Group)
            .Select(k => folds[k][(folds[k].LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        LinkOrganizationCores(cs, folds, uf, surnames);
        LinkGroupFirstWords(cs, folds, uf, surnames);
        LinkLoneHeads(cs, uf);
        LinkSurnamesAndTypos(cs, folds, uf);
        LinkArticleForms(cs, folds, uf);
        LinkJoinedSpellings(cs, folds, uf);
        LinkPluralForms(cs, folds, uf);
        LinkLowerHeads(cs, folds, uf);
        LinkNumberedUnits(cs, uf);

        // Type each cluster from all its evidence; coordination lends a type to untyped neighbours.
        var clusters = Enumerable.Range(0, cs.Count).GroupBy(uf.Find).ToDictionary(g => g.Key, g => g.ToList());
        var types = new Dictionary<int, EntityType?>();
        var verdicts = new Dictionary<int, TypeEvidence>();
        foreach (var (root, members) in clusters)
        {
            types[root] = TypeOf(cs, members, out var verdict);
            if (verdict is { } v)
            {
                verdicts[root] = v;
            }
        }

        var fromContext = types.Where(t => t.Value is null).Select(t => t.Key).ToHashSet();

        // A name listed with countries that the gazetteer does not know is no country: an actor beside them ("Iran,
        // Hezbollah and Russia"). Listed with towns, an unknown name may well be a town.
        EntityType Lent(int root, EntityType type) =>
            type == EntityType.Place && clusters[root].Any(i => cs[i].Place?.Kind == PlaceKind.Country) ? EntityType.Group : type;
        // One weak cue (a given name only the long English list knows: "Gran Wadi") gives way to a listed neighbour's type
        // when that neighbour's evidence is strong ("gangs such as Viva Tamaro and Gran Wadi").
        // Only a name's look is weak so: a cue of what the name does ("Ana Velt urged …") holds against a listed neighbour.
        bool Weak(int root) => clusters[root].Sum(i => cs[i].Votes.Max) <= 1 && clusters[root].All(i => cs[i].Place is null && !cs[i].Titled
            && cs[i].Votes.Evidence.All(e => e.Cue is TypeCue.GivenName or TypeCue.NameShape));
        bool Strong(int root) => clusters[root].Sum(i => cs[i].Votes.Max) >= 3;
        foreach (var link in found.Coordinations)
        {
            var (ra, rb) = (uf.Find(link.A), uf.Find(link.B));
            if ((types[ra] is null || (Weak(ra) && Strong(rb))) && types[rb] is { } tb)
            {
                types[ra] = Lent(rb, tb);
                verdicts[ra] = new TypeEvidence(TypeCue.ListedWith, types[ra]!.Value, 0, cs[link.A].Span, cs[link.B].Span);
            }
            else if ((types[rb] is null || (Weak(rb) && Strong(ra))) && types[ra] is { } ta)
            {
                types[rb] = Lent(ra, ta);
                verdicts[rb] = new TypeEvidence(TypeCue.ListedWith, types[rb]!.Value, 0, cs[link.B].Span, cs[link.A].Span);
            }
        }

        foreach (var (root, members) in clusters)
        {
            if (types[root] is null && DefaultType(cs, members, out var shape) is { } byShape)
            {
                types[root] = byShape;
                verdicts[root] = shape;
            }
        }

        var references = ResolveTitleReferences(cs, uf, types);
        var result = new List<LocalEntity>();
        foreach (var (root, members) in clusters.OrderBy(kv => kv.Value.Min(i => cs[i].Span.Start)))
        {
            if (types[root] is not { } type || members.All(i => cs[i].TitleOnly))
            {
                continue;
            }

            var mentions = members.Where(i => !cs[i].TitleOnly).Select(i => cs[i])
                .Select(c => new EntityMention(c.Span, Clean(c.Surface), TitleStart: type == EntityType.Person ? c.TitleStart : null))
                .Concat(references.GetValueOrDefault(root) ?? [])
                .OrderBy(m => m.Span.Start).ToList();
            var named = mentions.Where(m => !m.IsReference).ToList();
            var place = type == EntityType.Place ? members.Select(i => cs[i].Place).FirstOrDefault(p => p is not null) : null;
            var name = place?.Name ?? DisplayName(named);
            result.Add(new LocalEntity(type, name, mentions, place, Keys(type, name, named, place), named.Any(m => NameKey.Fold(m.Surface).Contains(' ', StringComparison.Ordinal)))
            {
                TypeFromContext = fromContext.Contains(root) && place is null,
                TypeEvidence = EvidenceOf(cs, members, verdicts.TryGetValue(root, out var verdict) ? verdict : null),
            });
        }

        return result;
    }

    /// <summary>"The Foreign Secretary said": the latest person the article introduced with that title, before the reference.</summary>
    private static Dictionary<int, List<EntityMention>> ResolveTitleReferences(IReadOnlyList<Candidate> cs, UnionFind uf, Dictionary<int, EntityType?> types)
    {
        var result = new Dictionary<int, List<EntityMention>>();
        for (var i = 0; i < cs.Count; i++)
        {
            if (!cs[i].TitleOnly)
            {
                continue;
            }

            var target = -1;
            for (var j = 0; j < cs.Count; j++)
            {
                if (!cs[j].TitleOnly && cs[j].Span.Start < cs[i].Span.Start && string.Equals(cs[j].Title, cs[i].Title, StringComparison.OrdinalIgnoreCase)
                    && types.GetValueOrDefault(uf.Find(j)) == EntityType.Person && (target < 0 || cs[j].Span.Start > cs[target].Span.Start))
                {
                    target = j;
                }
            }

            // "The Foreign Secretary, Boris Johnson, said": the title may come just before the name it refers to.
            if (target < 0)
            {
                target = Enumerable.Range(0, cs.Count).FirstOrDefault(j => !cs[j].TitleOnly && cs[j].SentenceIndex == cs[i].SentenceIndex
                    && cs[j].Span.Start > cs[i].Span.Start && string.Equals(cs[j].Title, cs[i].Title, StringComparison.OrdinalIgnoreCase)
                    && types.GetValueOrDefault(uf.Find(j)) == EntityType.Person, -1);
            }

            if (target >= 0)
            {
                var root = uf.Find(target);
                if (!result.TryGetValue(root, out var list))
                {
                    result[root] = list = [];
                }

                list.Add(new EntityMention(cs[i].Span, Clean(cs[i].Surface), IsReference: true));
            }
        }

        return result;
    }

    /// <summary>The cues of every member (each with its mention's span), in the order found, after the verdict if there is one.</summary>
    private static List<TypeEvidence> EvidenceOf(IReadOnlyList<Candidate> cs, List<int> members, TypeEvidence? verdict)
    {
        var result = new List<TypeEvidence>(members.Count + 1);
        if (verdict is { } v)
        {
            result.Add(v);
        }

        // Members are in the order the finder met them, which is text order: no sort needed.
        foreach (var i in members)
        {
            foreach (var e in cs[i].Votes.Evidence)
            {
                result.Add(e with { Mention = cs[i].Span });
            }
        }

        return result;
    }

    /// <summary>The type all the members' cues give; <paramref name="verdict"/> is set when a rule decided over the weighed cues.</summary>
    private static EntityType? TypeOf(IReadOnlyList<Candidate> cs, List<int> members, out TypeEvidence? verdict)
    {
        verdict = null;
        var votes = new TypeVotes();
        foreach (var i in members)
        {
            votes.AddCounts(cs[i].Votes);
        }

        // A town's name in the gazetteer is one piece of evidence however often the name comes back, while the words
        // around each mention are evidence each time: "Zamora fighters" four times outweighs one small town of that name.
        // Countries, regions and cities of a million keep their weight at every mention.
        var towns = members.Where(i => cs[i].Place is { Kind: PlaceKind.City, Population: < 1_000_000 })
            .Select(i => cs[i].Votes.Evidence.Where(e => e.Cue == TypeCue.Gazetteer).Sum(e => e.Weight)).Where(w => w > 0).ToList();
        if (towns.Count > 1)
        {
            votes.DiscountPlace(towns.Sum() - towns.Max());
        }

        // So is a first word only the long English list knows as a given name ("Terra", "Gran"): the same word at every mention
        // of the name says nothing new, while what the name does each time does.
        var weakGiven = members.Sum(i => cs[i].Votes.Evidence.Count(e => e.Cue == TypeCue.GivenName && e.Weight == 1));
        if (weakGiven > 1)
        {
            votes.DiscountPerson(weakGiven - 1);
        }

        // A given name that is also a town the gazetteer knows ("Carlos Barbosa, a small town in the hills") is, like the town,
        // one piece of evidence however often the whole name comes back; and so is a given name opening a whole name the text
        // itself shows acting as a body twice or more ("a band calling itself Kessa al-Velt", "Kessa al-Velt fighters"): its
        // shape, written five times, is still one cue against what the name does. Not where only another form does ("the listed
        // members: Velt" against "Kessa Velt" named in full each time), nor on one cue ("the wing of Kessa Velt's party").
        var strongGiven = members.Where(i => cs[i].Votes.Evidence.Any(e => e.Cue == TypeCue.GivenName && e.Weight == 2))
            .GroupBy(i => cs[i].Surface, StringComparer.Ordinal)
            .Where(g => g.Any(i => cs[i].Place is { Kind: PlaceKind.City }) || g.Count(i => cs[i].Votes.Evidence.Any(e => e.Type == EntityType.Group)) >= 2)
            .Sum(g => g.Count() - 1);
        if (strongGiven > 0)
        {
            votes.DiscountPerson(2 * strongGiven);
        }

        // A title ("President X") outweighs a small town that shares the name; a role noun before a body's name does not ("the
        // official Supreme Council of Kessa": an institution's head inside it, and no title of its own).
        var strongPlace = members.Any(i => cs[i].Place is { } p && (p.Kind != PlaceKind.City || p.Population >= 100_000));
        var institution = members.Any(i => cs[i].Votes.Evidence.Any(e => e.Cue is TypeCue.InstitutionOf or TypeCue.HeadNoun))
            && members.Where(i => cs[i].Titled).All(i => cs[i].Title is null);
        if (!strongPlace && !institution && members.Any(i => cs[i].Titled) && votes.Person > 0)
        {
            if (votes.Winner != EntityType.Person)
            {
                verdict = new TypeEvidence(TypeCue.TitleOverTown, EntityType.Person, 0, cs[members.First(i => cs[i].Titled)].Span, default);
            }

            return EntityType.Person;
        }

        // "The Islamic Front claimed…", "the Syrian Observatory said…": a name that opens with an adjective of
        // faith or nation speaks for a group, not a person.
        if (votes.Winner == EntityType.Person && AdjectiveLed(cs, members))
        {
            verdict = AdjectiveVerdict(cs, members);
            return EntityType.Group;
        }

        // "Ivo Brask" and, later, "the army raised against Brask": one weak cue of an actor's ("against X", "led by X") does
        // not make a group of a name of two or three name-like words that the text also shortens to its last word, as it does
        // a person's (a body is shortened to its first words or its initials).
        if (votes.Winner == EntityType.Group && votes.Person == 0 && votes.Place == 0 && votes.Group <= 2
            && members.All(i => cs[i].Votes.Evidence.All(e => e.Type != EntityType.Group || e.Cue is TypeCue.Hostile or TypeCue.Agent or TypeCue.HostileOf or TypeCue.ActsAfter))
            && members.OrderByDescending(i => cs[i].WordCount).First() is var full && cs[full].WordCount is 2 or 3 && cs[full].NameLike && !cs[full].HasOrgHead
            && !DocumentResolver.IsAcronymSurface(cs[full].Surface.Split(' ')[0]) && !AdjectiveLed(cs, members)
            && members.Any(i => cs[i].WordCount == 1 && string.Equals(cs[i].Surface, cs[full].Surface.Split(' ')[^1], StringComparison.Ordinal))
            && DefaultType(cs, members, out var shortened) == EntityType.Person)
        {
            verdict = shortened;
            return EntityType.Person;
        }

        // A tie between a person and a group ("led by X" against "X's fighters": a warlord has fighters too) goes to the
        // name's shape: two or three name-like words are a person's name.
        if (votes.Max > 0 && votes.Person == votes.Max && votes.Group == votes.Max && votes.Place < votes.Max
            && DefaultType(cs, members, out var shape) == EntityType.Person)
        {
            verdict = shape;
            return EntityType.Person;
        }

        return votes.Winner;
    }

    /// <summary>The verdict of <see cref="AdjectiveLed"/>, citing the longest name and its first word.</summary>
    private static TypeEvidence AdjectiveVerdict(IReadOnlyList<Candidate> cs, List<int> members)
    {
        var longest = cs[members.OrderByDescending(i => cs[i].WordCount).First()];
        var first = longest.Surface.Split(' ')[0];
        return new TypeEvidence(TypeCue.AdjectiveLed, EntityType.Group, 0, longest.Span, new TextSpan(longest.Span.Start, longest.Span.Start + first.Length));
    }

    private static bool AdjectiveLed(IReadOnlyList<Candidate> cs, List<int> members)
    {
        var longest = members.OrderByDescending(i => cs[i].WordCount).First();
        var first = cs[longest].Surface.Split(' ')[0];
        // Not a colony's name: "French West Africa" is a place.
        var words = cs[longest].Surface.Split(' ');
        // "Christian Velder": a faith's word that is a given name, before one name that is no common word or people, is a person's.
        if (words.Length == 2 && NameLexicon.IsCommonGivenName(first) && !NameLexicon.IsEnglishWord(words[1].ToLowerInvariant())
            && !NameLexicon.CommunityWords.Contains(NameLexicon.Plain(words[1])) && Gazetteer.Default.FindDemonym(words[1]) is null)
        {
            return false;
        }

        return cs[longest].WordCount > 1 && !cs[longest].Titled
            && (NameLexicon.CommunityWords.Contains(NameLexicon.Plain(first)) || Gazetteer.Default.FindDemonym(first) is not null)
            && !(words.Length == 3 && NameLexicon.CompassWords.Contains(words[1].ToLowerInvariant()) && cs[longest].Votes.Place > 0);
    }

    /// <summary>
    /// No cue at all, not even from a listed neighbour: two or three name-like words look like a person's
    /// name ("Fighting Falcons" does not: "fighting" is a word), four or more like an organization's.
    /// </summary>
    private static bool GivenNameEarly(string surface)
    {
        var words = surface.Split(' ');
        // "Tomas dos Reis Velder": a family name's particle inside (dos, da, van) joins a person's names as well; not "de",
        // "la" or the Arabic article, which also stand inside bodies' names ("Archivo General de la Kessa", "Jaish al Velt").
        return (words.Take(2).Any(NameLexicon.IsGivenName)
                || words.Skip(1).SkipLast(1).Any(NameLexicon.FamilyParticles.Contains))
            && !words.Any(w => NameLexicon.OrgHeads.Contains(w) || NameLexicon.PlaceHeads.Contains(w) || NameLexicon.OrgPrefixHeads.Contains(w));
    }

    /// <summary>Two words or more, every letter a capital ("KESSA PROVINCE").</summary>
    private static bool IsShouted(string surface) => surface.Contains(' ') && !surface.Any(char.IsLower);

    private static EntityType? DefaultType(IReadOnlyList<Candidate> cs, List<int> members, out TypeEvidence verdict)
    {
        if (AdjectiveLed(cs, members))
        {
            verdict = AdjectiveVerdict(cs, members);
            return EntityType.Group;
        }

        // Of the longest forms, one written in mixed case shows the name's shape; a label in capitals ("KESSA VELT:") does not.
        var longest = members.OrderByDescending(i => cs[i].WordCount).ThenBy(i => IsShouted(cs[i].Surface)).First();
        // "Kessa Tamarans", "the party of Velt Serbs": a people, named by its plural, is no person.
        if (cs[longest].WordCount > 1 && cs[longest].Surface.Split(' ')[^1] is { Length: > 3 } lastWord && lastWord[^1] == 's'
            && (Gazetteer.Default.FindDemonym(lastWord) is not null || NameLexicon.CommunityWords.Contains(lastWord.ToLowerInvariant())))
        {
            verdict = new TypeEvidence(TypeCue.NameShape, EntityType.Group, 0, cs[longest].Span, default);
            return EntityType.Group;
        }

        // "GLOSSARY OF TERMS", "SECOND EDITION": words in capitals with no cue at all are a heading's, shouted; a name in
        // capitals is typed by what its words or its neighbours say, never by its shape.
        if (cs[longest].WordCount > 1 && members.All(i => IsShouted(cs[i].Surface)))
        {
            verdict = new TypeEvidence(TypeCue.NameShape, EntityType.Group, 0, cs[longest].Span, default);
            return null;
        }

        // A person's name does not open with an acronym ("NATO Allies").
        var acronymLed = DocumentResolver.IsAcronymSurface(cs[longest].Surface.Split(' ')[0]);
        EntityType? type = cs[longest].WordCount switch
        {
            2 or 3 when cs[longest].NameLike && !acronymLed => EntityType.Person,
            2 or 3 when acronymLed => EntityType.Group,
            // "Obi Laura Kessa Tamba": a given name among the first two of four or more words, and no organization head.
            >= 4 when cs[longest].NameLike && GivenNameEarly(cs[longest].Surface) => EntityType.Person,
            >= 4 when cs[longest].NameLike => EntityType.Group,
            _ => null,
        };
        verdict = new TypeEvidence(TypeCue.NameShape, type ?? EntityType.Group, 0, cs[longest].Span, default);
        return type;
    }

    private static void LinkAcronyms(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        var initials = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].WordCount > 1 && cs[i].Place is null)
            {
                var key = Initials(cs[i].Surface);
                if (key.Length >= 2 && !initials.TryAdd(key, i) && OneWordApart(folds[initials[key]], folds[i]))
                {
                    // "the Velt Democratic Front of Kessaland" and "… of Kesaland", both spelling "VDFK": one body's two
                    // spellings, when they differ in one word as spellings do.
                    uf.Union(initials[key], i);
                }
            }
        }

        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].IsAcronym && cs[i].Place is null && initials.TryGetValue(cs[i].Surface.Replace(".", "", StringComparison.Ordinal), out var full))
            {
                uf.Union(i, full);
            }
        }
    }

    private static string Initials(string surface)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var w in surface.Split((char[])[' ', '\n', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var p = NameLexicon.ParticlePrefixLength(w);
            if (p < w.Length && char.IsUpper(w[p]) && !NameLexicon.NameParticles.Contains(w))
            {
                letters.Append(w[p]);
            }
        }

        return letters.ToString();
    }

    private static void LinkOrganizationCores(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf, HashSet<string> surnames)
    {
        var byCore = new Dictionary<(bool Org, string Core), int>();
        Dictionary<(bool Org, string Core), List<int>>? shared = null;
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].Core is { } core && IsDistinctive(core))
            {
                // Organizations share a core only with organizations, places only with places.
                var key = (cs[i].HasOrgHead, NameKey.Fold(core));
                if (byCore.TryAdd(key, i))
                {
                    continue;
                }

                shared ??= new();
                if (!shared.TryGetValue(key, out var list))
                {
                    shared[key] = list = [byCore[key]];
                }

                list.Add(i);
            }
        }

        // Two names with one core are one organization ("Rahma Corps", "Rahma Organization"), unless the article names
        // both in one sentence: "the Tamaro Independence Army, the armed wing of the Tamaro Independence Organization" is
        // two. Then neither takes the core alone either.
        // Each its own acronym ("Tamba Unity Army (TUA)", "Tamba Unity Organisation (TUO)") makes two as well.
        Dictionary<int, HashSet<string>>? acronyms = null;
        HashSet<string> AcronymsOf(int i)
        {
            acronyms ??= Enumerable.Range(0, cs.Count).Where(k => cs[k].IsAcronym).GroupBy(uf.Find)
                .ToDictionary(g => g.Key, g => g.Select(k => cs[k].Surface.Replace(".", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
            return acronyms.GetValueOrDefault(uf.Find(i)) ?? [];
        }

        foreach (var (key, list) in shared ?? [])
        {
            var apart = list.Any(a => list.Any(b => cs[a].SentenceIndex == cs[b].SentenceIndex && folds[a] != folds[b]))
                || list.Any(a => list.Any(b => folds[a] != folds[b] && AcronymsOf(a).Count > 0 && AcronymsOf(b).Count > 0 && !AcronymsOf(a).Overlaps(AcronymsOf(b))))
                || list.Any(a => list.Any(b => DistinctBodies(cs[a].Surface, cs[b].Surface)))
                || (!key.Org && list.Any(a => list.Any(b => DistinctPlaces(cs[a].Surface, cs[b].Surface))));
            if (apart)
            {
                byCore.Remove(key);
                continue;
            }

            foreach (var i in list.Skip(1))
            {
                uf.Union(list[0], i);
            }
        }

        // "Tamu" alone after "Dedan Tamu" is the man, not "Tamu Street" named after him: a place's core joins no word that
        // ends a name with neither a place nor an organization's head, nor one that speaks.
        // "The villagers called him Ivaro" once, and "Ivaro crossed the river" with no cue: a lone name that one of its mentions
        // makes a person's is the person's everywhere, not "Ivaro Park".
        HashSet<string>? nameEnds = null;
        HashSet<string>? loneSpeakers = null;
        bool PersonLike(int i)
        {
            nameEnds ??= Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount > 1 && cs[k].Place is null && !cs[k].HasOrgHead && cs[k].Core is null)
                .Select(k => folds[k][(folds[k].LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
            loneSpeakers ??= Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount == 1 && cs[k].Votes.Person > 0).Select(k => folds[k]).ToHashSet(StringComparer.Ordinal);
            return cs[i].Votes.Person > 0 || nameEnds.Contains(folds[i]) || loneSpeakers.Contains(folds[i]);
        }

        for (var i = 0; i < cs.Count; i++)
        {
            // A country alone is the country, not the "Tamaro Defence Force" named after it.
            if (cs[i].WordCount == 1 && !cs[i].IsAcronym && !StaysPlace(cs[i]) && !surnames.Contains(folds[i])
                && (byCore.TryGetValue((true, folds[i]), out var org) || (byCore.TryGetValue((false, folds[i]), out org) && !PersonLike(i))))
            {
                uf.Union(i, org);
            }
        }
    }

    /// <summary>
    /// A lone name that stays the place rather than join a body named after it: a country or a region ("Tamaro" beside the
    /// "Tamaro Defence Force"), or a city of 50,000 or more that the article places more than it calls a group ("based in
    /// Velt" beside the "Velt Unit").
    /// </summary>
    private static bool StaysPlace(Candidate c) =>
        c.Place is { Kind: PlaceKind.Country or PlaceKind.Region } || (c.Place is { Kind: PlaceKind.City, Population: >= 50_000 } && c.Votes.Place > c.Votes.Group);

    /// <summary>The person votes of a candidate without those of the person-fate cue ("X died"), which a place's name can share.</summary>
    private static int PersonBeyondFate(Candidate c) =>
        c.Votes.Person == 0 ? 0 : c.Votes.Person - c.Votes.Evidence.Where(e => e.Cue == TypeCue.PersonFate).Sum(e => e.Weight);

    /// <summary>
    /// Two heads that name two bodies of one movement, not one body twice: "Kessa Army" and "Kessa Front", "the Wadi Party"
    /// and "the Wadi Brigade" (a party and its armed wing are two actors).
    /// </summary>
    private static bool DistinctBodies(string a, string b)
    {
        var ha = a[(a.LastIndexOf(' ') + 1)..].ToLowerInvariant().TrimEnd('s');
        var hb = b[(b.LastIndexOf(' ') + 1)..].ToLowerInvariant().TrimEnd('s');
        return ha != hb && IsBody(ha) && IsBody(hb);

        // org-words.txt [distinct-bodies] ("the Kessa Institute" is no "Kessa Front"); a military unit's head ("Kessa Scouts",
        // "Kessa Rifles") names a body of its own too.
        static bool IsBody(string head) => NameLexicon.DistinctBodyHeads.Contains(head)
            || (head is not ("group" or "company" or "wing") && (NameLexicon.MilitaryUnitHeads.Contains(head) || NameLexicon.MilitaryUnitHeads.Contains(head + "s")));
    }

    /// <summary>
    /// Two place heads on one core name two places, not one place twice: "Kessa Island" and "Kessa Harbour", "the Velt River"
    /// and "the Velt Valley" (a lone "Kessa" then joins neither). Not an area's head and its town's: "Kessa Province" and
    /// "Kessa City" are one place to a reader (place-words.txt [admin-heads]).
    /// </summary>
    private static bool DistinctPlaces(string a, string b)
    {
        var ha = a[(a.LastIndexOf(' ') + 1)..];
        var hb = b[(b.LastIndexOf(' ') + 1)..];
        return !string.Equals(ha.TrimEnd('s'), hb.TrimEnd('s'), StringComparison.OrdinalIgnoreCase) && IsSite(ha) && IsSite(hb);

        static bool IsSite(string head) => NameLexicon.PlaceHeads.Contains(head) && !NameLexicon.AdminHeads.Contains(head)
            && head.ToLowerInvariant() is not ("city" or "town" or "village" or "empire" or "sultanate" or "khanate" or "principality" or "duchy" or "country");
    }

    /// <summary>A core that can identify an organization: not only common words or demonyms ("Iraqi", "National").</summary>
    private static bool IsDistinctive(string core) =>
        core.Split(' ').Any(w => !NameLexicon.IsCommon(w) && !NameLexicon.CommunityWords.Contains(w) && Gazetteer.Default.FindDemonym(w) is null
            && !NameLexicon.OrgHeads.Contains(w) && !NameLexicon.GenericOrgWords.Contains(w));

    /// <summary>
    /// The key of a name's last word as written: "Velder-Okaro" is one surname ("velder okaro"), as a lone "Velder-Okaro"
    /// is keyed; the fold of a name with no hyphen in its last word ends with the same.
    /// </summary>
    private static string LastWordKey(string surface, string fold)
    {
        var last = surface[(surface.LastIndexOf(' ') + 1)..];
        return last.Contains('-', StringComparison.Ordinal) && NameKey.Fold(last) is { Length: > 0 } key && fold.EndsWith(key, StringComparison.Ordinal) && key.Contains(' ')
            ? key : fold.Split(' ')[^1];
    }

    /// <summary>Whether <paramref name="part"/> opens on a name particle and stands inside <paramref name="full"/> after its first word.</summary>
    private static bool InsideAfterParticle(string full, string part) =>
        part.IndexOf(' ') is > 0 and var sp && NameLexicon.NameParticles.Contains(part[..sp]) && full.Contains(" " + part + " ", StringComparison.Ordinal);

    private static void LinkSurnamesAndTypos(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        // Multi-word names that could be people's: no organization or place head, not a known place.
        // A group's name is not a person's: "Brigade" alone must not become "Ansar Brigade"'s surname. Nor is a phrase that
        // holds "of", "the" or "in" ("ON THE TRAIL OF VELTARO" in a heading is no name of Veltaro's).
        var people = Enumerable.Range(0, cs.Count)
            .Where(i => cs[i].WordCount > 1 && !cs[i].TitleOnly && !cs[i].HasOrgHead && cs[i].Place is null && cs[i].Votes.Place < 4 && cs[i].Votes.Group <= cs[i].Votes.Person
                && !IsGroupLike(cs, i) && !folds[i].Split(' ').Any(w => w is "of" or "the" or "in"))
            .ToList();
        // "TAMBARI, Yusuf": a name filed surname first has its surname before the comma.
        var lastWord = people.ToDictionary(i => i, i => cs[i].Surface.IndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && cs[i].Surface.IndexOf(',') == comma
            ? NameKey.Fold(cs[i].Surface[..comma]).Split(' ')[^1] : LastWordKey(cs[i].Surface, folds[i]));
        var firstWord = people.ToDictionary(i => i, i => folds[i].Split(' ')[0]);
        // Each name as written in running order ("RUVIĆ, Tomas" is "Tomas Ruvić"), and the same without its patronymic particles,
        // read once rather than for every pair.
        var ordered = people.ToDictionary(i => i, i => Unfiled(cs[i].Surface) is { } u ? NameKey.Fold(u) : folds[i]);
        var chains = people.ToDictionary(i => i, i => WithoutPatronymic(ordered[i]));

        // Two spellings of one person first ("Qasem" and "Qassem"), so that a surname alone finds them as one.
        for (var a = 0; a < people.Count; a++)
        {
            for (var b = a + 1; b < people.Count; b++)
            {
                int pa = people[a], pb = people[b];
                if (uf.Find(pa) == uf.Find(pb))
                {
                    continue;
                }

                // "L. Paul Bremer" and "Paul Bremer": one name ends the other. "RUVIĆ, Tomas" is "Tomas Ruvić" filed.
                var (fa, fb) = (ordered[pa], ordered[pb]);
                // "de la Velta" and "Ana de la Velta Ruiz": a surname that opens on a particle names the full name it stands inside
                // (the first of two surnames).
                if (fa == fb || fa.EndsWith(" " + fb, StringComparison.Ordinal) || fb.EndsWith(" " + fa, StringComparison.Ordinal)
                    || InsideAfterParticle(fa, fb) || InsideAfterParticle(fb, fa))
                {
                    // "Ali Kessa Velt … his brother Omar Kessa Velt": the longer name came as a relative's; "Kessa Velt" stays the first.
                    var longer = fa.Length > fb.Length ? pa : pb;
                    if (fa != fb && people.Any(q => folds[q] == folds[longer] && cs[q].AfterKinNoun))
                    {
                        continue;
                    }

                    // "Da Costa" is a surname with its particle: when two people of the article end in it, it joins neither.
                    var shorter = fa.Length <= fb.Length ? fa : fb;
                    if (fa != fb && shorter.Split(' ') is [var particle, _] && NameLexicon.NameParticles.Contains(particle)
                        && people.Where(q => folds[q].EndsWith(" " + shorter, StringComparison.Ordinal)).Select(uf.Find).Distinct().Count() > 1)
                    {
                        continue;
                    }

                    uf.Union(pa, pb);
                    continue;
                }

                // "Salim bin Musallam" and "Salim bin Musallam al-Kathiri": a name chain and the same chain with its family
                // name after it are one person.
                if ((fa.StartsWith(fb + " ", StringComparison.Ordinal) && PatronymicSecond(cs[pb].Surface))
                    || (fb.StartsWith(fa + " ", StringComparison.Ordinal) && PatronymicSecond(cs[pa].Surface)))
                {
                    uf.Union(pa, pb);
                    continue;
                }

                // One name written two ways: the same words in the same order but one, which is a typo or another
                // romanization of the other ("Qasem"/"Qassem", "khalazi"/"khazali"), at least five letters long.
                // "Abdul Malik al-Tamari" and his brother "Abdul Karim al-Tamari" differ in a whole word, and stay two.
                if (OneWordApart(fa, fb) || SameSoundsApart(fa, fb))
                {
                    uf.Union(pa, pb);
                    continue;
                }

                // "Idrissa Tamarou" for "Idriss ag Tamarou": a name chain written without its patronymic particle.
                var (ca, cb) = (chains[pa], chains[pb]);
                if ((ca != fa || cb != fb) && ca.Contains(' ', StringComparison.Ordinal) && (ca == cb || OneWordApart(ca, cb)))
                {
                    uf.Union(pa, pb);
                    continue;
                }

                // "Velturi Moussa" for "Moussa Velturi": a name written family name first, as many countries write it, when
                // one word is a given name and the other is not ("Ali Hassan" and "Hassan Ali" may be two men).
                if (cs[pa].WordCount == 2 && cs[pb].WordCount == 2 && Reversed(cs[pa].Surface, cs[pb].Surface))
                {
                    uf.Union(pa, pb);
                }
            }
        }

        // "Velim Pasha" and "Osman Velim": a one-word name with an honorific after it is the one person of the article whose
        // full name opens or ends with that word; two such people, and it joins neither.
        foreach (var p in people)
        {
            if (folds[p].Split(' ') is not [var bare, var honorific] || !NameLexicon.AfterHonorifics.Contains(honorific) || bare.Length < 3)
            {
                continue;
            }

            var full = people.Where(q => uf.Find(q) != uf.Find(p) && cs[q].WordCount > 1 && (lastWord[q] == bare || firstWord[q] == bare)
                    && !NameLexicon.AfterHonorifics.Contains(lastWord[q]))
                .Select(uf.Find).Distinct().ToList();
            if (full.Count == 1)
            {
                uf.Union(p, full[0]);
            }
        }

        // "Tamim Chowdhury" after "Tamim Ahmed Chowdhury": a first and a last name are the one person of the article whose
        // longer name opens and ends with them, never in one sentence with it ("Ivo Velt, the son of Ivo
        // Kessa Velt" is a son named for his father); two such people, and it joins neither.
        // The three-word names by their first and last word, read once.
        Dictionary<(string, string), List<int>>? threeWord = null;
        foreach (var p in people)
        {
            var words = folds[p].Split(' ');
            if (words.Length != 2 || words.Any(w => w.Length < 2))
            {
                continue;
            }

            threeWord ??= people.Select(q => (q, w: folds[q].Split(' '))).Where(x => x.w.Length == 3)
                .GroupBy(x => (x.w[0], x.w[2])).ToDictionary(g => g.Key, g => g.Select(x => x.q).ToList());
            if (!threeWord.TryGetValue((words[0], words[1]), out var longer))
            {
                continue;
            }

            // The shorter may come first ("Ana Velt" in a heading, "Ana Maria Velt" in the text) when neither is named as a
            // relative's.
            var same = people.Where(q => folds[q] == folds[p]).ToList();
            var firstSeen = same.Min(q => cs[q].Span.Start);
            if ((longer.Min(q => cs[q].Span.Start) > firstSeen && (same.Any(o => cs[o].AfterKinNoun) || longer.Any(q => cs[q].AfterKinNoun)))
                || longer.Any(q => same.Any(o => cs[o].SentenceIndex == cs[q].SentenceIndex)))
            {
                continue;
            }

            longer = longer.Select(uf.Find).Distinct().ToList();
            if (longer.Count == 1)
            {
                uf.Union(p, longer[0]);
            }
        }

        // "Te Velta" after "Te Velta Arikiro Te Kessa": two words that open one person's name of four words or more, given
        // before them and never in their sentence, are that person; not when another person's name opens with them ("Kim Il"
        // beside two Kims), nor a three-word name ("Luis Velt" may be the father of "Luis Velt Ruiz", named for him).
        // Each name's words, read once for the two rules below.
        var orderedWords = people.ToDictionary(i => i, i => ordered[i].Split(' '));
        var foldedWords = people.ToDictionary(i => i, i => folds[i].Split(' '));
        foreach (var p in people)
        {
            if (orderedWords[p].Length != 2)
            {
                continue;
            }

            var longer = people.Where(q => ordered[q].StartsWith(ordered[p] + " ", StringComparison.Ordinal)).ToList();
            var firstSeen = people.Where(q => ordered[q] == ordered[p]).Min(q => cs[q].Span.Start);
            if (longer.Count > 0 && longer.All(q => orderedWords[q].Length >= 4) && longer.Select(uf.Find).Distinct().Count() == 1
                && longer.Min(q => cs[q].Span.Start) < firstSeen && !longer.Any(q => cs[q].AfterKinNoun)
                && !longer.Any(q => people.Any(o => ordered[o] == ordered[p] && cs[o].SentenceIndex == cs[q].SentenceIndex))
                && !people.Any(q => q != p && ordered[q] != ordered[p] && ordered[q].EndsWith(" " + ordered[p], StringComparison.Ordinal)))
            {
                uf.Union(p, longer[0]);
            }
        }

        // "Roman von Kessel" and "Roman Petrovich von Kessel": a name and the same name with a father's name in its middle are
        // one person, in either order; not when the father's name is made from the first name ("Ivan Ivanovich Velt" may be a
        // son of an Ivan Velt), and not when two people could be meant.
        foreach (var p in people)
        {
            var words = foldedWords[p];
            var full = people.Where(q => uf.Find(q) != uf.Find(p) && foldedWords[q] is var longer && longer.Length == words.Length + 1
                    && Enumerable.Range(1, longer.Length - 2).Any(k => NameLexicon.EndsAsPatronymic(longer[k]) && !longer[k].StartsWith(words[0][..Math.Min(3, words[0].Length)], StringComparison.Ordinal)
                        && longer.Take(k).Concat(longer.Skip(k + 1)).SequenceEqual(words)))
                .Select(uf.Find).Distinct().ToList();
            if (full.Count == 1)
            {
                uf.Union(p, full[0]);
            }
        }

        // "J. M. MAPHOSA" in a list and "Joseph Maphosa" in the story: initials and a surname are the one person of the
        // article with that surname whose first name starts with the first initial; two such people, and it joins neither.
        foreach (var p in people)
        {
            var words = (Unfiled(cs[p].Surface) is { } u ? NameKey.Fold(u) : folds[p]).Split(' ');
            // "R. Velder-Okaro": a surname with a hyphen is one word of the name.
            var surname = Unfiled(cs[p].Surface) is null ? lastWord[p] : words[^1];
            var initials = surname.Contains(' ') ? words[..^surname.Split(' ').Length] : words[..^1];
            if (initials.Length < 1 || !initials.All(w => w.Length == 1))
            {
                continue;
            }

            var full = people.Where(q => q != p && lastWord[q] == surname && firstWord[q].Length > 1 && firstWord[q][0] == initials[0][0]).Select(uf.Find).Distinct().ToList();
            if (full.Count == 1)
            {
                uf.Union(p, full[0]);
            }
        }

        // Each lone name's full name: the nearest before it, else the first after it. When two people of the article share
        // the surname ("Abdul Karim al-Tamari" and his brother "Samir al-Tamari"), "Tamari" alone could be either and joins
        // neither: a merge must have a reason that holds.
        var matches = new List<(int Lone, int Person)>();
        // The one-word names whose mentions, taken together, the text makes a body more than a person ("X fighters", "groups
        // like X"): read once, when first asked.
        HashSet<string>? loneBodies = null;
        bool LoneBody(string fold) => (loneBodies ??= Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount == 1 && cs[k].Place is null).GroupBy(k => folds[k])
            .Where(g => g.Sum(k => cs[k].Votes.Group) >= 2 && g.Sum(k => cs[k].Votes.Group) > g.Sum(k => cs[k].Votes.Person) + 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal)).Contains(fold);
        // The one-word names that no mention makes a person's or a body's and that two of their mentions or more place: read once,
        // when first asked.
        HashSet<string>? placedWords = null;
        HashSet<string> PlacedWords() => placedWords ??= Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount == 1 && cs[k].Place is null && !cs[k].IsAcronym).GroupBy(k => folds[k])
            .Where(g => g.All(k => PersonBeyondFate(cs[k]) == 0 && cs[k].Votes.Group == 0) && g.Count(k => cs[k].Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue != TypeCue.Gazetteer)) >= 2)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // Words the article uses for a body or a place: a name's own cue, a head, a known place, or the first word of such a
        // name ("Kessa" of "Kessa Foreign Relations Department"). Read once, when a first name is first looked for.
        bool IsBodyOrPlace(int k) => cs[k].Votes.Group > 0 || cs[k].Votes.Place > 0 || cs[k].HasOrgHead || cs[k].Place is not null;
        HashSet<string>? bodyWords = null;
        HashSet<string> BodyWords() => bodyWords ??= Enumerable.Range(0, cs.Count).Where(IsBodyOrPlace)
            .SelectMany(k => new[] { folds[k], folds[k].Split(' ')[0] }).ToHashSet(StringComparer.Ordinal);
        // And the names already joined to such a name ("the Kessa Front (Ruvelo)": the faction named after its leader).
        HashSet<int>? bodyRoots = null;
        HashSet<int> BodyRoots() => bodyRoots ??= Enumerable.Range(0, cs.Count).Where(IsBodyOrPlace).Select(uf.Find).ToHashSet();
        for (var i = 0; i < cs.Count; i++)
        {
            var c = cs[i];
            // A town that shares the surname ("Davis", "Dayton") does not stop the link; a country or region does.
            var weakPlace = c.Place is null || (c.Place.Kind == PlaceKind.City && c.Place.Population < 1_000_000);
            // A province's name that speaks ("Mendoza told reporters") with nothing placing it ("in X") is a surname too.
            var speaks = c.Place is { Kind: PlaceKind.Region } && c.Votes.Evidence.Any(e => e.Type == EntityType.Person && e.Cue is TypeCue.SpeechAfter or TypeCue.SpeechBefore or TypeCue.Reflexive)
                && !c.Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue != TypeCue.Gazetteer);
            // A weak group cue ("killed by Smith") does not stop a surname from joining its full name.
            // A surname in capitals ("HADDAD:" labelling a transcript's speaker, a list's "HADDAD, Lina") is the surname too.
            // Only for a person's name written in mixed case and surely a person's ("Confronting ABCD" is no one's name).
            var shouted = c.IsAcronym && c.Surface.Length >= 4 && c.Surface.All(char.IsLetter)
                && people.Any(p => lastWord[p] == folds[i] && cs[p].Votes.Person > 0 && cs[p].Surface.Split(' ')[^1].Any(char.IsLower));
            // Nor does a name the text itself makes a place ("X was a colony", "the governor of X"), with nothing of a person's.
            // Read over all the word's mentions ("the stronghold of X", "X fell"): one that places it speaks for those that do not.
            // "Tamaresk was shot" after "raised in Tamaresk, a town …": what befalls a person does not outweigh a place the text
            // names twice; the town's name stays the town's, and the person keeps the full name.
            var placedByText = c.Place is null && PersonBeyondFate(c) == 0 && (c.Votes.Evidence.Where(e => e.Type == EntityType.Place).Sum(e => e.Weight) >= 2 || PlacedWords().Contains(folds[i]));
            if (c.WordCount == 1 && !c.TitleOnly && (!c.IsAcronym || shouted) && (weakPlace || speaks) && !placedByText && (shouted || c.Votes.Group <= c.Votes.Person + 1) && (c.Votes.Place <= 4 || speaks))
            {
                // A town's name alone joins only a full name that is surely a person's ("Andes" is no surname of an army).
                var key = folds[i];
                var claimants = c.Place is null ? people : people.Where(p => cs[p].Votes.Person > 0).ToList();
                // "Ivo Velt … His father, Velt, had signed …": a surname named as a relative's is another of that family,
                // never the one whose full name it ends (a given name still finds its own full name).
                var match = (c.AfterKinNoun ? null : claimants.Where(p => lastWord[p] == key && cs[p].Span.Start < c.Span.Start).Select(p => (int?)p).LastOrDefault()
                    ?? claimants.Where(p => lastWord[p] == key).Select(p => (int?)p).FirstOrDefault())
                    ?? FirstNameOfOne(cs, uf, people, firstWord, c, key, BodyWords().Contains(key) || BodyRoots().Contains(uf.Find(i)))
                    ?? FirstSurnameOfOne(cs, uf, claimants, folds, c, key);
                // Not a body's name into a byname made of it with an article ("the X" beside "Sahib al-X").
                if (match is int m && !(LoneBody(key) && NameLexicon.ParticlePrefixLength(cs[m].Surface.Split(' ')[^1]) > 0))
                {
                    matches.Add((i, m));
                }
            }
        }

        foreach (var spelling in matches.GroupBy(x => folds[x.Lone]))
        {
            // Who could claim each lone surname is read as a reader meets it: the people of that surname named before it,
            // else all of them. "Mendoza said" after "Walter Mendoza" is his, though "Alexander Díaz Mendoza" comes later;
            // after both it is either man's and joins neither. Two people who could claim it: no town either.
            var namesakes = people.Where(p => lastWord[p] == spelling.Key).ToList();
            foreach (var (i, m) in spelling)
            {
                var before = namesakes.Where(p => cs[p].Span.Start < cs[i].Span.Start).Select(uf.Find).Distinct().ToList();
                var claimants = before.Count > 0 ? before : namesakes.Select(uf.Find).Distinct().ToList();
                if (claimants.Count > 1 || (claimants.Count == 1 && claimants[0] != uf.Find(m)))
                {
                    if (cs[i].Place is { Kind: PlaceKind.City })
                    {
                        cs[i].Place = null;
                        cs[i].Votes.ClearPlace();
                    }

                    continue;
                }

                uf.Union(i, m);
                if (cs[i].Place is not null)
                {
                    cs[i].Place = null;
                    cs[i].Votes.ClearPlace();
                }
            }
        }
    }

    /// <summary>
    /// "the 444 Brigade" after "the 444 Combat Brigade": a numbered unit named with fewer of its words is the same unit
    /// (the same number, the same head, the shorter name's words all in the longer).
    /// </summary>
    private static void LinkNumberedUnits(IReadOnlyList<Candidate> cs, UnionFind uf)
    {
        var units = Enumerable.Range(0, cs.Count).Where(i => char.IsDigit(cs[i].Surface[0]) && cs[i].Surface.Contains(' '))
            .Select(i => (Index: i, Words: cs[i].Surface.Split(' '))).ToList();
        foreach (var a in units)
        {
            foreach (var b in units)
            {
                if (a.Words.Length < b.Words.Length && a.Words[0] == b.Words[0] && a.Words[^1] == b.Words[^1] && a.Words.All(b.Words.Contains))
                {
                    uf.Union(a.Index, b.Index);
                }
            }
        }
    }

    /// <summary>
    /// "Kessaruvo" and "Kessa-Ruvo" or "Kessa Ruvo": a name of one word and a name of several that are the same letters once the
    /// spaces and hyphens go, six letters or more. A title alone joins nothing here.
    /// </summary>
    private static void LinkJoinedSpellings(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        Dictionary<string, int>? several = null;
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].TitleOnly || !folds[i].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            several ??= new Dictionary<string, int>(StringComparer.Ordinal);
            several.TryAdd(folds[i].Replace(" ", "", StringComparison.Ordinal), i);
        }

        if (several is null)
        {
            return;
        }

        for (var i = 0; i < cs.Count; i++)
        {
            if (!cs[i].TitleOnly && !cs[i].IsAcronym && folds[i].Length >= 6 && !folds[i].Contains(' ', StringComparison.Ordinal)
                && several.TryGetValue(folds[i], out var j))
            {
                uf.Union(i, j);
            }
        }
    }

    /// <summary>Two folded names with the same words but one pair that is one edit apart, a swap of letters, or one transliteration.</summary>
    private static bool OneWordApart(string fa, string fb)
    {
        var wa = fa.Split(' ');
        var wb = fb.Split(' ');
        if (wa.Length != wb.Length || wa.Length < 2)
        {
            return false;
        }

        var differing = Enumerable.Range(0, wa.Length).Where(k => wa[k] != wb[k]).ToList();
        if (differing.Count != 1)
        {
            return false;
        }

        var (a, b) = (wa[differing[0]], wb[differing[0]]);
        // Two edits only when they swap letters ("khalazi", "khazali"); "haddad" and "hamdan" are two men.
        var distance = NameKey.Distance(a, b, 2);
        // A long word that differs only in its vowels is one name in two spellings ("abdolmalek", "abdulmalik"); short ones
        // may be two names ("hassan", "hussein").
        return NameKey.TranslitWord(a) == NameKey.TranslitWord(b)
            || (a.Length >= 8 && b.Length >= 8 && VowelPattern(a) == VowelPattern(b))
            || (a.Length >= 5 && b.Length >= 5 && (distance <= 1 || (distance == 2 && string.Concat(a.Order()) == string.Concat(b.Order()))));
    }

    /// <summary>
    /// "Abdul Malek Regi" and "Abdolmalek Rigi": the same letters once spaces go and each run of vowels counts as one vowel
    /// (the short vowels a romanization writes a, e, i, o or u), the family names alike as well, and long enough (twelve
    /// letters) that two names cannot share the pattern by chance ("Hassan" and "Hussein" are two names).
    /// </summary>
    private static bool SameSoundsApart(string fa, string fb)
    {
        if (fa.Length < 12 || fb.Length < 12 || (fa[0] != fb[0] && !("aeiouy".Contains(fa[0]) && "aeiouy".Contains(fb[0]))) || fa.Split(' ').Length == fb.Split(' ').Length && OneWordOrLess(fa, fb))
        {
            return false;
        }

        return VowelPattern(fa.Replace(" ", "", StringComparison.Ordinal)) == VowelPattern(fb.Replace(" ", "", StringComparison.Ordinal))
            && VowelPattern(fa[(fa.LastIndexOf(' ') + 1)..]) == VowelPattern(fb[(fb.LastIndexOf(' ') + 1)..]);

        // Same word count with at most one word apart is OneWordApart's to judge.
        static bool OneWordOrLess(string a, string b) => a.Split(' ').Zip(b.Split(' ')).Count(w => w.First != w.Second) <= 1;
    }

    /// <summary>A folded word with each run of vowels written "a" and each doubled consonant once, after the transliteration rules.</summary>
    private static string VowelPattern(string word)
    {
        var t = NameKey.TranslitWord(word);
        var sb = new System.Text.StringBuilder(t.Length);
        foreach (var c in t)
        {
            var v = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? 'a' : c;
            if (sb.Length == 0 || sb[^1] != v)
            {
                sb.Append(v);
            }
        }

        return sb.ToString();
    }

    /// <summary>A folded name without the patronymic particles inside it ("idriss ag tamarou" → "idriss tamarou").</summary>
    private static string WithoutPatronymic(string folded)
    {
        var words = folded.Split(' ');
        return words.Length < 3 || !words[1..^1].Any(NameLexicon.PatronymicParticles.Contains) ? folded
            : string.Join(' ', words.Where((w, k) => k == 0 || k == words.Length - 1 || !NameLexicon.PatronymicParticles.Contains(w)));
    }

    /// <summary>Two two-word names that are each other's words swapped, exactly one of the two words a given name.</summary>
    internal static bool Reversed(string a, string b)
    {
        var (wa, wb) = (a.Split(' '), b.Split(' '));
        return wa.Length == 2 && wb.Length == 2 && wa[0] == wb[1] && wa[1] == wb[0] && wa[0] != wa[1]
            && NameLexicon.IsGivenName(wa[0]) != NameLexicon.IsGivenName(wa[1]);
    }

    /// <summary>"Sipho kaVelt": the name's second word is a father's name with a kinship particle joined to it.</summary>
    private static bool JoinedPatronymicSecond(string surface) =>
        surface.Split(' ') is [_, var second, ..] && NameLexicon.HasJoinedKinshipParticle(second);

    /// <summary>"Qaboos bin Said", "Salim bin Musallam al-Kathiri": the name's second word is a patronymic particle.</summary>
    private static bool PatronymicSecond(string surface) =>
        surface.Split(' ') is { Length: >= 3 } w && NameLexicon.PatronymicParticles.Contains(w[1]);

    /// <summary>
    /// "As Hadi said" after "Hadi Jubrani": a given name alone names the one person of the article with that first name,
    /// when no other person has it (two Omars leave "Omar" alone); else null.
    /// </summary>
    private static int? FirstNameOfOne(IReadOnlyList<Candidate> cs, UnionFind uf, List<int> people, Dictionary<int, string> firstWord, Candidate lone, string key,
        bool usedForBody)
    {
        var holders = people.Where(p => firstWord[p] == key && cs[p].WordCount > 1).ToList();
        // "Qaboos bin Said": the word before a patronymic particle is a given name, listed or not. A word the article itself
        // uses as a person's ("Sipho said", a speaker's label "Sipho:") after the full name is a given name too, when it is no
        // place and has no title: a feature or a podcast calls its people by their first names whatever the language, while
        // "Senior Chief Waruhiu" before "Waruhiu Itote" is another man, known by one name.
        // "Master Tasso" after "Tasso Velim", "Sheikh Idris" after "Idris Kessa": a title before one word names the one
        // person named before whose name opens with it, when no one's name ends with it (the caller tries surnames first).
        // "Sipho kaVelt": the word before a father's name written with a joined particle is a given name too.
        var given = NameLexicon.IsGivenName(lone.Surface) || (holders.Count > 0 && holders.All(p => PatronymicSecond(cs[p].Surface) || JoinedPatronymicSecond(cs[p].Surface)))
            || (lone.Title is not null && lone.Place is null && lone.Votes.Group == 0 && holders.Any(p => cs[p].Span.Start < lone.Span.Start))
            || (lone.Place is null && lone.Title is null && lone.Votes.Person > 0 && lone.Votes.Group == 0 && lone.Votes.Place == 0
                && holders.Any(p => cs[p].Span.Start < lone.Span.Start)
                // Not on what befalls a person alone when the text places the word elsewhere ("the village of X" named after X).
                && (PersonBeyondFate(lone) > 0 || !cs.Any(o => o.WordCount == 1 && o.Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue != TypeCue.Gazetteer)
                    && NameKey.Fold(o.Surface) == key)))
            // "Velmaro led the army" after "Velmaro Kessaby": a word with no cue at all is the first name of the one person
            // named before whose name opens with it, when that name has no cue of a body or a place either, and the article
            // never uses the word for a body or a place (<paramref name="usedForBody"/>: as a name or joined to one).
            || (lone.Place is null && lone.Title is null && !lone.IsAcronym && lone.Votes.Place == 0 && lone.Votes.Group == 0 && lone.Votes.Person == 0
                && holders.Count > 0 && holders.All(p => cs[p].Votes.Group == 0 && cs[p].Votes.Place == 0 && !cs[p].HasOrgHead && cs[p].Place is null)
                && holders.Any(p => cs[p].Span.Start < lone.Span.Start) && !usedForBody)
            // "the manifesto that Chester drafted" after "Chester Ruvalo": a small town's name the gazetteer knows, which
            // nothing in the article places ("in X" anywhere), is the given name of the one person named before with it.
            || (lone.Place is { Kind: PlaceKind.City } && lone.Title is null && lone.Votes.Group == 0
                && !cs.Any(o => o.Place?.Id == lone.Place.Id && o.Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue != TypeCue.Gazetteer))
                && holders.Any(p => cs[p].Span.Start < lone.Span.Start) && holders.All(p => cs[p].Place is null && cs[p].Votes.Place == 0));
        return given && holders.Count > 0 && holders.Select(uf.Find).Distinct().Count() == 1 ? holders[0] : null;
    }

    /// <summary>
    /// "the Zayudis" and "Zayudi forces", "a Zayudi commander": a group named by its members and the same name used as an
    /// adjective are one group. Not a family: a plural or singular whose actor has a person's full name stays apart ("the
    /// Benalis" and "Omar Benali"), and a singular with any person evidence of its own ("Benali said") too. And "the Kessas" is
    /// the short name of "the Kessa Islands".
    /// </summary>
    private static void LinkPluralForms(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        // "the Kessas" after "the Kessa Islands" (or Mountains, Hills, Lakes): a chain's short name is its first word made plural.
        Dictionary<string, int>? chains = null;
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].WordCount == 2 && cs[i].Surface.Split(' ') is [var first, var head] && head.Length > 3 && head[^1] == 's' && NameLexicon.PlaceHeads.Contains(head)
                && char.IsUpper(first[0]) && !first.EndsWith('s'))
            {
                (chains ??= new(StringComparer.Ordinal)).TryAdd(NameKey.Fold(first) + "s", i);
            }
        }

        for (var i = 0; chains is not null && i < cs.Count; i++)
        {
            if (cs[i].WordCount == 1 && !cs[i].IsAcronym && !cs[i].TitleOnly && cs[i].Votes.Person == 0 && chains.TryGetValue(folds[i], out var chain))
            {
                uf.Union(chain, i);
            }
        }

        Dictionary<string, int>? plurals = null;
        for (var i = 0; i < cs.Count; i++)
        {
            var f = folds[i];
            if (cs[i].WordCount == 1 && cs[i].Place is null && !cs[i].IsAcronym && !cs[i].TitleOnly && f.Length > 4 && f[^1] == 's' && f[^2] != 's'
                && cs[i].Votes.Group > cs[i].Votes.Person)
            {
                (plurals ??= new(StringComparer.Ordinal)).TryAdd(f[..^1], i);
            }
        }

        if (plurals is null)
        {
            return;
        }

        var people = Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount > 1 && cs[k].Votes.Person > cs[k].Votes.Group).Select(uf.Find).ToHashSet();
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].WordCount == 1 && cs[i].Place is null && !cs[i].TitleOnly && cs[i].Votes.Person == 0 && plurals.TryGetValue(folds[i], out var p)
                && !people.Contains(uf.Find(i)) && !people.Contains(uf.Find(p)))
            {
                uf.Union(p, i);
            }
        }

        // "the Kessabys" and "the Kessaby Regiment", "the Kessarids" and "the Kessarid Caliphate": a body named by an
        // organization's head after its first word is the plural of that word, when one body of the article alone opens so.
        // Each plural's bodies, by their clusters.
        var bodies = new Dictionary<int, HashSet<int>>();
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].WordCount > 1 && cs[i].HasOrgHead && cs[i].Place is null && !cs[i].IsAcronym && cs[i].Votes.Group > cs[i].Votes.Person
                && cs[i].Surface.Split(' ')[0] is { Length: > 3 } first && char.IsUpper(first[0]) && plurals.TryGetValue(NameKey.Fold(first), out var p)
                && !people.Contains(uf.Find(p)))
            {
                if (!bodies.TryGetValue(p, out var roots))
                {
                    bodies[p] = roots = [];
                }

                roots.Add(uf.Find(i));
            }
        }

        foreach (var (p, roots) in bodies)
        {
            if (roots.Count == 1)
            {
                uf.Union(roots.First(), p);
            }
        }
    }

    /// <summary>
    /// "the Kessa movement" and "the Kessa": a name written with a lower-case head ([named-unit-heads]) is the group the article
    /// also names without it, when that name is a group's (never a person's or a place's).
    /// </summary>
    private static void LinkLowerHeads(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        Dictionary<string, int>? headed = null;
        for (var i = 0; i < cs.Count; i++)
        {
            var space = cs[i].Surface.LastIndexOf(' ');
            if (cs[i].WordCount > 1 && space > 0 && char.IsLower(cs[i].Surface[space + 1]) && NameLexicon.NamedUnitHeads.Contains(cs[i].Surface[(space + 1)..]))
            {
                (headed ??= new(StringComparer.Ordinal)).TryAdd(NameKey.Fold(cs[i].Surface[..space]), i);
            }
        }

        for (var i = 0; headed is not null && i < cs.Count; i++)
        {
            if (cs[i].Place is null && !cs[i].TitleOnly && cs[i].Votes.Group > cs[i].Votes.Person && headed.TryGetValue(folds[i], out var h))
            {
                uf.Union(h, i);
            }
        }
    }

    /// <summary>"Los Tamaros" and "the Tamaros" or "Tamaros": a group's name with the article of another language is the name without it.</summary>
    private static void LinkArticleForms(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf)
    {
        Dictionary<string, int>? bare = null;
        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].Place is null && !cs[i].TitleOnly && cs[i].Votes.Person == 0 && WithoutArticle(cs[i].Surface) is { } rest)
            {
                (bare ??= new(StringComparer.Ordinal)).TryAdd(NameKey.Fold(rest), i);
            }
        }

        if (bare is null)
        {
            return;
        }

        for (var i = 0; i < cs.Count; i++)
        {
            if (cs[i].Place is null && !cs[i].TitleOnly && cs[i].Votes.Person == 0 && bare.TryGetValue(folds[i], out var full))
            {
                uf.Union(full, i);
            }
        }
    }

    /// <summary>"Tamaros" for "Los Tamaros": a name without the article of another language that opens it (name-particles.txt [name-articles]); else null.</summary>
    internal static string? WithoutArticle(string surface)
    {
        var space = surface.IndexOf(' ');
        return space > 0 && space < surface.Length - 1 && NameLexicon.NameArticles.Contains(surface[..space].ToLowerInvariant()) ? surface[(space + 1)..] : null;
    }

    /// <summary>
    /// "Ortega" alone after "Luis Ortega Ruiz": in names with two surnames (Spanish, Portuguese) the first one is
    /// the one used alone; so is the first part of a double surname joined by a hyphen. The word before the last of a name
    /// of three or more words, when it is no given name or particle ("Omar Hassan Benali" is not "Hassan"), and the one
    /// person of the article it could be.
    /// </summary>
    private static int? FirstSurnameOfOne(IReadOnlyList<Candidate> cs, UnionFind uf, List<int> people, string[] folds, Candidate lone, string key)
    {
        if (NameLexicon.IsGivenName(lone.Surface) || NameLexicon.NameParticles.Contains(lone.Surface))
        {
            return null;
        }

        // Only back to a full name already given: before it, the surname alone may be a relative's ("Ortega's son, Luis
        // Ortega Ruiz" is not his father).
        // "Kessel" alone after "Roman von Kessel-Brandt": the first part of a double surname joined by a hyphen, likewise.
        var holders = people.Where(p => cs[p].Span.Start < lone.Span.Start && folds[p].Split(' ') is { Length: >= 2 } w
            && ((cs[p].WordCount >= 3 && w.Length >= 3 && w[^2] == key) || (w[^1].Length > key.Length + 2 && w[^1].StartsWith(key + "-", StringComparison.Ordinal)))).ToList();
        return holders.Count > 0 && holders.Select(uf.Find).Distinct().Count() == 1 ? holders[0] : null;
    }

    /// <summary>"The Brigades withdrew": a lone institution word names the latest organization with that head word.</summary>
    private static void LinkLoneHeads(IReadOnlyList<Candidate> cs, UnionFind uf)
    {
        var latestByHead = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cs.Count; i++)
        {
            var words = cs[i].Surface.Split(' ');
            if (cs[i].WordCount > 1 && cs[i].HasOrgHead)
            {
                latestByHead[words[^1]] = i;
            }
            else if (cs[i].WordCount > 2 && Array.FindIndex(words, w => NameLexicon.OrgHeads.Contains(w) && char.IsUpper(w[0])) is var h and >= 0
                && h + 1 < words.Length && words[h + 1] == "of")
            {
                // "the Department" after "U.S. Department of State".
                latestByHead[words[h]] = i;
            }
            else if (cs[i].WordCount == 1 && NameLexicon.OrgHeads.Contains(cs[i].Surface) && latestByHead.TryGetValue(cs[i].Surface, out var org))
            {
                uf.Union(i, org);
            }
        }
    }

    private static bool IsGroupLike(IReadOnlyList<Candidate> cs, int i)
    {
        var key = cs[i].Surface;
        return cs.Any(c => c.Surface == key && c.Votes.Group > c.Votes.Person);
    }

    /// <summary>"Ansarollah" alone names the group "Ansarollah Movement" when that name has group evidence and its first word is distinctive.</summary>
    private static void LinkGroupFirstWords(IReadOnlyList<Candidate> cs, string[] folds, UnionFind uf, HashSet<string> surnames)
    {
        var byFirst = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cs.Count; i++)
        {
            // "Tamaro Town Court", "Tamaro City Council": a body of a town is named for the town, which its first word stays.
            var words = folds[i].Split(' ');
            var first = words[0];
            if (words.Length > 1 && NameLexicon.PlaceHeads.Contains(words[1]))
            {
                continue;
            }

            if (cs[i].WordCount > 1 && cs[i].Votes.Group > 0 && cs[i].Votes.Person == 0 && cs[i].Place is null && IsDistinctive(first)
                && !byFirst.TryAdd(first, i) && byFirst[first] is var other and >= 0 && folds[other] != folds[i] && uf.Find(other) != uf.Find(i))
            {
                // "Tamaro" alone could be the "Tamaro Army" or the "Tamaro Front": it joins neither.
                byFirst[first] = -1;
            }
        }

        if (byFirst.Count == 0)
        {
            return;
        }

        // "Orvano" beside "Orvano County" or "Orvano River" and the "Orvano Water Company": the word names the place the
        // body is named for, not the body (unless that place is the body's own name, "Kessa Airport" with a group's cue).
        var placeNames = Enumerable.Range(0, cs.Count).Select(k => (k, w: folds[k].Split(' '))).Where(x => x.w.Length > 1 && NameLexicon.PlaceHeads.Contains(x.w[^1]))
            .ToLookup(x => x.w[0], x => x.k, StringComparer.Ordinal);
        // "Tomas" beside "Tomas Velder" and the "Tomas Velder Memorial Museum": the word names the man the body is named for.
        var personFirsts = Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount > 1 && !cs[k].HasOrgHead && cs[k].Place is null
                && (cs[k].Votes.Person > cs[k].Votes.Group || (cs[k].Votes.Group == 0 && cs[k].Votes.Place == 0)))
            .Select(k => folds[k].Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        // "in X", "no one in X": a word the text places twice or more and never makes a body's or a person's is the town the body
        // is named for ("the X Revolutionary Committee"), though each "in X" alone says too little.
        var placedWords = Enumerable.Range(0, cs.Count).Where(k => cs[k].WordCount == 1 && !cs[k].IsAcronym && byFirst.ContainsKey(folds[k])).GroupBy(k => folds[k])
            .Where(g => g.All(k => cs[k].Votes.Group == 0 && cs[k].Votes.Person == 0) && g.Sum(k => cs[k].Votes.Place) >= 2)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < cs.Count; i++)
        {
            // Unless the body's name is a place's too ("X International Airport", held by a group).
            if (placedWords.Contains(folds[i]) && byFirst.TryGetValue(folds[i], out var named) && named >= 0 && !NameLexicon.PlaceHeads.Contains(folds[named].Split(' ')[^1]))
            {
                continue;
            }

            if (byFirst.TryGetValue(folds[i], out var body) && body >= 0 && placeNames[folds[i]].Any(k => uf.Find(k) != uf.Find(body)))
            {
                continue;
            }

            // Not a name the text says is a place ("Tarvelia, the village where …" beside the "Tarvelia Nueva" movement);
            // "in X" alone says too little (groups are named after the district they hold).
            if (cs[i].WordCount == 1 && !cs[i].IsAcronym && cs[i].Votes.Person == 0 && !StaysPlace(cs[i])
                && !(cs[i].Votes.Place > cs[i].Votes.Group && cs[i].Votes.Evidence.Any(e => e.Type == EntityType.Place && e.Cue is not (TypeCue.Gazetteer or TypeCue.InPlace)))
                && byFirst.TryGetValue(folds[i], out var g) && g >= 0 && !surnames.Contains(folds[i]) && !personFirsts.Contains(folds[i]))
            {
                uf.Union(i, g);
            }
        }
    }

    private static string DisplayName(List<EntityMention> mentions) =>
        DisplayNames.Choose(mentions.GroupBy(m => m.Surface, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count())));

    private static List<ResolutionKey> Keys(EntityType type, string name, List<EntityMention> mentions, Place? place)
    {
        var keys = new HashSet<ResolutionKey>();
        if (place is not null)
        {
            keys.Add(ResolutionKey.PlaceId(place.Id));
            return keys.ToList();
        }

        foreach (var surface in mentions.Select(m => m.Surface).Append(name).Distinct(StringComparer.Ordinal))
        {
            var translit = NameKey.Translit(surface);
            if (translit.Length == 0)
            {
                continue;
            }

            // "al Zayudiyya" is one word once its article goes: keyed as "al-Zayudiyya" is.
            if (translit.Contains(' ', StringComparison.Ordinal))
            {
                keys.Add(ResolutionKey.Translit(translit));
                if (type != EntityType.Place && translit.Contains(' ', StringComparison.Ordinal))
                {
                    keys.Add(ResolutionKey.Skeleton(NameKey.Skeleton(surface)));
                }

                // "Benton, Laura K." is "Laura K. Benton" filed in a list.
                if (type == EntityType.Person && Unfiled(surface) is { } unfiled)
                {
                    keys.Add(ResolutionKey.Translit(NameKey.Translit(unfiled)));
                    keys.Add(ResolutionKey.Skeleton(NameKey.Skeleton(unfiled)));
                }

                // "Laura K. Benton" is also "Laura Benton": a person's middle initials are often left out.
                if (type == EntityType.Person && WithoutInitials(surface) is { } bare && bare != surface)
                {
                    keys.Add(ResolutionKey.Translit(NameKey.Translit(bare)));
                    keys.Add(ResolutionKey.Skeleton(NameKey.Skeleton(bare)));
                }

                // "Tamaro Region" is also the place "Tamaro" of other articles.
                if (type == EntityType.Place && AdminArea(surface) is { } area)
                {
                    keys.Add(ResolutionKey.Translit(NameKey.Translit(area)));
                }

                // "Los Tamaros" is also the "Tamaros" of other articles.
                if (type == EntityType.Group && WithoutArticle(surface) is { } bareName)
                {
                    var bareKey = NameKey.Translit(bareName);
                    keys.Add(bareKey.Contains(' ', StringComparison.Ordinal) ? ResolutionKey.Translit(bareKey) : ResolutionKey.Bare(bareKey));
                }

                // "U.S. Department of Justice" is also "Department of Justice": a country's name before an institution's.
                if (type == EntityType.Group && WithoutCountry(surface) is { } institution)
                {
                    keys.Add(ResolutionKey.Translit(NameKey.Translit(institution)));
                }

                // "UK Army" is the "United Kingdom Army" of other articles.
                if (type == EntityType.Group && CountryForm(surface, NameKey.Translit) is { } countryForm)
                {
                    keys.Add(ResolutionKey.Translit(countryForm));
                }
            }
            else
            {
                keys.Add(ResolutionKey.Bare(translit));
                // A group's or a place's one word is its whole name, and its spellings differ in their vowels ("Hizbullah",
                // "Hezbollah"): the consonants key it too, when there are enough of them to tell names apart. A person's one
                // word is a surname, which many share.
                if (type != EntityType.Person && !IsAcronymSurface(surface) && NameKey.Skeleton(surface) is { Length: >= 4 } skeleton)
                {
                    keys.Add(ResolutionKey.Skeleton(skeleton));
                }
                // A place's one word is its whole name, not a surname: it matches "Tamaro Region" elsewhere.
                if (type == EntityType.Place)
                {
                    keys.Add(ResolutionKey.Translit(translit));
                }

                // An acronym ("TLF") can be defined in one article and used alone in another: EntityResolver joins the two.
                if (IsAcronymSurface(surface))
                {
                    keys.Add(ResolutionKey.Acronym(translit));
                }
            }
        }

        return keys.ToList();
    }

    /// <summary>"Benton, Laura K." as "Laura K. Benton": a name filed "Last, First" in a list; else null.</summary>
    internal static string? Unfiled(string surface)
    {
        var parts = surface.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? parts[1] + " " + parts[0] : null;
    }

    /// <summary>"Tamaro" for "Tamaro Region" or "Tamaro Province": the name an administrative area takes from its place; else null.</summary>
    internal static string? AdminArea(string surface)
    {
        var space = surface.LastIndexOf(' ');
        return space > 0 && NameLexicon.AdminHeads.Contains(surface[(space + 1)..]) ? surface[..space] : null;
    }

    /// <summary>All capitals, two letters or more, digits and hyphens allowed ("TLF", "FDLR-FOCA").</summary>
    internal static bool IsAcronymSurface(string surface) =>
        surface.Count(char.IsUpper) >= 2 && !surface.Any(char.IsLower) && surface.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '&');

    /// <summary>
    /// An institution's name without the country's name or abbreviation before it ("U.S. Department of Justice",
    /// "United Kingdom Ministry of Defence"), when what remains is two words or more and names an institution by a
    /// head word, or without a nationality before a distinctive name; else null. A nationality before generic words
    /// stays ("Syrian Army" and "Iraqi Army" are two armies).
    /// </summary>
    internal static string? WithoutCountry(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 2); n >= 1; n--)
        {
            if (Gazetteer.Default.Find(string.Join(' ', words[..n])) is { Kind: PlaceKind.Country })
            {
                var rest = words[n..];
                // "Department of Justice" after "U.S." is the department; "Defence Force" after "Botswana" is any country's, as
                // "Malawi Defence Force" shows: generic words without "of" keep their country.
                return rest.Any(w => NameLexicon.OrgHeads.Contains(w)) && char.IsUpper(rest[0][0])
                    && (rest.Contains("of") || IsDistinctive(string.Join(' ', rest))) ? string.Join(' ', rest) : null;
            }
        }

        // A nationality before a distinctive name: "Somali Transitional Federal Government" is the "Transitional Federal
        // Government" of other articles; "Syrian Democratic Forces" keeps its adjective, the rest being generic words.
        if (words.Length >= 3 && Gazetteer.Default.FindDemonym(words[0]) is not null && NameLexicon.OrgHeads.Contains(words[^1])
            && IsDistinctive(string.Join(' ', words[1..])))
        {
            return string.Join(' ', words[1..]);
        }

        return null;
    }

    /// <summary>
    /// A body's name with the country that opens it written as the gazetteer's id ("UK Army", "United Kingdom Army" → "#" and
    /// the country's id, then "army"), when a head word of a body follows the country; else null. The rest is keyed by
    /// <paramref name="key"/>.
    /// </summary>
    internal static string? CountryForm(string surface, Func<string, string> key)
    {
        if (!surface.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Skip(1).Any(NameLexicon.OrgHeads.Contains))
        {
            return null;
        }

        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (Gazetteer.Default.Find(string.Join(' ', words[..n])) is { Kind: PlaceKind.Country } country)
            {
                var rest = words[n..];
                return char.IsUpper(rest[0][0]) && rest.Any(NameLexicon.OrgHeads.Contains) ? "#" + country.Id + " " + key(string.Join(' ', rest)) : null;
            }
        }

        return null;
    }

    /// <summary>The name without single-letter initials after its first word, when two words or more remain; else null.</summary>
    private static string? WithoutInitials(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where((w, i) => i == 0 || !(w.TrimEnd('.').Length == 1 && char.IsUpper(w[0]))).ToList();
        return kept.Count >= 2 && kept.Count < words.Length ? string.Join(' ', kept) : null;
    }

    private static string Clean(string surface) => Whitespace().Replace(surface, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class UnionFind(int n)
    {
        private readonly int[] _parent = Enumerable.Range(0, n).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
