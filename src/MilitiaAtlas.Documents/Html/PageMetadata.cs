using System.Text.Json;
using AngleSharp.Dom;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Documents.Html;

/// <summary>
/// What a web page says about itself, each field from the first of its sources that has it: JSON-LD of an article type
/// (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>, …), then Open Graph and article meta tags, then the common
/// meta names, then the page's own markup (a byline element, a <c>time</c> element, the <c>title</c>).
/// </summary>
internal static partial class PageMetadata
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "SocialMediaPosting", "LiveBlogPosting", "Report",
        "ScholarlyArticle", "TechArticle", "Posting",
    };

    private static readonly string[] DateNames =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date", "parsely-pub-date",
        "sailthru.date",
    ];

    public static ArticleMetadata Read(IDocument doc, List<IngestWarning> warnings)
    {
        var ld = JsonLd(doc, warnings);
        var title = ld.Title ?? Meta(doc, "og:title") ?? Meta(doc, "twitter:title");
        var author = ld.Author ?? AuthorFromMeta(doc) ?? AuthorFromMarkup(doc);
        var published = ld.Published ?? DateNames.Select(n => PublishedDate.Normalize(Meta(doc, n))).FirstOrDefault(d => d is not null) ?? TimeElement(doc);
        var outlet = ld.Outlet ?? Meta(doc, "og:site_name") ?? Meta(doc, "application-name");
        var url = Absolute(doc.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Absolute(Meta(doc, "og:url")) ?? Absolute(ld.Url);
        return new ArticleMetadata(Clean(title), Clean(outlet), Clean(author), published, url);
    }

    /// <summary>The content of a meta tag by <c>property</c>, <c>name</c> or <c>itemprop</c>, ignoring case.</summary>
    internal static string? Meta(IDocument doc, string name)
    {
        foreach (var m in doc.QuerySelectorAll("meta[content]"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && key.Trim().Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(m.GetAttribute("content")) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? AuthorFromMeta(IDocument doc)
    {
        foreach (var name in new[] { "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author" })
        {
            var value = Meta(doc, name);
            if (value is null || value.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            return value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? Bylines.AuthorOf(value) ?? value[3..].Trim() : value;
        }

        return null;
    }

    /// <summary>A byline in the markup: an element marked as the author (<c>rel=author</c>, <c>itemprop=author</c>, a byline class).</summary>
    private static string? AuthorFromMarkup(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("[rel~='author'], [itemprop~='author'], .byline, .author, .author-name, .byline__name, .posted-by, .entry-author"))
        {
            var inner = e.QuerySelector("[itemprop~='name']") ?? e;
            var text = BlockText.Normalize(inner.TextContent).Replace('\n', ' ').Trim();
            if (text.Length is 0 or > 120)
            {
                continue;
            }

            var line = PostedBy().Replace(text, "By ");
            if (Bylines.AuthorOf(line.StartsWith("By ", StringComparison.Ordinal) ? line : "By " + line) is { } author)
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>The first <c>time</c> element marked as the publication date, else the first one in the article.</summary>
    private static string? TimeElement(IDocument doc)
    {
        var marked = doc.QuerySelector("time[itemprop~='datePublished'], time[pubdate], .published time, time.published, time.entry-date");
        var first = marked ?? doc.QuerySelector("article time[datetime], main time[datetime]") ?? doc.QuerySelector("time[datetime]");
        return first is null ? null : PublishedDate.Normalize(first.GetAttribute("datetime") ?? first.TextContent);
    }

    private sealed record LinkedData(string? Title, string? Author, string? Published, string? Outlet, string? Url);

    private static LinkedData JsonLd(IDocument doc, List<IngestWarning> warnings)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            }
            catch (JsonException ex)
            {
                warnings.Add(new IngestWarning("json-ld", $"a JSON-LD block cannot be parsed ({ex.Message.Split('\n')[0]}); ignored"));
                continue;
            }

            using (json)
            {
                if (FindArticle(json.RootElement, 0) is { } article)
                {
                    return new LinkedData(
                        Str(article, "headline") ?? Str(article, "name"),
                        Names(article, "author") ?? Names(article, "creator"),
                        PublishedDate.Normalize(Str(article, "datePublished") ?? Str(article, "dateCreated")),
                        Names(article, "publisher"),
                        Str(article, "url") ?? Id(article, "mainEntityOfPage"));
                }
            }
        }

        return new LinkedData(null, null, null, null, null);
    }

    /// <summary>The first object of an article type, in a list, a <c>@graph</c>, or the object itself (a few levels deep).</summary>
    private static JsonElement? FindArticle(JsonElement e, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (e.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains))
        {
            return e;
        }

        return e.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;

    private static string? Id(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : v.ValueKind == JsonValueKind.Object ? Str(v, "@id") ?? Str(v, "url")
        : null;

    /// <summary>A person or organization field: a name, an object with a name, or a list of them (joined with ", ").</summary>
    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        var names = items.Select(i => i.ValueKind switch
        {
            JsonValueKind.String => Clean(i.GetString()),
            JsonValueKind.Object => Str(i, "name"),
            _ => null,
        }).Where(n => n is not null && !n.Contains("://", StringComparison.Ordinal)).Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.ToString() : null;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var one = BlockText.Normalize(s).Replace('\n', ' ');
        return one.Length == 0 ? null : one.Length > 400 ? one[..400].TrimEnd() + "…" : one;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Posted|Written|Words|Reported|Story)\s+by\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PostedBy();
}
