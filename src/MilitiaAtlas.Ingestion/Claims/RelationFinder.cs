using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Finds relations between the article's entities from general phrasings, never from names: role
/// appositions ("X, the founder and leader of … Y", "the commander of Y, X", "Y's leader X"), relative
/// clauses ("X, who heads Y"), verbs ("X founded Y", "X led a militia known as Y"), spokesmen, backing
/// ("Y, a militia backed by X", "X-backed Y"), alliances ("an alliance between X and Y", "became Y's
/// ally"), command chains ("a chain of command that originated with Y") and titles with a country
/// ("Iraqi Prime Minister X", "U.S. ambassador X"). Quotations are skipped: what a speaker says inside
/// quotes is their claim, not the article's statement of a relation.
/// </summary>
public static partial class RelationFinder
{
    private readonly record struct M(TextSpan Span, int Entity, EntityType Type, Place? Place);

    private static readonly Dictionary<string, string> RoleToPredicate = new(StringComparer.OrdinalIgnoreCase)
    {
        ["leader"] = Predicates.Leads, ["head"] = Predicates.Leads, ["chief"] = Predicates.Leads, ["director"] = Predicates.Leads,
        ["chairman"] = Predicates.Leads, ["president"] = Predicates.Leads, ["administrator"] = Predicates.Leads, ["secretary-general"] = Predicates.Leads,
        ["emir"] = Predicates.Leads, ["commander"] = Predicates.Commands, ["founder"] = Predicates.Founded, ["co-founder"] = Predicates.Founded,
        ["spokesman"] = Predicates.SpokespersonFor, ["spokeswoman"] = Predicates.SpokespersonFor, ["spokesperson"] = Predicates.SpokespersonFor,
        ["member"] = Predicates.MemberOf, ["researcher"] = Predicates.MemberOf, ["fellow"] = Predicates.MemberOf, ["official"] = Predicates.MemberOf,
        ["analyst"] = Predicates.MemberOf, ["fighter"] = Predicates.MemberOf, ["commanders"] = Predicates.Commands, ["adviser"] = Predicates.Advises,
        ["advisor"] = Predicates.Advises,
    };

    private static readonly string[] OfficeTitles =
    [
        "prime minister", "president", "foreign minister", "defense minister", "defence minister", "interior minister", "minister",
        "ambassador", "envoy", "king", "emir", "supreme leader", "foreign secretary", "defense secretary", "secretary of state",
    ];

    public static IReadOnlyList<Relation> Find(string text, IReadOnlyList<Claim> claims, IReadOnlyList<LocalEntity> entities, IReadOnlyList<TextSpan> quotes, Gazetteer gazetteer)
    {
        var all = entities.SelectMany((e, i) => e.Mentions.Where(m => !m.IsReference).Select(m => new M(m.Span, i, e.Type, e.Place)))
            .OrderBy(m => m.Span.Start).ToList();
        var relations = new List<Relation>();
        int? lastGroup = null;
        int? lastPerson = null;
        var mi = 0;
        foreach (var claim in claims)
        {
            while (mi < all.Count && all[mi].Span.Start < claim.Span.Start)
            {
                mi++;
            }

            var ms = new List<M>();
            for (var k = mi; k < all.Count && all[k].Span.Start < claim.Span.End; k++)
            {
                if (!quotes.Any(q => q.Start < all[k].Span.Start && all[k].Span.End <= q.End))
                {
                    ms.Add(all[k]);
                }
            }

            var found = new List<(int S, string P, int O)>();
            Appositions(text, claim.Span, ms, found, lastGroup);
            OwnGroups(text, claim.Span, ms, found, ms.FirstOrDefault(m => m.Type == EntityType.Person) is { Span.Length: > 0 } first ? first.Entity : lastPerson);
            Verbs(text, claim.Span, ms, found);
            Backing(text, claim.Span, ms, found);
            Alliances(text, claim.Span, ms, found);
            CommandChains(text, claim.Span, ms, found);
            Opposition(text, claim.Span, ms, found);
            Offices(text, ms, entities, gazetteer, found);

            foreach (var (s, p, o) in found.Distinct())
            {
                if (s != o)
                {
                    relations.Add(new Relation(s, p, o, claim.Index));
                }
            }

            // "the group" later refers to a group with a proper name ("Iraqi government" is an institution), the sentence's first.
            lastGroup = ms.Where(m => m.Type == EntityType.Group && IsProperName(entities[m.Entity].Name)).Select(m => (int?)m.Entity).FirstOrDefault() ?? lastGroup;
            lastPerson = ms.Where(m => m.Type == EntityType.Person).Select(m => (int?)m.Entity).FirstOrDefault() ?? lastPerson;
        }

        return relations;
    }

