using System.Net;
using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Intel.Data;
using Vigil.Intel.Tests.Support;

namespace Vigil.Intel.Tests.Ip;

/// <summary>End to end through <see cref="IntelLoader"/> on the fixture lists (tests/fixtures/intel).</summary>
public sealed class IpIntelligenceTests : IDisposable
{
    private readonly IntelSnapshot _intel = IntelFixtures.Load();

    public void Dispose() => _intel.Dispose();

    private IpInfo Lookup(string ip) => _intel.Ip.Lookup(IPAddress.Parse(ip));

    [Fact]
    public void Lookup_tor_exit_is_tor_even_inside_a_vpn_range()
    {
        var info = Lookup("203.0.113.7");
        info.Anonymizer.Should().Be(AnonymizerKind.Tor);
        info.Provider.Should().Be("Tor exit");
        info.Sources.Should().Contain(["tor:exits", "user:providers", "misp:vpn-ipv4"]);
    }

    [Fact]
    public void Lookup_user_provider_range_names_astrill()
    {
        var info = Lookup("203.0.113.3");
        info.Anonymizer.Should().Be(AnonymizerKind.Vpn);
        info.Provider.Should().Be("Astrill VPN");
        info.Asn.Should().Be(64502u);
    }

    [Fact]
    public void Lookup_x4bnet_vpn_range_is_vpn_named_by_its_asn()
    {
        var info = Lookup("198.51.100.200");
        info.Anonymizer.Should().Be(AnonymizerKind.Vpn);
        info.Asn.Should().Be(64500u);
        info.AsnOrg.Should().Be("Example VPN Co, Ltd.");
        info.Provider.Should().Be("Example VPN Co, GB", "the X4BNet VPN ASN list names AS64500");
        info.Sources.Should().Equal("misp:vpn-ipv4", "x4bnet:datacenter", "x4bnet:vpn", "x4bnet:vpn-asn");
    }

    [Fact]
    public void Lookup_misp_vpn_list_alone_counts_as_hosting_not_vpn()
    {
        // MISP's vpn-ipv4 is "VPN providers and datacenters": alone it proves hosting, not a VPN.
        var info = Lookup("233.252.0.1");
        info.Anonymizer.Should().Be(AnonymizerKind.Hosting);
        info.Provider.Should().BeNull();
        info.Sources.Should().Equal("misp:vpn-ipv4");
        Lookup("198.51.100.10").Anonymizer.Should().Be(AnonymizerKind.Vpn, "AS64500 is on X4BNet's VPN ASN list");
    }

    [Fact]
    public void Lookup_cloud_range_is_hosting_with_misp_provider_name()
    {
        var info = Lookup("192.0.2.5");
        info.Anonymizer.Should().Be(AnonymizerKind.Hosting);
        info.Provider.Should().Be("Amazon AWS");
        info.Sources.Should().Contain(["misp:amazon-aws", "ipcat:datacenters", "x4bnet:datacenter", "x4bnet:datacenter-asn"]);
        Lookup("192.0.2.100").Provider.Should().Be("Example Cloud", "outside the AWS /26 the ipcat name is the first named one");
    }

    [Theory]
    [InlineData("172.224.0.5", AnonymizerKind.PrivateRelay, "iCloud Private Relay")]
    [InlineData("2a02:26f7:b3c0:4000::1", AnonymizerKind.PrivateRelay, "iCloud Private Relay")]
    [InlineData("2001:db8:7::7", AnonymizerKind.Tor, "Tor exit")]
    [InlineData("2001:db8:bad::1", AnonymizerKind.Vpn, null)]
    public void Lookup_ipv6_and_relay_ranges_are_classified(string ip, AnonymizerKind kind, string? provider)
    {
        var info = Lookup(ip);
        info.Anonymizer.Should().Be(kind);
        info.Provider.Should().Be(provider);
    }

    [Fact]
    public void Lookup_ipv6_asn_from_numeric_csv()
    {
        var info = Lookup("2001:db8:a::1");
        info.Asn.Should().Be(64501u);
        info.Anonymizer.Should().Be(AnonymizerKind.Hosting);
        info.Provider.Should().Be("Amazon AWS");
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("10.1.2.3")]
    [InlineData("::1")]
    public void Lookup_address_no_list_knows_is_unknown(string ip)
    {
        var info = Lookup(ip);
        info.Anonymizer.Should().Be(AnonymizerKind.None);
        info.Asn.Should().BeNull();
        info.Provider.Should().BeNull();
        info.Sources.Should().BeEmpty();
    }

    [Fact]
    public void Load_reports_every_bad_row_with_file_line_and_keeps_the_rest()
    {
        var issues = _intel.Issues.Select(i => i.ToString()).ToList();
        issues.Should().Contain(i => i.Contains("vpn-ipv4", StringComparison.Ordinal) && i.Contains("'not-a-cidr'", StringComparison.Ordinal));
        issues.Should().Contain(i => i.Contains("output/vpn/ipv4.txt:4", StringComparison.Ordinal) && i.Contains("999.1.1.1/24", StringComparison.Ordinal));
        issues.Should().Contain(i => i.Contains("input/vpn/ASN.txt:2", StringComparison.Ordinal));
        issues.Should().Contain(i => i.Contains("datacenters.csv:2 [start_ip]", StringComparison.Ordinal));
        issues.Should().Contain(i => i.Contains("asn-ipv4.csv:4 [ip_range_start]", StringComparison.Ordinal));
        _intel.Sources.Single(s => s.Id == "misp:vpn-ipv4").Should().Match<LoadedSource>(s => s.Entries == 3 && s.Rejected == 1 && s.Version == "20260811");
    }

    [Fact]
    public void Load_without_any_data_still_has_curated_providers()
    {
        using var empty = IntelLoader.Load(new IntelLoadOptions { IntelDir = "/nonexistent-intel", DataPackagesDir = "/nonexistent-packages" });
        empty.Ip.AsnRuleCount.Should().BeGreaterThan(30);
        var info = empty.Ip.Lookup(IPAddress.Parse("8.8.8.8"));
        info.Anonymizer.Should().Be(AnonymizerKind.None);
        info.Asn.Should().BeNull();
        info.CountryCode.Should().BeNull();
        empty.RemoteAccess.MatchProgram("AnyDesk").Should().NotBeNull();
    }

    [Fact]
    public void Lookup_is_thread_safe_under_parallel_use()
    {
        var ips = new[] { "203.0.113.7", "198.51.100.200", "192.0.2.5", "2001:db8:a::1", "8.8.8.8" }.Select(IPAddress.Parse).ToArray();
        var expected = ips.Select(ip => _intel.Ip.Lookup(ip).Anonymizer).ToArray();
        Parallel.For(0, 2000, i => _intel.Ip.Lookup(ips[i % ips.Length]).Anonymizer.Should().Be(expected[i % ips.Length]));
    }
}
