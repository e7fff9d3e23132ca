namespace MilitiaAtlas.CorpusGen;

/// <summary>
/// A small seeded generator (xoshiro256**, seeded through SplitMix64) whose sequence is fixed by this file
/// alone, so a corpus is byte-identical across runs, machines and .NET versions.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A seed for an independent stream: the corpus seed mixed with a stream number.</summary>
    public static ulong Mix(long seed, ulong stream)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ (stream + 0x632BE59BD9B4E019UL);
        return SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        var result = unchecked(RotateLeft(_s1 * 5, 7) * 9);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary>min ≤ result ≤ max.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index in [0, count) where low indexes are much more likely (Zipf-like, exponent s).</summary>
    public int Skewed(int count, double s = 1.0)
    {
        if (count <= 1)
        {
            return 0;
        }

        // Inverse of the continuous power law over [1, count + 1).
        var u = NextDouble();
        double x;
        if (Math.Abs(s - 1.0) < 1e-9)
        {
            x = Math.Exp(u * Math.Log(count + 1.0));
        }
        else
        {
            var a = 1.0 - s;
            x = Math.Pow(1.0 + (u * (Math.Pow(count + 1.0, a) - 1.0)), 1.0 / a);
        }

        return Math.Clamp((int)x - 1, 0, count - 1);
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
