using Vigil.Core.Detection;
using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Screening;

/// <summary>A finding as stored in alerts and printed: detector, indicator, weight, contribution, evidence.</summary>
public sealed record ScreeningFindingView(
    string Detector,
    string Indicator,
    double Weight,
    double Contribution,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Guid> RelatedSubjects)
{
    public static ScreeningFindingView From(ScoredFinding f) => new(
        f.Finding.DetectorId,
        f.Finding.IndicatorId,
        Math.Round(f.Weight, 2),
        Math.Round(f.Contribution, 2),
        f.Finding.Summary,
        f.Finding.Evidence,
        f.Finding.RelatedSubjects.Take(50).ToList());
}
