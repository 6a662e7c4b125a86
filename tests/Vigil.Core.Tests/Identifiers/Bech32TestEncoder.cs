using System.Text;

namespace Vigil.Core.Tests.Identifiers;

/// <summary>BIP-173/350 encoder for tests (reference algorithm), to build segwit addresses for any hrp.</summary>
internal static class Bech32TestEncoder
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    public static string SegwitAddress(string hrp, byte version, byte[] program)
    {
        var data = new List<byte> { version };
        data.AddRange(ConvertBits(program));
        var constant = version == 0 ? 1u : 0x2bc830a3u;
        var values = new List<byte>();
        values.AddRange(hrp.Select(c => (byte)(c >> 5)));
        values.Add(0);
        values.AddRange(hrp.Select(c => (byte)(c & 31)));
        values.AddRange(data);
        values.AddRange(new byte[6]);
        var polymod = PolyMod(values) ^ constant;
        var sb = new StringBuilder(hrp).Append('1');
        foreach (var d in data)
        {
            sb.Append(Charset[d]);
        }
        for (var i = 0; i < 6; i++)
        {
            sb.Append(Charset[(int)((polymod >> (5 * (5 - i))) & 31)]);
        }
        return sb.ToString();
    }

    private static List<byte> ConvertBits(byte[] bytes)
    {
        var result = new List<byte>();
        int acc = 0, bits = 0;
        foreach (var b in bytes)
        {
            acc = (acc << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                result.Add((byte)((acc >> bits) & 31));
            }
        }
        if (bits > 0)
        {
            result.Add((byte)((acc << (5 - bits)) & 31));
        }
        return result;
    }

    private static uint PolyMod(List<byte> values)
    {
        uint[] generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        uint chk = 1;
        foreach (var v in values)
        {
            var top = chk >> 25;
            chk = unchecked(((chk & 0x1ffffff) << 5) ^ v);
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= generator[i];
                }
            }
        }
        return chk;
    }
}
