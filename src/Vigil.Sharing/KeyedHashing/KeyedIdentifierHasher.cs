using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Identifiers;

namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// Computes keyed hashes of canonical identifiers. The HMAC input is the UTF-8 of
/// <c>&lt;canonicalization version&gt;|&lt;kind&gt;|&lt;canonical value&gt;</c>, e.g.
/// <c>vigil-canon-1|phone|+14155550100</c>: the version stops hashes of differently canonicalized values from
/// ever being compared, and the kind stops a value of one kind matching the same text of another.
/// </summary>
/// <remarks>Pure and thread-safe; allocation-light (stack buffers up to 512 bytes of input).</remarks>
public static class KeyedIdentifierHasher
{
    public const string Algorithm = "hmac-sha256";

    /// <summary>The kind's name in hash inputs and on the wire: the lower-case enum name (<c>phone</c>,
    /// <c>cryptowallet</c>). Fixed by <see cref="IdentifierKind"/>'s append-only contract.</summary>
    public static string KindName(IdentifierKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParseKind(string name, out IdentifierKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    /// <summary>Hashes an already canonical value (<see cref="Identifier.Value"/>).</summary>
    public static KeyedHash Hash(CommunityKey key, IdentifierKind kind, string canonicalValue, string canonicalization = Canonicalizer.Version)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(canonicalValue);
        var input = $"{canonicalization}|{KindName(kind)}|{canonicalValue}";
        var max = Encoding.UTF8.GetMaxByteCount(input.Length);
        var rented = max > 512 ? new byte[max] : null;
        Span<byte> buffer = rented ?? stackalloc byte[512];
        var n = Encoding.UTF8.GetBytes(input, buffer);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key.Secret, buffer[..n], mac);
        return new KeyedHash(kind, key.KeyId, canonicalization, Convert.ToHexStringLower(mac));
    }

    /// <summary>Canonicalizes <paramref name="raw"/> with Vigil.Core, then hashes it.</summary>
    public static KeyedHash HashRaw(CommunityKey key, IdentifierKind kind, string raw, CanonicalizationContext? context = null) =>
        Hash(key, kind, Canonicalizer.Canonicalize(kind, raw, context).Value);
}
