namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="NewCountryDetector"/>.</summary>
public sealed record NewCountryOptions
{
    /// <summary>Learning period: the earliest of this long after the first sign-in… Default 14 days (Entra).</summary>
    public TimeSpan LearningPeriod { get; init; } = TimeSpan.FromDays(14);

    /// <summary>…or this many sign-ins. Default 10 (Entra's "earliest of 14 days or 10 logins").</summary>
    public int LearningSignIns { get; init; } = 10;

    /// <summary>Weight of the finding. Default 15: travellers trigger it too.</summary>
    public double Weight { get; init; } = 15;
}
