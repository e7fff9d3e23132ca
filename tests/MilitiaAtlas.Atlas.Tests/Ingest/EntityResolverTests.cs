using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>Cross-article resolution of one-word names, and the ids of entities whose names collide.</summary>
public sealed class EntityResolverTests
{
    private static LocalEntity Actor(EntityType type, string name, params string[] surfaces) =>
        new(type, name, surfaces.Select((s, i) => new EntityMention(new TextSpan(i * 10, i * 10 + s.Length), s)).ToList(), null,
            surfaces.Append(name).Distinct().Select(s => s.Contains(' ') ? ResolutionKey.Translit(s.ToLowerInvariant()) : ResolutionKey.Bare(s.ToLowerInvariant())).ToList(), name.Contains(' '));

    /// <summary>Resolves each actor in its own source (one article each) and returns the entity ids.</summary>
    private static List<string> Resolve(AtlasStore app, params LocalEntity[] actors)
    {
        using var conn = app.Database.OpenForWriting();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var ids = new List<string>();
        foreach (var actor in actors)
        {
            var num = sql.Scalar<long>("SELECT COALESCE(MAX(Num), 0) + 1 FROM Sources");
            sql.Execute("INSERT INTO Sources (Id, FileKey, File, Title, Format, Text, ContentHash, IngestedAt, Num) VALUES (@p0, @p0, @p0, @p0, 'text', '', '', '', @p1)", $"s{num}", num);
            ids.Add(EntityResolver.Resolve(sql, num, [actor], []).Single());
        }

        tx.Commit();
        return ids;
    }

    [Fact]
    public void A_one_word_name_that_several_entities_carry_joins_the_entity_made_from_that_word_alone()
    {
        using var app = new AtlasStore();
        var ids = Resolve(app,
            Actor(EntityType.Group, "Qarmat", "Qarmat"),
            Actor(EntityType.Group, "Qarmat Relief Council", "Qarmat Relief Council", "Qarmat"),
            Actor(EntityType.Group, "Qarmat", "Qarmat"),
            Actor(EntityType.Group, "Qarmat", "Qarmat"));

        // The full name does not join the bare word's entity (it has a key of its own); later bare mentions are
        // ambiguous between the two, and go to the one-word entity instead of making one more entity each.
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal([ids[0], ids[0]], ids[2..]);
        using var c = app.Database.Open();
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT COUNT(*) FROM Entities"));
    }

