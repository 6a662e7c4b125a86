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
}
