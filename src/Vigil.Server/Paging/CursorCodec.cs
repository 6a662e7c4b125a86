using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Vigil.Server.Paging;

/// <summary>
/// Opaque keyset cursors: the last row's sort key and id, bound to the caller's organization and to the filter and
/// sort they were issued for, signed with HMAC-SHA256. A cursor from another organization, another query or an
/// edited one is refused, so paging cannot be used to probe another tenant (and the query filter would hide their
/// rows anyway).
/// </summary>
public sealed class CursorCodec(byte[] secret)
{
    private const int MacLength = 16;

    public string Encode(Guid orgId, string queryFingerprint, PageCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var body = new byte[8 + 8 + 16 + 8];
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(0), cursor.SortKey);
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(8), cursor.Anchor);
        cursor.Id.TryWriteBytes(body.AsSpan(16));
        var mac = Mac(orgId, queryFingerprint, body);
        return WebEncoders.Base64UrlEncode([.. body, .. mac.AsSpan(0, MacLength)]);
    }

    public bool TryDecode(string text, Guid orgId, string queryFingerprint, out PageCursor cursor)
    {
        cursor = default!;
        byte[] raw;
        try
        {
            raw = WebEncoders.Base64UrlDecode(text);
        }
        catch (FormatException)
        {
            return false;
        }
        if (raw.Length != 40 + MacLength)
        {
            return false;
        }
        var body = raw.AsSpan(0, 40).ToArray();
        var expected = Mac(orgId, queryFingerprint, body).AsSpan(0, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, raw.AsSpan(40)))
        {
            return false;
        }
        cursor = new PageCursor(
            BinaryPrimitives.ReadInt64LittleEndian(body.AsSpan(0)),
            new Guid(body.AsSpan(16, 16)),
            BinaryPrimitives.ReadInt64LittleEndian(body.AsSpan(8)));
        return true;
    }

    private byte[] Mac(Guid orgId, string fingerprint, byte[] body)
    {
        var context = Encoding.UTF8.GetBytes(orgId.ToString("N") + "|" + fingerprint + "|");
        byte[] message = [.. context, .. body];
        return HMACSHA256.HashData(secret, message);
    }
}
