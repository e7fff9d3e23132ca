namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// Tests that load both cores for tens of seconds (the 1k crawl, the ingest fuzz, the hostile files in child
/// processes) run alone, after the parallel ones: beside them, the browser tests' 30 s waits timed out on a 2-core
/// machine. So do the backup target tests, whose signal test races a one-second copy.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTestsRunAlone
{
    public const string Name = "Heavy";
}
