using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Screening;

/// <summary>One screened applicant: the line of <c>vigil screen --json</c>.</summary>
public sealed record ScreeningResult(
    string Id,
    Guid SubjectId,
    string Name,
    double Score,
    RiskLevel Level,
    string? ClusterId,
    IReadOnlyList<ScreeningFindingView> Findings);
