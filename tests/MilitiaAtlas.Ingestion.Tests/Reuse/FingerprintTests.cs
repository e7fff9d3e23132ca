using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reuse;

namespace MilitiaAtlas.Ingestion.Tests.Reuse;

public sealed class FingerprintTests
{
    private static long[] Of(string s) => Fingerprint.Of(s, new TextSpan(0, s.Length));

    private const string Paragraph = "Official policy has been to support the security forces as both a hammer against the insurgents and also as a way to absorb the militias that threaten to drive the minority to support terrorism.";

    [Fact]
    public void A_copy_with_other_quotes_case_and_editorial_brackets_has_the_same_fingerprint()
    {
        var copy = "[O]fficial POLICY has been to support the security forces as both a ‘hammer’ against the insurgents and also as a way to absorb the militias that threaten to drive the minority to support terrorism";

        Assert.Equal(Of(Paragraph), Of(copy));
        Assert.NotEmpty(Of(Paragraph));
    }

    [Fact]
    public void A_partial_copy_shares_most_of_its_samples()
    {
        var part = Paragraph[..Paragraph.IndexOf(" and also", StringComparison.Ordinal)];
        var shared = Of(part).Intersect(Of(Paragraph)).Count();

        Assert.True(shared >= Of(part).Length * 0.8, $"{shared} of {Of(part).Length}");
    }

    [Fact]
    public void Unrelated_text_shares_nothing_and_short_lines_have_no_fingerprint()
    {
        var other = "The rebels said on Tuesday that they would return to the talks in the capital only if the blockade of the port was lifted first.";

        Assert.Empty(Of(Paragraph).Intersect(Of(other)));
        Assert.Empty(Of("Too short to match by chance."));
    }
}
