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
    bool Managed)
{
    /// <summary>The region as identity providers write it: full US state names (Okta and Entra both do), else as is.</summary>
    public string RegionName => Region switch
    {
        "NY" => "New York", "TX" => "Texas", "IL" => "Illinois", "WA" => "Washington", "CA" => "California",
        "CO" => "Colorado", "GA" => "Georgia", "AZ" => "Arizona", "MA" => "Massachusetts", "TN" => "Tennessee",
        _ => Region,
    };
}
