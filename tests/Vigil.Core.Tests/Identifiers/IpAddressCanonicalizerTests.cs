using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class IpAddressCanonicalizerTests
{
    public static TheoryData<string, string, string> ValidCases => new()
    {
        { "192.168.1.1", "192.168.1.1", "ipv4" },
        { " 8.8.8.8 ", "8.8.8.8", "ipv4" },
        { "1.2.3.4:8080", "1.2.3.4", "ipv4" },
        { "010.001.001.001", "10.1.1.1", "ipv4 (leading zeros read as decimal)" },
        { "::ffff:192.0.2.1", "192.0.2.1", "ipv4" },
        { "::FFFF:C000:0201", "192.0.2.1", "ipv4" },
        { "2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1", "ipv6" },
        { "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", "ipv6" },
        { "fe80::1%eth0", "fe80::1", "ipv6" },
        { "[2001:db8::1]:443", "2001:db8::1", "ipv6" },
        { "::1", "::1", "ipv6" },
        { "::", "::", "ipv6" },
    };

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Canonicalize_address_gives_standard_text(string raw, string expected, string detail)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.IpAddress, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue();
        id.Detail.Should().Be(detail);
    }

    [Theory]
    [InlineData("256.1.1.1", "not an IPv4 address")]
    [InlineData("1.2.3", "not an IPv4 address")]
    [InlineData("127.1", "not an IPv4 address")]
    [InlineData("0x7f.0.0.1", "not an IPv4 address")]
    [InlineData("1.2.3.4.5", "not an IPv4 address")]
    [InlineData("1.2.3.-4", "not an IPv4 address")]
    [InlineData("10.0.0.0/8", "a network prefix, not one address")]
    [InlineData("2001:db8::g", "not an IPv6 address")]
    [InlineData("[2001:db8::1", "unclosed bracket")]
    [InlineData("hello", "not an IPv4 address")]
    [InlineData("", "empty")]
    public void Canonicalize_invalid_address_is_flagged(string raw, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.IpAddress, raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be(reason);
        id.Raw.Should().Be(raw);
    }
}
