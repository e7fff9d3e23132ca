using System.Text;
using System.Text.Json;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Ingestion.Claims;

namespace MilitiaAtlas.Atlas.Tests.Export;

public sealed class FtmExportTests
{
    private static readonly FtmModel Model = FtmModel.Load();

    internal static async Task<List<JsonElement>> ExportAsync(AtlasStore app)
    {
        using var ms = new MemoryStream();
        await FtmExport.WriteAsync(await AtlasTables.LoadAsync(app.Database, CancellationToken.None), ms, CancellationToken.None);
        var text = Encoding.UTF8.GetString(ms.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static IEnumerable<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var v) ? v.EnumerateArray().Select(x => x.GetString()!) : [];

    private static string One(JsonElement entity, string property) => Assert.Single(Values(entity, property));

    [Fact]
    public async Task Every_line_validates_against_the_published_FollowTheMoney_schemata()
    {
        using var app = new AtlasStore();
        app.Ingest(RepoPaths.Seeds, ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));

        var lines = await ExportAsync(app);

        Assert.Empty(Model.Check(lines));
        var schemata = lines.Select(l => l.GetProperty("schema").GetString()).ToHashSet();
        foreach (var expected in new[] { "Article", "Person", "Organization", "Address", "Membership", "Directorship", "UnknownLink", "Event", "Documentation" })
        {
            Assert.Contains(expected, schemata);
        }

        Assert.True(lines.Count > 300);
    }

    [Fact]
    public void The_checker_finds_entities_that_do_not_fit_the_schemata()
    {
        static JsonElement E(string json) => JsonDocument.Parse(json).RootElement.Clone();
        var lines = new[]
        {
            E("""{"id": "p1", "schema": "Person", "properties": {"name": ["A"], "nickname": ["B"], "birthDate": ["May 1990"]}}"""),
            E("""{"id": "o1", "schema": "Organization", "properties": {"name": ["C"], "country": ["qq"]}}"""),
            E("""{"id": "m1", "schema": "Membership", "properties": {"member": ["o1"], "organization": ["p1"]}}"""),
            E("""{"id": "m2", "schema": "Membership", "properties": {"member": ["p1"]}}"""),
            E("""{"id": "d/1", "schema": "Documentation", "properties": {"document": ["nowhere"], "entity": ["p1"]}}"""),
            E("""{"id": "t1", "schema": "Thing", "properties": {"name": ["D"]}}"""),
        };

        var problems = Model.Check(lines);

        Assert.Contains("p1: Person has no property nickname", problems);
        Assert.Contains("p1: birthDate = May 1990: not an FtM date", problems);
        Assert.Contains("o1: country = qq: not an FtM country code", problems);
        Assert.Contains("m1: organization = p1: a Person, not a Organization", problems);
        Assert.Contains("m2: Membership requires organization", problems);
        Assert.Contains("d/1: not an FtM entity id", problems);
        Assert.Contains("d/1: document = nowhere: names no entity of the export", problems);
        Assert.Contains("t1: Thing is abstract", problems);
    }

    [Fact]
    public async Task Each_statement_of_a_relation_is_an_edge_of_the_schema_its_ends_allow_with_its_source_and_passage()
    {
        using var app = new AtlasStore();
        app.Ingest(ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));
        var atlas = await AtlasTables.LoadAsync(app.Database, CancellationToken.None);
        var lines = await ExportAsync(app);
        JsonElement Edge(string subject, string predicate, string obj)
        {
            var r = Assert.Single(atlas.Relations, r => r.SubjectId == subject && r.Predicate == predicate && r.ObjectId == obj);
            return Assert.Single(lines, l => l.GetProperty("id").GetString() == FtmExport.StatementId(r.Id, Assert.Single(r.ClaimIds)));
        }

        var leads = Edge("lenko-varas", "leads", "copper-ridge-brigade");
        Assert.Equal("Directorship", leads.GetProperty("schema").GetString());
        Assert.Equal(FtmExport.EntityId("lenko-varas"), One(leads, "director"));
        Assert.Equal(FtmExport.EntityId("copper-ridge-brigade"), One(leads, "organization"));
        Assert.Equal(PredicateTable.Get("leads")!.Label, One(leads, "role"));

        var spokesman = Edge("tamsin-oduya", "spokesperson_for", "copper-ridge-brigade");
        Assert.Equal("Membership", spokesman.GetProperty("schema").GetString());
        Assert.Equal(FtmExport.EntityId("tamsin-oduya"), One(spokesman, "member"));

        // A country at one end: FtM's Membership and Directorship take no place, so the link is an UnknownLink.
        var backed = Edge("copper-ridge-brigade", "backed_by", "norway");
        Assert.Equal("UnknownLink", backed.GetProperty("schema").GetString());
        Assert.Equal(FtmExport.EntityId("norway"), One(backed, "object"));
        var norway = Assert.Single(lines, l => l.GetProperty("id").GetString() == FtmExport.EntityId("norway"));
        Assert.Equal("Address", norway.GetProperty("schema").GetString());
        Assert.Equal("no", One(norway, "country"));
        Assert.NotEmpty(Values(norway, "latitude"));