    [Fact]
    public void A_one_word_name_that_one_entity_carries_joins_it()
    {
        using var app = new AtlasStore();
        var ids = Resolve(app,
            Actor(EntityType.Person, "Darius Qarmati", "Darius Qarmati", "Qarmati"),
            Actor(EntityType.Person, "Qarmati", "Qarmati"));
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Colliding_names_get_the_type_and_then_the_smallest_free_number()
    {
        using var app = new AtlasStore();
        var ids = Resolve(app,
            Actor(EntityType.Place, "Tavira Qarmat", "Tavira Qarmat"),
            Actor(EntityType.Person, "Tavira Qarmat", "Tavira Qarmat"),
            Actor(EntityType.Group, "Tavira Qarmat", "Tavira Qarmat"));
        Assert.Equal(["tavira-qarmat", "tavira-qarmat-person", "tavira-qarmat-group"], ids);

        using (var c = app.Database.Open())
        {
            c.Execute("INSERT INTO Entities (Id, Type, Name) VALUES ('tavira-qarmat-group-3', 'group', 'Tavira Qarmat')");
        }

        // Two more groups whose names make the same slug: the first number free is 2, then 3 is taken.
        var more = Resolve(app,
            Actor(EntityType.Group, "Tavira-Qarmat", "Tavira-Qarmat"),
            Actor(EntityType.Group, "Tavira Qârmat", "Tavira Qârmat"));
        Assert.Equal(["tavira-qarmat-group-2", "tavira-qarmat-group-4"], more);
    }

    [Fact]
    public void An_entity_removed_in_the_open_transaction_is_not_found_again_through_the_keys_kept_for_it()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var actor = Actor(EntityType.Group, "Qarmat Relief Council", "Qarmat Relief Council");
        sql.Execute("INSERT INTO Sources (Id, FileKey, File, Title, Format, Text, ContentHash, IngestedAt, Num) VALUES ('s1', 's1', 's1', 's1', 'text', '', '', '', 1)");
        var first = EntityResolver.Resolve(sql, 1, [actor], []).Single();

        // The source goes (as when it is replaced), and the batch's refresh removes the entity left without mentions.
        sql.Execute("DELETE FROM Sources WHERE Num = 1");
        EntityResolver.Refresh(sql, [first]);
        Assert.Equal(0, sql.Scalar<long>("SELECT COUNT(*) FROM Entities"));

        sql.Execute("INSERT INTO Sources (Id, FileKey, File, Title, Format, Text, ContentHash, IngestedAt, Num) VALUES ('s2', 's2', 's2', 's2', 'text', '', '', '', 2)");
        var again = EntityResolver.Resolve(sql, 2, [actor], []).Single();
        Assert.Equal(1, sql.Scalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @p0", again));
        Assert.Equal(1, sql.Scalar<long>("SELECT COUNT(*) FROM Mentions WHERE EntityId = @p0 AND SourceNum = 2", again));
        tx.Commit();
    }

    [Fact]
    public void Surface_counts_summed_in_a_batch_follow_a_source_replaced_in_the_same_batch()
    {
        using var app = new AtlasStore();
        using var conn = app.Database.OpenForWriting();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var actor = Actor(EntityType.Group, "Qarmat Relief Council", "Qarmat Relief Council", "Qarmat Relief Council");
        for (var num = 1; num <= 2; num++)
        {
            sql.Execute("INSERT INTO Sources (Id, FileKey, File, Title, Format, Text, ContentHash, IngestedAt, Num) VALUES (@p0, @p0, @p0, @p0, 'text', '', '', '', @p1)", $"s{num}", num);
            EntityResolver.Resolve(sql, num, [actor], []);
        }

        // The first source is replaced before the batch ends: its two mentions leave the counts, the second's stay.
        EntityResolver.ForgetSurfaces(sql, 1);
        sql.Execute("DELETE FROM Sources WHERE Num = 1");
        EntityResolver.FlushSurfaces(sql);
        tx.Commit();

        using var c = app.Database.Open();
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT Count FROM EntitySurfaces WHERE EntityId = 'qarmat-relief-council' AND Surface = 'Qarmat Relief Council'"));
    }

    /// <summary>The entity ids that hold each surface after ingesting the files in order.</summary>
    private static Dictionary<string, string[]> Holders(AtlasStore app, params (string File, string Text)[] files)
    {
        app.Ingest(files.Select(f => app.Write(f.File, f.Text)).ToArray());
        using var c = app.Database.Open();
        return c.Query<(string Surface, string EntityId)>("SELECT DISTINCT Surface, EntityId FROM Mentions")
            .GroupBy(r => r.Surface).ToDictionary(g => g.Key, g => g.Select(r => r.EntityId).ToArray());
    }

    [Fact]
    public void An_acronym_used_alone_joins_the_name_another_article_defines_it_for_whichever_came_first()
    {
        using var app = new AtlasStore();
        var holders = Holders(app,
            ("a.txt", "Clashes\n\nTLF fighters attacked a convoy near Tamaro on Monday, residents said.\n"),
            ("b.txt", "Statement\n\nThe Tamaro Liberation Front (TLF) said on Tuesday that it had attacked the convoy.\n"));

        var tlf = Assert.Single(holders["TLF"]);
        Assert.Equal(tlf, Assert.Single(holders["Tamaro Liberation Front"]));
        using var c = app.Database.Open();
        Assert.Equal("Tamaro Liberation Front", c.ExecuteScalar<string>("SELECT Name FROM Entities WHERE Id = @tlf", new { tlf }));
    }

    [Fact]
    public void An_acronym_two_full_names_claim_stays_apart()
    {
        using var app = new AtlasStore();
        var holders = Holders(app,
            ("a.txt", "Clashes\n\nTLF fighters attacked a convoy near Tamaro on Monday, residents said.\n"),
            ("b.txt", "Statement\n\nThe Tamaro Liberation Front (TLF) said on Tuesday that it had attacked the convoy.\n"),
            ("c.txt", "Talks\n\nThe Tana Labour Federation (TLF) said on Wednesday that its members would strike.\n"));

        // Three entities carry "TLF": the two fronts and the one made from the acronym alone, which neither takes.
        Assert.Equal(3, holders["TLF"].Length);
        Assert.Single(holders["TLF"].Except(holders["Tamaro Liberation Front"]).Except(holders["Tana Labour Federation"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_name_typed_only_by_its_listed_neighbours_takes_the_type_another_article_gives_it(bool listedFirst)
    {
        using var app = new AtlasStore();
        var listed = ("listed.txt", "Backers\n\nThe main backers of the regime have been Iran, Hizbulwadi, and Russia, officials said on Monday.\n");
        var typed = ("typed.txt", "Militia\n\nThe militia Hezbolwadi said on Tuesday that its fighters had withdrawn from the border.\n");
        var holders = listedFirst ? Holders(app, listed, typed) : Holders(app, typed, listed);

        // One entity, a group, holds both spellings (they differ only in their vowels).
        var id = Assert.Single(holders["Hizbulwadi"]);
        Assert.Equal(id, Assert.Single(holders["Hezbolwadi"]));
        using var c = app.Database.Open();
        Assert.Equal("group", c.ExecuteScalar<string>("SELECT Type FROM Entities WHERE Id = @id", new { id }));
    }
}

