using AwesomeAssertions;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Core.Linking.Photos;

namespace Vigil.Core.Tests.Linking.Photos;

public sealed class PhotoHashTests
{
    [Fact]
    public void ToHex_parse_round_trip_and_word_order()
    {
        var hash = new PhotoHash(1, 2, 3, 0xFEDCBA9876543210);
        var hex = hash.ToHex();
        hex.Should().Be("fedcba9876543210" + "0000000000000003" + "0000000000000002" + "0000000000000001");
        PhotoHash.Parse(hex).Should().Be(hash);
        PhotoHash.Parse("  " + hex.ToUpperInvariant() + "\n").Should().Be(hash);
        hash[0].Should().BeTrue();
        hash[65].Should().BeTrue();
        hash[64].Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("+f00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    public void TryParse_rejects_malformed(string? hex)
    {
        PhotoHash.TryParse(hex, out _).Should().BeFalse();
        var act = () => PhotoHash.Parse(hex!);
        act.Should().Throw<Exception>();
    }

    [Fact]
    public void Distance_is_popcount_of_xor_property()
    {
        Prop.ForAll<ulong, ulong, ulong>((a, b, c) =>
        {
            var d = unchecked(a * 0x9E3779B97F4A7C15UL) ^ b;
            var x = new PhotoHash(a, b, c, d);
            var y = new PhotoHash(a ^ 1, b, ~c, d);
            var naive = Enumerable.Range(0, 256).Count(i => x[i] != y[i]);
            return x.Distance(y) == naive && x.Distance(x) == 0 && naive == 65 && PhotoHash.Parse(x.ToHex()) == x;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Chunk_covers_all_bits_in_order()
    {
        var hash = new PhotoHash(0x0004000300020001, 0x0008000700060005, 0x000C000B000A0009, 0x0010000F000E000D);
        Enumerable.Range(0, 16).Select(hash.Chunk).Should().Equal(Enumerable.Range(1, 16).Select(i => (ushort)i));
    }
}
