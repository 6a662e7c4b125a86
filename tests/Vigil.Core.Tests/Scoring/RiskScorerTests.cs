using AwesomeAssertions;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;

namespace Vigil.Core.Tests.Scoring;

public sealed class RiskScorerTests
{
    private static Finding F(string detector, double weight) => new(detector, "TEST-01", weight, detector);

    [Fact]
    public void Score_combines_by_noisy_or_and_contributions_sum_to_the_score()
    {
        var score = new RiskScorer().Score([F("vpn-ip", 18), F("shared-payout-account", 50)]);

        score.Score.Should().Be(59);
        score.Level.Should().Be(RiskLevel.Review);
        score.Findings.Select(f => f.Finding.DetectorId).Should().Equal("shared-payout-account", "vpn-ip");
        score.Findings[0].Contribution.Should().BeApproximately(50, 1e-9);
        score.Findings[1].Contribution.Should().BeApproximately(9, 1e-9);
        score.Findings.Sum(f => f.Contribution).Should().BeApproximately(score.Score, 0.01);
    }

    [Fact]
    public void Score_repeated_detector_counts_at_the_repeat_factor()
    {
        var score = new RiskScorer().Score([F("vpn-ip", 20), F("vpn-ip", 20)]);

        score.Findings[1].Weight.Should().Be(5);
        score.Score.Should().Be(24);
    }

    [Fact]
    public void Score_config_weight_overrides_the_detector_default_and_sets_the_level()
    {
        var config = new ScoringConfig { Weights = new Dictionary<string, double> { ["vpn-ip"] = 80 } };

        var score = new RiskScorer(config).Score([F("vpn-ip", 18)]);

        score.Score.Should().Be(80);
        score.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public void Score_no_findings_is_clear_zero()
    {
        new RiskScorer().Score([]).Should().Be(RiskScore.Clear);
    }

    [Fact]
    public void Score_stays_within_0_and_100_property()
    {
        Prop.ForAll<double[]>(weights =>
        {
            var findings = weights.Where(w => !double.IsNaN(w)).Select((w, i) => F("d" + (i % 3), w)).ToList();
            var s = new RiskScorer().Score(findings).Score;
            return s is >= 0 and <= 100;
        }).QuickCheckThrowOnFailure();
    }
}
