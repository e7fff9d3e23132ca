using System.Globalization;
using System.Text;

namespace MilitiaAtlas.CorpusGen;

/// <summary>One composed article: the file text and what sources.yaml says about it.</summary>
internal sealed record ComposedArticle(string Title, string Text, bool Markdown, Outlet Outlet, string Author, DateOnly Published);

/// <summary>An earlier article's body paragraphs, which later articles may quote (a blog quoting a newspaper).</summary>
internal sealed record PoolEntry(DateOnly Published, Outlet Outlet, string Author, int Theatre, string[] Paragraphs);

/// <summary>
/// Writes one news-style article about one story: a main group, its leader and spokesman, a second group
/// (ally or rival), places, an event with a date phrase, quotes with their speakers, relations, background,
/// and the page furniture of the outlet's layout. Names are spelled the outlet's way, sometimes not.
/// </summary>
internal sealed class ArticleComposer
{
    private readonly Rng _rng;
    private readonly World _world;
    private readonly Outlet _outlet;
    private readonly DateOnly _pub;
    private readonly Theatre _t;
    private readonly Group _g;
    private readonly Group _other;
    private readonly int _city;
    private readonly int _city2;
    private readonly int _village;
    private readonly int _region;
    private readonly HashSet<int> _people = [];
    private readonly HashSet<int> _groups = [];
    private readonly HashSet<int> _acronyms = [];
    private readonly HashSet<int> _villages = [];
    private readonly string _open;
    private readonly string _close;
    private readonly int[] _officials;
    private readonly int[] _analysts;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private ArticleComposer(Rng rng, World world, Outlet outlet, DateOnly published)
    {
        _rng = rng;
        _world = world;
        _outlet = outlet;
        _pub = published;
        _t = world.Theatres[rng.Skewed(world.Theatres.Count, 0.5)];
        _g = world.Groups[_t.Groups[rng.Skewed(_t.Groups.Count, 0.8)]];
        _other = world.Groups[rng.Chance(0.5) ? _g.Ally : _g.Rival];
        _city = _t.Cities[rng.Skewed(_t.Cities.Count, 0.5)];
        _city2 = rng.Pick(_t.Cities);
        _village = rng.Chance(0.4) && world.Places[_g.Home].Kind == PlaceKind.Village ? _g.Home : rng.Pick(_t.Villages);
        _region = _t.Regions.Count > 0 ? rng.Pick(_t.Regions) : _city2;
        _open = outlet.Curly ? "“" : "\"";
        _close = outlet.Curly ? "”" : "\"";
        _officials = [rng.Pick(_t.Officials), rng.Pick(_t.Officials), rng.Pick(_t.Officials)];
        _analysts = [rng.Pick(world.AnalystIds), rng.Pick(world.AnalystIds)];
    }

    /// <summary>A phrase this article has not used yet, if one turns up in a few tries.</summary>
    private string Fresh(string[] bank)
    {
        var s = _rng.Pick(bank);
        for (var i = 0; i < 6 && !_used.Add(s); i++)
        {
            s = _rng.Pick(bank);
        }

        return s;
    }

    public static ComposedArticle Compose(Rng rng, World world, IReadOnlyList<Outlet> outlets, DateOnly published, IReadOnlyList<PoolEntry> pool, out PoolEntry entry)
    {
        var outlet = outlets[rng.Skewed(outlets.Count, 0.6)];
        var c = new ArticleComposer(rng, world, outlet, published);
        var author = rng.Pick(outlet.Authors);
        var title = c.Title();
        var body = c.Body(pool);
        var text = c.Page(title, author, body);
        entry = new PoolEntry(published, outlet, author, c._t.Id,
            body.Where(p => p.Kind == Para.Body && CountWords(p.Text) >= 30).Select(p => p.Text).ToArray());
        return new ComposedArticle(title, text, outlet.Layout == Layout.Markdown, outlet, author, published);
    }

    private enum Para
    {
        Body,
        Quoted,
        Subhead,
        Caption,
        Furniture,
    }

    private readonly record struct Paragraph(Para Kind, string Text);

    // ---- names -------------------------------------------------------------------------------------

    private string Given(Person p)
    {
        var i = (_outlet.Style + p.Id) % p.Given.Length;
        return p.Given[_rng.Chance(0.04) ? _rng.Next(p.Given.Length) : i];
    }

    private string Surname(Person p)
    {
        var i = (_outlet.Style + (p.Id / 2)) % p.Surname.Length;
        var s = p.Surname[_rng.Chance(0.05) ? _rng.Next(p.Surname.Length) : i];
        return _rng.Chance(0.008) ? Spelling.Typo(s, _rng) : s;
    }

    /// <summary>"al-Jabouri" → "Jabouri": how news writing refers back to a person.</summary>
    private static string Bare(string surname)
    {
        foreach (var particle in (string[])["al-", "el-"])
        {
            if (surname.StartsWith(particle, StringComparison.Ordinal) && surname.Length > particle.Length)
            {
                return char.ToUpperInvariant(surname[particle.Length]) + surname[(particle.Length + 1)..];
            }
        }

        return surname;
    }

    /// <summary>A person: full name with title the first time, then mostly the bare surname.</summary>
    private string Person(int id)
    {
        var p = _world.People[id];
        if (_people.Add(id))
        {
            return (p.Title is not null && _rng.Chance(0.7) ? p.Title + " " : "") + Given(p) + " " + Surname(p);
        }

        return _rng.Chance(0.12) ? Given(p) + " " + Surname(p) : Bare(Surname(p));
    }

