using Vigil.Core.Scoring;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Ground truth for one generated subject (a row of labels.csv).
/// </summary>
/// <param name="Persona"><c>dprk</c>, <c>benign-lookalike</c> or <c>ordinary</c>.</param>
/// <param name="Scenario">Finer type: <c>operator-ring</c>, <c>laptop-farm</c>, <c>bootcamp-classmates</c>, ...</param>
/// <param name="ClusterId">Members of one ring / farm / family share it; empty for singletons.</param>
/// <param name="Indicators">Indicator ids (indicators.md) actually planted on this subject, sorted.</param>
/// <param name="Expected">The level a correct screen should give.</param>
/// <param name="LookalikeOf">For benign look-alikes: the indicator ids they superficially resemble.</param>
public sealed record SynthLabel(
    string SubjectId,
    string Persona,
    string Scenario,
    string ClusterId,
    IReadOnlyList<string> Indicators,
    RiskLevel Expected,
    IReadOnlyList<string> LookalikeOf);