    private static string Norm(string s) => Space().Replace(s.Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant(), " ");

    private static string Between(string text, TextSpan a, TextSpan b) => b.Start > a.End ? Norm(text[a.End..b.Start]) : "";

    /// <summary>"X, the founder and leader of … Y", "X, a spokesman for Y", "the commander of Y, X", "Y's leader X", "the group's leader, X".</summary>
    private static void Appositions(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found, int? lastGroup)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            var a = ms[i];
            if (a.Type != EntityType.Person)
            {
                continue;
            }

            // After the person: ", the founder and leader of …", up to the first group (or a country for spokesmen and officials).
            var after = Norm(text[a.Span.End..Math.Min(sentence.End, a.Span.End + 160)]);
            var m = RoleAfter().Match(after);
            if (m.Success)
            {
                var roles = m.Groups["roles"].Value.Split(" and ", StringSplitOptions.TrimEntries);
                var target = ms.Skip(i + 1).FirstOrDefault(o => o.Type == EntityType.Group && o.Span.Start >= a.Span.End + m.Length - 1 && o.Span.Start - a.Span.End <= 160);
                if (target.Span.Length == 0 && roles.Any(r => RoleToPredicate.GetValueOrDefault(LastWord(r)) is Predicates.SpokespersonFor or Predicates.MemberOf))
                {
                    target = ms.Skip(i + 1).FirstOrDefault(o => o.Type == EntityType.Place && o.Span.Start >= a.Span.End + m.Length - 1 && o.Span.Start - a.Span.End <= 100);
                }

                if (target.Span.Length > 0)
                {
                    foreach (var role in roles)
                    {
                        if (RoleToPredicate.TryGetValue(LastWord(role), out var p))
                        {
                            found.Add((a.Entity, p, target.Entity));
                        }
                    }
                }
            }

