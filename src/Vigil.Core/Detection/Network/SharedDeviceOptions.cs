namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="SharedDeviceDetector"/>.</summary>
public sealed record SharedDeviceOptions
{
    /// <summary>Distinct workers on one device id that raise a finding. Default 2.</summary>
    public int MinWorkers { get; init; } = 2;

    /// <summary>Weight of the finding (NET-02, H: one machine, several "different" employees). Default 45.</summary>
    public double Weight { get; init; } = 45;
}
