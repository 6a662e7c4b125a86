namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="ImpossibleTravelDetector"/>.</summary>
public sealed record ImpossibleTravelOptions
{
    /// <summary>Speed above which travel is impossible, km/h. Default 900 (airliner cruise, Panther's rule).</summary>
    public double MaxSpeedKmh { get; init; } = 900;

    /// <summary>Hops shorter than this are geo-IP noise and are downgraded. Default 50 km.</summary>
    public double MinDistanceKm { get; init; } = 50;

    /// <summary>Hops quicker than this are downgraded (a mobile carrier or ZTNA egress switching). Default 10 min.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Weight of a subject with at least one full-confidence impossible hop. Default 30 (NET-01 is M).</summary>
    public double Weight { get; init; } = 30;

    /// <summary>Weight when every impossible hop was downgraded. Default 8.</summary>
    public double DowngradedWeight { get; init; } = 8;

    /// <summary>Located sign-ins kept per subject to place out-of-order events. Default 32.</summary>
    public int WindowPerSubject { get; init; } = 32;
}
