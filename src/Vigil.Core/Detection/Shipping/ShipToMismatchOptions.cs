namespace Vigil.Core.Detection.Shipping;

/// <summary>Weights of <see cref="ShipToMismatchDetector"/>.</summary>
public sealed record ShipToMismatchOptions
{
    /// <summary>Ship-to address not on HR record (SHP-01, H). Default 25: people do move and use offices.</summary>
    public double AddressWeight { get; init; } = 25;

    /// <summary>Ship-to address in another country than claimed (SHP-05, M-H). Default 40.</summary>
    public double CountryWeight { get; init; } = 40;
}
