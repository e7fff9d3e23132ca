namespace MilitiaAtlas.Atlas.Export;

/// <summary>A claim's public id, in the export, the API and search results: the source's id, "/c", the claim's number.</summary>
public static class ClaimIds
{
    public static string Format(string sourceId, long ordinal) => $"{sourceId}/c{ordinal}";
}
