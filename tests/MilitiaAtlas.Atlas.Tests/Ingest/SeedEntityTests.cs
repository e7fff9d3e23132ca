using Dapper;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>
/// Ingests the five seed articles and checks the resolutions an analyst expects: one entity under every
/// spelling the articles use, and no entity that fuses two actors sharing a word.
/// </summary>
public sealed class SeedEntityTests : IDisposable
{
    private readonly AtlasStore _app = new();
    private readonly Dictionary<string, string> _entityBySurface;
    private readonly Dictionary<string, string> _typeById;

    public SeedEntityTests()
    {
        _app.Ingest(RepoPaths.Seeds);
        using var c = _app.Database.Open();
        _entityBySurface = c.Query<(string Surface, string EntityId)>("SELECT DISTINCT Surface, EntityId FROM Mentions")
            .GroupBy(r => r.Surface).ToDictionary(g => g.Key, g => string.Join(",", g.Select(r => r.EntityId).Distinct().Order()));
        _typeById = c.Query<(string Id, string Type)>("SELECT Id, Type FROM Entities").ToDictionary(r => r.Id, r => r.Type);
    }

    public void Dispose() => _app.Dispose();

    private string Entity(string surface)
    {
        Assert.True(_entityBySurface.TryGetValue(surface, out var id), $"no mention written \"{surface}\"");
        Assert.DoesNotContain(",", id, StringComparison.Ordinal);
        return id!;
    }

    [Theory]
    [InlineData("Haider al-Abadi", "Haidar al-Abadi", "person")]
    [InlineData("Haider al-Abadi", "Abadi", "person")]
    [InlineData("Qassem Soleimani", "Qasem Soleimani", "person")]
    [InlineData("Naeem al-Aboudi", "Naim al-Aboudi", "person")]
    [InlineData("Qais al-Khazali", "Qais al-Khalazi", "person")]
    [InlineData("Qais al-Khazali", "Khazali", "person")]
    [InlineData("Badr Organization", "Badr Organisation", "group")]
    [InlineData("Badr Organization", "Badr Corps", "group")]
    [InlineData("Kataib Hezbollah", "Kitaeb Hezbollah", "group")]
    [InlineData("Iraqi Security Forces", "ISF", "group")]
    [InlineData("Asaib Ahl al-Haq", "League of the Righteous", "group")]
    [InlineData("Islamic State", "Daesh", "group")]
    [InlineData("Diyala Province", "Diyala", "place")]
    [InlineData("United States", "U.S.", "place")]
    [InlineData("Iran", "Islamic Republic of Iran", "place")]
    public void Spellings_of_one_actor_resolve_to_one_entity(string a, string b, string type)
    {
        var id = Entity(a);

        Assert.Equal(id, Entity(b));
        Assert.Equal(type, _typeById[id]);
    }

    [Theory]
    [InlineData("Hezbollah", "Kataib Hezbollah")]
    [InlineData("Ali al-Sistani", "Ali Khamenei")]
    [InlineData("Haider al-Abadi", "Naeem al-Aboudi")]
    [InlineData("Islamic State", "Islamic Republic of Iran")]
    [InlineData("Iraqi army", "Iraqi Security Forces")]
    [InlineData("Badr Organization", "Quds Force")]
    [InlineData("Martin Smith", "Michael Flynn")]
    public void Distinct_actors_that_share_a_word_stay_apart(string a, string b)
    {
        Assert.NotEqual(Entity(a), Entity(b));
    }

    [Fact]
    public void Names_in_comment_threads_and_related_story_lists_are_not_entities()
    {
        // Seed 003 ends with a related-stories list, seed 004 with a reader comment thread.
        foreach (var noise in new[] { "Thomas Lane", "George Floyd", "Colleen Ryan", "Netanyahu", "Himmler", "Trudeau", "ExxonMobil" })
        {
            Assert.False(_entityBySurface.ContainsKey(noise), $"\"{noise}\" comes from page furniture");
        }
    }

    [Fact]
    public void Every_mention_span_holds_its_surface()
    {
        using var c = _app.Database.Open();
        var rows = c.Query<(string Text, long Start, long End, string Surface)>(
            "SELECT s.Text, m.Start, m.\"End\", m.Surface FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum").ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.Surface, System.Text.RegularExpressions.Regex.Replace(r.Text[(int)r.Start..(int)r.End], @"\s+", " ")));
    }

    [Fact]
    public void Mentions_come_only_from_body_passages()
    {
        using var c = _app.Database.Open();
        var outside = c.ExecuteScalar<long>("""
            SELECT COUNT(*)
            FROM Mentions m
            WHERE NOT EXISTS (
                SELECT 1 FROM Passages p
                WHERE p.SourceNum = m.SourceNum AND p.Kind = 'body' AND p.Start <= m.Start AND m."End" <= p."End")
            """);

        Assert.Equal(0, outside);
    }
}
