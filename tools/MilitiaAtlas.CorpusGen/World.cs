using System.Globalization;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.CorpusGen;

internal enum PersonRole
{
    Leader,
    Spokesman,
    Commander,
    Official,
    Cleric,
    Analyst,
}

/// <summary>
/// An invented person: given name and surname, each with the spellings outlets use. Description is how
/// articles introduce them; "{0}" stands for their group and [a|b] for wordings (ArticleComposer.Fill).
/// </summary>
internal sealed record Person(int Id, string[] Given, string[] Surname, string? Title, PersonRole Role, int Group, int Theatre, string Description)
{
    public string Canonical => Given[0] + " " + Surname[0];
}

/// <summary>An invented armed group with its people and ties. Names holds the spellings (canonical first).</summary>
internal sealed record Group(int Id, string[] Names, string? Acronym, bool TakesThe, string Kind, int Theatre)
{
    public int Leader { get; set; } = -1;

    public int Spokesman { get; set; } = -1;

    public int[] Commanders { get; set; } = [];

    public int Founder { get; set; } = -1;

    public int FoundedYear { get; set; }

    public string? BackerCountry { get; set; }

    public int BackerGroup { get; set; } = -1;

    public int Ally { get; set; } = -1;

    public int Rival { get; set; } = -1;

    public int Home { get; set; } = -1;
}

internal enum PlaceKind
{
    City,
    Region,
    Village,
}

/// <summary>A place: real (from the gazetteer, with its aliases as spellings) or an invented village near a real city.</summary>
internal sealed record Place(int Id, string[] Names, PlaceKind Kind, int Theatre, int Near);

internal sealed record Theatre(int Id, string Code, string Country, string Demonym, List<int> Cities, List<int> Regions, List<int> Villages, List<int> Groups, List<int> Officials, List<int> Clerics);

/// <summary>
/// Everything the articles talk about, built once from the seed: a few thousand actors in ten countries,
/// with leaders, spokesmen, founders, backers, allies and rivals that stay the same across articles.
/// </summary>
internal sealed class World
{
    private const int GroupsPerTheatre = 45;
    private const int VillagesPerTheatre = 30;
    private const int OfficialsPerTheatre = 24;
    private const int ClericsPerTheatre = 8;
    private const int Analysts = 90;

    private readonly HashSet<string> _usedPersonNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedGroupNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedVillages = new(StringComparer.Ordinal);

    public List<Theatre> Theatres { get; } = [];

    public List<Person> People { get; } = [];

    public List<Group> Groups { get; } = [];

    public List<Place> Places { get; } = [];

    public List<int> AnalystIds { get; } = [];

    public List<string> BackerCountries { get; } = [];

    public List<string> Institutes { get; } = [];

    public static World Build(Rng rng)
    {
        var w = new World();
        var gaz = GazetteerRows.Load();
        foreach (var code in NameParts.BackerCountryCodes)
        {
            if (gaz.Countries.TryGetValue(code, out var c))
            {
                w.BackerCountries.Add(c.Name);
            }
        }

        foreach (var topic in NameParts.InstituteTopics)
        {
            var form = rng.Pick(NameParts.InstituteForms);
            w.Institutes.Add(string.Format(CultureInfo.InvariantCulture, form, topic, rng.Pick(NameParts.WesternSurnames), rng.Pick(NameParts.InstituteCities)));
        }

        foreach (var code in NameParts.TheatreCodes)
        {
            if (!gaz.Countries.TryGetValue(code, out var country))
            {
                continue;
            }

            var t = new Theatre(w.Theatres.Count, code, country.Name, country.Demonym, [], [], [], [], [], []);
            w.Theatres.Add(t);
            foreach (var row in gaz.Cities.Where(r => r.Country == code).Take(28))
            {
                t.Cities.Add(w.AddPlace(row.Names, PlaceKind.City, t.Id, -1));
            }

            foreach (var row in gaz.Regions.Where(r => r.Country == code).Take(18))
            {
                t.Regions.Add(w.AddPlace(row.Names, PlaceKind.Region, t.Id, -1));
            }

            for (var i = 0; i < VillagesPerTheatre && t.Cities.Count > 0; i++)
            {
                t.Villages.Add(w.AddPlace([w.NewVillageName(rng)], PlaceKind.Village, t.Id, rng.Pick(t.Cities)));
            }

            for (var i = 0; i < GroupsPerTheatre; i++)
            {
                t.Groups.Add(w.NewGroup(rng, t));
            }

            for (var i = 0; i < OfficialsPerTheatre; i++)
            {
                t.Officials.Add(w.NewOfficial(rng, t));
            }

            for (var i = 0; i < ClericsPerTheatre; i++)
            {
                var city = w.Places[rng.Pick(t.Cities)].Names[0];
                t.Clerics.Add(w.NewPerson(rng, t, rng.Chance(0.7) ? "Sheikh" : null, PersonRole.Cleric, -1, $"a [prominent|senior|well-known|popular] [cleric|preacher] in {city}"));
            }
        }

        foreach (var t in w.Theatres)
        {
            w.Connect(rng, t);
        }

        for (var i = 0; i < Analysts; i++)
        {
            w.AnalystIds.Add(w.NewAnalyst(rng));
        }

        return w;
    }

