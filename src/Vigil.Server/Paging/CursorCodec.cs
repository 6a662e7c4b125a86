using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Server.Paging;

/// <summary>
/// Opaque keyset cursors: the last row's sort key and id, bound to the caller's organization and to the filter and
/// sort they were issued for, signed with HMAC-SHA256. A cursor from another organization, another query or an
/// edited one is refused, so paging cannot be used to probe another tenant (and the query filter would hide their
/// rows anyway).
/// </summary>
/// <remarks>Every page request verifies one cursor and signs the next, so both work on the stack: no intermediate
/// arrays or strings besides the cursor text itself.</remarks>
public sealed class CursorCodec(byte[] secret)
{
    private const int MacLength = 16;
    private const int BodyLength = 8 + 8 + 16 + 8;

    public string Encode(Guid orgId, string queryFingerprint, PageCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        Span<byte> raw = stackalloc byte[BodyLength + MacLength];
        BinaryPrimitives.WriteInt64LittleEndian(raw, cursor.SortKey);
        BinaryPrimitives.WriteInt64LittleEndian(raw[8..], cursor.Anchor);
        cursor.Id.TryWriteBytes(raw[16..]);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(orgId, queryFingerprint, raw[..BodyLength], mac);
        mac[..MacLength].CopyTo(raw[BodyLength..]);
        return Base64Url.EncodeToString(raw);
    }

    public bool TryDecode(string text, Guid orgId, string queryFingerprint, out PageCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(text);
        cursor = default!;
        Span<byte> raw = stackalloc byte[BodyLength + MacLength + 3];
        // DecodeFromChars reports bad characters as a status (TryDecodeFromChars throws on them).
        if (text.Length > 128 || Base64Url.DecodeFromChars(text, raw, out _, out var written) != OperationStatus.Done
            || written != BodyLength + MacLength)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(orgId, queryFingerprint, raw[..BodyLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected[..MacLength], raw.Slice(BodyLength, MacLength)))
        {
            return false;
        }
        cursor = new PageCursor(
            BinaryPrimitives.ReadInt64LittleEndian(raw),
            new Guid(raw.Slice(16, 16)),
            BinaryPrimitives.ReadInt64LittleEndian(raw[8..]));
        return true;
    }

    /// <summary>HMAC-SHA256 of <c>UTF-8(org "N" + "|" + fingerprint + "|") + body</c> (the format cursors have always
    /// been signed with, so cursors stay valid across versions and between instances).</summary>
    private void Mac(Guid orgId, string fingerprint, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var max = 32 + 2 + Encoding.UTF8.GetMaxByteCount(fingerprint.Length) + body.Length;
        byte[]? rented = null;
        var message = max <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            orgId.TryFormat(message, out var n, "N");
            message[n++] = (byte)'|';
            n += Encoding.UTF8.GetBytes(fingerprint, message[n..]);
            message[n++] = (byte)'|';
            body.CopyTo(message[n..]);
            n += body.Length;
            HMACSHA256.HashData(secret, message[..n], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
