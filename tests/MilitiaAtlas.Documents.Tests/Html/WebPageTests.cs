using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Tests.Html;

public sealed class WebPageTests
{
    private static readonly string[] NewsFurniture =
    [
        "cookies", "World news desk", "Markets and business", "luxury river cruises", "Advertisement", "energy tariffs",
        "Share on social", "Email this story", "Floods close", "quick spring supper", "morning briefing", "Celebrity chef",
        "gadgets for the garden", "Copyright", "Privacy policy", "Leave a reply", "Post comment",
    ];

    private static readonly string[] BlogFurniture =
    [
        "Skip to content", "About this journal", "Archive of older posts", "Share this", "Tweet this post", "Print this page",
        "walking boots", "Blogroll", "cooking blog", "Proudly powered",
    ];

    [Fact]
    public void A_news_page_keeps_its_article_and_no_navigation_ad_or_rail_text_reaches_a_body_passage()
    {
        var (article, processed, _) = Read.Page("news-page.html");
        AssertOnlyTheArticle(processed, NewsFurniture,
            "SARNESH — Fighters of the Velmora Highland Guard pulled out", "said Lena Brannic, who chairs", "The Highland Guard took control of Sarnesh in February");

        Assert.DoesNotContain("<", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCTYPE", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_page_takes_title_author_date_outlet_and_url_from_its_metadata()
    {
        var (article, _, _) = Read.Page("news-page.html");

        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("Highland Guard withdraws from Sarnesh after talks", article.Metadata.Title);
        Assert.Equal("Maren Tessaly", article.Metadata.Author);
        Assert.Equal("2031-04-17", article.Metadata.Published);
        Assert.Equal("The Harrow Dispatch", article.Metadata.Outlet);
        Assert.Equal("https://dispatch.example/world/highland-guard-sarnesh", article.Metadata.Url);
    }

    [Fact]
    public void A_news_page_keeps_its_reader_comments_marked_as_comments_after_the_article()
    {
        var (_, processed, _) = Read.Page("news-page.html");
        var comments = Read.Passages(processed, PassageKind.Comment).ToList();

        Assert.Contains(comments, p => p.Contains("Good news at last for the families", StringComparison.Ordinal));
        Assert.Contains(comments, p => p.Contains("Nobody believes the ceasefire", StringComparison.Ordinal));
        Assert.DoesNotContain(Read.Passages(processed, PassageKind.Body), p => p.Contains("Nobody believes", StringComparison.Ordinal));
        var lastBody = processed.Passages.Last(p => p.Kind == PassageKind.Body);
        Assert.All(processed.Passages.Where(p => p.Kind == PassageKind.Comment), c => Assert.True(c.Ordinal > lastBody.Ordinal));
    }

    [Fact]
    public void The_headline_is_the_first_passage_and_every_claim_span_indexes_the_plain_text()
    {
        var (article, processed, _) = Read.Page("news-page.html");

        Assert.Equal(PassageKind.Heading, processed.Passages[0].Kind);
        Assert.Equal("Highland Guard withdraws from Sarnesh after talks", processed.Passages[0].Span.Slice(article.Text));
        Assert.Single(processed.Passages, p => p.Span.Slice(article.Text) == "Highland Guard withdraws from Sarnesh after talks");
        Assert.Contains(processed.Claims, c => c.Span.Slice(article.Text).StartsWith("The group's commander, Idris Kallenberg, told a gathering", StringComparison.Ordinal));
        Assert.Contains(processed.Entities, e => e.Name == "Idris Kallenberg");
    }

    [Fact]
    public void A_blog_page_in_windows_1252_keeps_its_post_and_drops_its_sidebar_menus_and_share_buttons()
    {
        var (article, processed, _) = Read.Page("blog-page.html");
        AssertOnlyTheArticle(processed, BlogFurniture,
            "The checkpoint at the Orsova bridge", "The baker\u2019s son told me", "Next week I will write about the schools");

        Assert.Equal("Notes from the Orsova road", article.Metadata.Title);
        Assert.Equal("Tomas Dravik", article.Metadata.Author);
        Assert.Equal("2031-03-02", article.Metadata.Published);
    }

    [Fact]
    public void The_sidecar_wins_over_what_the_page_says()
    {
        var sidecar = new ArticleMetadata(Title: "Our own title", Author: "Desk editor", Published: "2031-05");
        var (article, _, _) = Read.Page("news-page.html", sidecar);

        Assert.Equal("Our own title", article.Metadata.Title);
        Assert.Equal("Desk editor", article.Metadata.Author);
        Assert.Equal("2031-05", article.Metadata.Published);
        Assert.Equal("The Harrow Dispatch", article.Metadata.Outlet);
    }

    /// <summary>Each of <paramref name="kept"/> is in a body passage, and no body passage holds any of <paramref name="furniture"/>.</summary>
    private static void AssertOnlyTheArticle(MilitiaAtlas.Ingestion.ProcessedArticle processed, string[] furniture, params string[] kept)
    {
        var body = Read.Passages(processed, PassageKind.Body).ToList();
        foreach (var words in kept)
        {
            Assert.Contains(body, p => p.Contains(words, StringComparison.Ordinal));
        }

        foreach (var words in furniture)
        {
            Assert.DoesNotContain(body, p => p.Contains(words, StringComparison.OrdinalIgnoreCase));
        }
    }
}
