using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.KeyedHashing;

public class CommunityKeyringTests
{
    [Fact]
    public void Match_index_matches_hash_made_under_any_key_during_rotation()
    {
        var oldKey = Some.Key("2025", 1);
        var newKey = Some.Key("2026", 2);
        var index = new KeyedMatchIndex<string>(new CommunityKeyring([newKey, oldKey]));
        index.Add(IdentifierKind.Phone, "+14155550100", "subject-1");

        var partnerOnOldKey = KeyedIdentifierHasher.Hash(oldKey, IdentifierKind.Phone, "+14155550100");
        var partnerOnNewKey = KeyedIdentifierHasher.Hash(newKey, IdentifierKind.Phone, "+14155550100");
        var unknownKey = KeyedIdentifierHasher.Hash(Some.Key("other", 3), IdentifierKind.Phone, "+14155550100");

        index.Match(IdentifierKind.Phone, partnerOnOldKey.Hash).Should().Equal("subject-1");
        index.Match(IdentifierKind.Phone, partnerOnNewKey.Hash).Should().Equal("subject-1");
        index.Match(IdentifierKind.Phone, unknownKey.Hash).Should().BeEmpty();
        index.Match(IdentifierKind.Email, partnerOnNewKey.Hash).Should().BeEmpty();
    }

    [Fact]
    public void Save_then_load_keeps_keys_and_primary()
    {
        using var dir = new TempDirectory();
        var ring = new CommunityKeyring([CommunityKey.Generate("a"), CommunityKey.Generate("b")], "b");
        ring.Save(dir.File("keys"));

        var loaded = CommunityKeyring.Load(dir.File("keys"));

        loaded.Primary.KeyId.Should().Be("b");
        loaded.Hash(IdentifierKind.Email, "x@y.z").Should().Be(ring.Hash(IdentifierKind.Email, "x@y.z"));
    }

    [Fact]
    public void Load_reports_file_and_line_of_bad_secret()
    {
        using var dir = new TempDirectory();
        File.WriteAllLines(dir.File("keys"), ["# comment", "k1 not*base64"]);
        var act = () => CommunityKeyring.Load(dir.File("keys"));
        act.Should().Throw<FormatException>().WithMessage("*keys:2:*");
    }
}
