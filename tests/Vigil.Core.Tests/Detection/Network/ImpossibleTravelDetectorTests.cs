using AwesomeAssertions;
using Vigil.Core.Detection.Network;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Network;

public sealed class ImpossibleTravelDetectorTests
{
    private static readonly Vigil.Core.Events.WorkerProfile W = Some.Worker(1);

    [Fact]
    public void Dallas_then_Shenyang_13_minutes_later_is_impossible_travel()
    {
        var d = new ImpossibleTravelDetector();
        d.Observe(Some.SignIn(W, Some.T0, "203.0.113.45", "US", 32.7889, -96.8021));
        d.Observe(Some.SignIn(W, Some.T0.AddMinutes(13), "198.51.100.77", "CN", 41.7922, 123.4328));

        var f = d.Complete().Should().ContainSingle().Subject;
        f.SubjectId.Should().Be(W.SubjectId);
        f.Finding.IndicatorId.Should().Be("NET-01");
        f.Finding.Weight.Should().Be(new ImpossibleTravelOptions().Weight);
    }

    [Fact]
    public void Newest_first_input_finds_the_same_hop()
    {
        var d = new ImpossibleTravelDetector();
        d.Observe(Some.SignIn(W, Some.T0.AddMinutes(60), "198.51.100.77", "CN", 41.79, 123.43));
        d.Observe(Some.SignIn(W, Some.T0, "203.0.113.45", "US", 32.79, -96.80));

        d.Complete().Should().ContainSingle();
    }

    [Fact]
    public void Flight_at_airliner_speed_is_not_reported()
    {
        var d = new ImpossibleTravelDetector();
        d.Observe(Some.SignIn(W, Some.T0, "203.0.113.45", "US", 32.79, -96.80));
        d.Observe(Some.SignIn(W, Some.T0.AddHours(14), "198.51.100.77", "CN", 41.79, 123.43));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Vpn_hop_is_excluded()
    {
        var d = new ImpossibleTravelDetector();
        d.Observe(Some.SignIn(W, Some.T0, "203.0.113.45", "US", 32.79, -96.80));
        d.Observe(Some.SignIn(W, Some.T0.AddMinutes(5), "198.51.100.1", "NL", 52.37, 4.90, anonymizer: AnonymizerKind.Vpn));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Short_quick_hop_is_downgraded()
    {
        var d = new ImpossibleTravelDetector();
        d.Observe(Some.SignIn(W, Some.T0, "203.0.113.45", "US", 32.78, -96.80));
        d.Observe(Some.SignIn(W, Some.T0.AddMinutes(1), "203.0.113.46", "US", 33.10, -96.80)); // ~35 km in 1 min

        d.Complete().Should().ContainSingle().Which.Finding.Weight.Should().Be(new ImpossibleTravelOptions().DowngradedWeight);
    }
}
