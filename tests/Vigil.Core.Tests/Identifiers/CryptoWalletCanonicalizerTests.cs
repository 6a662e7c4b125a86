using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class CryptoWalletCanonicalizerTests
{
    public static TheoryData<string, string, string> ValidCases => new()
    {
        // EIP-55 test vectors (mixed case, all caps, all lower).
        { "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "evm" },
        { "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", "evm" },
        { "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb", "evm" },
        { "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb", "evm" },
        { "0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886e0f7030069857d2e4169ee7", "evm" },
        { "0xde709f2102306220921060314715629080e2fb77", "0xde709f2102306220921060314715629080e2fb77", "evm" },
        { "0X27B1FDB04752BBC536007A920D24ACB045561C26", "0x27b1fdb04752bbc536007a920d24acb045561c26", "evm" },
        { "  ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed@1  ", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "evm" },
        // Bitcoin base58check P2PKH / P2SH.
        { "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc" },
        { "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "btc" },
        { "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "btc" },
        { "bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.1", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "btc" },
        // BIP-173 / BIP-350 vectors: bech32 v0 (upper case allowed when not mixed), bech32m v1.
        { "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "btc" },
        { "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "btc" },
        { "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "btc" },
        { "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "btc-testnet" },
        // Tron (USDT TRC-20 contract) and Solana (system program, wrapped SOL, SPL token program).
        { "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "tron" },
        { "11111111111111111111111111111111", "11111111111111111111111111111111", "sol" },
        { "So11111111111111111111111111111111111111112", "So11111111111111111111111111111111111111112", "sol" },
        { "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", "sol" },
    };

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Canonicalize_valid_address_gives_canonical_value_and_chain(string raw, string expected, string chain)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
        id.Detail.Should().Be(chain);
        id.Raw.Should().Be(raw);
    }

    public static TheoryData<string, string, string> InvalidCases => new()
    {
        { "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "evm: EIP-55 checksum mismatch" },
        { "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeG", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg", "evm: not hexadecimal" },
        { "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "btc: base58check checksum failed" },
        { "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", "tron: base58check checksum failed" },
        { "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "btc: bech32 checksum failed" },
        { "bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "btc: bech32 mixed case" },
        // BIP-350 invalid vector: witness v0 with a bech32m checksum.
        { "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "btc: wrong checksum variant for witness version" },
        { "hello", "hello", "unrecognised address format" },
        { "", "", "empty" },
        { "0OIl0OIl0OIl0OIl0OIl0OIl0OIl", "0OIl0OIl0OIl0OIl0OIl0OIl0OIl", "unrecognised address format" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Canonicalize_invalid_address_is_kept_and_flagged(string raw, string expected, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, raw);
        id.IsValid.Should().BeFalse();
        id.Value.Should().Be(expected);
        id.Detail.Should().Be(reason);
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData((byte)0x30, "L", "ltc")]
    [InlineData((byte)0x32, "M", "ltc")]
    [InlineData((byte)0x1E, "D", "doge")]
    [InlineData((byte)0x6F, "m", "btc-testnet")]
    [InlineData((byte)0x41, "T", "tron")]
    public void Canonicalize_base58check_version_byte_selects_chain(byte version, string prefix, string chain)
    {
        var address = Base58TestEncoder.Address(version, 0xAB);
        address.Should().StartWith(prefix);
        var id = CryptoWalletCanonicalizer.Canonicalize(address, null);
        id.IsValid.Should().BeTrue();
        id.Detail.Should().Be(chain);
        id.Value.Should().Be(address);
    }

    [Fact]
    public void Canonicalize_base58_keeps_case()
    {
        var id = CryptoWalletCanonicalizer.Canonicalize("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", null);
        id.Value.Should().Be("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        CryptoWalletCanonicalizer.Canonicalize("1bvbmseystwetqtfn5au4m4gfg7xjanvn2", null).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Canonicalize_hex_without_prefix_is_evm_only_with_chain_hint()
    {
        const string hex = "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
        CryptoWalletCanonicalizer.Canonicalize(hex, "eth").Value.Should().Be("0x" + hex);
        CryptoWalletCanonicalizer.Canonicalize(hex, "ETH").IsValid.Should().BeTrue();
        CryptoWalletCanonicalizer.Canonicalize(hex, null).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Canonicalize_same_evm_address_in_any_case_links()
    {
        var a = Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        var b = Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED");
        a.Value.Should().Be(b.Value);
    }

    [Theory]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    public void ToEip55_writes_checksum_case(string lower, string expected)
    {
        CryptoWalletCanonicalizer.ToEip55(lower).Should().Be(expected);
    }

    [Fact]
    public void ChainOf_reports_chain_or_null()
    {
        CryptoWalletCanonicalizer.ChainOf("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").Should().Be("tron");
        CryptoWalletCanonicalizer.ChainOf("garbage").Should().BeNull();
    }

    [Fact]
    public void Base58_decode_rejects_characters_outside_alphabet()
    {
        Base58.TryDecode("0abc", out _).Should().BeFalse();
        Base58.TryDecode("1112", out var bytes).Should().BeTrue();
        bytes.Should().Equal(0, 0, 0, 1);
    }
}