    private int AddPlace(string[] names, PlaceKind kind, int theatre, int near)
    {
        Places.Add(new Place(Places.Count, names, kind, theatre, near));
        return Places.Count - 1;
    }

    private string NewVillageName(Rng rng)
    {
        while (true)
        {
            var name = rng.Pick(NameParts.VillageFirst) + " " + rng.Pick(NameParts.VillageSecond);
            if (_usedVillages.Add(name) || _usedVillages.Count > 400)
            {
                return name;
            }
        }
    }

    private Group NewGroupRecord(Rng rng, Theatre t)
    {
        for (var attempt = 0; ; attempt++)
        {
            string[] names;
            string? acronym = null;
            var takesThe = true;
            string kind;
            switch (rng.Next(10))
            {
                case 0 or 1 or 2:
                {
                    // The Free Valley Front (FVF)
                    var adj = rng.Pick(NameParts.EnglishAdjectives);
                    var noun = rng.Pick(NameParts.EnglishNouns);
                    var head = rng.Pick(NameParts.Heads);
                    names = Combine(n => $"{adj} {n.Noun} {n.Head}", noun, head);
                    acronym = $"{adj[0]}{noun[0][0]}{head[0][0]}";
                    kind = head[0];
                    break;
                }

                case 3 or 4:
                {
                    // The Sumud Brigades
                    var word = rng.Pick(NameParts.ArabicWords);
                    var head = rng.Pick(NameParts.Heads);
                    names = Combine(n => $"{word} {n.Head}", [word], head);
                    kind = head[0];
                    break;
                }

                case 5 or 6:
                {
                    // Jaish al-Karama
                    var head = rng.Pick(NameParts.ArabicHeads);
                    var word = rng.Pick(NameParts.ArabicWords);
                    names = head.Distinct().Select(h => $"{h} al-{word}").Concat(Spelling.Variants($"{head[0]} al-{word}", 2).Skip(1)).Distinct().ToArray();
                    takesThe = false;
                    kind = "group";
                    break;
                }

                case 7:
                {
                    // The Revolutionary Council of Hama (RCH)
                    var adj = rng.Pick(NameParts.EnglishAdjectives);
                    var head = rng.Pick(NameParts.Heads);
                    var region = Places[rng.Pick(t.Regions.Count > 0 ? t.Regions : t.Cities)].Names[0];
                    names = head.Select(h => $"{adj} {h} of {region}").ToArray();
                    acronym = $"{adj[0]}{head[0][0]}{region[0]}";
                    kind = head[0];
                    break;
                }

                case 8:
                {
                    // The Syrian Salvation Front (SSF)
                    var noun = rng.Pick(NameParts.EnglishNouns);
                    var head = rng.Pick(NameParts.Heads);
                    names = Combine(n => $"{t.Demonym} {n.Noun} {n.Head}", noun, head);
                    acronym = $"{t.Demonym[0]}{noun[0][0]}{head[0][0]}";
                    kind = head[0];
                    break;
                }

                default:
                {
                    // The Jabouri militia: named after a tribe or a town.
                    var core = rng.Chance(0.5)
                        ? rng.Pick(NameParts.SurnameOnsets) + rng.Pick(NameParts.SurnameCodas)
                        : Places[rng.Pick(t.Cities)].Names[0];
                    names = Spelling.Variants($"{core} militia", 2);
                    kind = "militia";
                    break;
                }
            }

            if (names.Any(NameParts.IsForbidden) || (!_usedGroupNames.Add(names[0]) && attempt < 50))
            {
                continue;
            }

            return new Group(Groups.Count, names, acronym is { Length: 3 } && rng.Chance(0.8) ? acronym : null, takesThe, kind, t.Id);
        }
    }

