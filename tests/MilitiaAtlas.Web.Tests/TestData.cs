namespace MilitiaAtlas.Web.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MilitiaAtlas.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MilitiaAtlas.sln not found");
    }
}

/// <summary>A small article used across tests: body paragraphs about a made-up group, a caption and a footer.</summary>
internal static class Articles
{
    public const string Simple = """
        Fighters regroup in the north

        Photo: A checkpoint near the river. (Jane Roe/AFP)

        The Northern Brigades said on Monday that they had taken two villages near the river. Their commander, Col. Samir Haddad, said the fighting was over.

        Residents described heavy shelling overnight. "We left with nothing," said one farmer.

        Copyright 2020 The Daily Example. All rights reserved.
        """;
}
