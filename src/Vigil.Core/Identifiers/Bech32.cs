namespace Vigil.Core.Identifiers;

/// <summary>Bech32 (BIP-173) and bech32m (BIP-350) decoding with checksum verification.</summary>
public static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;

    /// <summary>Which checksum constant a string verified against.</summary>
    public enum Encoding
    {
        None = 0,
        Bech32 = 1,
        Bech32m = 2,
    }

    /// <summary>Decodes a lower-case bech32 string (callers lower-case first and reject mixed case themselves).
    /// </summary>
    /// <returns>False when the shape is wrong (no separator, bad characters, over 90 characters); true with
    /// <paramref name="encoding"/> <see cref="Encoding.None"/> when only the checksum fails.</returns>
    public static bool TryDecode(string text, out string hrp, out byte[] data, out Encoding encoding)
    {
        hrp = "";
        data = [];
        encoding = Encoding.None;
        var separator = text.LastIndexOf('1');
        if (text.Length > 90 || separator < 1 || separator + 7 > text.Length)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '!' or > '~' || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }
        hrp = text[..separator];
        var values = new byte[text.Length - separator - 1];
        for (var i = 0; i < values.Length; i++)
        {
            var v = Charset.IndexOf(text[separator + 1 + i], StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }
            values[i] = (byte)v;
        }
        var check = PolyMod(hrp, values);
        encoding = check switch
        {
            Bech32Constant => Encoding.Bech32,
            Bech32mConstant => Encoding.Bech32m,
            _ => Encoding.None,
        };
        data = values[..^6];
        return true;
    }

    /// <summary>Regroups 5-bit values into bytes (BIP-173 <c>convertbits(data, 5, 8, False)</c>).</summary>
    public static bool TryConvertTo8Bit(ReadOnlySpan<byte> fiveBit, out byte[] bytes)
    {
        var result = new List<byte>(fiveBit.Length * 5 / 8);
        int acc = 0, bits = 0;
        foreach (var v in fiveBit)
        {
            acc = ((acc << 5) | v) & 0xFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                result.Add((byte)((acc >> bits) & 0xFF));
            }
        }
        bytes = [.. result];
        // Leftover bits must be fewer than 5 and all zero.
        return bits < 5 && ((acc << (8 - bits)) & 0xFF) == 0;
    }

    private static uint PolyMod(string hrp, ReadOnlySpan<byte> values)
    {
        uint chk = 1;
        foreach (var c in hrp)
        {
            chk = Step(chk, (uint)(c >> 5));
        }
        chk = Step(chk, 0);
        foreach (var c in hrp)
        {
            chk = Step(chk, (uint)(c & 31));
        }
        foreach (var v in values)
        {
            chk = Step(chk, v);
        }
        return chk;
    }

    private static uint Step(uint chk, uint value)
    {
        unchecked
        {
            var top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ value;
            if ((top & 1) != 0) chk ^= 0x3b6a57b2;
            if ((top & 2) != 0) chk ^= 0x26508e6d;
            if ((top & 4) != 0) chk ^= 0x1ea119fa;
            if ((top & 8) != 0) chk ^= 0x3d4233dd;
            if ((top & 16) != 0) chk ^= 0x2a1462b3;
            return chk;
        }
    }
}
