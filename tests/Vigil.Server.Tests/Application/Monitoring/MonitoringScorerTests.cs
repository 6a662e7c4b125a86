using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Monitoring;

namespace Vigil.Server.Tests.Application.Monitoring;

public class MonitoringScorerTests
{
    private static Finding F(string detector, string indicator, double weight) => new(detector, indicator, weight, detector);

    [Fact]
    public void Score_one_trip_seen_by_three_travel_detectors_stays_below_high()
    {
        // A business traveller: away from the claimed country, a fast hop, a new country — one trip, three views.
        var (score, level, scored) = MonitoringScorer.Score(
        [
            F("residence-mismatch", "NET-09", 35), F("impossible-travel", "NET-01", 30), F("new-country", "NET-01", 15),
        ]);

        score.Should().Be(MonitoringScorer.UncorroboratedTravelCap);
        level.Should().Be(RiskLevel.Review);
        scored.Sum(f => f.Contribution).Should().Be(score);
        scored.Single(f => f.DetectorId == "new-country").Contribution.Should().Be(0);
    }

    [Fact]
    public void Score_travel_corroborated_by_an_independent_family_adds_up_to_high()
    {
        var (score, level, _) = MonitoringScorer.Score(
        [
            F("residence-mismatch", "NET-09", 35), F("impossible-travel", "NET-01", 30), F("anonymizer-sign-in", "NET-05", 30),
        ]);

        score.Should().Be(95);
        level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public void Score_weak_other_finding_does_not_corroborate_travel()
    {
        var (score, level, _) = MonitoringScorer.Score(
        [
            F("residence-mismatch", "NET-09", 35), F("impossible-travel", "NET-01", 30), F("anonymizer-sign-in", "NET-07", 5),
        ]);

        score.Should().Be(MonitoringScorer.UncorroboratedTravelCap + 5);
        level.Should().Be(RiskLevel.Review);
    }

    [Fact]
    public void Score_findings_outside_travel_are_not_capped()
    {
        var (score, level, _) = MonitoringScorer.Score([F("shared-egress", "NET-10", 45), F("working-hours", "WRK-01", 40)]);

        score.Should().Be(85);
        level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public void Score_repeats_of_one_detector_count_once_and_total_caps_at_100()
    {
        var (score, _, scored) = MonitoringScorer.Score(
        [
            F("shared-egress", "NET-10", 45), F("shared-egress", "NET-10", 40), F("shared-device", "NET-02", 45), F("ip-kvm", "END-03", 60),
        ]);

        score.Should().Be(100);
        scored.Should().HaveCount(3);
    }
}
