using AwesomeAssertions;
using Vigil.Core.Scoring;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Scoring;

public sealed class ScoringConfigTests
{
    [Fact]
    public void Parse_shipped_config_file_is_valid_and_documents_every_weight()
    {
        var config = ScoringConfig.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "scoring.json")));

        config.ReviewThreshold.Should().Be(40);
        config.HighThreshold.Should().Be(70);
        config.Weights.Should().ContainKey("shared-payout-account").WhoseValue.Should().Be(50);
        config.LevelOf(39.99).Should().Be(RiskLevel.Clear);
        config.LevelOf(40).Should().Be(RiskLevel.Review);
        config.LevelOf(70).Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("""{ "weights": { "nationality-kp": 30 } }""", "protected trait")]
    [InlineData("""{ "weights": { "name_origin": 30 } }""", "protected trait")]
    [InlineData("""{ "review_threshold": 80, "high_threshold": 70 }""", "thresholds")]
    [InlineData("""{ "repeat_factor": 2 }""", "repeat_factor")]
    [InlineData("""{ "weights": { "vpn-ip": 150 } }""", "outside [0, 100]")]
    [InlineData("""{ "unknown_key": 1 }""", "scoring config")]
    [InlineData("""{ "weights": """, "scoring config")]
    public void Parse_invalid_config_throws_naming_the_problem(string json, string message)
    {
        var act = () => ScoringConfig.Parse(json);

        act.Should().Throw<FormatException>().WithMessage("*" + message + "*");
    }
}
