using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MilitiaAtlas.Documents.Html;

/// <summary>
/// What comes off a web page before the article is looked for: page furniture by its markup, wherever the article
/// extractor's own rules would miss it. Navigation, page headers and footers, sidebars, forms, hidden elements, and
/// elements whose class or id says they are ads, share bars, cookie or consent notices, newsletter prompts, "related"
/// and "most read" rails. Comment threads are taken out first (<see cref="Comments"/>), to be kept as comments. An
/// element holding 40% of the page's text or more is never removed for its class or id alone: a layout class such as
/// "has-sidebar" on the page's wrapper is not furniture. What its tag or role says it is goes whatever it holds.
/// </summary>
internal static partial class PageCleaner
{
    private static readonly string[] FurnitureTags = ["nav", "aside", "footer", "form", "dialog", "button", "iframe", "noscript", "template", "svg", "object", "embed", "canvas"];

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist",
    };

    /// <summary>Removes the page's furniture from <paramref name="doc"/>.</summary>
    public static void Clean(IDocument doc)
    {
        var body = doc.Body;
        if (body is null)
        {
            return;
        }

        var total = Math.Max(1, body.TextContent.Length);
        var doomed = new List<IElement>();
        foreach (var e in body.QuerySelectorAll("*"))
        {
            if (IsFurniture(e) || (IsFurnitureByName(e) && e.TextContent.Length < total * 0.4))
            {
                doomed.Add(e);
            }
        }

        foreach (var e in doomed)
        {
            e.Remove();
        }
    }

    private static bool IsFurniture(IElement e)
    {
        if (FurnitureTags.Contains(e.LocalName))
        {
            return true;
        }

        // The page's header, not an article's (which holds its headline and byline).
        if (e.LocalName == "header" && e.Closest("article, main") is null)
        {
            return true;
        }

        if (e.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        return e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true"
            || (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));
    }

    /// <summary>Furniture by its class or id: a guess from a name, so never taken when it holds most of the page.</summary>
    private static bool IsFurnitureByName(IElement e) => Tokens(e).Any(t => Furniture().IsMatch(t));

    /// <summary>The words of an element's class and id, in lower case.</summary>
    internal static IEnumerable<string> Tokens(IElement e)
    {
        foreach (var c in e.ClassList)
        {
            yield return c.ToLowerInvariant();
        }

        if (e.Id is { Length: > 0 } id)
        {
            yield return id.ToLowerInvariant();
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"^(?:ads?|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|adslot[\w-]*|adunit[\w-]*|dfp[-_][\w-]*|gpt[-_]ad[\w-]*|sponsor[\w-]*|promo[\w-]*|[\w-]+[-_]promo|share[\w-]*|[\w-]+[-_]share|sharing[\w-]*|social[\w-]*|[\w-]+[-_]social|cookie[\w-]*|[\w-]*consent[\w-]*|gdpr[\w-]*|newsletter[\w-]*|[\w-]+[-_]newsletter|subscri(?:be|ption)[\w-]*|signup[\w-]*|sign-up[\w-]*|paywall[\w-]*|related[\w-]*|[\w-]+[-_]related|recommend[\w-]*|more[-_]stories|most[-_](?:read|popular|viewed)[\w-]*|trending[\w-]*|popular[-_][\w-]*|outbrain[\w-]*|taboola[\w-]*|breadcrumbs?|sidebar[\w-]*|[\w-]+[-_]sidebar|rail|[\w-]+[-_]rail|nav|navbar|navigation[\w-]*|[\w-]+[-_]nav|menu[\w-]*|masthead|site[-_](?:header|footer)|toolbar|tag[-_]?list|tags|skip[-_]link[\w-]*|print[-_](?:only|link)[\w-]*)$")]
    private static partial Regex Furniture();
}
