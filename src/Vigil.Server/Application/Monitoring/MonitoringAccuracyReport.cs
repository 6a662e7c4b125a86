namespace Vigil.Server.Application.Monitoring;

/// <summary>Monitoring scored against the synthetic labels: recall per planted group, share of benign look-alikes
/// flagged at level high.</summary>
public sealed record MonitoringAccuracyReport(int Workers, IReadOnlyList<AccuracyGroup> Recall, IReadOnlyList<AccuracyGroup> BenignFlaggedHigh);
