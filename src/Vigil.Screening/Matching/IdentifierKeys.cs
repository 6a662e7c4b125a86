using Vigil.Core.Identifiers;

namespace Vigil.Screening.Matching;

/// <summary>Canonical keys for exact identifier lookups; the same functions serve index and query.</summary>
public static class IdentifierKeys
{
    public static string Wallet(string raw) => CryptoWalletCanonicalizer.Canonicalize(raw, null).Value;

    public static string Email(string raw) => EmailCanonicalizer.Canonicalize(raw).Value;

    public static string Phone(string raw) => new(raw.Where(char.IsAsciiDigit).ToArray());

    public static string Document(string raw) => new(raw.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