            // Before the person: "the commander of Y, X", "a spokesman for Y, X", "Y's leader X", "the group's leader, X".
            var start = Math.Max(sentence.Start, a.Span.Start - 160);
            var before = Norm(text[start..a.Span.Start]);
            var b = RoleBefore().Match(before);
            if (b.Success)
            {
                var role = LastWord(b.Groups["role"].Value);
                if (RoleToPredicate.TryGetValue(role, out var p))
                {
                    // The first organization or country after the role: "a spokesman for the U.S. embassy in Baghdad".
                    var target = ms.Take(i).FirstOrDefault(o => o.Type is EntityType.Group or EntityType.Place && o.Span.Start >= start + b.Index);
                    if (target.Span.Length > 0 && (target.Type == EntityType.Group || p is Predicates.SpokespersonFor or Predicates.MemberOf))
                    {
                        found.Add((a.Entity, p, target.Entity));
                    }
                    else if (b.Groups["group"].Success && lastGroup is int g)
                    {
                        found.Add((a.Entity, p, g));
                    }
                }
            }
        }
    }

    /// <summary>"X, who heads Y", "X founded Y", "X led a militia known as Y", "X helped found what was then called Y".</summary>
    private static void Verbs(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (ms[i].Type != EntityType.Person)
            {
                continue;
            }

            for (var j = i + 1; j < ms.Count && ms[j].Span.Start - ms[i].Span.End <= 120; j++)
            {
                if (ms[j].Type != EntityType.Group)
                {
                    continue;
                }

                // No other person between subject and verb: "X said Y led the Z" is not X's.
                if (ms.Skip(i + 1).Take(j - i - 1).Any(m => m.Type == EntityType.Person))
                {
                    break;
                }

                var between = Between(text, ms[i].Span, ms[j].Span);
                var v = VerbBetween().Match(between);
                var r = RoleVerb().Match(between);
                if (r.Success && RoleToPredicate.TryGetValue(r.Groups["role"].Value, out var rp))
                {
                    // "… was director of the Y", "… served as head of Y"
                    found.Add((ms[i].Entity, rp, ms[j].Entity));
                    break;
                }

                if (v.Success)
                {
                    var verb = v.Groups["verb"].Value;
                    var p = verb switch
                    {
                        "founded" or "formed" or "created" or "established" or "co-founded" or "found" => Predicates.Founded,
                        "commands" or "commanded" => Predicates.Commands,
                        _ => Predicates.Leads,
                    };
                    found.Add((ms[i].Entity, p, ms[j].Entity));
                    break;
                }
            }
        }
    }

    /// <summary>"Y, a Shiite militia backed by X", "Y, backed by X", "the X-backed Y".</summary>
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
            var before = Norm(text[Math.Max(sentence.Start, a.Span.Start - 40)..a.Span.Start]);
            if (FightBetween().IsMatch(between)
                || (between is " and " or " and the " && FightBefore().IsMatch(before)))
            {
                found.Add((a.Entity, Predicates.OpposedTo, b.Entity));
            }
        }
    }

    /// <summary>"X … his orders came through a chain of command that originated with Y", "X reports to Y".</summary>
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
            var title = OfficeTitles.FirstOrDefault(t => before.EndsWith(t + " ", StringComparison.Ordinal) || before.EndsWith(t + ", ", StringComparison.Ordinal));
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
                found.Add((person.Entity, Predicates.HoldsOffice, country.Entity));
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

    /// <summary>"his own Rahma Brigades": the person the sentence is about leads that group.</summary>
    private static void OwnGroups(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found, int? person)
    {
        if (person is not int p)
        {
            return;
        }

        foreach (var g in ms.Where(m => m.Type == EntityType.Group))
        {
            var before = Norm(text[Math.Max(sentence.Start, g.Span.Start - 20)..g.Span.Start]);
            if (before.EndsWith("his own ", StringComparison.Ordinal) || before.EndsWith("her own ", StringComparison.Ordinal))
            {
                found.Add((p, Predicates.Leads, g.Entity));
            }
        }
    }

    private static bool IsProperName(string name) => name.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[NameLexicon.ParticlePrefixLength(w)]) || NameLexicon.InnerConnectors.Contains(w)));

    private static string LastWord(string s) => s.Trim().Split(' ')[^1];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    // ", the founder and leader of", ", a senior member of", ", a spokesman for the", ", the Iraq researcher for", ", a fellow at", ", who heads"
    [GeneratedRegex(@"^,\s(?:(?:the|a|an|its|then|now|former|longtime)\s)*(?:[\w'-]+\s){0,3}?(?<roles>(?:co-founder|founder|leader|head|chief|director|chairman|president|administrator|secretary-general|emir|commander|spokesman|spokeswoman|spokesperson|member|researcher|fellow|official|analyst|adviser|advisor)(?:\sand\s(?:co-founder|founder|leader|head|chief|commander))?)\s(?:of|for|at|with|to)\s")]
    private static partial Regex RoleAfter();

    // "the commander of the Rapid Force, " / "a spokesman for the U.S. embassy in Baghdad, " / "the group's charismatic leader, " / "'s leader "
    [GeneratedRegex(@"(?:(?:the|a|an)\s(?:[\w-]+\s){0,2}?(?<role>co-founder|founder|leader|head|chief|director|chairman|commander|spokesman|spokeswoman|spokesperson|administrator|emir)\s(?:of|for)\s[^,]{2,80},\s$)|(?:(?<group>the group|the militia|the organization|the movement)'s\s(?:[\w-]+\s){0,2}?(?<role>co-founder|founder|leader|head|chief|commander|spokesman|spokeswoman|spokesperson|emir),?\s$)|(?:'s\s(?:[\w-]+\s){0,2}?(?<role>leader|head|chief|commander|founder|spokesman|emir),?\s$)|(?:(?<group>group)\s(?<role>spokesman|spokeswoman|spokesperson|leader)\s$)")]
    private static partial Regex RoleBefore();

    // The verb phrase ends right before the group: "…, who heads the", "… and led a militia known as the", "… helped found what was then called the".
    [GeneratedRegex(@"(?:^|\s)(?<verb>heads|headed|leads|led|commands|commanded|founded|co-founded|formed|created|established|found)\s(?:(?:the|a|an|his|her|its|what\swas\sthen\scalled|militia|group|movement|bloc|network|party|force|known\sas|called|new)\s)*$")]
    private static partial Regex VerbBetween();

    [GeneratedRegex(@"(?:was|is|as|became|becomes|now|then)\s(?:[\w-]+\s){0,3}?(?:the\s|a\s)?(?:former\s|deputy\s)?(?<role>director|head|leader|chief|commander|founder|chairman|president|administrator|spokesman|member)\sof\s(?:the\s)?$")]
    private static partial Regex RoleVerb();

    [GeneratedRegex(@"^,?\s(?:(?:a|an|the)\s(?:[\w'-]+\s){0,4})?(?:backed|supported|funded|armed|sponsored|trained|financed)\sby\s(?:the\s)?$")]
    private static partial Regex BackedBy();

    [GeneratedRegex(@"^-(?:backed|supported|funded|sponsored|armed|trained)\s(?:[\w'-]+\s){0,3}$")]
    private static partial Regex BackerPrefix();

    [GeneratedRegex(@"^\s(?:(?:\w+\s){0,3})(?:announced|formed|forged|sealed|signed|agreed)\s(?:a\s|an\s)?(?:[\w-]+\s)?(?:alliance|coalition|pact)")]
    private static partial Regex AllianceAfter();

    [GeneratedRegex(@"(?:became|become|is|was|as|an|the)\s(?:also\s)?(?:a\s|an\s)?(?:[\w-]+\s)?ally\s(?:of|to)\s(?:the\s)?$|(?:allied|aligned)\s(?:himself\s|itself\s)?with\s(?:the\s)?$|(?:become|became)\s$")]
    private static partial Regex AllyBetween();

    // A short stretch (at most ten words) ending in a fight phrase: "… military forces conducted 22 strikes against",
    // "… 's war on", "… have been fighting", "… attacked".
    [GeneratedRegex(@"^(?:'s)?(?:\s[\w'-]+){0,10}?\s(?:(?:fought|fights|fighting|battled|battling|battle|battles|attacks?|attacked|strikes?|airstrikes?|offensive|campaign|war|wars|fight|operations?|insurgency|clashed|clashes|clashing|struggle|resistance)\s(?:on|against|with)|fought|attacked|targeted|targeting|bombed|bombing|shelled|ambushed|besieged|defeated|defeat|oppose|opposes|opposed|opposing|expelled|expel)\s(?:the\s)?$")]
    private static partial Regex FightBetween();

    [GeneratedRegex(@"(?:war|fighting|clashes|battles?|conflict|hostilities)\s(?:\w+\s)?between\s(?:the\s)?$")]
    private static partial Regex FightBefore();

    [GeneratedRegex(@"chain of command.{0,40}(?:originated|began|ran|runs|went|led) (?:with|to|through) $|reports? (?:directly )?to $|(?:orders|instructions) (?:came|come) from $")]
    private static partial Regex ChainBetween();
}
