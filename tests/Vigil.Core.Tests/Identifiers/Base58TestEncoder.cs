using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

/// <summary>Base58check encoder for tests: builds valid addresses for version bytes without published samples.</summary>
internal static class Base58TestEncoder
{
    public static string EncodeCheck(byte[] payload)
    {
        var checksum = SHA256.HashData(SHA256.HashData(payload)).AsSpan(0, 4).ToArray();
        byte[] bytes = [.. payload, .. checksum];
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var sb = new StringBuilder();
        while (value > 0)
        {
            sb.Insert(0, Base58.Alphabet[(int)(value % 58)]);
            value /= 58;
        }
        foreach (var b in bytes)
        {
            if (b != 0)
            {
                break;
            }
            sb.Insert(0, '1');
        }
        return sb.ToString();
    }

    public static string Address(byte version, byte fill) =>
        EncodeCheck([version, .. Enumerable.Repeat(fill, 20)]);
}
