using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public class CasingTests
{
    [Fact]
    public void Lower_gives_what_the_runtime_gives_for_any_text()
    {
        // ASCII, curly quotation marks, dashes, spaces and signs (the fast way), and letters, numbers and symbols with case
        // outside ASCII (the runtime's way).
        var pieces = new[] { "Kessa", "VELT", "brisk", "’", "‘", "“", "”", "—", "–", "…", "«", "»", "\u00a0", "€", "±", "·", "s", "É", "é", "İ", "ı", "Σ", "Ⅻ", "Ⓐ", "ß", "\u0345", "9", " ", "-", "'" };
        var rng = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, rng.Next(0, 8)).Select(_ => pieces[rng.Next(pieces.Length)]));
            Assert.Equal(text.ToLowerInvariant(), Casing.Lower(text));
        }

        Assert.Equal("the kessa’s “velt” — brisk", Casing.Lower("The KESSA’s “Velt” — Brisk"));
    }
}
