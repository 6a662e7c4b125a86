using System.Text;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a PRNG whose output is fixed by its published algorithm, unlike
/// <see cref="Random"/>, whose algorithm .NET may change. Same seed, same sequence, on every runtime and machine.
/// </summary>
/// <remarks>
/// <see cref="Fork"/> derives an independent stream from a label, so the values of one person do not shift when
/// another part of the population changes. Not thread-safe; fork one per thread or item.
/// Reference: Blackman and Vigna, https://prng.di.unimi.it/xoshiro256starstar.c and splitmix64.c.
/// </remarks>
public sealed class SynthRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private readonly ulong _seed;

    public SynthRandom(ulong seed)
    {
        _seed = seed;
        var sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    private static ulong SplitMix(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, max) by Lemire's multiply-shift with rejection (no modulo bias).</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var m = (ulong)max;
        while (true)
        {
            var x = NextUInt64();
            var hi = Math.BigMul(x, m, out var lo);
            if (lo >= m || lo >= unchecked(0 - m) % m)
            {
                return (int)hi;
            }
        }
    }

    /// <summary>Uniform in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>Uniform in [0, 1) with 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Approximately normal (sum of uniforms), cheap and deterministic.</summary>
    public double Gaussian(double mean, double sd)
    {
        var sum = 0.0;
        for (var i = 0; i < 6; i++)
        {
            sum += NextDouble();
        }
        return mean + (sum - 3) * sd * Math.Sqrt(2);
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>k distinct items in random order (k clamped to the list size).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int k)
    {
        var idx = Enumerable.Range(0, items.Count).ToList();
        k = Math.Min(k, items.Count);
        for (var i = 0; i < k; i++)
        {
            var j = i + Next(idx.Count - i);
            (idx[i], idx[j]) = (idx[j], idx[i]);
        }
        return idx.Take(k).Select(i => items[i]).ToList();
    }

    public string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + Next(10));
        }
        return new string(chars);
    }

    public string Hex(int count)
    {
        const string hex = "0123456789abcdef";
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = hex[Next(16)];
        }
        return new string(chars);
    }

    public string Alnum(int count, bool upper = false)
    {
        var alphabet = upper ? "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" : "abcdefghijklmnopqrstuvwxyz0123456789";
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = alphabet[Next(alphabet.Length)];
        }
        return new string(chars);
    }

    /// <summary>A random-looking but seed-determined GUID (version 4 layout).</summary>
    public Guid NextGuid()
    {
        Span<byte> b = stackalloc byte[16];
        BitConverter.TryWriteBytes(b, NextUInt64());
        BitConverter.TryWriteBytes(b[8..], NextUInt64());
        b[7] = (byte)(b[7] & 0x0F | 0x40);
        b[8] = (byte)(b[8] & 0x3F | 0x80);
        return new Guid(b);
    }

    /// <summary>An independent stream for <paramref name="label"/>: a function of this stream's seed and the label
    /// only (FNV-1a of the label), not of how many values were drawn.</summary>
    public SynthRandom Fork(string label)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(label))
        {
            h = unchecked((h ^ b) * 1099511628211UL);
        }
        return new SynthRandom(unchecked(_seed * 0x9E3779B97F4A7C15UL ^ h));
    }
}
