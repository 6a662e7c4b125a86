using System.Security.Cryptography;

namespace Vigil.Core.Identifiers;

/// <summary>Bitcoin-alphabet base58 decoding and base58check verification (Bitcoin, Litecoin, Tron...).</summary>
public static class Base58
{
    /// <summary>The Bitcoin alphabet: no 0, O, I or l.</summary>
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] Digits = BuildDigits();

    /// <summary>Decodes base58 text; false when a character is outside the alphabet or the text is empty or longer
    /// than 128 characters (no address is that long; the cap keeps the quadratic decode cheap on hostile input).
    /// </summary>
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length is 0 or > 128)
        {
            return false;
        }
        // Big-endian base-256 accumulator; each base58 digit multiplies it by 58 and adds the digit.
        var buffer = new byte[text.Length];
        var length = 0;
        foreach (var ch in text)
        {
            var digit = ch < 128 ? Digits[ch] : -1;
            if (digit < 0)
            {
                return false;
            }
            var carry = digit;
            for (var i = 0; i < length; i++)
            {
                carry += buffer[buffer.Length - 1 - i] * 58;
                buffer[buffer.Length - 1 - i] = (byte)(carry & 0xFF);
                carry >>= 8;
            }
            while (carry > 0)
            {
                buffer[buffer.Length - 1 - length] = (byte)(carry & 0xFF);
                length++;
                carry >>= 8;
            }
        }
        var leadingZeros = 0;
        while (leadingZeros < text.Length && text[leadingZeros] == '1')
        {
            leadingZeros++;
        }
        bytes = new byte[leadingZeros + length];
        Array.Copy(buffer, buffer.Length - length, bytes, leadingZeros, length);
        return true;
    }

    /// <summary>Decodes base58check: payload followed by the first 4 bytes of SHA-256(SHA-256(payload)).</summary>
    /// <returns>The payload (version byte included) when the text decodes and the checksum matches.</returns>
    public static bool TryDecodeCheck(string text, out byte[] payload, out bool checksumOk)
    {
        payload = [];
        checksumOk = false;
        if (!TryDecode(text, out var bytes) || bytes.Length < 5)
        {
            return false;
        }
        payload = bytes[..^4];
        var hash = SHA256.HashData(SHA256.HashData(payload));
        checksumOk = hash.AsSpan(0, 4).SequenceEqual(bytes.AsSpan(bytes.Length - 4));
        return true;
    }

    private static sbyte[] BuildDigits()
    {
        var digits = new sbyte[128];
        Array.Fill(digits, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            digits[Alphabet[i]] = (sbyte)i;
        }
        return digits;
    }
}
