using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Vigil.Core.Linking.Photos;

/// <summary>
/// A 256-bit perceptual photo hash (PRF-01 reused profile photos), PDQ-shaped: 16×16 low-frequency DCT signs against
/// the median. <see cref="W0"/> holds bits 0..63 (row 0..3 of the 16×16 block, row-major), <see cref="W3"/> bits 192..255.
/// The hex form is 64 lower-case digits, most significant word (<see cref="W3"/>) first, as PDQ prints its hashes.
/// </summary>
/// <param name="W0">Bits 0..63.</param>
/// <param name="W1">Bits 64..127.</param>
/// <param name="W2">Bits 128..191.</param>
/// <param name="W3">Bits 192..255.</param>
public readonly record struct PhotoHash(ulong W0, ulong W1, ulong W2, ulong W3)
{
    /// <summary>
    /// Hamming distance at or below which two hashes are the same photo: PDQ's confident-match threshold, 31.
    /// Measured on 200 generated faces (Ingest tests): JPEG quality 70 and half-size copies stay within it, distinct
    /// faces never come closer than 38. Trade-off: a 5% crop scaled back moves this plain-DCT hash by up to ~96 bits,
    /// and a threshold wide enough for that would link different faces; crops are matched instead through the
    /// centre-crop hash of <see cref="PhotoFingerprint"/>.
    /// </summary>
    public const int DefaultMatchDistance = 31;

    /// <summary>Number of bits.</summary>
    public const int Bits = 256;

    /// <summary>Bit <paramref name="index"/> (0..255).</summary>
    public bool this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Bits);
            return (Word(index >> 6) >> (index & 63) & 1) != 0;
        }
    }

    /// <summary>Word <paramref name="i"/> (0..3).</summary>
    public ulong Word(int i) => i switch
    {
        0 => W0,
        1 => W1,
        2 => W2,
        3 => W3,
        _ => throw new ArgumentOutOfRangeException(nameof(i), i, "word index must be 0..3"),
    };

    /// <summary>16-bit chunk <paramref name="i"/> (0..15), chunk 0 = bits 0..15.</summary>
    public ushort Chunk(int i) => unchecked((ushort)(Word(i >> 2) >> ((i & 3) * 16)));

    /// <summary>Hamming distance (number of differing bits), 0..256.</summary>
    public int Distance(PhotoHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1)
        + BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    /// <summary>64 lower-case hex digits, <see cref="W3"/> first.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"{W3:x16}{W2:x16}{W1:x16}{W0:x16}");

    /// <inheritdoc />
    public override string ToString() => ToHex();

    /// <summary>Parses 64 hex digits (either case). Throws <see cref="FormatException"/> otherwise.</summary>
    public static PhotoHash Parse(string hex) =>
        TryParse(hex, out var hash) ? hash : throw new FormatException("a photo hash is 64 hexadecimal digits");

    /// <summary>Parses 64 hex digits (either case, surrounding whitespace ignored).</summary>
    public static bool TryParse([NotNullWhen(true)] string? hex, out PhotoHash hash)
    {
        hash = default;
        if (hex is null)
        {
            return false;
        }
        var s = hex.AsSpan().Trim();
        if (s.Length != 64)
        {
            return false;
        }
        Span<ulong> w = stackalloc ulong[4];
        for (var i = 0; i < 4; i++)
        {
            if (!ulong.TryParse(s.Slice(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out w[3 - i]))
            {
                return false;
            }
        }
        hash = new PhotoHash(w[0], w[1], w[2], w[3]);
        return true;
    }
}
