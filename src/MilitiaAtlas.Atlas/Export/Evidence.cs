namespace MilitiaAtlas.Atlas.Export;

/// <summary>How the atlas counts support for a statement (a relation), wherever it is shown: export, profile, API.</summary>
public static class Evidence
{
    /// <summary>
    /// The distinct sources that state it in their own words. Evidence in a paragraph copied from another source
    /// (<c>Passages.ReusedFromSourceNum</c>) is the original's, so the copy adds no independent source.
    /// </summary>
    public static int IndependentSources<T>(IEnumerable<T> evidence, Func<T, string> source, Func<T, bool> copied) =>
        evidence.Where(e => !copied(e)).Select(source).Distinct(StringComparer.Ordinal).Count();
}
