namespace Vigil.Core.Identifiers;

/// <summary>
/// Keccak-256 as used by Ethereum (original Keccak padding <c>0x01</c>), which is NOT FIPS 202 SHA3-256
/// (padding <c>0x06</c>). Needed for EIP-55 address checksums; the BCL only offers SHA3-256.
/// </summary>
/// <remarks>Pure and thread-safe. Small inputs only (addresses), so clarity wins over speed.</remarks>
public static class Keccak256
{
    private const int RateBytes = 136; // 1600-bit state minus 2 x 256-bit capacity

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    // Rotation offsets r[x, y] indexed by lane x + 5y.
    private static readonly int[] Rotations =
    [
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    ];

    /// <summary>Keccak-256 digest (32 bytes) of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data) => Sponge(data, 0x01);

    /// <summary>FIPS 202 SHA3-256 from the same permutation; exists so tests can cross-check the permutation
    /// against published SHA3 vectors. Not used for addresses.</summary>
    public static byte[] Sha3Hash(ReadOnlySpan<byte> data) => Sponge(data, 0x06);

    private static byte[] Sponge(ReadOnlySpan<byte> data, byte domainPadding)
    {
        var state = new ulong[25];
        var offset = 0;
        while (data.Length - offset >= RateBytes)
        {
            Absorb(state, data.Slice(offset, RateBytes));
            offset += RateBytes;
        }
        Span<byte> last = stackalloc byte[RateBytes];
        last.Clear();
        data[offset..].CopyTo(last);
        last[data.Length - offset] ^= domainPadding;
        last[RateBytes - 1] ^= 0x80;
        Absorb(state, last);

        var digest = new byte[32];
        for (var i = 0; i < 4; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(digest.AsSpan(i * 8, 8), state[i]);
        }
        return digest;
    }

    private static void Absorb(ulong[] state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < RateBytes / 8; i++)
        {
            state[i] ^= System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8, 8));
        }
        Permute(state);
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        unchecked
        {
            for (var round = 0; round < 24; round++)
            {
                // θ
                for (var x = 0; x < 5; x++)
                {
                    c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
                }
                for (var x = 0; x < 5; x++)
                {
                    var d = c[(x + 4) % 5] ^ ulong.RotateLeft(c[(x + 1) % 5], 1);
                    for (var y = 0; y < 25; y += 5)
                    {
                        a[y + x] ^= d;
                    }
                }
                // ρ and π: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
                for (var x = 0; x < 5; x++)
                {
                    for (var y = 0; y < 5; y++)
                    {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = ulong.RotateLeft(a[x + 5 * y], Rotations[x + 5 * y]);
                    }
                }
                // χ
                for (var y = 0; y < 25; y += 5)
                {
                    for (var x = 0; x < 5; x++)
                    {
                        a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                    }
                }
                // ι
                a[0] ^= RoundConstants[round];
            }
        }
    }
}
