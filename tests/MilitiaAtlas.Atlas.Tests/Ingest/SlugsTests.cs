using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Iran's Militias Are Taking Over", "irans-militias-are-taking-over")]
    [InlineData("  Qāsim — al-Ḥashd  ", "qasim-al-hashd")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("حشد", "")]
    public void Slugs_are_lower_case_ascii_words(string title, string slug)
    {
        Assert.Equal(slug, Slugs.From(title));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        Assert.Equal("what-a-political-alliance-between-two-iraq-war-era-militia", Slugs.From("What a Political Alliance Between Two Iraq War-Era Militia Leaders Means For the U.S."));
    }
}
