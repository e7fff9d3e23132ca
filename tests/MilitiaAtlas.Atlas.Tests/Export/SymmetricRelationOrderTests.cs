using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MilitiaAtlas.Atlas.Export;

namespace MilitiaAtlas.Atlas.Tests.Export;

/// <summary>
/// A symmetric relation ("opposed to", "allied with") is one relation whichever end a source names first, but it reads
/// the way its sources state it: who attacked whom is kept, by the most evidence and then the first.
/// </summary>
public sealed class SymmetricRelationOrderTests
{
    private static List<JsonElement> Relations(AtlasStore app, string predicate)
    {
        using var ms = new MemoryStream();
        app.Services.GetRequiredService<ExportWriter>().WriteAsync(ms, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        using var doc = JsonDocument.Parse(ms.ToArray());
        return doc.RootElement.GetProperty("relations").EnumerateArray()
            .Where(r => r.GetProperty("predicate").GetString() == predicate).Select(r => r.Clone()).ToList();
    }

    private static (string, string) Ends(JsonElement r) => (r.GetProperty("subjectId").GetString()!, r.GetProperty("objectId").GetString()!);

    [Fact]
    public void An_attack_reads_from_the_attacker_even_when_its_id_sorts_last()
    {
        using var app = new AtlasStore();
        app.Ingest(app.Write("corpus/a.txt", """
            Raid in the hills

            The Zayudi Front attacked the Arvo Guard near the Tamaro Region on Monday, killing four guards.
            """));

        var r = Assert.Single(Relations(app, "opposed_to"));
        Assert.Equal(("zayudi-front", "arvo-guard"), Ends(r));
    }

    [Fact]
    public void Two_sources_stating_it_both_ways_make_one_relation_in_the_order_most_of_them_use()
    {
        using var app = new AtlasStore();
        app.Ingest(
            app.Write("corpus/a.txt", "Raid\n\nThe Arvo Guard attacked the Zayudi Front near the Tamaro Region on Monday.\n"),
            app.Write("corpus/b.txt", "Ambush\n\nThe Zayudi Front attacked the Arvo Guard near the Kessa Region on Tuesday.\n"),
            app.Write("corpus/c.txt", "Shelling\n\nThe Zayudi Front attacked the Arvo Guard near the Ruvo Region on Friday.\n"));

        var r = Assert.Single(Relations(app, "opposed_to"));
        Assert.Equal(("zayudi-front", "arvo-guard"), Ends(r));
        Assert.Equal(3, r.GetProperty("claimIds").GetArrayLength());
        // The id is the same whichever order the relation reads in: it names the ends in id order.
        Assert.Equal(ClaimsExport.RelationId("arvo-guard", "opposed_to", "zayudi-front"), r.GetProperty("id").GetString());
    }
}