    private static string[] Combine(Func<(string Noun, string Head), string> make, string[] nouns, string[] heads)
    {
        var result = new List<string> { make((nouns[0], heads[0])) };
        foreach (var n in nouns)
        {
            foreach (var h in heads)
            {
                var s = make((n, h));
                if (!result.Contains(s))
                {
                    result.Add(s);
                }
            }
        }

        return result.ToArray();
    }

    private int NewGroup(Rng rng, Theatre t)
    {
        var g = NewGroupRecord(rng, t);
        Groups.Add(g);
        // "{0}" is the group as the article names it (its spelling, its acronym once introduced).
        g.Leader = NewPerson(rng, t, rng.Pick<string?>(["Sheikh", null, null, "Gen.", "Col.", null]), PersonRole.Leader, g.Id, "the [leader|head|chief|longtime leader|commander-in-chief] of {0}");
        g.Spokesman = NewPerson(rng, t, null, PersonRole.Spokesman, g.Id, "[a spokesman|the spokesman|a spokesperson|the chief spokesman] for {0}");
        g.Commanders = Enumerable.Range(0, rng.Between(1, 3))
            .Select(_ => NewPerson(rng, t, rng.Pick<string?>(["Col.", "Maj.", "Capt.", null]), PersonRole.Commander, g.Id, "a [commander|senior commander|field commander|local commander] of {0}"))
            .ToArray();
        g.Founder = rng.Chance(0.6) ? g.Leader : NewPerson(rng, t, rng.Pick<string?>(["Sheikh", null]), PersonRole.Leader, g.Id, "the [founder|co-founder] of {0}");
        g.FoundedYear = rng.Between(1982, 2013);
        g.Home = rng.Chance(0.5) && t.Villages.Count > 0 ? rng.Pick(t.Villages) : rng.Pick(t.Cities);
        return g.Id;
    }

    private void Connect(Rng rng, Theatre t)
    {
        foreach (var id in t.Groups)
        {
            var g = Groups[id];
            if (rng.Chance(0.7))
            {
                g.BackerCountry = rng.Pick(BackerCountries);
            }
            else if (rng.Chance(0.5))
            {
                g.BackerGroup = rng.Pick(t.Groups.Where(o => o != id).ToList());
            }

            g.Ally = rng.Pick(t.Groups.Where(o => o != id).ToList());
            g.Rival = rng.Pick(t.Groups.Where(o => o != id && o != g.Ally).ToList());
        }
    }

    private int NewOfficial(Rng rng, Theatre t)
    {
        var region = t.Regions.Count > 0 ? Places[rng.Pick(t.Regions)].Names[0] : Places[rng.Pick(t.Cities)].Names[0];
        var city = Places[rng.Pick(t.Cities)].Names[0];
        var (title, description) = rng.Next(8) switch
        {
            0 => ((string?)"Gov.", $"the [governor|provincial governor] of {region}"),
            1 => (null, $"the {t.Demonym} [interior minister|minister of the interior]"),
            2 => (null, $"the {t.Demonym} [defense minister|minister of defense]"),
            3 => ("Gen.", $"the commander of the [army's|{t.Demonym} army's] {rng.Pick(Ordinals)} Division"),
            4 => ("Brig. Gen.", $"the [police chief|head of police] [of|in] {city}"),
            5 => (null, $"a [member of parliament|lawmaker|parliamentarian] from {region}"),
            6 => (null, $"the mayor of {city}"),
            _ => ("Maj. Gen.", $"a [senior officer|senior commander|general] in the {t.Demonym} army"),
        };
        return NewPerson(rng, t, title, PersonRole.Official, -1, description);
    }

    private static readonly string[] Ordinals = ["First", "Second", "Third", "Fifth", "Seventh", "Ninth", "Eleventh", "Fourteenth", "Sixteenth"];

