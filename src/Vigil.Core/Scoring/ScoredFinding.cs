using Vigil.Core.Detection;

namespace Vigil.Core.Scoring;

/// <summary>A finding with the weight the scorer gave it and the points it added to the score.</summary>
public sealed record ScoredFinding(Finding Finding, double Weight, double Contribution);
