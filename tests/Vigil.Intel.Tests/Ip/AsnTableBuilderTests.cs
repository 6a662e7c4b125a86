using System.Net;
using AwesomeAssertions;
using Vigil.Intel.Data;
using Vigil.Intel.Ip;

namespace Vigil.Intel.Tests.Ip;

public sealed class AsnTableBuilderTests
{
    [Fact]
    public void AddCsv_reads_quoted_organisation_and_reports_bad_rows_by_line()
    {
        var csv = """
            192.0.2.0,192.0.2.255,64501,Example Hosting
            198.51.100.0,198.51.100.255,64500,"Example VPN Co, Ltd."
            10.0.0.0,bad,1,Broken
            1.0.0.0,1.0.0.255,notanumber,Broken
            just,two
            """;
        var issues = new LoadIssues();
        var builder = new AsnTableBuilder();
        builder.AddCsv(new StringReader(csv), "asn-ipv4.csv", ipv6: false, issues);
        var table = builder.Build();

        table.Find(V4("198.51.100.7")).Should().Be(new AsnRecord(64500, "Example VPN Co, Ltd."));
        table.Find(V4("192.0.2.255"))!.Asn.Should().Be(64501);
        table.Find(V4("192.0.3.0")).Should().BeNull();
        issues.Kept.Select(i => (i.Line, i.Field)).Should().Equal((3, "ip_range_start"), (4, "autonomous_system_number"), (5, (string?)null));
        issues.Kept.Should().OnlyContain(i => i.File == "asn-ipv4.csv");
    }

    [Fact]
    public void AddCsv_numeric_ipv4_and_ipv6_rows_are_read()
    {
        var issues = new LoadIssues();
        var builder = new AsnTableBuilder();
        builder.AddCsv(new StringReader("16777216,16777471,13335,\"Cloudflare, Inc.\"\n"), "asn-ipv4-num.csv", false, issues);
        builder.AddCsv(new StringReader("42540766411282592856903984951653826560,42540766411282592875350729025363378175,64501,Example v6\n"), "asn-ipv6-num.csv", true, issues);
        var table = builder.Build();
        issues.Count.Should().Be(0);
        table.Find(V4("1.0.0.1"))!.Organization.Should().Be("Cloudflare, Inc.");
        IpKey.TryGetV4(IPAddress.Parse("2001:db8::1"), out _, out var v6).Should().BeFalse();
        table.Find(v6)!.Asn.Should().Be(64501);
        table.AsnCount.Should().Be(2);
    }

    private static uint V4(string ip) => IpKey.TryGetV4(IPAddress.Parse(ip), out var v4, out _) ? v4 : 0;
}
