namespace Vigil.Ingest.Synthetic;

/// <summary>A city the generator places people in: region (state/prefecture code), IANA zone, coordinates,
/// and the postal-code prefix its addresses use.</summary>
internal sealed record City(string Name, string Region, string TimeZone, double Lat, double Lon, string PostalPrefix);
