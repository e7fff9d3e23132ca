namespace MilitiaAtlas.Ingestion.Tests.Golden;

public sealed class GoldenTests
{
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(Path.GetFileName).Order()!);

    public static TheoryData<string> Inputs() => new(Directory.GetFiles(Path.Combine(RepoPaths.Golden, "inputs")).Select(Path.GetFileName).Where(f => f != "sources.yaml").Order()!);

    public static TheoryData<string> RelationInputs() => new(Directory.GetFiles(Path.Combine(RepoPaths.Golden, "relations"), "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(RelationInputs))]
    public void Invented_article_relations_match_their_golden_dump(string file)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Golden, "relations", file));
        GoldenFile.AssertMatches("relations-" + Path.GetFileNameWithoutExtension(file), GoldenFile.DumpRelations(processed));
    }

    public static TheoryData<string> EntityInputs() => new(Directory.GetFiles(Path.Combine(RepoPaths.Golden, "entities"), "*.txt").Select(Path.GetFileName).Order()!);

    /// <summary>Articles we wrote about other conflicts and layouts (a sanctions notice, a wire story): their actors.</summary>
    [Theory]
    [MemberData(nameof(EntityInputs))]
    public void Invented_article_entities_match_their_golden_dump(string file)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Golden, "entities", file));
        GoldenFile.AssertMatches("entities-" + Path.GetFileNameWithoutExtension(file), GoldenFile.DumpEntities(processed));
    }

    public static TheoryData<string> FactInputs() => new(
        Directory.GetFiles(RepoPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Golden, "relations"), "*.txt"))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Golden, "entities"), "*.txt"))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/')).Order());

    /// <summary>Claims with their speakers, relations and dated events, for the seeds and the articles we wrote.</summary>
    [Theory]
    [MemberData(nameof(FactInputs))]
    public void Claims_relations_and_events_match_their_golden_dump(string relative)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Root, relative));
        var name = Path.GetFileNameWithoutExtension(relative);
        GoldenFile.AssertMatches("facts-" + (relative.StartsWith("seeds/", StringComparison.Ordinal) ? "seed-" + name[..3] : name), GoldenFile.DumpFacts(processed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_segmentation_matches_its_golden_dump(string file)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Seeds, file));
        GoldenFile.AssertMatches("seed-" + Path.GetFileNameWithoutExtension(file)[..3], GoldenFile.Dump(processed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_entities_match_their_golden_dump(string file)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Seeds, file));
        GoldenFile.AssertMatches("entities-seed-" + Path.GetFileNameWithoutExtension(file)[..3], GoldenFile.DumpEntities(processed));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Layout_segmentation_matches_its_golden_dump(string file)
    {
        var processed = GoldenFile.Process(Path.Combine(RepoPaths.Golden, "inputs", file));
        GoldenFile.AssertMatches(Path.GetFileNameWithoutExtension(file), GoldenFile.Dump(processed));
    }
}
