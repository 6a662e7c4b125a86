namespace Vigil.Sharing.Stix;

/// <summary>The object type names of STIX 2.1 and the custom SCO types Vigil defines.</summary>
public static class StixTypes
{
    public const string Bundle = "bundle";
    public const string Identity = "identity";
    public const string ThreatActor = "threat-actor";
    public const string IntrusionSet = "intrusion-set";
    public const string Indicator = "indicator";
    public const string ObservedData = "observed-data";
    public const string Sighting = "sighting";
    public const string Relationship = "relationship";
    public const string Note = "note";
    public const string MarkingDefinition = "marking-definition";
    public const string ExtensionDefinition = "extension-definition";
    public const string EmailAddr = "email-addr";
    public const string Ipv4Addr = "ipv4-addr";
    public const string Ipv6Addr = "ipv6-addr";
    public const string DomainName = "domain-name";
    public const string Url = "url";
    public const string UserAccount = "user-account";
    public const string PhoneNumber = "x-vigil-phone-number";
    public const string CryptoWallet = "x-vigil-crypto-wallet";
    public const string PayoutAccount = "x-vigil-payout-account";
    public const string PhotoHash = "x-vigil-photo-hash";
    public const string KeyedIdentifier = "x-vigil-keyed-identifier";

    private static readonly HashSet<string> ObservableTypes = new(StringComparer.Ordinal)
    {
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate",
        PhoneNumber, CryptoWallet, PayoutAccount, PhotoHash, KeyedIdentifier,
    };

    /// <summary>Spec SCO types and Vigil's custom SCOs; a custom type from elsewhere is not recognised.</summary>
    public static bool IsObservableType(string type) => ObservableTypes.Contains(type);
}
