using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class ResolutionKeyTests
{
    [Fact]
    public void Every_kind_is_stored_with_its_prefix_and_read_back()
    {
        foreach (var kind in Enum.GetValues<KeyKind>())
        {
            var key = new ResolutionKey(kind, "jabhat uadi");
            Assert.StartsWith(ResolutionKey.Prefix(kind), key.Stored, StringComparison.Ordinal);
            Assert.Equal(key, ResolutionKey.Parse(key.Stored));
        }

        Assert.Equal("t:jabhat uadi", ResolutionKey.Translit("jabhat uadi").Stored);
        Assert.Throws<FormatException>(() => ResolutionKey.Parse("q:nothing"));
    }

    [Fact]
    public void Surnames_and_acronyms_are_the_weak_keys_and_only_a_bare_word_has_a_one_word_form()
    {
        Assert.True(ResolutionKey.Bare("benton").IsWeak);
        Assert.True(ResolutionKey.Acronym("tlf").IsWeak);
        Assert.False(ResolutionKey.Translit("laura benton").IsWeak);
        Assert.Equal("o:benton", ResolutionKey.Bare("benton").AsOneWord().Stored);
        Assert.Throws<InvalidOperationException>(() => ResolutionKey.Translit("laura benton").AsOneWord());
    }

    [Fact]
    public void The_range_ends_bound_exactly_the_keys_of_their_kind()
    {
        foreach (var (prefix, end) in new[] { (ResolutionKey.TranslitPrefix, ResolutionKey.TranslitEnd), (ResolutionKey.SkeletonPrefix, ResolutionKey.SkeletonEnd), (ResolutionKey.OneWordPrefix, ResolutionKey.OneWordEnd) })
        {
            Assert.Equal(ResolutionKey.ShortPrefixLength, prefix.Length);
            Assert.True(string.CompareOrdinal(prefix + "\uffff", end) < 0);
            Assert.True(string.CompareOrdinal(prefix, end) < 0);
            Assert.Equal(prefix[0], end[0]);
        }
    }
}
