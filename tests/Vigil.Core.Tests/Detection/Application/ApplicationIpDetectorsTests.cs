using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Application;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Detection.Application;

public sealed class ApplicationIpDetectorsTests
{
    private static readonly ScreeningReferences Intel = new(IpIntelligence: new TableIpIntelligence(new Dictionary<string, IpInfo>
    {
        ["198.51.100.7"] = new(CountryCode: "NL", Anonymizer: AnonymizerKind.Vpn, Provider: "Astrill VPN", Sources: ["x4bnet:vpn"]),
        ["203.0.113.9"] = new(AsnOrg: "DIGITALOCEAN-ASN", CountryCode: "SG", Anonymizer: AnonymizerKind.Hosting),
        ["192.0.2.10"] = new(CountryCode: "DE"),
        ["192.0.2.11"] = new(CountryCode: "US"),
        ["175.45.176.3"] = new(CountryCode: "KP"),
    }));

    [Fact]
    public void AnonymizedIp_vpn_and_hosting_report_net05_and_net07_with_provider()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.IpAddress, "198.51.100.7"), (IdentifierKind.IpAddress, "203.0.113.9"));

        var findings = new AnonymizedApplicationIpDetector().Detect(a, Applicants.Context([a], Intel)).ToList();

        findings.Select(f => (f.DetectorId, f.IndicatorId)).Should().BeEquivalentTo(
            [("vpn-ip", IndicatorIds.Net05ConsumerVpn), ("hosting-ip", IndicatorIds.Net07HostingProxy)]);
        var vpn = findings.Single(f => f.DetectorId == "vpn-ip");
        vpn.Evidence.Should().Equal(new Evidence("application IP", "198.51.100.7", "x4bnet:vpn"), new Evidence("anonymizer", "Vpn", "Astrill VPN"));
        findings.Single(f => f.DetectorId == "hosting-ip").Summary.Should().Contain("DIGITALOCEAN-ASN");
    }

    [Fact]
    public void AnonymizedIp_residential_ip_or_no_intel_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.IpAddress, "192.0.2.11"));

        new AnonymizedApplicationIpDetector().Detect(a, Applicants.Context([a], Intel)).Should().BeEmpty();
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.IpAddress, "198.51.100.7"));
        new AnonymizedApplicationIpDetector().Detect(b, Applicants.Context(b)).Should().BeEmpty();
    }

    [Fact]
    public void IpCountryMismatch_every_located_ip_elsewhere_reports_net09()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.IpAddress, "192.0.2.10"), (IdentifierKind.IpAddress, "198.51.100.7"));
        a.ClaimedCountry = "US";

        var finding = new IpCountryMismatchDetector().Detect(a, Applicants.Context([a], Intel)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Net09GeoMismatch);
        // The VPN exit (NL) says nothing about the user: only the located residential IP is evidence.
        finding.Evidence.Should().Equal(new Evidence("application IP country", "DE", "192.0.2.10"), new Evidence("claimed country", "US"));
    }

    [Fact]
    public void IpCountryMismatch_dprk_address_reports_net06()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.IpAddress, "175.45.176.3"));
        a.ClaimedCountry = "US";

        var findings = new IpCountryMismatchDetector().Detect(a, Applicants.Context([a], Intel)).ToList();

        findings.Should().Contain(f => f.DetectorId == "ip-dprk" && f.IndicatorId == IndicatorIds.Net06DprkChinaRanges && f.Weight == 70);
    }

    [Fact]
    public void IpCountryMismatch_one_home_country_ip_clears_a_traveller()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.IpAddress, "192.0.2.10"), (IdentifierKind.IpAddress, "192.0.2.11"));
        a.ClaimedCountry = "US";

        new IpCountryMismatchDetector().Detect(a, Applicants.Context([a], Intel)).Should().BeEmpty();
    }
}
