using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Atlas.Tests.Ingest;

/// <summary>New event ids: grouped and ordered by the source that first reports the event.</summary>
public sealed class EventIdTests
{
    [Fact]
    public void Ids_sort_by_source_number_and_a_sources_ids_share_its_prefix()
    {
        var nums = new long[] { 1, 2, 35, 36, 37, 1295, 1296, 46655, 46656, 9_999_999 };
        var ids = nums.Select(n => EventWriter.NewId("same-source", n, 3, "10-20")).ToList();

        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.Equal("ev-00001-", ids[0][..9]);
        Assert.Equal("ev-0000z-", ids[2][..9]);
        Assert.Equal("ev-00010-", ids[3][..9]);
        Assert.All(ids, i => Assert.Matches("^ev-[0-9a-z]{5}-[0-9a-f]{8}$", i));

        var a = EventWriter.NewId("an-article", 7, 0, "10-20");
        var b = EventWriter.NewId("an-article", 7, 4, "90-99");
        Assert.NotEqual(a, b);
        Assert.Equal(a[..9], b[..9]);
    }

    [Fact]
    public void Past_five_base36_digits_the_number_is_written_in_full_and_ids_stay_distinct()
    {
        var last = EventWriter.NewId("s", 60_466_175, 0, "1-2");
        var past = EventWriter.NewId("s", 60_466_176, 0, "1-2");

        Assert.StartsWith("ev-zzzzz-", last);
        Assert.StartsWith("ev-60466176-", past);
        Assert.NotEqual(last, past);
    }
}
