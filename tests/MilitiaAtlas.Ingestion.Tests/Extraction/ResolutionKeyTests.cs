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
    public void The_stored_text_of_every_kind_is_the_one_the_atlas_already_holds()
    {
        // EntityKeys.Key rows written before this type existed must still be found: no kind's stored form may change.
        Assert.Equal("id:gz-1042", ResolutionKey.PlaceId("gz-1042").Stored);
        Assert.Equal("t:tamaro front", ResolutionKey.Translit("tamaro front").Stored);
        Assert.Equal("s:tmrfrnt", ResolutionKey.Skeleton("tmrfrnt").Stored);
        Assert.Equal("b:benton", ResolutionKey.Bare("benton").Stored);
        Assert.Equal("a:tlf", ResolutionKey.Acronym("tlf").Stored);
        Assert.Equal("o:benton", new ResolutionKey(KeyKind.OneWord, "benton").ToString());
        Assert.Equal("w:", ResolutionKey.ContextTyped.Stored);
        Assert.Equal("merged:tamaro-front", ResolutionKey.Merged("tamaro-front").Stored);
        Assert.Equal(KeyKind.Merged, ResolutionKey.Parse("merged:tamaro-front").Kind);
        Assert.Equal("tamaro-front", ResolutionKey.Parse("merged:tamaro-front").Value);
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
