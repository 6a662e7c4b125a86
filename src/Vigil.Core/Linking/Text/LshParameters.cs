namespace Vigil.Core.Linking.Text;

/// <summary>
/// LSH banding: the signature is cut into <see cref="Bands"/> bands of <see cref="Rows"/> values; two documents are
/// candidates when any band is identical, which happens with probability 1 − (1 − s^r)^b at Jaccard s.
/// </summary>
/// <param name="Bands">Number of bands b.</param>
/// <param name="Rows">Rows per band r (b × r ≤ number of permutations).</param>
public readonly record struct LshParameters(int Bands, int Rows)
{
    /// <summary>Probability that a pair with Jaccard <paramref name="s"/> becomes a candidate.</summary>
    public double CandidateProbability(double s) => 1 - Math.Pow(1 - Math.Pow(s, Rows), Bands);

    /// <summary>
    /// The (b, r) minimizing weighted false-positive area (∫₀ᵗ P) plus false-negative area (∫ₜ¹ 1 − P), the same search
    /// as datasketch's <c>_optimal_param</c>, integrated with Simpson's rule.
    /// </summary>
    public static LshParameters Optimal(double threshold, int numPermutations, double falsePositiveWeight, double falseNegativeWeight)
    {
        var best = new LshParameters(1, 1);
        var bestError = double.PositiveInfinity;
        for (var b = 1; b <= numPermutations; b++)
        {
            for (var r = 1; r <= numPermutations / b; r++)
            {
                var p = new LshParameters(b, r);
                var fp = Integrate(p.CandidateProbability, 0, threshold);
                var fn = Integrate(s => 1 - p.CandidateProbability(s), threshold, 1);
                var error = fp * falsePositiveWeight + fn * falseNegativeWeight;
                if (error < bestError)
                {
                    bestError = error;
                    best = p;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The (b, r) with the most rows per band (fewest false candidates) whose candidate probability at
    /// <paramref name="threshold"/> is at least <paramref name="minProbability"/>, using b = ⌊permutations / r⌋ bands.
    /// Null when even one row per band cannot reach it. At 0.8 with 128 permutations and 0.99 this is 21 × 6:
    /// P(0.8) = 0.998, P(0.7) = 0.93, P(0.5) = 0.28, P(0.3) = 0.015.
    /// </summary>
    public static LshParameters? ForRecall(double threshold, int numPermutations, double minProbability)
    {
        for (var r = numPermutations; r >= 1; r--)
        {
            var p = new LshParameters(numPermutations / r, r);
            if (p.CandidateProbability(threshold) >= minProbability)
            {
                return p;
            }
        }
        return null;
    }

    private static double Integrate(Func<double, double> f, double a, double b)
    {
        const int n = 64; // even
        var h = (b - a) / n;
        var sum = f(a) + f(b);
        for (var i = 1; i < n; i++)
        {
            sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }
}
