using Vigil.Core.Detection;

namespace Vigil.Core.Scoring;

/// <summary>
/// Combines findings into a score: each finding is independent evidence with probability-like weight
/// <c>w/100</c>, combined by noisy-OR, <c>score = 100 · (1 − Π(1 − wᵢ/100))</c>. Strong findings dominate, weak ones
/// add diminishing amounts, and the score never leaves [0, 100].
/// </summary>
/// <remarks>
/// Contributions are the marginal increase of each finding taken strongest first, so they sum exactly to the score
/// and the explanation reads "shared payout account +50, VPN +9". Pure and thread-safe.
/// </remarks>
public sealed class RiskScorer(ScoringConfig? config = null)
{
    public ScoringConfig Config { get; } = config ?? ScoringConfig.Default;

    public RiskScore Score(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var weighted = findings
            .Select(f => (Finding: f, Weight: Math.Clamp(Config.WeightOf(f.DetectorId, f.Weight), 0, 100)))
            .OrderByDescending(x => x.Weight)
            .ThenBy(x => x.Finding.DetectorId, StringComparer.Ordinal)
            .ToList();
        if (weighted.Count == 0)
        {
            return RiskScore.Clear;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<ScoredFinding>(weighted.Count);
        var remaining = 1.0;
        foreach (var (finding, weight) in weighted)
        {
            var effective = seen.Add(finding.DetectorId) ? weight : weight * Config.RepeatFactor;
            var before = remaining;
            remaining *= 1 - effective / 100;
            scored.Add(new ScoredFinding(finding, effective, 100 * (before - remaining)));
        }
        var score = Math.Round(100 * (1 - remaining), 2);
        return new RiskScore(score, Config.LevelOf(score), scored);
    }
}
