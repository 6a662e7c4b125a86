using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Crypto wallet addresses, recognised by shape and verified by their checksum. <see cref="Identifier.Detail"/> is the
/// chain: <c>evm</c>, <c>btc</c>, <c>btc-testnet</c>, <c>ltc</c>, <c>doge</c>, <c>tron</c>, <c>sol</c>; for an
/// invalid address it is <c>chain: reason</c> (or just the reason when no chain fits).
/// </summary>
/// <remarks>
/// <para>Case rules follow each encoding: EVM hex is case-insensitive (EIP-55 case only carries a checksum), so it
/// is lower-cased; bech32 is lower-cased (its spec forbids mixed case); base58 is case-sensitive and kept as is.</para>
/// <para>URI forms (<c>ethereum:0x...@1</c>, <c>bitcoin:bc1...?amount=1</c>) and a <c>chain:</c> prefix are
/// stripped. A mixed-case EVM address whose EIP-55 checksum fails is kept (lower-cased) but flagged: it is usually a
/// typo or a doctored address, and both are worth an analyst's look.</para>
/// </remarks>
public static class CryptoWalletCanonicalizer
{
    private static readonly Dictionary<string, string> ChainAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eth"] = "evm", ["ethereum"] = "evm", ["evm"] = "evm", ["erc20"] = "evm", ["bsc"] = "evm", ["bnb"] = "evm",
        ["bep20"] = "evm", ["polygon"] = "evm", ["matic"] = "evm", ["arbitrum"] = "evm", ["optimism"] = "evm",
        ["base"] = "evm", ["avax"] = "evm", ["avalanche"] = "evm",
        ["btc"] = "btc", ["bitcoin"] = "btc", ["ltc"] = "ltc", ["litecoin"] = "ltc", ["doge"] = "doge",
        ["dogecoin"] = "doge", ["trx"] = "tron", ["tron"] = "tron", ["trc20"] = "tron", ["sol"] = "sol",
        ["solana"] = "sol", ["spl"] = "sol",
    };

    public static Identifier Canonicalize(string raw, string? chain)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = Strip(TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim(), ref chain);
        var hint = chain is not null && ChainAliases.TryGetValue(chain.Trim(), out var alias) ? alias : null;

        if (text.Length == 42 && text[0] == '0' && text[1] is 'x' or 'X')
        {
            return Evm(raw, text);
        }
        var lower = text.ToLowerInvariant();
        if (LooksBech32(lower))
        {
            return Bech32Address(raw, text, lower);
        }
        if (text.Length is >= 25 and <= 44 && Base58.TryDecode(text, out var bytes))
        {
            return Base58Address(raw, text, bytes, hint);
        }
        if (text.Length == 40 && text.All(char.IsAsciiHexDigit) && hint == "evm")
        {
            // "0x" dropped by a spreadsheet or form; the chain hint makes the reading safe.
            return Evm(raw, "0x" + text);
        }
        var reason = text.Length == 0 ? "empty" : "unrecognised address format";
        return Invalid(raw, text, hint, reason);
    }

    /// <summary>The chain of a canonical (or raw) address, or null when it is not a valid address.</summary>
    public static string? ChainOf(string address)
    {
        var id = Canonicalize(address, null);
        return id.IsValid ? id.Detail : null;
    }

    private static string Strip(string text, ref string? chain)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon <= 12 && text[..colon].All(char.IsAsciiLetterOrDigit))
        {
            chain ??= text[..colon];
            text = text[(colon + 1)..].TrimStart('/');
        }
        // BIP-21 query (?amount=), EIP-681 chain id (@1) and function (/transfer).
        var cut = text.IndexOfAny(['?', '@', '/', '#']);
        if (cut > 0)
        {
            text = text[..cut];
        }
        return text.Trim();
    }

    private static Identifier Evm(string raw, string text)
    {
        var hex = text[2..];
        var lower = "0x" + hex.ToLowerInvariant();
        if (!hex.All(char.IsAsciiHexDigit))
        {
            return Invalid(raw, lower, "evm", "not hexadecimal");
        }
        var hasUpper = hex.Any(char.IsAsciiLetterUpper);
        var hasLower = hex.Any(char.IsAsciiLetterLower);
        if (hasUpper && hasLower && !Eip55ChecksumMatches(hex))
        {
            return Invalid(raw, lower, "evm", "EIP-55 checksum mismatch");
        }
        return new Identifier(IdentifierKind.CryptoWallet, lower, raw, true, "evm");
    }

    /// <summary>EIP-55: a hex letter is upper case exactly when the matching nibble of
    /// Keccak-256(lower-case hex as ASCII) is 8 or more.</summary>
    public static bool Eip55ChecksumMatches(string hex40)
    {
        var lower = hex40.ToLowerInvariant();
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(lower));
        for (var i = 0; i < 40; i++)
        {
            if (!char.IsAsciiLetter(lower[i]))
            {
                continue;
            }
            var nibble = (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0F;
            if (char.IsAsciiLetterUpper(hex40[i]) != (nibble >= 8))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The EIP-55 mixed-case form of an EVM address (with or without 0x, any case).</summary>
    public static string ToEip55(string address)
    {
        var hex = (address.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? address[2..] : address).ToLowerInvariant();
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(hex));
        var sb = new StringBuilder("0x", 42);
        for (var i = 0; i < hex.Length; i++)
        {
            var nibble = (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0F;
            sb.Append(char.IsAsciiLetter(hex[i]) && nibble >= 8 ? char.ToUpperInvariant(hex[i]) : hex[i]);
        }
        return sb.ToString();
    }

    private static bool LooksBech32(string lower) =>
        lower.StartsWith("bc1", StringComparison.Ordinal) || lower.StartsWith("tb1", StringComparison.Ordinal)
        || lower.StartsWith("bcrt1", StringComparison.Ordinal) || lower.StartsWith("ltc1", StringComparison.Ordinal)
        || lower.StartsWith("tltc1", StringComparison.Ordinal);

    private static Identifier Bech32Address(string raw, string text, string lower)
    {
        var chain = lower.StartsWith("ltc1", StringComparison.Ordinal) || lower.StartsWith("tltc1", StringComparison.Ordinal) ? "ltc"
            : lower.StartsWith("bc1", StringComparison.Ordinal) ? "btc" : "btc-testnet";
        if (text.Any(char.IsAsciiLetterUpper) && text.Any(char.IsAsciiLetterLower))
        {
            return Invalid(raw, lower, chain, "bech32 mixed case");
        }
        if (!Bech32.TryDecode(lower, out _, out var data, out var encoding))
        {
            return Invalid(raw, lower, chain, "not bech32");
        }
        if (encoding == Bech32.Encoding.None)
        {
            return Invalid(raw, lower, chain, "bech32 checksum failed");
        }
        if (data.Length == 0 || data[0] > 16)
        {
            return Invalid(raw, lower, chain, "bad witness version");
        }
        var version = data[0];
        // BIP-350: version 0 uses bech32, versions 1-16 use bech32m.
        if ((version == 0) != (encoding == Bech32.Encoding.Bech32))
        {
            return Invalid(raw, lower, chain, "wrong checksum variant for witness version");
        }
        if (!Bech32.TryConvertTo8Bit(data.AsSpan(1), out var program) || program.Length is < 2 or > 40
            || version == 0 && program.Length is not (20 or 32))
        {
            return Invalid(raw, lower, chain, "bad witness program");
        }
        return new Identifier(IdentifierKind.CryptoWallet, lower, raw, true, chain);
    }

    private static Identifier Base58Address(string raw, string text, byte[] bytes, string? hint)
    {
        if (bytes.Length == 25)
        {
            var chain = VersionChain(bytes[0], text[0], hint);
            if (chain is not null)
            {
                Base58.TryDecodeCheck(text, out _, out var checksumOk);
                return checksumOk
                    ? new Identifier(IdentifierKind.CryptoWallet, text, raw, true, chain)
                    : Invalid(raw, text, chain, "base58check checksum failed");
            }
        }
        if (bytes.Length == 32 && text.Length >= 32)
        {
            // Solana addresses are bare ed25519 public keys: no checksum exists, the length is all we can check.
            return new Identifier(IdentifierKind.CryptoWallet, text, raw, true, "sol");
        }
        return Invalid(raw, text, hint, $"base58 payload of {bytes.Length} bytes matches no known address type");
    }

    private static string? VersionChain(byte version, char first, string? hint) => version switch
    {
        0x00 => "btc",                                   // P2PKH '1'
        0x05 => hint == "ltc" ? "ltc" : "btc",           // P2SH '3' (Litecoin's legacy P2SH shares it)
        0x6F or 0xC4 => "btc-testnet",                   // 'm'/'n', '2'
        0x30 or 0x32 => "ltc",                           // 'L', 'M'
        0x1E or 0x16 => "doge",                          // 'D', '9'/'A'
        0x41 when first == 'T' => "tron",
        _ => null,
    };

    private static Identifier Invalid(string raw, string value, string? chain, string reason) =>
        new(IdentifierKind.CryptoWallet, value, raw, false, chain is null ? reason : $"{chain}: {reason}");
}
