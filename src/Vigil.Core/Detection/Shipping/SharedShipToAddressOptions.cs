namespace Vigil.Core.Detection.Shipping;

/// <summary>Settings of <see cref="SharedShipToAddressDetector"/>.</summary>
public sealed record SharedShipToAddressOptions
{
    /// <summary>Distinct workers shipping to one address. Default 2.</summary>
    public int MinWorkers { get; init; } = 2;

    /// <summary>Weight (SHP-04 / FAC-01 are H). Default 50.</summary>
    public double Weight { get; init; } = 50;

    /// <summary>Canonical addresses of the organization's own offices and depots; never a farm.</summary>
    public IReadOnlyList<string> OfficeAddressKeys { get; init; } = [];
}
