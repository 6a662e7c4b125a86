using System.Security.Cryptography;
using System.Text;
using AwesomeAssertions;
using FsCheck.Xunit;
using Vigil.Core.Identifiers;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Tests.Support;

namespace Vigil.Sharing.Tests.KeyedHashing;

public class KeyedIdentifierHasherTests
{
    [Fact]
    public void Hash_is_hmac_sha256_of_documented_input()
    {
        var key = Some.Key();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Enumerable.Repeat((byte)7, 32).ToArray(),
            Encoding.UTF8.GetBytes("vigil-canon-1|phone|+14155550100")));

        var hash = KeyedIdentifierHasher.Hash(key, IdentifierKind.Phone, "+14155550100");

        hash.Hash.Should().Be(expected);
        hash.KeyId.Should().Be("k1");
        hash.Canonicalization.Should().Be(Canonicalizer.Version);
    }

    [Fact]
    public void HashRaw_canonicalizes_so_formatting_differences_match()
    {
        var key = Some.Key();
        var a = KeyedIdentifierHasher.HashRaw(key, IdentifierKind.Phone, "+1 (415) 555-0100");
        var b = KeyedIdentifierHasher.HashRaw(key, IdentifierKind.Phone, "+14155550100");
        a.Should().Be(b);
    }

    [Property(MaxTest = 300)]
    public bool Hash_is_deterministic_per_key(string? value)
    {
        value ??= "";
        return KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.Email, value) == KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.Email, value);
    }

    [Property(MaxTest = 300)]
    public bool Different_keys_give_different_hashes(string? value, byte fill)
    {
        value ??= "";
        var other = (byte)(fill == 7 ? 8 : fill);
        return KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.Email, value).Hash
            != KeyedIdentifierHasher.Hash(Some.Key("k2", other), IdentifierKind.Email, value).Hash;
    }

    [Fact]
    public void Same_text_of_different_kinds_does_not_collide() =>
        KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.Email, "x").Hash
            .Should().NotBe(KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.Url, "x").Hash);

    [Fact]
    public void Wire_text_round_trips()
    {
        var hash = KeyedIdentifierHasher.Hash(Some.Key(), IdentifierKind.CryptoWallet, "eth:0xabc");
        KeyedHash.TryParseWireText(hash.ToWireText(), out var back).Should().BeTrue();
        back.Should().Be(hash);
    }

    [Theory]
    [InlineData("k 1")]
    [InlineData("")]
    [InlineData("k|1")]
    public void Key_id_with_unsafe_characters_is_rejected(string id) =>
        FluentThrows(() => new CommunityKey(id, new byte[32]));

    [Fact]
    public void Short_secret_is_rejected() =>
        FluentThrows(() => new CommunityKey("k1", new byte[16]));

    private static void FluentThrows(Action action) => action.Should().Throw<ArgumentException>();
}
