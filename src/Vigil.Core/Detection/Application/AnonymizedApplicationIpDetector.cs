using System.Net;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Application;

/// <summary>
/// The application came from a VPN, Tor, a proxy or a hosting provider: NET-05 (consumer VPN such as Astrill) and
/// NET-07 (VPS / datacenter / proxy). Many honest people use VPNs, so alone this stays below review; it strengthens
/// other findings.
/// </summary>
public sealed class AnonymizedApplicationIpDetector : IApplicantDetector
{
    public const double VpnWeight = 18;
    public const double HostingWeight = 18;

    public string Id => "anonymized-ip";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var intel = context.References.IpIntelligence;
        if (intel is null)
        {
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ip in subject.IdentifiersOf(IdentifierKind.IpAddress))
        {
            if (!IPAddress.TryParse(ip.Value, out var address))
            {
                continue;
            }
            var info = intel.Lookup(address);
            if (info.Anonymizer == AnonymizerKind.None)
            {
                continue;
            }
            var hosting = info.Anonymizer is AnonymizerKind.Hosting or AnonymizerKind.Proxy;
            var detector = hosting ? "hosting-ip" : "vpn-ip";
            if (!seen.Add(detector))
            {
                continue;
            }
            var what = info.Anonymizer switch
            {
                AnonymizerKind.Tor => "a Tor exit",
                AnonymizerKind.Vpn => "a VPN",
                AnonymizerKind.PrivateRelay => "a private relay",
                AnonymizerKind.Proxy => "a proxy",
                _ => "a hosting provider",
            };
            var provider = info.Provider ?? info.AsnOrg;
            yield return new Finding(detector,
                hosting ? IndicatorIds.Net07HostingProxy : IndicatorIds.Net05ConsumerVpn,
                hosting ? HostingWeight : VpnWeight,
                $"Applied from {ip.Value}, {what}{(provider is null ? "" : " (" + provider + ")")}",
                new Evidence("application IP", ip.Value, info.Sources is { Count: > 0 } s ? string.Join(", ", s) : null),
                new Evidence("anonymizer", info.Anonymizer.ToString(), provider));
        }
    }
}
