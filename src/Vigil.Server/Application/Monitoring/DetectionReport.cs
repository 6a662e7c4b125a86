namespace Vigil.Server.Application.Monitoring;

/// <summary>What a detection pass over an organization's stored monitoring events found and stored.</summary>
/// <param name="SubjectsRebuilt">Subjects whose per-worker state was rebuilt from all their stored events because the
/// pass brought events older than ones already processed for them.</param>
public sealed record DetectionReport(
    long Events,
    int Findings,
    int UnmatchedFindings,
    int AlertsCreated,
    int AlertsUpdated,
    int High,
    int Review,
    IReadOnlyDictionary<string, int> FindingsByDetector,
    int SubjectsRebuilt = 0);
