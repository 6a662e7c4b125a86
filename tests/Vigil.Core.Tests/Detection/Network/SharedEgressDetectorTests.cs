using AwesomeAssertions;
using Vigil.Core.Detection.Network;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Network;

public sealed class SharedEgressDetectorTests
{
    private static void TwoDays(SharedEgressDetector d, Vigil.Core.Events.WorkerProfile w, string ip, AnonymizerKind anonymizer = AnonymizerKind.None)
    {
        d.Observe(Some.SignIn(w, Some.T0, ip, anonymizer: anonymizer));
        d.Observe(Some.SignIn(w, Some.T0.AddDays(1), ip, anonymizer: anonymizer));
    }

    [Fact]
    public void Three_workers_behind_one_home_ip_on_several_days_are_a_laptop_farm()
    {
        var d = new SharedEgressDetector();
        var workers = new[] { Some.Worker(1), Some.Worker(2), Some.Worker(3) };
        foreach (var w in workers)
        {
            TwoDays(d, w, "198.51.100.7");
        }

        var findings = d.Complete();
        findings.Should().HaveCount(3);
        findings.Should().OnlyContain(f => f.Finding.IndicatorId == "NET-10" && f.Finding.RelatedSubjects.Count == 2);
    }

    [Fact]
    public void Shared_vpn_exit_and_trusted_office_are_not_farms()
    {
        var d = new SharedEgressDetector(new SharedEgressOptions { TrustedNetworks = ["203.0.113.0/24"] });
        for (var i = 1; i <= 5; i++)
        {
            TwoDays(d, Some.Worker(i), "198.51.100.9", AnonymizerKind.Vpn);
            TwoDays(d, Some.Worker(i), "203.0.113.50");
        }

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void One_day_coincidence_on_a_carrier_ip_is_not_a_farm()
    {
        var d = new SharedEgressDetector();
        for (var i = 1; i <= 3; i++)
        {
            d.Observe(Some.SignIn(Some.Worker(i), Some.T0, "198.51.100.7"));
        }

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Other_organizations_sightings_complete_a_farm()
    {
        var d = new SharedEgressDetector(sightings: new Sightings(2));
        TwoDays(d, Some.Worker(1), "198.51.100.7");
        TwoDays(d, Some.Worker(2), "198.51.100.7");

        d.Complete().Should().HaveCount(2).And.OnlyContain(f => f.Finding.Summary.Contains("2 other organization"));
    }

    private sealed class Sightings(int n) : IEgressSightings
    {
        public int OtherOrganizations(string ip) => n;
    }
}
