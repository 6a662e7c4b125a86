using Vigil.Core.Detection;

namespace Vigil.Server.Application.Monitoring;

/// <summary>A finding and the points it contributed to the alert's score (the <c>Alert.FindingsJson</c> items).</summary>
public sealed record ScoredFinding(
    string DetectorId,
    string IndicatorId,
    double Weight,
    double Contribution,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Guid> RelatedSubjects);
