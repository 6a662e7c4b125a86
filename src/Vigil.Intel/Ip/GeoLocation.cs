namespace Vigil.Intel.Ip;

/// <summary>Where the geo database puts an address. Any field may be null.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2, upper case.</param>
/// <param name="Region">First-level subdivision (state, province), as the database names it.</param>
/// <param name="TimeZone">IANA zone id: from the database when it has one, else <see cref="CountryTimeZones"/>.</param>
public sealed record GeoLocation(string? CountryCode, string? Region, string? City, double? Latitude, double? Longitude, string? TimeZone);
