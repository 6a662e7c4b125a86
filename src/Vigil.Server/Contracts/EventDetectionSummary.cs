namespace Vigil.Server.Contracts;

/// <summary>The monitoring detection run after an ingest, over the organization's stored events.</summary>
public sealed record EventDetectionSummary(long Events, int Findings, int AlertsCreated, int AlertsUpdated, int High, int Review,
    IReadOnlyDictionary<string, int> FindingsByDetector);
