namespace MilitiaAtlas.CorpusGen;

/// <summary>How an outlet lays out its pages: furniture before and after the body, and the comment system.</summary>
internal enum Layout
{
    /// <summary>Plain text: title, standfirst, byline, dateline, caption, body, a footer and sometimes a "More Stories" list.</summary>
    News,

    /// <summary>Plain text ending in "To contact the author on this story:" blocks.</summary>
    NewsContact,

    /// <summary>Plain text blog that quotes other outlets, with "NAME says:" / "DATE at TIME" comments.</summary>
    Blog,

    /// <summary>Plain text aggregator with "NAME's picture" comment threads.</summary>
    Forum,

    /// <summary>Markdown with YAML front matter, image, subheadings and a "Related" list.</summary>
    Markdown,
}

/// <summary>An invented outlet: its layout, how it spells names, its quotation marks and its writers.</summary>
internal sealed record Outlet(string Name, string Domain, Layout Layout, int Style, bool Curly, string[] Authors);

internal static class Outlets
{
    private static readonly (string Name, Layout Layout)[] Stock =
    [
        ("The Levant Ledger", Layout.News), ("Gulf Dispatch", Layout.News), ("Northern Courier", Layout.NewsContact),
        ("The Frontier Review", Layout.Markdown), ("Crescent Wire", Layout.News), ("Desert Sentinel", Layout.News),
        ("The Meridian Post", Layout.NewsContact), ("Atlas Weekly", Layout.Markdown), ("The Daily Compass", Layout.News),
        ("Evening Register", Layout.News), ("Harbor Times", Layout.NewsContact), ("Sahel Monitor", Layout.Markdown),
        ("Longwar Notes", Layout.Blog), ("The Warlord Watch", Layout.Blog), ("Beltway Brief", Layout.Blog),
        ("Contrarian Capital", Layout.Forum), ("Policy Roundtable", Layout.Markdown), ("Sandstorm Blog", Layout.Blog),
        ("The Open Ledger", Layout.Forum), ("Conflict Desk", Layout.Markdown), ("Tigris Review", Layout.News),
        ("Horn Observer", Layout.News), ("The Citadel Journal", Layout.NewsContact), ("Red Sea Report", Layout.Markdown),
        ("Dispatches from the Edge", Layout.Blog), ("Market Skeptic", Layout.Forum), ("The Insight Quarterly", Layout.Markdown),
        ("Capital Chronicle", Layout.News), ("Globe Sentinel", Layout.NewsContact), ("Field Notes Weekly", Layout.Blog),
        ("The Plainspoken", Layout.Forum), ("Mediterranean Mail", Layout.News), ("Front Line Digest", Layout.Markdown),
        ("Kestrel News", Layout.News), ("Riverbank Review", Layout.Blog), ("The Watchtower Daily", Layout.News),
    ];

    public static List<Outlet> Build(Rng rng, World world)
    {
        var outlets = new List<Outlet>();
        foreach (var (name, layout) in Stock)
        {
            var domain = new string(name.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal).Where(char.IsLetter).ToArray()) + rng.Pick([".com", ".org", ".net", ".news"]);
            var authors = new string[rng.Between(3, 8)];
            for (var i = 0; i < authors.Length; i++)
            {
                if (rng.Chance(0.7))
                {
                    authors[i] = rng.Pick(NameParts.WesternGiven) + " " + rng.Pick(NameParts.WesternSurnames);
                }
                else
                {
                    var (given, surname) = world.NewName(rng, rng.Pick(world.Theatres), unique: false);
                    authors[i] = given[0] + " " + surname[0];
                }
            }

            outlets.Add(new Outlet(name, domain, layout, rng.Next(3), !rng.Chance(0.2), authors));
        }

        return outlets;
    }
}