    private int NewAnalyst(Rng rng)
    {
        while (true)
        {
            var given = rng.Pick(NameParts.WesternGiven);
            var surname = rng.Pick(NameParts.WesternSurnames);
            if (!_usedPersonNames.Add(given + " " + surname))
            {
                continue;
            }

            var role = rng.Pick(["a [researcher|senior researcher]", "a [senior|visiting|nonresident] fellow", "an analyst", "the director", "a former diplomat now", "a professor"]);
            People.Add(new Person(People.Count, [given], [surname], null, PersonRole.Analyst, -1, -1, $"{role} at {rng.Pick(Institutes)}"));
            return People.Count - 1;
        }
    }

    public int NewPerson(Rng rng, Theatre t, string? title, PersonRole role, int group, string description)
    {
        var (given, surname) = NewName(rng, t);
        People.Add(new Person(People.Count, given, surname, title, role, group, t.Id, description));
        return People.Count - 1;
    }

    /// <summary>A distinct full name for the theatre: Dari-style in Afghanistan, Arabic elsewhere.</summary>
    public (string[] Given, string[] Surname) NewName(Rng rng, Theatre t, bool unique = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            string[] given;
            string surname;
            if (t.Code == "AF")
            {
                given = rng.Pick(rng.Chance(0.6) ? NameParts.PersianGiven : NameParts.ArabicGiven);
                surname = rng.Chance(0.7)
                    ? rng.Pick(NameParts.PersianSurnameRoots) + rng.Pick(NameParts.PersianSurnameEndings)
                    : rng.Pick(NameParts.SurnameOnsets) + rng.Pick(NameParts.SurnameCodas);
            }
            else
            {
                given = rng.Pick(rng.Chance(0.1) ? NameParts.FemaleGiven : NameParts.ArabicGiven);
                var stem = rng.Pick(NameParts.SurnameOnsets) + rng.Pick(NameParts.SurnameCodas);
                surname = rng.Next(10) switch
                {
                    < 6 => "al-" + stem,
                    < 8 => "el-" + stem,
                    _ => stem,
                };
            }

            var full = given[0] + " " + surname;
            if (NameParts.IsForbidden(full) || (unique && !_usedPersonNames.Add(full) && attempt < 40))
            {
                continue;
            }

            return (given, Spelling.Variants(surname));
        }
    }

    /// <summary>Rows of the embedded gazetteer: countries, and cities and regions by population.</summary>
    private sealed record GazetteerRows(Dictionary<string, (string Name, string Demonym)> Countries, List<GazetteerRow> Cities, List<GazetteerRow> Regions)
    {
        public static GazetteerRows Load()
        {
            var countries = new Dictionary<string, (string Name, string Demonym)>(StringComparer.Ordinal);
            var cities = new List<GazetteerRow>();
            var regions = new List<GazetteerRow>();
            using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion.gazetteer.tsv")
                ?? throw new InvalidOperationException("the gazetteer is not embedded in MilitiaAtlas.Ingestion");
            using var reader = new StreamReader(stream);
            reader.ReadLine();
            var wanted = new HashSet<string>(NameParts.TheatreCodes, StringComparer.Ordinal);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var f = line.Split('\t');
                if (f.Length < 8)
                {
                    continue;
                }

                if (f[0] == "country")
                {
                    var demonym = f[7].Split('|')[0];
                    countries[f[2]] = (f[1], demonym.Length > 0 ? demonym : f[1]);
                    continue;
                }

                if (!wanted.Contains(f[2]) || !IsPlain(f[1]) || NameParts.IsForbidden(f[1] + "|" + f[6]))
                {
                    continue;
                }

                var names = new[] { f[1] }.Concat(f[6].Split('|').Where(a => IsPlain(a) && a != f[1])).Take(3).ToArray();
                var pop = long.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
                var row = new GazetteerRow(f[2], names, pop);
                if (f[0] == "city")
                {
                    cities.Add(row);
                }
                else if (f[0] == "region")
                {
                    regions.Add(row);
                }
            }

            cities.Sort((a, b) => b.Population != a.Population ? b.Population.CompareTo(a.Population) : string.CompareOrdinal(a.Names[0], b.Names[0]));
            regions.Sort((a, b) => string.CompareOrdinal(a.Names[0], b.Names[0]));
            return new GazetteerRows(countries, cities, regions);
        }

        private static bool IsPlain(string s) =>
            s.Length is > 2 and <= 28 && char.IsUpper(s[0]) && s.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or ' ' or '-' or '\'');
    }

    private sealed record GazetteerRow(string Country, string[] Names, long Population);
}
