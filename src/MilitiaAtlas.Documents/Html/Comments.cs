using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MilitiaAtlas.Documents.Html;

/// <summary>
/// Reader comments under an article: the outermost elements whose class or id names a comment thread ("comments",
/// "comment-list", "commentlist", "discussion", "responses", …) or that are marked up as schema.org comments. They are
/// taken out of the page before the article is looked for (the extractor would drop them), and kept as comment blocks after it.
/// </summary>
internal static partial class Comments
{
    /// <summary>Removes the page's comment threads from it and returns them, in page order.</summary>
    public static IReadOnlyList<IElement> Take(IDocument doc)
    {
        var threads = new List<IElement>();
        foreach (var e in doc.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (IsThread(e) && !threads.Any(t => t.Contains(e)))
            {
                threads.Add(e);
            }
        }

        foreach (var thread in threads)
        {
            thread.Remove();
        }

        return threads;
    }

    private static bool IsThread(IElement e) =>
        PageCleaner.Tokens(e).Any(t => Thread().IsMatch(t))
        || (e.GetAttribute("itemtype") is { } type && type.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase) && e.ParentElement?.Closest("[itemtype$='/Comment']") is null);

    [GeneratedRegex(@"^(?:comments?|comment[-_]?(?:list|section|thread|area|s|wrap|wrapper|container|block)|comments[-_](?:area|section|list|wrap|wrapper|container|block|thread)|commentlist|discussion|disqus_thread|responses|reader[-_]comments|user[-_]comments)$")]
    private static partial Regex Thread();
}
