namespace Vigil.Core.Linking;

/// <summary>
/// LSH banding: <see cref="Bands"/> bands of <see cref="Rows"/> signature positions. Two documents become candidates
/// when any band agrees, which happens with probability <c>1 - (1 - J^r)^b</c> at Jaccard <c>J</c>.
/// </summary>
public readonly record struct LshParameters(int Bands, int Rows)
{
    /// <summary>Probability that a pair at Jaccard <paramref name="jaccard"/> becomes a candidate.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);

    /// <summary>
    /// The (b, r) with b·r ≤ <paramref name="numPermutations"/> that minimizes the weighted false-positive area
    /// below <paramref name="threshold"/> plus the false-negative area above it (as datasketch's
    /// <c>_optimal_param</c>). False negatives weigh more by default: a missed template ring costs more than an extra
    /// exact-Jaccard check.
    /// </summary>
    public static LshParameters Optimal(double threshold, int numPermutations, double falsePositiveWeight = 0.2, double falseNegativeWeight = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var best = new LshParameters(1, numPermutations);
        var bestError = double.MaxValue;
        for (var b = 1; b <= numPermutations; b++)
        {
            var maxR = numPermutations / b;
            for (var r = 1; r <= maxR; r++)
            {
                var p = new LshParameters(b, r);
                var fp = Integrate(j => p.CandidateProbability(j), 0, threshold);
                var fn = Integrate(j => 1 - p.CandidateProbability(j), threshold, 1);
                var error = falsePositiveWeight * fp + falseNegativeWeight * fn;
                if (error < bestError)
                {
                    bestError = error;
                    best = p;
                }
            }
        }
        return best;
    }

    private static double Integrate(Func<double, double> f, double from, double to)
    {
        const int steps = 200;
        var h = (to - from) / steps;
        var sum = 0.5 * (f(from) + f(to));
        for (var i = 1; i < steps; i++)
        {
            sum += f(from + i * h);
        }
        return sum * h;
    }
}
