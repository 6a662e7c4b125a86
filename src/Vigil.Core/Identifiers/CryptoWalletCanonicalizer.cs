namespace Vigil.Core.Identifiers;

/// <summary>Crypto wallet addresses. EVM addresses are lower-cased; others keep their case (base58 is
/// case-sensitive). <see cref="Identifier.Detail"/> names the chain.</summary>
public static class CryptoWalletCanonicalizer
{
    public static Identifier Canonicalize(string raw, string? chain)
    {
        var text = raw.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < 10)
        {
            chain ??= text[..colon];
            text = text[(colon + 1)..];
        }
        if (text.Length == 42 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text[2..].All(char.IsAsciiHexDigit))
        {
            return new Identifier(IdentifierKind.CryptoWallet, text.ToLowerInvariant(), raw, true, "evm");
        }
        if (text.StartsWith("bc1", StringComparison.OrdinalIgnoreCase))
        {
            return new Identifier(IdentifierKind.CryptoWallet, text.ToLowerInvariant(), raw, true, "btc");
        }
        return new Identifier(IdentifierKind.CryptoWallet, text, raw, text.Length >= 25, chain?.ToLowerInvariant());
    }
}
