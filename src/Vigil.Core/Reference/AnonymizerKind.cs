namespace Vigil.Core.Reference;

/// <summary>How an IP hides its user (NET-05, NET-07). Ordered by how much it hides; stored by name.</summary>
public enum AnonymizerKind
{
    None = 0,
    Hosting = 1,
    Proxy = 2,
    PrivateRelay = 3,
    Vpn = 4,
    Tor = 5,
}
