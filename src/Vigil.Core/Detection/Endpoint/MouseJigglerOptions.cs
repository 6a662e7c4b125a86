namespace Vigil.Core.Detection.Endpoint;

/// <summary>Settings of <see cref="MouseJigglerDetector"/>.</summary>
public sealed record MouseJigglerOptions
{
    /// <summary>Weight of the finding (END-03 is M). Default 20.</summary>
    public double Weight { get; init; } = 20;

    /// <summary>Report hardware matches the catalog rates "low" (an id ordinary mice share). Default false.</summary>
    public bool IncludeLowStrength { get; init; }
}
