using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class PhoneCanonicalizerTests
{
    public static TheoryData<string, string?, string> E164Cases => new()
    {
        { "+1 (415) 555-0100", null, "+14155550100" },
        { "(415) 555-0100", "US", "+14155550100" },
        { "415.555.0100", "us", "+14155550100" },
        { "+1 650-253-0000 ext. 123", null, "+16502530000" },
        { "+1 650 253 0000 x123", null, "+16502530000" },
        { "+44 20 7946 0958", null, "+442079460958" },
        { "020 7946 0958", "GB", "+442079460958" },
        { "0044 20 7946 0958", null, "+442079460958" },
        { "00 44 20 7946 0958", "US", "+442079460958" },
        { "011 44 20 7946 0958", null, "+442079460958" },
        { "011 44 20 7946 0958", "US", "+442079460958" },
        { "+82 10-1234-5678", null, "+821012345678" },
        { "010-1234-5678", "KR", "+821012345678" },
        { "+81 90-1234-5678", null, "+819012345678" },
        { "011-211-2111", "JP", "+81112112111" },
        { "＋１ ４１５ ５５５ ０１００", null, "+14155550100" },
        { "1-800-FLOWERS", "US", "+18003569377" },
    };

    [Theory]
    [MemberData(nameof(E164Cases))]
    public void Canonicalize_gives_e164(string raw, string? region, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Phone, raw, new CanonicalizationContext(region));
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("+821012345678", "mobile")]
    [InlineData("+819012345678", "mobile")]
    [InlineData("+442079460958", "fixed")]
    [InlineData("+16502530000", "fixed-or-mobile")]
    [InlineData("+18003569377", "toll-free")]
    [InlineData("+447911123456", "mobile")]
    [InlineData("+445612345678", "voip")]
    public void Canonicalize_reports_line_type_in_detail(string raw, string lineType)
    {
        var id = PhoneCanonicalizer.Canonicalize(raw, null);
        id.Detail.Should().Be(lineType);
        PhoneCanonicalizer.LineTypeOf(raw).Should().Be(lineType);
    }

    public static TheoryData<string, string?, string, string> InvalidCases => new()
    {
        { "(415) 555-0100", null, "4155550100", "no country code and no default region" },
        { "hello", "US", "", "not a phone number" },
        { "+1 123", null, "+1123", "too short" },
        { "+1 415 555 0100 0100 0100", null, "+1415555010001000100", "too long" },
        { "+44 20 1234", null, "+44201234", "too short (local number only)" },
        { "+44 7700 900123", null, "+447700900123", "not a valid number for its region" },
        { "+999 1234 5678", null, "+99912345678", "invalid country code" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Canonicalize_invalid_number_is_kept_and_flagged(string raw, string? region, string expected, string reason)
    {
        var id = PhoneCanonicalizer.Canonicalize(raw, region);
        id.IsValid.Should().BeFalse();
        id.Value.Should().Be(expected);
        id.Detail.Should().Be(reason);
        id.Raw.Should().Be(raw);
    }

    [Fact]
    public void Canonicalize_unknown_default_region_is_ignored()
    {
        PhoneCanonicalizer.Canonicalize("+14155550100", "XX").Value.Should().Be("+14155550100");
        PhoneCanonicalizer.Canonicalize("4155550100", "XX").IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("+442079460958", "GB")]
    [InlineData("+16502530000", "US")]
    [InlineData("+14162030000", "CA")]
    [InlineData("+821012345678", "KR")]
    [InlineData("+819012345678", "JP")]
    [InlineData("+80012345678", null)]
    [InlineData("garbage", null)]
    public void RegionOf_gives_number_country(string e164, string? region)
    {
        PhoneCanonicalizer.RegionOf(e164).Should().Be(region);
    }
}
