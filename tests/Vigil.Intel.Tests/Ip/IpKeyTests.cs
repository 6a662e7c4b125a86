using System.Net;
using AwesomeAssertions;
using Vigil.Intel.Ip;

namespace Vigil.Intel.Tests.Ip;

public sealed class IpKeyTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0", "10.255.255.255")]
    [InlineData("10.1.2.3/8", "10.0.0.0", "10.255.255.255")]
    [InlineData("192.0.2.7", "192.0.2.7", "192.0.2.7")]
    [InlineData(" 192.0.2.0/31 ", "192.0.2.0", "192.0.2.1")]
    [InlineData("0.0.0.0/0", "0.0.0.0", "255.255.255.255")]
    [InlineData("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("::ffff:192.0.2.0/120", "192.0.2.0", "192.0.2.255")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7", "192.0.2.7")]
    public void TryParseRange_valid_cidr_gives_inclusive_bounds(string text, string start, string end)
    {
        IpKey.TryParseRange(text, out var range).Should().BeTrue();
        range.Contains(IPAddress.Parse(start)).Should().BeTrue();
        range.Contains(IPAddress.Parse(end)).Should().BeTrue();
        range.ToString().Should().StartWith(start == end ? start : start + "-");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-ip")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("2001:db8::/129")]
    [InlineData("999.1.1.1/24")]
    [InlineData("10.0.0.0/")]
    [InlineData("::ffff:192.0.2.0/64")]
    public void TryParseRange_invalid_text_is_rejected(string text) =>
        IpKey.TryParseRange(text, out _).Should().BeFalse();

    [Fact]
    public void TryGetV4_mapped_ipv6_is_ipv4()
    {
        IpKey.TryGetV4(IPAddress.Parse("::ffff:192.0.2.1"), out var v4, out _).Should().BeTrue();
        v4.Should().Be(0xC0000201u);
    }

    [Fact]
    public void TryParseRange_start_after_end_is_rejected() =>
        IpKey.TryParseRange("192.0.2.9", "192.0.2.1", out _).Should().BeFalse();

    [Fact]
    public void TryParseRange_mixed_families_is_rejected() =>
        IpKey.TryParseRange("192.0.2.1", "2001:db8::1", out _).Should().BeFalse();
}
