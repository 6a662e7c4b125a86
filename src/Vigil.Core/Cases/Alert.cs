using Vigil.Core.Scoring;

namespace Vigil.Core.Cases;

/// <summary>
/// A subject whose score reached review or high. One open alert per subject: re-screening updates its score and
/// findings instead of raising another.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SubjectId { get; set; }

    /// <summary>Risk score in [0, 100].</summary>
    public double Score { get; set; }

    public RiskLevel Level { get; set; }
    public AlertStatus Status { get; set; } = AlertStatus.Open;

    /// <summary>The strongest finding's summary, for the queue.</summary>
    public string TopReason { get; set; } = "";

    /// <summary>Comma-separated indicator ids of all findings, for filtering (e.g. <c>PAY-05,PRF-04</c>).</summary>
    public string IndicatorIds { get; set; } = "";

    /// <summary>Comma-separated detector ids of all findings.</summary>
    public string DetectorIds { get; set; } = "";

    /// <summary>The findings and their contributions, as JSON (<c>ScoredFinding[]</c>).</summary>
    public string FindingsJson { get; set; } = "[]";

    public string? ClusterId { get; set; }
    public Guid? CaseId { get; set; }
    public string? Assignee { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
