namespace MilitiaAtlas.Ingestion.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Golden => Path.Combine(Root, "tests", "MilitiaAtlas.Ingestion.Tests", "Golden");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MilitiaAtlas.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MilitiaAtlas.sln not found above " + AppContext.BaseDirectory);
    }
}
