namespace Vigil.Server.Application.Screening;

/// <summary>One stage's latency over many calls (<see cref="StageTimings"/>), in milliseconds.</summary>
public sealed record StageSummary(string Stage, int Calls, double MeanMs, double P50Ms, double P99Ms);
