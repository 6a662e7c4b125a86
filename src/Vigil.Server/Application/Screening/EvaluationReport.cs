namespace Vigil.Server.Application.Screening;

/// <summary>How a screening run compares with the ground truth.</summary>
/// <param name="Flagged">DPRK personas versus review-or-high.</param>
/// <param name="Levels">Per level: expected level versus the level given.</param>
/// <param name="Indicators">Per indicator id: planted versus reported in a finding.</param>
/// <param name="LookalikeFalsePositiveRate">Share of benign look-alikes at review or high.</param>
/// <param name="OrdinaryFalsePositiveRate">Share of the rest (neither DPRK nor look-alike) at review or high.</param>
/// <param name="LookalikeByScenario">Per look-alike scenario: flagged / total.</param>
public sealed record EvaluationReport(
    int Labelled,
    int Matched,
    EvaluationMetrics Flagged,
    IReadOnlyList<EvaluationMetrics> Levels,
    IReadOnlyList<EvaluationMetrics> Indicators,
    double LookalikeFalsePositiveRate,
    int Lookalikes,
    double OrdinaryFalsePositiveRate,
    int Ordinary,
    IReadOnlyDictionary<string, string> LookalikeByScenario);
