using Vigil.Core.Detection;
using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Turns a subject's findings into a score and level: the sum of weights, capped at 100; review from 40, high from
/// 70. One finding per (detector, indicator) counts — the strongest — so one detector repeating itself cannot
/// stack. Kept small and alone so the shared scorer can replace it.
/// </summary>
public static class MonitoringScorer
{
    public const double ReviewThreshold = 40;
    public const double HighThreshold = 70;

    public static (double Score, RiskLevel Level, IReadOnlyList<ScoredFinding> Findings) Score(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var strongest = findings
            .GroupBy(f => (f.DetectorId, f.IndicatorId))
            .Select(g => g.MaxBy(f => f.Weight)!)
            .OrderByDescending(f => f.Weight)
            .ThenBy(f => f.DetectorId, StringComparer.Ordinal)
            .ToList();
        var scored = new List<ScoredFinding>();
        double total = 0;
        foreach (var f in strongest)
        {
            var contribution = Math.Min(Math.Clamp(f.Weight, 0, 100), 100 - total);
            total += contribution;
            scored.Add(new ScoredFinding(f.DetectorId, f.IndicatorId, f.Weight, contribution, f.Summary, f.Evidence, f.RelatedSubjects));
        }
        return (total, LevelOf(total), scored);
    }

    public static RiskLevel LevelOf(double score) =>
        score >= HighThreshold ? RiskLevel.High : score >= ReviewThreshold ? RiskLevel.Review : RiskLevel.Clear;
}
