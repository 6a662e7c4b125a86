using Vigil.Core.Detection;
using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Turns a subject's findings into a score and level: the sum of weights, capped at 100; review from 40, high from
/// 70. One finding per (detector, indicator) counts — the strongest — so one detector repeating itself cannot
/// stack. Kept small and alone so the shared scorer can replace it.
/// </summary>
/// <remarks>
/// Travel findings — impossible travel and new country (NET-01) and sign-ins away from the claimed residence
/// (NET-09) — are views of the same trips: one business traveller trips all three. They are not independent
/// evidence, so together they contribute at most <see cref="UncorroboratedTravelCap"/> (review, not high) unless a
/// finding of an independent family (anonymizer, laptop farm, working hours, remote access, payroll, shipping,
/// screening) of at least <see cref="CorroborationMinWeight"/> is present. indicators.md rates NET-01 "M (H with
/// other signals)": this is that rule.
/// </remarks>
public static class MonitoringScorer
{
    public const double ReviewThreshold = 40;
    public const double HighThreshold = 70;

    /// <summary>The most travel findings add up to without corroboration: enough for review, short of high.</summary>
    public const double UncorroboratedTravelCap = 60;

    /// <summary>The least weight a finding of another family needs to corroborate travel.</summary>
    public const double CorroborationMinWeight = 10;

    private static readonly HashSet<string> TravelIndicators = new(["NET-01", "NET-09"], StringComparer.Ordinal);

    public static (double Score, RiskLevel Level, IReadOnlyList<ScoredFinding> Findings) Score(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var strongest = findings
            .GroupBy(f => (f.DetectorId, f.IndicatorId))
            .Select(g => g.MaxBy(f => f.Weight)!)
            .OrderByDescending(f => f.Weight)
            .ThenBy(f => f.DetectorId, StringComparer.Ordinal)
            .ToList();
        var corroborated = strongest.Any(f => !IsTravel(f) && f.Weight >= CorroborationMinWeight);
        var scored = new List<ScoredFinding>();
        double total = 0, travel = 0;
        foreach (var f in strongest)
        {
            var contribution = Math.Min(Math.Clamp(f.Weight, 0, 100), 100 - total);
            if (IsTravel(f) && !corroborated)
            {
                contribution = Math.Min(contribution, UncorroboratedTravelCap - travel);
                travel += contribution;
            }
            total += contribution;
            scored.Add(new ScoredFinding(f.DetectorId, f.IndicatorId, f.Weight, contribution, f.Summary, f.Evidence, f.RelatedSubjects));
        }
        return (total, LevelOf(total), scored);
    }

    /// <summary>Whether a finding belongs to the travel family (NET-01, NET-09).</summary>
    public static bool IsTravel(Finding finding) => TravelIndicators.Contains(finding.IndicatorId);

    public static RiskLevel LevelOf(double score) =>
        score >= HighThreshold ? RiskLevel.High : score >= ReviewThreshold ? RiskLevel.Review : RiskLevel.Clear;
}
