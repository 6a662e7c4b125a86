namespace Vigil.Sharing.Stix;

/// <summary>Fixed values of the STIX 2.1 and TAXII 2.1 specifications that Vigil relies on.</summary>
public static class StixConstants
{
    public const string SpecVersion = "2.1";

    /// <summary>The namespace for deterministic SCO identifiers (STIX 2.1 §2.9).</summary>
    public static readonly Guid ObservableNamespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /// <summary>STIX content media type (§1.4 of TAXII 2.1).</summary>
    public const string StixMediaType = "application/stix+json;version=2.1";

    public const string TaxiiMediaType = "application/taxii+json;version=2.1";
}
