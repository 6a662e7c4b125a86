namespace Vigil.Server.Contracts;

/// <summary>One finding as stored in <c>Alert.FindingsJson</c> (see docs/api.md, "Findings JSON").</summary>
public sealed record FindingDto(string DetectorId, string IndicatorId, double Weight, double Contribution, string Summary,
    IReadOnlyList<EvidenceDto> Evidence, IReadOnlyList<Guid> RelatedSubjects);
