using System.Net;
using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Intel.Data;
using Vigil.Intel.Ip;
using Vigil.TestSupport;

namespace Vigil.DataTests.Intel;

/// <summary>IP intelligence on the real MISP warninglists, X4BNet, ipcat and Tor lists (NET-05, NET-07).</summary>
public sealed class IpIntelligenceDataTests(SharedIntel shared) : IClassFixture<SharedIntel>
{
    private IntelSnapshot Intel => shared.Snapshot;

    [Fact]
    public void Load_real_lists_reject_no_row()
    {
        var intel = Intel;
        intel.IssueCount.Should().Be(0, string.Join("\n", intel.Issues.Take(10)));
        var ids = intel.Sources.Select(s => s.Id).ToHashSet();
        ids.Should().Contain(["misp:vpn-ipv4", "misp:amazon-aws", "misp:icloud-private-relay", "x4bnet:vpn", "x4bnet:datacenter", "ipcat:datacenters", "tor:exits", "lolrmm"]);
        intel.Sources.Single(s => s.Id == "tor:exits").Entries.Should().Be(1746);
    }

    [Fact]
    public void Lookup_every_tor_exit_of_the_list_is_tor()
    {
        var exits = File.ReadLines(Path.Combine(SharedData.RequireDirectory("tor-ip-addresses"), "tor-exit-nodes.lst"))
            .Where(l => IPAddress.TryParse(l.Trim(), out _)).Select(l => IPAddress.Parse(l.Trim())).ToList();
        exits.Should().HaveCountGreaterThan(1000);
        exits.Should().OnlyContain(ip => Intel.Ip.Lookup(ip).Anonymizer == AnonymizerKind.Tor);
        Intel.Ip.Lookup(exits[0]).Provider.Should().Be("Tor exit");
    }

    [Fact]
    public void Lookup_x4bnet_vpn_ranges_are_vpn()
    {
        var ranges = ReadCidrs("x4bnet-lists-vpn/output/vpn/ipv4.txt").Concat(ReadCidrs("x4bnet-lists-vpn/output/vpn/ipv6.txt")).ToList();
        ranges.Should().HaveCountGreaterThan(10_000);
        foreach (var range in ranges.Where((_, i) => i % 37 == 0))
        {
            var ip = range.IsV4 ? IpKey.ToAddress(range.Start4 + (range.End4 - range.Start4) / 2) : IpKey.ToAddress(range.Start + ((range.End - range.Start) >> 1));
            var kind = Intel.Ip.Lookup(ip).Anonymizer;
            kind.Should().BeOneOf([AnonymizerKind.Vpn, AnonymizerKind.Tor], $"{ip} is in X4BNet VPN range {range}");
        }
    }

    [Fact]
    public void Lookup_misp_cloud_range_is_hosting_with_provider()
    {
        var aws = ReadMisp("amazon-aws").First(r => r.IsV4);
        var info = Intel.Ip.Lookup(IpKey.ToAddress(aws.Start4));
        info.Anonymizer.Should().BeOneOf(AnonymizerKind.Hosting, AnonymizerKind.Vpn);
        info.Sources.Should().Contain("misp:amazon-aws");
        var gcp = ReadMisp("google-gcp").First(r => r.IsV4);
        Intel.Ip.Lookup(IpKey.ToAddress(gcp.Start4)).Sources.Should().Contain("misp:google-gcp");
    }

    [Fact]
    public void Lookup_icloud_private_relay_is_private_relay()
    {
        var relay = ReadMisp("icloud-private-relay").Where((_, i) => i % 500 == 0).ToList();
        foreach (var range in relay)
        {
            var ip = range.IsV4 ? IpKey.ToAddress(range.Start4) : IpKey.ToAddress(range.Start);
            var info = Intel.Ip.Lookup(ip);
            info.Anonymizer.Should().BeOneOf([AnonymizerKind.PrivateRelay, AnonymizerKind.Vpn, AnonymizerKind.Tor], ip.ToString());
            info.Sources.Should().Contain("misp:icloud-private-relay");
        }
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.9.9.9")]
    public void Lookup_public_dns_resolver_is_not_vpn(string ip) =>
        Intel.Ip.Lookup(IPAddress.Parse(ip)).Anonymizer.Should().NotBe(AnonymizerKind.Vpn).And.NotBe(AnonymizerKind.Tor);

    [Fact]
    public void Lookup_ipcat_range_names_its_provider()
    {
        var row = File.ReadLines(Path.Combine(SharedData.RequireDirectory("ipcat"), "datacenters.csv")).First(l => l.Contains("Amazon", StringComparison.Ordinal));
        var start = IPAddress.Parse(row.Split(',')[0]);
        var info = Intel.Ip.Lookup(start);
        info.Anonymizer.Should().NotBe(AnonymizerKind.None);
        info.Sources.Should().Contain("ipcat:datacenters");
    }

    private static IEnumerable<IpRange> ReadCidrs(string relative)
    {
        foreach (var line in File.ReadLines(Path.Combine(SharedData.RequireDirectory(), relative)))
        {
            if (IpKey.TryParseRange(line, out var range))
            {
                yield return range;
            }
        }
    }

    private static IEnumerable<IpRange> ReadMisp(string name)
    {
        using var stream = File.OpenRead(Path.Combine(SharedData.RequireDirectory("misp-warninglists"), "lists", name, "list.json"));
        var list = Vigil.Intel.Ip.Sources.MispWarninglistReader.Read(stream, name, new LoadIssues())!;
        return [.. list.Entries.Select(e => IpKey.TryParseRange(e, out var r) ? r : default).Where(r => r != default)];
    }
}
