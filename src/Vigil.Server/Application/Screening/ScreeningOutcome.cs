namespace Vigil.Server.Application.Screening;

/// <summary>Every applicant's result and the run report.</summary>
public sealed record ScreeningOutcome(IReadOnlyList<ScreeningResult> Results, ScreeningRunReport Report);
