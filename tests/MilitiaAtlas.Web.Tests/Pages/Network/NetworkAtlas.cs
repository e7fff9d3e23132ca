using Dapper;

namespace MilitiaAtlas.Web.Tests.Pages.Network;

/// <summary>
/// Three invented articles whose relations are known, so that every filter of the network has an exact answer:
/// <code>
/// 2014  Tamsin Okafor —leads→ Corran Ridge Front —allied with— Halvard Brigade ←founded— Ines Marlow   (in Tampere)
/// 2016  Tamsin Okafor —leads→ Corran Ridge Front —opposed to— Eastmarch Guard ←commands— Petra Vasquez (near Graz)
/// 2017  a copy of the 2014 paragraph on Okafor: a third sentence for "leads", but no independent source
/// </code>
/// The rate limit is lifted: the tests make many API calls.
/// </summary>
public sealed class NetworkAtlas : IDisposable
{
    /// <summary>The relations the three articles state (subject, predicate, object, source's year), as stored.</summary>
    public static readonly string[] Relations =
    [
        "corran-ridge-front allied_with halvard-brigade 2014",
        "eastmarch-guard opposed_to corran-ridge-front 2016", // as the sentence states it; the graph reads either order as one edge
        "ines-marlow founded halvard-brigade 2014",
        "petra-vasquez commands eastmarch-guard 2016",
        "tamsin-okafor leads corran-ridge-front 2014",
        "tamsin-okafor leads corran-ridge-front 2016",
        "tamsin-okafor leads corran-ridge-front 2017",
    ];

    private const string Copied =
        "Tamsin Okafor, the leader of the Corran Ridge Front, spoke in Tampere on Monday. She told a crowd of several hundred supporters " +
        "that the movement would keep its fighters in the hills above the lake until the talks resumed, and that no convoy would pass " +
        "the ridge without its consent.";

    public NetworkAtlas()
    {
        App = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        App.Write("corpus/net-a.md", $"""
            ---
            title: A new front gathers near Tampere
            published: 2014-03-10
            outlet: Northern Ledger
            ---
            {Copied}

            The Halvard Brigade was founded by Ines Marlow in 2011.

            The Corran Ridge Front allied with the Halvard Brigade in March 2014, officials said.
            """);
        App.Write("corpus/net-b.md", """
            ---
            title: Clashes reported near Graz
            published: 2016-06-02
            outlet: Harbour Post
            ---
            Tamsin Okafor, who heads the Corran Ridge Front, met the envoy in Graz.

            The Eastmarch Guard fought the Corran Ridge Front near Graz in May 2016.

            Petra Vasquez, the commander of the Eastmarch Guard, said the fighting would go on.
            """);
        App.Write("corpus/net-c.md", $"""
            ---
            title: Looking back at the ridge
            published: 2017-01-15
            outlet: Weekly Digest
            ---
            An archive piece from our partners.

            {Copied}
            """);
        App.Ingest(Path.Combine(App.Folder, "corpus"));
        Client = App.CreateClient();

        // The tests below read these relations; if extraction ever states others, they say so here first.
        using var c = App.Database.Open();
        var stored = c.Query<string>("""
            SELECT r.SubjectId || ' ' || r.Predicate || ' ' || r.ObjectId || ' ' || substr(s.Published, 1, 4)
            FROM RelationEvidence r JOIN Sources s ON s.Num = r.SourceNum
            ORDER BY 1
            """).ToArray();
        Assert.Equal(Relations, stored);
    }

    public AtlasApp App { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}
