using Vigil.Core.Reference;

namespace Vigil.Intel.Ip;

/// <summary>
/// Which MISP warninglists Vigil reads as anonymizer ranges, and as what. Other lists (scanners, DNS resolvers, bots)
/// describe infrastructure a worker does not sign in from, so they are not loaded as anonymizers.
/// </summary>
/// <remarks>
/// <c>vpn-ipv4</c>/<c>vpn-ipv6</c> are, per their description, "VPN providers and datacenters" (the same compilation
/// as X4BNet's datacenter list), so they count as <see cref="AnonymizerKind.Hosting"/>: calling them VPN would mark
/// every cloud address as a VPN. VPN-only knowledge comes from X4BNet's <c>output/vpn</c> list and the VPN ASNs.
/// Zscaler is a corporate secure web gateway: a proxy, usually benign, named so an analyst can tell.
/// </remarks>
public static class MispListCatalog
{
    private static readonly Dictionary<string, (AnonymizerKind Kind, string? Provider)> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vpn-ipv4"] = (AnonymizerKind.Hosting, null),
        ["vpn-ipv6"] = (AnonymizerKind.Hosting, null),
        ["amazon-aws"] = (AnonymizerKind.Hosting, "Amazon AWS"),
        ["google-gcp"] = (AnonymizerKind.Hosting, "Google Cloud"),
        ["microsoft-azure"] = (AnonymizerKind.Hosting, "Microsoft Azure"),
        ["microsoft-azure-china"] = (AnonymizerKind.Hosting, "Microsoft Azure"),
        ["microsoft-azure-germany"] = (AnonymizerKind.Hosting, "Microsoft Azure"),
        ["microsoft-azure-us-gov"] = (AnonymizerKind.Hosting, "Microsoft Azure"),
        ["oracle-oci"] = (AnonymizerKind.Hosting, "Oracle Cloud"),
        ["ovh-cluster"] = (AnonymizerKind.Hosting, "OVHcloud"),
        ["akamai"] = (AnonymizerKind.Hosting, "Akamai"),
        ["cloudflare"] = (AnonymizerKind.Hosting, "Cloudflare"),
        ["fastly"] = (AnonymizerKind.Hosting, "Fastly"),
        ["stackpath"] = (AnonymizerKind.Hosting, "StackPath"),
        ["bunny-net"] = (AnonymizerKind.Hosting, "Bunny.net"),
        ["zscaler"] = (AnonymizerKind.Proxy, "Zscaler"),
        ["icloud-private-relay"] = (AnonymizerKind.PrivateRelay, "iCloud Private Relay"),
        // Not present at the 2026-08 snapshot, read if MISP adds them back.
        ["tor-exit-nodes"] = (AnonymizerKind.Tor, "Tor exit"),
        ["tor-all-nodes"] = (AnonymizerKind.Tor, "Tor exit"),
    };

    /// <summary>Names of the lists <c>vigil intel update</c> fetches.</summary>
    public static IReadOnlyCollection<string> AnonymizerListNames { get; } =
        [.. Lists.Keys.Where(k => !k.StartsWith("tor-", StringComparison.Ordinal))];

    /// <summary>MISP lists of disposable email domains.</summary>
    public static IReadOnlyList<string> DisposableEmailListNames { get; } = ["disposable-email"];

    public static bool TryGet(string listName, out AnonymizerKind kind, out string? provider)
    {
        if (Lists.TryGetValue(listName, out var entry))
        {
            (kind, provider) = entry;
            return true;
        }
        kind = AnonymizerKind.None;
        provider = null;
        return false;
    }
}
