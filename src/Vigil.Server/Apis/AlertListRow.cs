using Vigil.Core.Cases;
using Vigil.Core.Scoring;

namespace Vigil.Server.Apis;

/// <summary>What the alert queue reads per row: the alert's summary columns and its subject's name in one query, never
/// the findings document (the detail endpoint carries findings).</summary>
internal sealed class AlertListRow
{
    public Guid Id { get; init; }
    public Guid SubjectId { get; init; }
    public string? SubjectName { get; init; }
    public double Score { get; init; }
    public RiskLevel Level { get; init; }
    public AlertStatus Status { get; init; }
    public string TopReason { get; init; } = "";
    public string IndicatorIds { get; init; } = "";
    public string DetectorIds { get; init; } = "";
    public string? Assignee { get; init; }
    public Guid? CaseId { get; init; }
    public string? ClusterId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
