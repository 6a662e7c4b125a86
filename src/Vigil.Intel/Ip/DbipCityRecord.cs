using MaxMind.Db;

namespace Vigil.Intel.Ip;

/// <summary>
/// One record of ip-location-db's <c>dbip-city-mmdb</c>: a flat map, not MaxMind's nested GeoIP2 schema. Fields per
/// the package README: <c>country_code, state1, state2, city, postcode, latitude, longitude, timezone</c>. DB-IP Lite
/// leaves <c>timezone</c> empty, hence <see cref="CountryTimeZones"/>. Coordinates are MMDB <c>float</c> (32-bit).
/// </summary>
public sealed class DbipCityRecord
{
    [Constructor]
    public DbipCityRecord(
        [MapKey("country_code")] string? countryCode,
        [MapKey("state1")] string? state1,
        [MapKey("city")] string? city,
        [MapKey("latitude")] float? latitude,
        [MapKey("longitude")] float? longitude,
        [MapKey("timezone")] string? timezone)
    {
        CountryCode = countryCode;
        State1 = state1;
        City = city;
        // Stored as 32-bit floats; widened and rounded to 4 decimals (~10 m) so 37.422 does not print as 37.4220008.
        Latitude = latitude is { } lat ? Math.Round((double)lat, 4) : null;
        Longitude = longitude is { } lon ? Math.Round((double)lon, 4) : null;
        TimeZone = timezone;
    }

    public string? CountryCode { get; }

    public string? State1 { get; }

    public string? City { get; }

    public double? Latitude { get; }

    public double? Longitude { get; }

    public string? TimeZone { get; }
}
