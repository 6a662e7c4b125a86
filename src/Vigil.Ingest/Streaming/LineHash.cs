using System.Security.Cryptography;
using System.Text;

namespace Vigil.Ingest.Streaming;

/// <summary>Event ids for sources that have none (CSV, osquery): a hash of the normalized record, so the same
/// record re-ingested gets the same id and is stored once.</summary>
public static class LineHash
{
    /// <summary>First 128 bits of SHA-256 of the fields joined by U+001F, hex.</summary>
    public static string Of(IReadOnlyList<string?> fields)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\u001f');
            }
            sb.Append(fields[i]?.Trim());
        }
        return Of(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    public static string Of(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8.Trim(" \t\r\n"u8), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
