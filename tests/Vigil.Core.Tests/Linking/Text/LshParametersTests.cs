using AwesomeAssertions;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class LshParametersTests
{
    [Theory]
    [InlineData(0.5, 128)]
    [InlineData(0.8, 128)]
    [InlineData(0.9, 256)]
    public void Optimal_fits_in_signature_and_is_steep_around_threshold(double threshold, int perms)
    {
        var p = LshParameters.Optimal(threshold, perms, 0.5, 0.5);
        (p.Bands * p.Rows).Should().BeLessThanOrEqualTo(perms);
        p.CandidateProbability(Math.Min(1, threshold + 0.15)).Should().BeGreaterThan(0.9);
        p.CandidateProbability(threshold - 0.3).Should().BeLessThan(0.1);
    }

    [Fact]
    public void Optimal_more_false_negative_weight_raises_recall_at_threshold()
    {
        var balanced = LshParameters.Optimal(0.8, 128, 0.5, 0.5);
        var recall = LshParameters.Optimal(0.8, 128, 0.1, 0.9);
        recall.CandidateProbability(0.8).Should().BeGreaterThan(balanced.CandidateProbability(0.8));
    }

    [Theory]
    [InlineData(0.8, 128, 0.99)]
    [InlineData(0.7, 128, 0.99)]
    [InlineData(0.9, 256, 0.999)]
    public void ForRecall_reaches_the_probability_with_the_most_rows_that_can(double threshold, int perms, double probability)
    {
        var p = LshParameters.ForRecall(threshold, perms, probability);
        p.Should().NotBeNull();
        p!.Value.Bands.Should().Be(perms / p.Value.Rows);
        p.Value.CandidateProbability(threshold).Should().BeGreaterThanOrEqualTo(probability);
        var oneMoreRow = new LshParameters(perms / (p.Value.Rows + 1), p.Value.Rows + 1);
        oneMoreRow.CandidateProbability(threshold).Should().BeLessThan(probability);
    }

    [Fact]
    public void ForRecall_at_0_8_picks_21_bands_of_6_rows()
    {
        var p = LshParameters.ForRecall(0.8, 128, 0.99)!.Value;
        p.Should().Be(new LshParameters(21, 6));
        p.CandidateProbability(0.8).Should().BeGreaterThan(0.99);
        p.CandidateProbability(0.3).Should().BeLessThan(0.02);
    }

    [Fact]
    public void ForRecall_unreachable_probability_is_null() =>
        LshParameters.ForRecall(0.1, 4, 0.999).Should().BeNull();
}
