namespace Vigil.Core.Linking.Text;

/// <summary>
/// MinHash signatures. Permutation i maps a shingle hash x to <c>a_i * Mix64(x) + b_i</c> (wrapping), where
/// a_i (odd) and b_i come from a splitmix64 stream seeded by <see cref="NearDuplicateOptions.Seed"/>: a fixed 64-bit
/// mix per permutation, so signatures are identical across runs and processes. The fraction of equal signature
/// positions estimates the Jaccard similarity of the shingle sets (standard error ≈ sqrt(J(1−J)/numPerm)).
/// Immutable and thread-safe.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    /// <summary>Creates the permutation family for <paramref name="numPermutations"/> and <paramref name="seed"/>.</summary>
    public MinHasher(int numPermutations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numPermutations, 1);
        _multipliers = new ulong[numPermutations];
        _offsets = new ulong[numPermutations];
        var state = seed;
        for (var i = 0; i < numPermutations; i++)
        {
            _multipliers[i] = Next(ref state) | 1UL;
            _offsets[i] = Next(ref state);
        }
    }

    /// <summary>Signature length.</summary>
    public int NumPermutations => _multipliers.Length;

    /// <summary>The MinHash signature of a set of shingle hashes. An empty set gives all <see cref="ulong.MaxValue"/>.</summary>
    public ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new ulong[_multipliers.Length];
        Array.Fill(signature, ulong.MaxValue);
        var a = _multipliers.AsSpan();
        var b = _offsets.AsSpan();
        unchecked
        {
            foreach (var shingle in shingles)
            {
                // One avalanche mix per shingle, then one multiply-add per permutation (multiply-shift family over
                // a well-mixed input): the inner loop is what 100,000 résumés spend their time in.
                var x = StableHash.Mix64(shingle);
                for (var i = 0; i < signature.Length; i++)
                {
                    var v = a[i] * x + b[i];
                    if (v < signature[i])
                    {
                        signature[i] = v;
                    }
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the fraction of positions where two signatures agree.</summary>
    public static double Estimate(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            throw new ArgumentException("signatures must have the same, non-zero length");
        }
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return (double)equal / a.Length;
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            return StableHash.Mix64(state);
        }
    }
}
