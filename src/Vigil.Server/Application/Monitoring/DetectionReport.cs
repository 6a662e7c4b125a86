namespace Vigil.Server.Application.Monitoring;

/// <summary>What a detection pass over an organization's stored monitoring events found and stored.</summary>
public sealed record DetectionReport(
    long Events,
    int Findings,
    int UnmatchedFindings,
    int AlertsCreated,
    int AlertsUpdated,
    int High,
    int Review,
    IReadOnlyDictionary<string, int> FindingsByDetector);
