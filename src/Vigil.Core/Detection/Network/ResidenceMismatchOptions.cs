namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="ResidenceMismatchDetector"/>.</summary>
public sealed record ResidenceMismatchOptions
{
    /// <summary>Located, non-anonymized sign-ins needed before judging. Default 5.</summary>
    public int MinSignIns { get; init; } = 5;

    /// <summary>Share of those sign-ins outside the claimed country that raises a finding. Default 0.5: a traveller
    /// signs in abroad for a week or two, a worker living elsewhere does so most of the time.</summary>
    public double MinForeignShare { get; init; } = 0.5;

    /// <summary>Weight of the finding. Default 35 (NET-09 is M-H).</summary>
    public double Weight { get; init; } = 35;
}