        // Provenance on the statement itself: the claim, its sentence, the source and passage, the outlet and the URL.
        var claim = atlas.ClaimsById[One(backed, "recordId")];
        Assert.Equal(claim.Quote, One(backed, "description"));
        Assert.StartsWith("The Copper Ridge Brigade, an armed group backed by Norway", claim.Quote, StringComparison.Ordinal);
        Assert.Equal("Harbor Tribune", One(backed, "publisher"));
        Assert.Equal("https://harbor-tribune.example/copper-ridge", One(backed, "sourceUrl"));
        Assert.Contains($"Copper Ridge Brigade expands near Porto (Harbor Tribune, 2024-05-10), passage p{claim.PassageOrdinal}, characters {claim.Start}-{claim.End}",
            One(backed, "summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disputed_event_carries_every_reported_date_and_one_Documentation_per_report()
    {
        using var app = new AtlasStore();
        app.Ingest(ExportCorpus.Write(Path.Combine(app.Folder, "corpus")));
        var lines = await ExportAsync(app);

        var convoy = Assert.Single(lines, l => l.GetProperty("schema").GetString() == "Event" && Values(l, "date").Contains("2024-03-03"));
        Assert.Equal(["2024-03-03", "2024-03-05"], Values(convoy, "date").Order());
        Assert.Equal([FtmExport.EntityId("copper-ridge-brigade")], Values(convoy, "involved"));
        Assert.Equal([FtmExport.EntityId("nantes")], Values(convoy, "addressEntity"));
        var id = convoy.GetProperty("id").GetString();
        var reports = lines.Where(l => l.GetProperty("schema").GetString() == "Documentation" && One(l, "entity") == id).ToList();
        Assert.Equal(2, reports.Count);
        Assert.Equal(["2024-03-03", "2024-03-05"], reports.Select(r => One(r, "date")).Order());
        Assert.All(reports, r => Assert.Contains("attacked a convoy near Nantes", One(r, "description"), StringComparison.Ordinal));
        Assert.Equal(Values(convoy, "proof").Order(), reports.Select(r => One(r, "document")).Order());
    }

    [Fact]
    public void Every_predicate_maps_to_a_schema_whose_ends_take_the_kinds_it_joins()
    {
        foreach (var p in PredicateTable.All)
        {
            foreach (var subjectKind in p.SubjectKinds)
            {
                foreach (var objectKind in p.ObjectKinds)
                {
                    var (s, o) = (TypeOf(subjectKind), TypeOf(objectKind));
                    var edge = FtmExport.EdgeFor(p.Name, s, o);
                    Assert.True(Model.Has(edge.Schema), edge.Schema);
                    Assert.Empty(Model.Required(edge.Schema).Except([edge.SubjectProperty, edge.ObjectProperty]));
                    var subjectRange = Model.Property(edge.Schema, edge.SubjectProperty)!.Value.GetProperty("range").GetString()!;
                    var objectRange = Model.Property(edge.Schema, edge.ObjectProperty)!.Value.GetProperty("range").GetString()!;
                    Assert.True(Model.IsA(FtmExport.SchemaOf(s), subjectRange), $"{p.Name}: a {s} is no {subjectRange}");
                    Assert.True(Model.IsA(FtmExport.SchemaOf(o), objectRange), $"{p.Name}: a {o} is no {objectRange}");
                }
            }
        }

        Assert.Equal("Membership", FtmExport.EdgeFor("member_of", "person", "group").Schema);
        Assert.Equal("Directorship", FtmExport.EdgeFor("commands", "person", "group").Schema);
        Assert.Equal("UnknownLink", FtmExport.EdgeFor("member_of", "place", "group").Schema);
    }

    [Fact]
    public void The_length_limits_are_those_of_the_FtM_types_and_a_longer_value_is_cut_to_fit()
    {
        foreach (var (property, max) in FtmEntity.MaxLength)
        {
            var schemata = new[] { "Article", "Person", "Address", "Event", "Membership", "Documentation" }
                .Where(s => Model.Property(s, property) is not null).ToList();
            Assert.NotEmpty(schemata);
            Assert.All(schemata, s => Assert.Equal(max, Model.MaxLength(Model.Property(s, property)!.Value)));
        }

        var title = string.Concat(Enumerable.Repeat("A very long first line taken as the title, ", 40));
        var article = new FtmEntity("ma-src-x", "Article").Add("title", title).Add("fileName", "x.txt");
        var written = Assert.Single(article.Properties["title"]);
        Assert.Equal(1024, written.Length);
        Assert.StartsWith(title[..1000], written, StringComparison.Ordinal);
        Assert.Empty(Model.Check([JsonDocument.Parse(JsonSerializer.Serialize(new { id = article.Id, schema = article.Schema, properties = article.Properties })).RootElement]));
    }

    private static string TypeOf(string kind) => kind is "person" or "group" ? kind : "place";

    [Fact]
    public void The_export_format_page_lists_the_FollowTheMoney_mapping()
    {
        Assert.Equal(FtmExport.MappingMarkdown(), MilitiaAtlas.Ingestion.Tests.DocBlock.Read(Path.Combine(RepoPaths.Root, "docs", "export-format.md"), "ftm-relations"));
    }
}