    private string Description(Person p)
    {
        var d = Fill(p.Description.Replace("{0}", "\u0001", StringComparison.Ordinal));
        d = p.Group >= 0 ? d.Replace("\u0001", Group(p.Group), StringComparison.Ordinal) : d;
        return IsFemale(p.Id) ? d.Replace("spokesman", "spokeswoman", StringComparison.Ordinal) : d;
    }

    /// <summary>A person at the end of a clause: "X, the leader of Y" on first mention.</summary>
    private string WhoEnd(int id)
    {
        var first = !_people.Contains(id);
        var name = Person(id);
        return first ? name + ", " + Description(_world.People[id]) : name;
    }

    /// <summary>A person inside a clause, before more of it: "X, the leader of Y," on first mention.</summary>
    private string WhoMid(int id) => WhoSubject(id);

    /// <summary>A person as the subject before a verb: "X, the leader of Y," on first mention.</summary>
    private string WhoSubject(int id)
    {
        var first = !_people.Contains(id);
        var name = Person(id);
        return first ? name + ", " + Description(_world.People[id]) + "," : name;
    }

    private bool IsFemale(int id) => NameParts.FemaleGiven.Any(f => ReferenceEquals(f, _world.People[id].Given));

    private string GroupName(Group g) => g.Names[_rng.Chance(0.04) ? _rng.Next(g.Names.Length) : (_outlet.Style + g.Id) % g.Names.Length];

    /// <summary>A group: its name (with the acronym in brackets the first time, sometimes), later the acronym.</summary>
    private string Group(int id)
    {
        var g = _world.Groups[id];
        var article = g.TakesThe ? "the " : "";
        if (_groups.Add(id))
        {
            var name = article + GroupName(g);
            if (g.Acronym is not null && _rng.Chance(0.6))
            {
                _acronyms.Add(id);
                name += $" ({g.Acronym})";
            }

            return name;
        }

        return _acronyms.Contains(id) && _rng.Chance(0.5) ? g.Acronym! : article + GroupName(g);
    }

    /// <summary>"fighters from the X", "X fighters" (no article), or "militiamen loyal to LEADER".</summary>
    private string Fighters(int id)
    {
        var g = _world.Groups[id];
        return _rng.Next(4) switch
        {
            0 when _groups.Contains(id) => GroupName(g) + " fighters",
            1 when g.Leader >= 0 => "militiamen loyal to " + Person(g.Leader),
            _ => "fighters from " + Group(id),
        };
    }

    private string Place(int id)
    {
        var p = _world.Places[id];
        if (p.Kind == PlaceKind.Village)
        {
            return _villages.Add(id) ? "the village of " + p.Names[0] : p.Names[0];
        }

        var name = p.Names[_rng.Chance(0.15) ? _rng.Next(p.Names.Length) : 0];
        return p.Kind == PlaceKind.Region && _rng.Chance(0.3) && !name.Contains(' ', StringComparison.Ordinal) ? name + " province" : name;
    }

    private string Capital => _world.Places[_t.Cities[0]].Names[0];

    private string Backer(Group g) =>
        g.BackerCountry ?? (g.BackerGroup >= 0 ? Group(g.BackerGroup) : _rng.Pick(_world.BackerCountries));

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private string Quote(string inner, char end) => _open + Cap(inner) + end + _close;

