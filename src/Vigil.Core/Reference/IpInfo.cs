namespace Vigil.Core.Reference;

/// <summary>What reference data says about one IP address. Any field may be unknown.</summary>
/// <param name="Asn">Autonomous system number.</param>
/// <param name="AsnOrg">The AS owner as registered (e.g. "DIGITALOCEAN-ASN").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2, upper case.</param>
/// <param name="TimeZone">IANA time zone id at the location, when the geo database has one.</param>
/// <param name="Anonymizer">The strongest anonymizer class any loaded list puts this IP in.</param>
/// <param name="Provider">The anonymizer or hosting provider's name when known ("Astrill VPN", "Tor exit").</param>
/// <param name="Sources">Which lists said so, for evidence ("misp:vpn-ipv4", "x4bnet:vpn").</param>
public sealed record IpInfo(
    uint? Asn = null,
    string? AsnOrg = null,
    string? CountryCode = null,
    string? City = null,
    double? Latitude = null,
    double? Longitude = null,
    string? TimeZone = null,
    AnonymizerKind Anonymizer = AnonymizerKind.None,
    string? Provider = null,
    IReadOnlyList<string>? Sources = null)
{
    public static IpInfo Unknown { get; } = new();

    public bool HasLocation => Latitude is not null && Longitude is not null;
}
