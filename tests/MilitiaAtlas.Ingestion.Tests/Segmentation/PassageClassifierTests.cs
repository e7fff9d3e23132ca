using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Ingestion.Tests.Segmentation;

public sealed class PassageClassifierTests
{
    private static List<PassageKind> Kinds(string text, ArticleMetadata? meta = null) =>
        PassageClassifier.Classify(text, ParagraphSplitter.Split(text, ArticleFormat.PlainText), meta ?? ArticleMetadata.Empty)
            .Select(p => p.Kind).ToList();

    private const string Body = "The Eastern Front said its fighters had crossed the river near the town on Friday, officials said.";

    [Theory]
    [InlineData("Photographer: Sam Lee/AFP/Getty Images")]
    [InlineData("Photo by Ana Ruiz: a checkpoint outside the city")]
    [InlineData("Fighters gather at dawn. (Ali Khan/Reuters)")]
    [InlineData("Commander Ruiz, left, greets Colonel Haddad, center, in Goma on Friday.")]
    public void Photo_credits_and_captions_are_captions(string caption)
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Caption, PassageKind.Body], Kinds($"Title here\n\n{caption}\n\n{Body}"));
    }

    [Theory]
    [InlineData("By Maria Lopez")]
    [InlineData("By Maria Lopez and John Smith")]
    [InlineData("March 3, 2019")]
    [InlineData("Updated: 14 July 2021")]
    public void Bylines_and_datelines_are_bylines(string line)
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Byline, PassageKind.Body], Kinds($"Title here\n\n{line}\n\n{Body}"));
    }

    [Theory]
    [InlineData("This column does not necessarily reflect the opinion of the editorial board.")]
    [InlineData("To contact the reporter on this story: someone at example")]
    [InlineData("Notice: All comments are subject to moderation.")]
    [InlineData("Copyright 2021 Example News. All rights reserved.")]
    [InlineData("Sign up for our newsletter to get the news first.")]
    public void A_footer_makes_the_rest_of_the_page_boilerplate(string footer)
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{footer}\n\nMore text that follows the footer, which is page furniture now.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_related_stories_list_late_in_the_page_is_boilerplate()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\n{Body}\n\nMore Stories\n\nAnother headline entirely\nMay 18, 2022");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Boilerplate], kinds);
    }

    [Fact]
    public void A_picture_header_starts_a_comment_thread()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nreader42's picture\n\nThis is all lies.\n\nanother_one's picture\n\nNo it is not.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Comment, PassageKind.Comment, PassageKind.Comment, PassageKind.Comment], kinds);
    }

    [Fact]
    public void A_says_header_after_a_comments_heading_is_a_comment()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nLeave a Reply\n\nabu_x says:\nMarch 4, 2019 at 10:12 am\n\nPropaganda.");

        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Comment, PassageKind.Comment], kinds);
    }

    [Fact]
    public void A_short_unpunctuated_line_inside_the_article_is_a_heading()
    {
        Assert.Equal([PassageKind.Heading, PassageKind.Body, PassageKind.Heading, PassageKind.Body], Kinds($"Title here\n\n{Body}\n\nMilitia Men\n\n{Body}"));
    }

    [Fact]
    public void The_author_line_at_the_end_is_a_byline_when_the_author_is_known()
    {
        var kinds = Kinds($"Title here\n\n{Body}\n\nAmina Yusuf, Senior Correspondent", new ArticleMetadata(Author: "Amina Yusuf"));

        Assert.Equal(PassageKind.Byline, kinds[^1]);
    }
}
