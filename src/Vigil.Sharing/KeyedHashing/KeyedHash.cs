using Vigil.Core.Identifiers;

namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// The shareable form of an identifier: HMAC-SHA256 of its canonical value under a community key.
/// </summary>
/// <param name="KeyId">The community key it was computed under.</param>
/// <param name="Canonicalization">Canonical-form version of the value (<see cref="Canonicalizer.Version"/>); hashes
/// match only between parties that agree on it.</param>
/// <param name="Hash">64 lower-case hex digits.</param>
public readonly record struct KeyedHash(IdentifierKind Kind, string KeyId, string Canonicalization, string Hash)
{
    /// <summary>Wire text <c>vigil-kh1:KEYID:KIND:CANON:HASH</c>, used where a single string is needed (MISP).</summary>
    public string ToWireText() => $"{WirePrefix}:{KeyId}:{KeyedIdentifierHasher.KindName(Kind)}:{Canonicalization}:{Hash}";

    public const string WirePrefix = "vigil-kh1";

    public static bool TryParseWireText(string text, out KeyedHash value)
    {
        value = default;
        var parts = text?.Split(':') ?? [];
        if (parts.Length != 5 || parts[0] != WirePrefix || !KeyedIdentifierHasher.TryParseKind(parts[2], out var kind)
            || parts[4].Length != 64 || !parts[4].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }
        value = new KeyedHash(kind, parts[1], parts[3], parts[4]);
        return true;
    }
}
