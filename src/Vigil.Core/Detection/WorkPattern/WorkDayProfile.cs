namespace Vigil.Core.Detection.WorkPattern;

/// <summary>
/// How likely an office worker is to be active at each local hour: a peak 09–17, shoulders in the early morning
/// and evening, a small floor at night (nobody's activity is ever impossible at any hour). Sums to 1.
/// </summary>
public static class WorkDayProfile
{
    private static readonly double[] Weights =
    [
        0.02, 0.015, 0.01, 0.01, 0.01, 0.015, 0.05, 0.15,  // 00–07
        0.5, 1.0, 1.0, 1.0, 0.85, 0.9, 1.0, 1.0,            // 08–15
        1.0, 0.85, 0.5, 0.3, 0.25, 0.2, 0.12, 0.05,         // 16–23
    ];

    /// <summary>Natural log of the probability of activity in each local hour 0–23.</summary>
    public static IReadOnlyList<double> LogProbabilities { get; } = Build();

    /// <summary>Log-probability of activity at a fractional local hour (half-hour zones), interpolated.</summary>
    public static double LogProbability(double localHour)
    {
        var h = ((localHour % 24) + 24) % 24;
        var lo = (int)Math.Floor(h);
        var frac = h - lo;
        var a = LogProbabilities[lo % 24];
        return frac == 0 ? a : a * (1 - frac) + LogProbabilities[(lo + 1) % 24] * frac;
    }

    private static double[] Build()
    {
        var sum = Weights.Sum();
        return [.. Weights.Select(w => Math.Log(w / sum))];
    }
}
