namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="AnonymizerSignInDetector"/>.</summary>
public sealed record AnonymizerSignInOptions
{
    /// <summary>Anonymized sign-ins a subject needs before a finding is raised. Default 2: one VPN sign-in is
    /// too common to report on its own.</summary>
    public int MinSignIns { get; init; } = 2;

    /// <summary>Weight for consumer VPN or Tor egress (NET-05). Default 30: a VPN alone is review material only
    /// together with other signals.</summary>
    public double VpnWeight { get; init; } = 30;

    /// <summary>Weight when the VPN provider is one the indicators name for DPRK workers (Astrill). Default 45.</summary>
    public double NamedProviderWeight { get; init; } = 45;

    /// <summary>Weight for hosting / datacenter / open proxy egress (NET-07). Default 20.</summary>
    public double HostingWeight { get; init; } = 20;

    /// <summary>Weight for iCloud Private Relay and similar privacy relays. Default 5: common and benign.</summary>
    public double PrivateRelayWeight { get; init; } = 5;

    /// <summary>Providers (case-insensitive substrings) that get <see cref="NamedProviderWeight"/>.</summary>
    public IReadOnlyList<string> NamedProviders { get; init; } = ["Astrill"];
}