    /// <summary>Fills the slots of a phrase with this article's actors and picks one wording of each [a|b|c] (nested).</summary>
    private string Fill(string template)
    {
        if (template.IndexOfAny(['{', '[']) < 0)
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 40);
        FillInto(sb, template);
        return sb.ToString();
    }

    private void FillInto(StringBuilder sb, ReadOnlySpan<char> template)
    {
        var i = 0;
        while (i < template.Length)
        {
            var ch = template[i];
            if (ch == '[')
            {
                // Find the matching bracket and the top-level options inside it.
                var depth = 0;
                var starts = new List<int> { i + 1 };
                var end = i;
                for (var j = i; j < template.Length; j++)
                {
                    if (template[j] == '[')
                    {
                        depth++;
                    }
                    else if (template[j] == ']' && --depth == 0)
                    {
                        end = j;
                        break;
                    }
                    else if (template[j] == '|' && depth == 1)
                    {
                        starts.Add(j + 1);
                    }
                }

                var k = _rng.Next(starts.Count);
                var optionEnd = k + 1 < starts.Count ? starts[k + 1] - 1 : end;
                FillInto(sb, template[starts[k]..optionEnd]);
                i = end + 1;
            }
            else if (ch == '{')
            {
                var close = template[i..].IndexOf('}') + i;
                var slot = template[(i + 1)..close];
                if (slot.Length > 0 && slot[0] == '@')
                {
                    FillInto(sb, _rng.Pick(Phrases.Words[slot[1..].ToString()]));
                }
                else
                {
                    sb.Append(Slot(slot.ToString()));
                }

                i = close + 1;
            }
            else
            {
                sb.Append(ch);
                i++;
            }
        }
    }

    private string Slot(string slot) => slot switch
    {
        "city" => Place(_city),
        "city2" => Place(_city2),
        "village" => Place(_village),
        "region" => Place(_region),
        "capital" => Capital,
        "country" => _t.Country,
        "demonym" => _t.Demonym,
        "backer" => Backer(_g),
        "group" => Group(_g.Id),
        "group2" => Group(_other.Id),
        "leader" => Person(_g.Leader),
        "place" => Place(_rng.Next(5) switch { 0 or 1 => _city, 2 => _city2, 3 => _village, _ => _region }),
        "n" => _rng.Pick(Phrases.NumberWords),
        "small" => _rng.Between(12, 90).ToString(CultureInfo.InvariantCulture),
        "hundreds" => (_rng.Between(2, 95) * 10).ToString(CultureInfo.InvariantCulture),
        "month" => Month(_rng.Between(1, 12)),
        "day" => Phrases.Days[_rng.Next(7)],
        "thousands" => (_rng.Between(4, 90) * 1000).ToString("N0", CultureInfo.InvariantCulture),
        "low" => (_rng.Between(10, 30) * 10).ToString(CultureInfo.InvariantCulture),
        "high" => (_rng.Between(35, 80) * 10).ToString(CultureInfo.InvariantCulture),
        "year" => (_pub.Year - _rng.Between(1, 9)).ToString(CultureInfo.InvariantCulture),
        "when" => When(),
        "western" => _rng.Pick(NameParts.WesternGiven) + " " + _rng.Pick(NameParts.WesternSurnames),
        _ => slot,
    };

    // ---- dates -------------------------------------------------------------------------------------

    private static string Month(int m) => Phrases.Months[m - 1];

    private static string Long(DateOnly d) => $"{Month(d.Month)} {d.Day}, {d.Year}";

    /// <summary>A date phrase before the publication date, absolute or relative ("last June", "three months ago").</summary>
    private string When()
    {
        switch (_rng.Next(13))
        {
            case 0 or 1 or 2:
                return "on " + Long(_pub.AddDays(-_rng.Between(2, 700)));
            case 3:
                return "last " + Month(_pub.AddMonths(-_rng.Between(2, 11)).Month);
            case 4:
                return "in " + (_pub.Year - _rng.Between(1, 8));
            case 5:
                return _rng.Pick(Phrases.NumberWords) + " months ago";
            case 6:
                return _rng.Pick(Phrases.NumberWords[..4]) + " weeks ago";
            case 7:
                return "on " + Phrases.Days[(int)_pub.AddDays(-_rng.Between(1, 6)).DayOfWeek];
            case 8:
                return _rng.Pick(["earlier this month", "last week", "last month", "last year", "earlier this year"]);
            case 9:
                return (_rng.Chance(0.5) ? "in late " : "in early ") + (_pub.Year - _rng.Between(1, 5));
            case 10:
            {
                var d = _pub.AddMonths(-_rng.Between(2, 40));
                return $"in {Month(d.Month)} {d.Year}";
            }

            case 11:
            {
                var d = _pub.AddDays(-_rng.Between(2, 400));
                return $"on {d.Day} {Month(d.Month)} {d.Year}";
            }

            default:
                return "two years ago";
        }
    }

    /// <summary>The year two groups became allies or rivals: fixed for the pair, so articles agree.</summary>
    private int TieYear(Group g, int other) =>
        Math.Min(_pub.Year - 1, Math.Max(g.FoundedYear, _world.Groups[other].FoundedYear) + ((g.Id + other) % 7));

    private int PastYear(int min = 1, int max = 12) => _pub.Year - _rng.Between(min, max);

    // ---- sentences ---------------------------------------------------------------------------------

    private string Clause() => Fill(Fresh(Phrases.Clauses));

    /// <summary>A free combination of subject, predicate, time and attribution: "Fighters from X seized the cinema in Y last June, residents said."</summary>
    private string Sentence()
    {
        var (subject, predicates) = _rng.Next(10) switch
        {
            < 6 => (_rng.Pick(Phrases.ArmedSubjects), Phrases.ArmedPredicates),
            < 8 => (_rng.Pick(Phrases.PeopleSubjects), Phrases.PeoplePredicates),
            _ => _rng.Pick(Phrases.Things),
        };
        var sb = new StringBuilder();
        sb.Append(Cap(Fill(_rng.Chance(0.3) ? "{@opener}" : ""))).Append(Fill(subject)).Append(' ').Append(Fill(_rng.Pick(predicates)));
        if (_rng.Chance(0.45))
        {
            sb.Append(' ').Append(When());
        }

        if (_rng.Chance(0.3))
        {
            sb.Append(", ").Append(Attribution());
        }

        return Cap(sb.ToString()) + ".";
    }

    private string Narration()
    {
        if (_rng.Chance(0.6))
        {
            return Sentence();
        }

        return _rng.Next(4) switch
        {
            0 => Cap(Fill("{@subject} {@said} ")) + Clause() + ".",
            1 when _rng.Chance(0.4) => $"According to {WhoEnd(_rng.Pick(_officials))}, {Clause()}.",
            _ => Cap(Fill(_rng.Chance(0.5) ? "{@opener}" : "") + Clause()) + ".",
        };
    }

    private string Attribution()
    {
        return _rng.Next(7) switch
        {
            0 => Fill("[residents|witnesses|villagers|locals|people in the area] [said|told reporters|reported|recalled]"),
            1 => "according to " + WhoEnd(_rng.Pick(_officials)),
            2 => Fill("[officials|security sources|medics|hospital staff|army officers] [said|reported|confirmed|told reporters]"),
            3 => WhoSubject(_g.Spokesman) + Fill(" [told reporters|said|claimed|confirmed]"),
            4 => Fill("[a local official|a police officer|a doctor at the main hospital|a council member] [said|told reporters|confirmed]"),
            5 => Fill("[according to|citing] a [statement|video|post] [from|issued by|published by|attributed to] ") + Group(_g.Id),
            _ => Fill("[the group|its spokesman|a commander] [said|claimed] [in a statement|on social media|in a video|on its website]"),
        };
    }

    private string Maybe(Func<string> make, double p = 0.5) => _rng.Chance(p) ? make() : "";

    private string Num(int min, int max) => _rng.Chance(0.5) ? _rng.Between(min, max).ToString(CultureInfo.InvariantCulture) : "at least " + _rng.Between(min, max);

    /// <summary>A dated happening with its participants: an attack, an offensive, a meeting, a release, an alliance…</summary>
    private string Event(Group g, Group other)
    {
        var place = _rng.Chance(0.5) ? _village : _city;
        switch (_rng.Next(10))
        {
            case 0:
                return Fill($"{Cap(Fighters(g.Id))} [attacked|stormed|fired rockets at|overran|ambushed] {_rng.Pick(Phrases.Targets)} [near|outside|on the edge of|north of|south of] {Place(place)} {When()}, killing {Num(3, 40)} {_rng.Pick(Phrases.Victims)} [and wounding {Num(3, 40)}|and wounding many more|], {Attribution()}.");
            case 1:
                return Fill($"{Cap(Group(g.Id))} launched [an offensive|a new offensive|a dawn offensive|an assault] {When()} to [retake|recapture|seize] {Place(place)} from {Group(other.Id)}[ with [air support|heavy artillery|{Num(200, 900)} fighters]|], {Attribution()}.");
            case 2:
                return Fill($"{WhoSubject(g.Leader)} met {WhoMid(other.Leader)} [in|at a farm outside|at a hotel in|at a mosque in] {Place(_city)} {When()} to discuss {Fill(_rng.Pick(Phrases.Topics))}{Maybe(() => ", " + Attribution())}.");
            case 3:
                return Fill($"{Cap(Group(other.Id))} [released|freed|handed over] {Num(4, 60)} [fighters|members|men] of {Group(g.Id)} {When()} in exchange for {Num(4, 60)} [prisoners|detainees|captives] [held in {Place(_city2)}|and the bodies of {Num(2, 9)} fighters|], {Attribution()}.");
            case 4:
                return Fill($"{Cap(Group(g.Id))} and {Group(other.Id)} announced an alliance {When()}, [pledging to share [weapons|intelligence|checkpoints] [in {Place(_region)}|around {Place(_city)}]|a move that surprised [their supporters|diplomats in {Capital}]|weeks after their commanders met [in secret|in {Place(_city2)}]|ending [years|{Num(2, 9)} years] of rivalry over {Place(place)}].");
            case 5:
                return Fill($"[Gunmen|Masked men|Fighters] from {Group(g.Id)} [kidnapped|abducted|seized] {Num(2, 12)} {_rng.Pick(Phrases.Victims)} [on the road between {Place(_city)} and {Place(_city2)}|at a checkpoint near {Place(place)}|from their homes in {Place(place)}] {When()}, {Attribution()}.");
            case 6:
                return Fill($"{Cap(Group(g.Id))} and {Group(other.Id)} agreed to a [ceasefire|truce|halt to the fighting] {When()} after {_rng.Pick(Phrases.NumberWords)} [days|weeks] of [clashes|fighting|shelling] [in|around|near] {Place(place)}{Maybe(() => ", " + Attribution())}.");
            case 7:
                return Fill($"{Cap(Group(g.Id))} [seized control of|took|entered] {Place(place)} {When()} after [fighters from {Group(other.Id)}|the army|the police] [withdrew|pulled out|fled], {Attribution()}.");
            case 8:
                return Fill($"{Cap(Group(g.Id))} appointed {Person(_rng.Pick(g.Commanders))} as its [new|top|field] commander [in|for] {Place(_region)} {When()}{Maybe(() => ", " + Attribution())}.");
            default:
                return Fill($"[Security forces|Police|Soldiers|Intelligence officers] arrested {Person(_rng.Pick(g.Commanders))}, a commander of {Group(g.Id)}, [at a checkpoint outside|at his home in|in a raid on a house in] {Place(place)} {When()}{Maybe(() => ", " + Attribution())}.");
        }
    }

    private string SpeakerQuote(int speaker)
    {
        var role = _world.People[speaker].Role;
        var bank = role switch
        {
            PersonRole.Official => Phrases.OfficialQuotes,
            PersonRole.Analyst => Phrases.AnalystQuotes,
            _ => Phrases.LeaderQuotes,
        };
        var q = Fill(Fresh(bank));
        return _rng.Chance(0.35) ? q + ". " + Fill(Fresh(bank)) : q;
    }

    /// <summary>A paragraph where someone speaks, in one of the frames news writing uses.</summary>
    private string Speech(int speaker)
    {
        var he = IsFemale(speaker) ? "she" : "he";
        switch (_rng.Next(8))
        {
            case 0:
                return $"{Quote(SpeakerQuote(speaker), ',')} {WhoSubject(speaker)} said.";
            case 1:
                return $"{WhoSubject(speaker)} {Fill("[told reporters|told a news conference|said in a statement|wrote on social media|told me|said on television]")}: {Quote(SpeakerQuote(speaker), '.')}";
            case 2:
                return $"According to {WhoEnd(speaker)}, {Clause()}. {Quote(SpeakerQuote(speaker), ',')} {he} said.";
            case 3:
                return $"{WhoSubject(speaker)} said {Clause()}. {Quote(SpeakerQuote(speaker), '.')}";
            case 4:
                return $"{Quote(SpeakerQuote(speaker), ',')} said {WhoEnd(speaker)}. {Narration()}";
            case 5:
                return $"{Quote(SpeakerQuote(speaker), ',')} {WhoSubject(speaker)} {Fill("[said in an interview|told a news conference|said in a televised speech|told local television|said at a rally|told a gathering of elders]")} {When()}. {Quote(SpeakerQuote(speaker), ',')} {he} {Fill("[added|said|went on|continued]")}.";
            case 6:
                return $"{WhoSubject(speaker)} {_rng.Pick(["warned", "insisted", "told me", "said"])} that {Clause()}.";
            default:
                return _world.People[speaker].Group >= 0
                    ? $"In a statement, {Group(_world.People[speaker].Group)} said {Clause()}. {Quote(SpeakerQuote(speaker), ',')} {WhoSubject(speaker)} said."
                    : $"{Quote(SpeakerQuote(speaker), ',')} {WhoSubject(speaker)} said. {Narration()}";
        }
    }

    /// <summary>Who the group is: its leader, founder, backer, allies and rivals.</summary>
    private string Relations(Group g)
    {
        var sentences = new List<string>();
        switch (_rng.Next(3))
        {
            case 0:
                sentences.Add(Fill($"{Cap(Group(g.Id))}, a [militia|group|force|faction] [backed|funded|armed|supported] by {Backer(g)}, [has grown into one of the [strongest|largest|best-armed] forces in|now dominates [much|most|a large part] of|controls [several|{Num(2, 9)}|most] districts of|recruits {{@openly}} in] {Place(_region)}."));
                break;
            case 1 when g.BackerCountry is not null:
                sentences.Add(Fill($"The {g.BackerCountry}-backed {GroupName(g)} [expanded quickly|took over [several|{Num(2, 9)}] bases|gained ground|moved into {Place(_city2)}] after the [army|police|government] [withdrew|pulled out] from {Place(_city)} [in {PastYear(1, 6)}|{When()}]."));
                _groups.Add(g.Id);
                break;
            default:
                sentences.Add(Fill($"{Cap(Group(g.Id))} was [founded|formed|set up] in {g.FoundedYear} by {(g.Founder == g.Leader ? Person(g.Founder) : WhoEnd(g.Founder))}[ in {Place(g.Home)}|, a [former|one-time] [army officer|teacher|smuggler|preacher]|]."));
                break;
        }

        if (_rng.Chance(0.6))
        {
            sentences.Add(Fill(_rng.Next(3) switch
            {
                0 => $"{Person(g.Leader)}, who heads {Group(g.Id)}, [rarely speaks to the press|spent [years|a decade] in exile in {Backer(g)}|was once a [schoolteacher|lawyer|policeman|mechanic] in {Place(_city)}|rose through the ranks in the [1990s|2000s]].",
                1 => $"{Cap(Person(g.Leader))}, the leader of {Group(g.Id)}, [has denied the accusations|is close to [the government|officials in {Capital}]|survived an assassination attempt in {PastYear(1, 8)}|has courted [foreign|{Backer(g)}'s] backers].",
                _ => $"{Cap(Person(g.Founder))} founded {Group(g.Id)} in {g.FoundedYear} with [a few hundred|{Num(40, 400)}|a handful of] [fighters|men|relatives] from {Place(g.Home)}.",
            }));
        }

        if (g.Ally >= 0 && _rng.Chance(0.5))
        {
            sentences.Add(Fill(_rng.Chance(0.5)
                ? $"The alliance between {Group(g.Id)} and {Group(g.Ally)} has held since {TieYear(g, g.Ally)}[, despite [quarrels over money|a dispute over {Place(_city2)}|rival ambitions]|]."
                : $"{Cap(Group(g.Id))} is allied with {Group(g.Ally)}, and their [fighters|men|units] share {{@barriers}} [around|near|outside] {Place(_city)}."));
        }

        if (g.Rival >= 0 && _rng.Chance(0.5))
        {
            sentences.Add(Fill($"{Cap(Group(g.Id))} has fought {Group(g.Rival)} for [control|possession] of {Place(_rng.Chance(0.5) ? _city2 : _region)} since {PastYear(1, 8)}[, [at the cost of|losing] [hundreds of|{Num(30, 300)}] [men|fighters]|]."));
        }

        return string.Join(" ", sentences);
    }

    private string History(Group g)
    {
        var s = new List<string>
        {
            Fill(_rng.Next(4) switch
            {
                0 => $"On {Long(_pub.AddDays(-_rng.Between(200, 2500)))}, {Fighters(g.Id)} [ambushed|attacked|hit] a [convoy|patrol|column of {{@vehicles}}] [near|outside|on the road to] {Place(_village)}, killing {Num(3, 30)} [soldiers|policemen|rival fighters].",
                1 => $"In {PastYear(2, 10)}, the group split from {Group(g.Rival)} after a [dispute|quarrel|falling out] over {Fill(_rng.Pick(Phrases.Topics))}.",
                2 => $"{Cap(Person(g.Leader))} was arrested in {PastYear(4, 12)} [in {Place(_city2)}|by the army|at the border] and released {_rng.Pick(Phrases.NumberWords[..4])} years later in a [prisoner exchange|deal with {Group(g.Rival)}|general amnesty].",
                _ => $"The group first appeared in {PastYear(3, 10)}, when its [fighters|men|gunmen] took over the {{@barriers}} [around|outside|near] {Place(g.Home)}.",
            }),
        };
        s.Add(Narration());
        return string.Join(" ", s);
    }

    private string Resident()
    {
        var (given, surname) = _world.NewName(_rng, _t, unique: false);
        var name = given[_rng.Next(given.Length)] + " " + surname[0];
        return _rng.Next(3) switch
        {
            0 => $"{Quote(Fill(Fresh(Phrases.ResidentQuotes)), ',')} said {name}, a {_rng.Pick(NameParts.ResidentJobs)} from {Place(_village)}.",
            1 => $"{Fill("[One|A] [resident|farmer|trader|shopkeeper] [in|from] ")}{Place(_village)}, {Fill("who asked not to be [named|identified] [for fear of reprisals|because he feared [reprisals|the fighters|arrest]|for his safety]")}, said {Clause()}. {Quote(Fill(Fresh(Phrases.ResidentQuotes)), '.')}",
            _ => $"{name}, a {_rng.Pick(NameParts.ResidentJobs)} in {Place(_city)}, said {Clause()}. {Quote(Fill(Fresh(Phrases.ResidentQuotes)), ',')} {(NameParts.FemaleGiven.Any(f => ReferenceEquals(f, given)) ? "she" : "he")} said.",
        };
    }

    private string Filler() => string.Join(" ", Enumerable.Range(0, _rng.Between(2, 4)).Select(_ => Narration()));

    private string Title()
    {
        var g = _g;
        var name = (g.TakesThe ? "the " : "") + g.Names[0];
        var city = _world.Places[_city].Names[0];
        var region = _world.Places[_region].Names[0];
        var other = (_other.TakesThe ? "the " : "") + _other.Names[0];
        return Cap(_rng.Next(12) switch
        {
            0 => $"{g.Names[0]} tighten grip on {city} as talks stall",
            1 => $"Inside {name}: how a local militia became a power broker in {region}",
            2 => $"Fighting flares near {city} after {_rng.Pick(["prisoner swap collapses", "ambush on convoy", "night of shelling", "talks break down"])}",
            3 => $"Who controls {city}? The rise of {name}",
            4 => $"Prisoner swap frees {_rng.Between(8, 90)} as {name} and {other} trade accusations",
            5 => $"What an alliance between {name} and {other} means for {_t.Country}",
            6 => $"{_t.Country}'s militias move to the forefront in {region}",
            7 => $"Residents of {_world.Places[_village].Names[0]} describe {_rng.Pick(["night of shelling", "life under the militias", "the day the fighters came"])}",
            8 => $"{_world.People[g.Leader].Canonical}: the man behind {name}",
            9 => $"{g.BackerCountry ?? _rng.Pick(_world.BackerCountries)}'s hand in {_t.Country}'s war grows stronger",
            10 => $"Backed by {g.BackerCountry ?? "outsiders"}, {name} moves to the front in {region}",
            _ => $"{_t.Demonym} {_rng.Pick(["army", "government", "parliament"])} {_rng.Pick(["struggles to rein in", "turns to", "strikes a deal with"])} {name}",
        });
    }

    // ---- the body ------------------------------------------------------------------------------------

    private List<Paragraph> Body(IReadOnlyList<PoolEntry> pool)
    {
        var body = new List<Paragraph>();
        var target = (int)(4000 * Math.Exp(0.35 * ((_rng.NextDouble() + _rng.NextDouble() + _rng.NextDouble() - 1.5) * 2)));
        var size = 0;
        void Add(Para kind, string text)
        {
            // News paragraphs run to a few sentences; one-line paragraphs are rare.
            while (kind == Para.Body && text.Length < 320 && !_rng.Chance(0.15))
            {
                text += " " + Sentence();
            }

            body.Add(new Paragraph(kind, text));
            size += text.Length;
        }

        Add(Para.Body, Event(_g, _other) + " " + Narration());
        Add(Para.Body, Speech(_rng.Chance(0.6) ? _g.Spokesman : _g.Leader));
        var reuseAt = _rng.Chance(ReuseChance) ? _rng.Between(2, 5) : -1;
        var relations = 0;
        while (size < target || body.Count < 6)
        {
            if (reuseAt >= 0 && body.Count >= reuseAt)
            {
                reuseAt = -1;
                foreach (var p in Quoted(pool))
                {
                    body.Add(p);
                    size += p.Text.Length / 2;
                }
            }

            if (_rng.Chance(0.08) && body[^1].Kind == Para.Body)
            {
                Add(Para.Subhead, Fill(_rng.Pick(Phrases.Subheads)));
            }

            switch (_rng.Next(12))
            {
                case 0 or 1 when relations < 2:
                    relations++;
                    Add(Para.Body, Relations(_rng.Chance(0.7) ? _g : _other));
                    break;
                case 2:
                    Add(Para.Body, Speech(_rng.Pick(_officials)));
                    break;
                case 3:
                    Add(Para.Body, Speech(_rng.Pick(_analysts)));
                    break;
                case 4:
                    Add(Para.Body, Resident());
                    break;
                case 5:
                    Add(Para.Body, History(_rng.Chance(0.7) ? _g : _other));
                    break;
                case 6:
                    Add(Para.Body, Event(_rng.Chance(0.6) ? _other : _g, _rng.Chance(0.5) ? _g : _world.Groups[_other.Rival]) + " " + Narration());
                    break;
                case 7:
                    Add(Para.Body, Speech(_rng.Pick([_g.Leader, _other.Spokesman, _rng.Pick(_g.Commanders), _rng.Pick(_t.Clerics)])));
                    break;
                case 8 when _outlet.Layout is Layout.News or Layout.NewsContact && _rng.Chance(0.5):
                    Add(Para.Caption, Caption());
                    break;
                case 9 when _outlet.Layout is Layout.News && _rng.Chance(0.3):
                    Add(Para.Furniture, _rng.Chance(0.5) ? "Advertisement" : "Read more: " + Fill(_rng.Pick(Phrases.Subheads)));
                    break;
                default:
                    Add(Para.Body, Filler());
                    break;
            }
        }

        Add(Para.Body, Fill(_rng.Pick(Phrases.Closings)) + (_rng.Chance(0.5) ? " " + Narration() : ""));
        return body;
    }

    private double ReuseChance => _outlet.Layout switch
    {
        Layout.Blog => 0.7,
        Layout.Forum => 0.5,
        _ => 0.1,
    };

    /// <summary>2–5 consecutive paragraphs of an earlier article, verbatim or nearly, introduced the way blogs quote.</summary>
    private IEnumerable<Paragraph> Quoted(IReadOnlyList<PoolEntry> pool)
    {
        var candidates = new List<PoolEntry>();
        for (var i = pool.Count - 1; i >= 0 && candidates.Count < 40; i--)
        {
            var e = pool[i];
            if (e.Published < _pub && e.Paragraphs.Length >= 2 && e.Outlet != _outlet)
            {
                candidates.Add(e);
            }
        }

        if (candidates.Count == 0)
        {
            yield break;
        }

        var sameTheatre = candidates.Where(e => e.Theatre == _t.Id).ToList();
        var source = sameTheatre.Count > 0 && _rng.Chance(0.7) ? _rng.Pick(sameTheatre) : _rng.Pick(candidates);
        var count = Math.Min(source.Paragraphs.Length, _rng.Between(2, 5));
        var start = _rng.Next(source.Paragraphs.Length - count + 1);
        yield return new Paragraph(Para.Body, _rng.Next(4) switch
        {
            0 => $"As {source.Outlet.Name} reported:",
            1 => $"{source.Author} of {source.Outlet.Name} reports that the picture on the ground is grim:",
            2 => $"Here is how {source.Outlet.Name} described it:",
            _ => $"{source.Outlet.Name} has the details:",
        });
        for (var i = start; i < start + count; i++)
        {
            yield return new Paragraph(Para.Quoted, NearCopy(source.Paragraphs[i]));
        }

        yield return new Paragraph(Para.Body, _rng.Pick(["Read that again.", "None of this should surprise anyone.", "That is the part the official statements leave out."]) + " " + Filler());
    }

    private string NearCopy(string p)
    {
        switch (_rng.Next(6))
        {
            case 0:
                return p.Replace('“', '"').Replace('”', '"');
            case 1 when p.Length > 1 && char.IsUpper(p[0]):
                return "[" + p[0] + "]" + p[1..];
            case 2:
                var cut = p.LastIndexOf(". ", p.Length - 2, StringComparison.Ordinal);
                return cut > p.Length / 2 ? p[..(cut + 1)] : p;
            case 3:
                return p.Replace(" said ", " says ", StringComparison.Ordinal);
            default:
                return p;
        }
    }

    private string Caption()
    {
        var photographer = _rng.Pick(NameParts.WesternGiven) + " " + _rng.Pick(NameParts.WesternSurnames);
        var agency = _rng.Pick(NameParts.Agencies);
        return _rng.Next(3) switch
        {
            0 => $"Photo: {photographer}/{agency}",
            1 => $"Fighters at a checkpoint near {_world.Places[_city].Names[0]} in {PastYear(0, 3)}. ({photographer}/{agency})",
            _ => $"Photographer: {photographer}/{agency}",
        };
    }

    // ---- the page ------------------------------------------------------------------------------------

    private string Page(string title, string author, List<Paragraph> body)
    {
        var parts = new List<string>();
        var md = _outlet.Layout == Layout.Markdown;
        if (md)
        {
            parts.Add(FrontMatter(title, author));
            parts.Add("# " + title);
            if (_rng.Chance(0.6))
            {
                parts.Add("*" + Standfirst() + "*");
            }

            if (_rng.Chance(0.7))
            {
                parts.Add($"![{_t.Demonym} fighters near {_world.Places[_city].Names[0]}](https://{_outlet.Domain}/images/{_rng.Next(900000) + 100000}.jpg)");
                parts.Add(Caption());
            }
        }
        else
        {
            parts.Add(title);
            if (_rng.Chance(0.6))
            {
                parts.Add(Standfirst());
            }

            if (_outlet.Layout is Layout.News or Layout.NewsContact && _rng.Chance(0.5))
            {
                parts.Add(Caption());
            }

            if (_rng.Chance(0.5))
            {
                parts.Add("By " + author);
            }

            if (_rng.Chance(0.4))
            {
                parts.Add(_rng.Chance(0.7) ? Long(_pub) : $"{_pub.Day} {Month(_pub.Month)} {_pub.Year}");
            }
        }

        foreach (var p in body)
        {
            parts.Add(p.Kind switch
            {
                Para.Subhead => md ? "## " + p.Text : p.Text,
                Para.Quoted when md && _rng.Chance(0.5) => "> " + p.Text,
                _ => p.Text,
            });
        }

        parts.AddRange(Tail(title, author));
        var separator = _outlet.Layout == Layout.Forum && _outlet.Style == 2 ? "\n\n\n" : "\n\n";
        return string.Join(separator, parts) + "\n";
    }

    private string Standfirst() => Cap(Clause()) + ".";

    private string FrontMatter(string title, string author)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(SourcesYaml.Quote(title)).Append('\n');
        sb.Append("date: ").Append(_pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (_rng.Chance(0.5))
        {
            sb.Append("authors:\n  - ").Append(SourcesYaml.Quote(author)).Append('\n');
        }
        else
        {
            sb.Append("author: ").Append(SourcesYaml.Quote(author)).Append('\n');
        }

        sb.Append("tags: [").Append(_t.Country.ToLowerInvariant()).Append(", militias]\n");
        sb.Append("---");
        return sb.ToString();
    }

    private IEnumerable<string> Tail(string title, string author)
    {
        var outlet = _outlet.Name;
        switch (_outlet.Layout)
        {
            case Layout.News:
                yield return _rng.Next(4) switch
                {
                    0 => $"This article first appeared in {outlet} on {Long(_pub)}.",
                    1 => $"© {_pub.Year} {outlet}. All rights reserved.",
                    2 => $"Sign up for our newsletter to get the latest from {outlet}.",
                    _ => $"This story was originally published by {outlet}.",
                };
                if (_rng.Chance(0.5))
                {
                    yield return "More Stories";
                    for (var i = 0; i < _rng.Between(3, 5); i++)
                    {
                        var d = _pub.AddDays(-_rng.Between(0, 20));
                        yield return $"{RelatedTitle()}\n{Standfirst()}\n{Long(d)}";
                    }
                }

                break;
            case Layout.NewsContact:
                yield return $"This column does not necessarily reflect the opinion of {outlet}'s editorial board or its owners.";
                yield return $"    To contact the author on this story:\n    {author} at";
                yield return $"    To contact the editor on this story:\n    {_rng.Pick(NameParts.WesternGiven)} {_rng.Pick(NameParts.WesternSurnames)} at";
                break;
            case Layout.Blog:
                if (_rng.Chance(0.5))
                {
                    yield return "Notice: All comments are subject to moderation. Our comments are intended to be a forum for civil discourse bearing on the subject under discussion.";
                }

                var n = _rng.Between(0, 6);
                yield return n == 0 ? "Responses" : $"{n} Comments";
                for (var i = 0; i < n; i++)
                {
                    var d = _pub.AddDays(_rng.Between(0, 3));
                    yield return $"{_rng.Pick(NameParts.CommenterHandles)} says:\n{Long(d)} at {_rng.Between(1, 12)}:{_rng.Next(60):00} {(_rng.Chance(0.5) ? "am" : "pm")}";
                    yield return Comment();
                }

                break;
            case Layout.Forum:
                for (var i = 0; i < _rng.Between(2, 9); i++)
                {
                    yield return $"{_rng.Pick(NameParts.CommenterHandles)}'s picture";
                    yield return Comment();
                    if (_rng.Chance(0.3))
                    {
                        yield return Comment();
                    }
                }

                break;
            default:
                if (_rng.Chance(0.4))
                {
                    yield return $"This article was originally published on {outlet}.";
                }

                yield return "## Related";
                yield return string.Join("\n", Enumerable.Range(0, _rng.Between(2, 5)).Select(_ => RelatedTitle())
                    .Select(t => $"- [{t}](https://{_outlet.Domain}/{_pub.Year}/{Slug(t)})"));

                break;
        }
    }

    private string Comment() => string.Join(" ", Enumerable.Range(0, _rng.Between(1, 3)).Select(_ => Fill(_rng.Pick(Phrases.Comments))));

    /// <summary>A headline from elsewhere in the atlas's world, for related-story lists.</summary>
    private string RelatedTitle()
    {
        var t = _world.Theatres[_rng.Next(_world.Theatres.Count)];
        var g = _world.Groups[_rng.Pick(t.Groups)];
        var name = (g.TakesThe ? "The " : "") + g.Names[0];
        var city = _world.Places[_rng.Pick(t.Cities)].Names[0];
        return _rng.Next(4) switch
        {
            0 => $"{name} claims attack near {city}",
            1 => $"Talks in {city} end without a deal",
            2 => $"{_world.People[g.Leader].Canonical} warns of new offensive",
            _ => $"{t.Country}: what we know about the fighting in {city}",
        };
    }

    public static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.ToLowerInvariant())
        {
            if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }

            if (sb.Length >= 48)
            {
                break;
            }
        }

        return sb.ToString().Trim('-');
    }

    private static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var ch in s)
        {
            var w = !char.IsWhiteSpace(ch);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
