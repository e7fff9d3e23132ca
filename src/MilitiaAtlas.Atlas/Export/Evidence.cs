namespace MilitiaAtlas.Atlas.Export;

/// <summary>How the atlas counts support for a statement (a relation), wherever it is shown: export, profile, network, API.</summary>
public static class Evidence
{
    /// <summary>
    /// The distinct sources that state it in their own words. Evidence in a paragraph copied from another source
    /// (<c>Passages.ReusedFromSourceNum</c>) is the original's, so the copy adds no independent source.
    /// </summary>
    public static int IndependentSources<T>(IEnumerable<T> evidence, Func<T, string> source, Func<T, bool> copied) =>
        IndependentSources(evidence, source, copied, StringComparer.Ordinal);

    /// <summary>The same count with sources named by any key (the network keys them by their number).</summary>
    public static int IndependentSources<T, TSource>(IEnumerable<T> evidence, Func<T, TSource> source, Func<T, bool> copied, IEqualityComparer<TSource>? comparer = null) =>
        evidence.Where(e => !copied(e)).Select(source).Distinct(comparer).Count();
}
