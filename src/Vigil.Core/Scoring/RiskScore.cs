namespace Vigil.Core.Scoring;

/// <summary>A subject's score in [0, 100], its level, and every finding with its contribution (they sum to the score).</summary>
public sealed record RiskScore(double Score, RiskLevel Level, IReadOnlyList<ScoredFinding> Findings)
{
    public static RiskScore Clear { get; } = new(0, RiskLevel.Clear, []);
}
