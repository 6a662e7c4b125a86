namespace Vigil.Core.Detection;

/// <summary>What a detector sees besides the subject: the population (graph, indexes, reviews), reference data,
/// thresholds and the clock.</summary>
public sealed record ScreeningContext(
    ScreeningPopulation Population,
    ScreeningReferences References,
    ScreeningOptions Options,
    DateTimeOffset Now);
