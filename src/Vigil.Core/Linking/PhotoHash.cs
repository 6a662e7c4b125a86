using System.Globalization;
using System.Numerics;

namespace Vigil.Core.Linking;

/// <summary>
/// A 256-bit perceptual photo hash (<see cref="PhotoHasher"/>). Close Hamming distance means the same picture,
/// re-encoded, resized or lightly cropped: the same photo under different names (PRF-01, COM-02).
/// </summary>
public readonly record struct PhotoHash(ulong W0, ulong W1, ulong W2, ulong W3)
{
    public const int Bits = 256;

    public int Distance(PhotoHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1)
        + BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    /// <summary>16-bit chunk <paramref name="index"/> (0–15), for multi-index hashing.</summary>
    public ushort Chunk(int index) => unchecked((ushort)(Word(index / 4) >> (index % 4 * 16)));

    public ulong Word(int index) => index switch
    {
        0 => W0,
        1 => W1,
        2 => W2,
        3 => W3,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>64 lower-case hex digits: the canonical identifier value of kind <c>PhotoHash</c>.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"{W0:x16}{W1:x16}{W2:x16}{W3:x16}");

    public override string ToString() => ToHex();

    public static bool TryParse(string? hex, out PhotoHash hash)
    {
        hash = default;
        if (hex is null || hex.Length != 64)
        {
            return false;
        }
        Span<ulong> w = stackalloc ulong[4];
        for (var i = 0; i < 4; i++)
        {
            if (!ulong.TryParse(hex.AsSpan(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out w[i]))
            {
                return false;
            }
        }
        hash = new PhotoHash(w[0], w[1], w[2], w[3]);
        return true;
    }
}
