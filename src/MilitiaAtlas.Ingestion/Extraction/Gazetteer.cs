using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Extraction;

public enum PlaceKind
{
    Country,
    Region,
    City,
    Continent,
}

/// <summary>A place from the gazetteer (GeoNames-derived; see docs/gazetteer.md).</summary>
public sealed record Place(string Id, string Name, PlaceKind Kind, string? Country, double? Lat, double? Lon, long Population);

/// <summary>
/// Countries, first-level regions, cities and macro regions, loaded once from the embedded
/// gazetteer.tsv. Lookups take any spelling the file lists, folded by <see cref="NameKey.Fold"/>.
/// </summary>
public sealed partial class Gazetteer
{
    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _byDemonym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _byAcronym = new(StringComparer.Ordinal);

    public static Gazetteer Default { get; } = LoadEmbedded();

    public int Count { get; private set; }

    /// <summary>
    /// The last word before " and " in the name of a country or region that holds "and" ("Trinidad", "Bosnia", "Vincent"),
    /// folded: where the name finder tries to read on over "and" into one name.
    /// </summary>
    public HashSet<string> AndNameWords { get; } = new(StringComparer.Ordinal);

    public static Gazetteer LoadEmbedded()
    {
        var g = new Gazetteer();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MilitiaAtlas.Ingestion.gazetteer.tsv");
        if (stream is null)
        {
            return g;
        }

        using var reader = new StreamReader(stream);
        g.Load(reader);

        // States that no longer exist, which a history names (Data/historical-places.tsv, hand-written; docs/gazetteer.md).
        using var historical = Assembly.GetExecutingAssembly().GetManifestResourceStream("MilitiaAtlas.Ingestion.historical-places.tsv");
        if (historical is not null)
        {
            using var past = new StreamReader(historical);
            g.Load(past);
        }

        return g;
    }

    public void Load(TextReader reader)
    {
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 8 || !Enum.TryParse<PlaceKind>(f[0], ignoreCase: true, out var kind))
            {
                continue;
            }

            var pop = long.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var id = kind switch
            {
                PlaceKind.Country => "geo-" + f[2].ToLowerInvariant(),
                PlaceKind.Continent => "geo-" + NameKey.Fold(f[1]).Replace(' ', '-'),
                _ => $"geo-{f[2].ToLowerInvariant()}-{kind.ToString().ToLowerInvariant()}-{NameKey.Fold(f[1]).Replace(' ', '-')}",
            };
            var place = new Place(id, f[1], kind, f[2].Length == 0 ? null : f[2], Num(f[3]), Num(f[4]), pop);
            Count++;
            foreach (var alias in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries).Append(f[1]))
            {
                if (IsAcronym(alias))
                {
                    var key = alias.Replace(".", "", StringComparison.Ordinal);
                    if (!_byAcronym.TryGetValue(key, out var existing) || Rank(place) > Rank(existing))
                    {
                        _byAcronym[key] = place;
                    }
                }
                else
                {
                    Add(_byName, alias, place);
                    if (kind is PlaceKind.Country or PlaceKind.Region && alias.IndexOf(" and ", StringComparison.Ordinal) is var cut and > 0)
                    {
                        AndNameWords.Add(NameKey.Fold(alias[..cut].Split(' ')[^1]));
                    }
                }
            }

            // "Frankfurt am Main", "Halle (Saale)": a city of some size also answers to its name without the river or region that
            // tells it from a namesake (the larger of two keeps the bare name).
            if (kind == PlaceKind.City && pop >= 50_000 && Qualified().Match(f[1]) is { Success: true } qualified)
            {
                Add(_byName, qualified.Groups[1].Value, place);
            }

            // "Djibouti" is the country's name before it is its adjective: a demonym written as the name itself is no demonym.
            foreach (var demonym in f[7].Split('|', StringSplitOptions.RemoveEmptyEntries).Where(d => d != f[1]))
            {
                Add(_byDemonym, demonym, place);
            }
        }
    }

    /// <summary>The place a name refers to, preferring countries, then regions, macro regions, then the largest city.</summary>
    /// <remarks>An all-capitals name ("UN", "AQI") matches only an all-capitals alias ("US", "UAE"), never a town called "Un".</remarks>
    public Place? Find(string name)
    {
        if (IsAcronym(name))
        {
            return _byAcronym.GetValueOrDefault(name.Replace(".", "", StringComparison.Ordinal));
        }

        var key = Key(name);
        if (_byName.TryGetValue(key, out var place))
        {
            return place;
        }

        // "Republic of Kessa", "Autonomous Republic of Velt": a region styled as a republic of a federation.
        foreach (var style in RegionStyles)
        {
            if (key.StartsWith(style, StringComparison.Ordinal) && _byName.TryGetValue(key[style.Length..], out var region) && region.Kind == PlaceKind.Region)
            {
                return region;
            }
        }

        return null;
    }

    private static readonly string[] RegionStyles = ["republic of ", "autonomous republic of "];

    private static bool IsAcronym(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>The country or region an adjective refers to: "Iraqi" gives Iraq.</summary>
    public Place? FindDemonym(string word) => _byDemonym.GetValueOrDefault(NameKey.Fold(word));

    /// <summary>
    /// <see cref="FindDemonym(string)"/> for a word in the text: a word of ASCII letters folds to its lower case (no
    /// particle, no -isation), so it is looked up without a new string.
    /// </summary>
    public Place? FindDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= 64 && !word.ContainsAnyExcept(AsciiLetters))
        {
            Span<char> lower = stackalloc char[word.Length];
            System.Text.Ascii.ToLower(word, lower, out _);
            if (!NameKey.IsParticle(lower) && !lower.EndsWith("isation", StringComparison.Ordinal))
            {
                return _byDemonym.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var place) ? place : null;
            }
        }

        return FindDemonym(word.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static double? Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    [GeneratedRegex(@"^(\p{Lu}[\p{L}-]+) (?:am|an der|an|im|in der|ob der|\((?!Kreis)[^)]+\))(?: |$)")]
    private static partial Regex Qualified();

    private static void Add(Dictionary<string, Place> index, string name, Place place)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var existing) || Rank(place) > Rank(existing))
        {
            index[key] = place;
        }
    }

    /// <summary>
    /// The name folded (<see cref="NameKey.Fold"/>), keeping a last word the fold leaves out as a particle: "Tan An" and
    /// "Nghe An" end in a word of their own, and without it they would be filed under "Tan" and "Nghe", names of other
    /// places and people.
    /// </summary>
    private static string Key(string name)
    {
        var key = NameKey.Fold(name);
        var trimmed = name.AsSpan().TrimEnd();
        // "Velt-an", "Velt Ét": the last word after a hyphen too, and without its accents.
        var space = trimmed.LastIndexOfAny(' ', '-');

        // Particles are short words: only a short last word is looked up, so most names allocate nothing more.
        if (key.Length == 0 || space <= 0 || trimmed.Length - space - 1 is 0 or > 3)
        {
            return key;
        }

        var last = NameKey.Normalize(trimmed[(space + 1)..].ToString());
        return NameKey.IsKeyParticle(last) && !key.EndsWith(" " + last, StringComparison.Ordinal) ? key + " " + last : key;
    }

    private static long Rank(Place p) => p.Kind switch
    {
        PlaceKind.Country => 4_000_000_000_000L,
        PlaceKind.Continent => 3_000_000_000_000L,
        PlaceKind.Region => 2_000_000_000_000L + p.Population,
        _ => p.Population,
    };
}
