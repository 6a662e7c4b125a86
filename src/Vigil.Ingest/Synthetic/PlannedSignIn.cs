namespace Vigil.Ingest.Synthetic;

/// <summary>One sign-in to write, with the enrichment an identity provider would attach (geo, ASN, proxy flag).</summary>
internal sealed record PlannedSignIn(
    DateTimeOffset At,
    string Ip,
    bool Success,
    string CountryCode,
    string CountryName,
    string City,
    string Region,
    double Lat,
    double Lon,
    int Asn,
    string AsOrg,
    bool IsProxy,
    bool Managed);
