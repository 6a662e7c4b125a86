namespace Vigil.Ingest.Synthetic;

/// <summary>What a synth run wrote: counts by persona and scenario, and the files.</summary>
public sealed record SynthSummary(
    int Applicants,
    int Workers,
    IReadOnlyDictionary<string, int> ByPersona,
    IReadOnlyDictionary<string, int> ByScenario,
    int Photos,
    long Events,
    IReadOnlyList<string> Files);
