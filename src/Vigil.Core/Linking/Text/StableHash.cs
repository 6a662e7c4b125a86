namespace Vigil.Core.Linking.Text;

/// <summary>
/// Deterministic 64-bit hashing for shingles and LSH bands: identical in every process and on every run (unlike
/// <see cref="string.GetHashCode()"/>, which is randomized per process), so signatures may be stored and compared later.
/// </summary>
public static class StableHash
{
    /// <summary>The splitmix64 / Murmur3 finalizer: a bijective avalanche mix of 64 bits.</summary>
    public static ulong Mix64(ulong x)
    {
        unchecked
        {
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return x;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="s"/>, finished with <see cref="Mix64"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        unchecked
        {
            var h = 0xCBF29CE484222325UL;
            foreach (var c in s)
            {
                h = (h ^ c) * 0x100000001B3UL;
            }
            return Mix64(h ^ (ulong)s.Length);
        }
    }

    /// <summary>Combines an accumulated hash with the next value (order-sensitive).</summary>
    public static ulong Combine(ulong accumulated, ulong next)
    {
        unchecked
        {
            return Mix64(accumulated * 0x9E3779B97F4A7C15UL + next);
        }
    }
}
