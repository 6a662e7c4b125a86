using System.Net;
using Vigil.Core.Detection.Network;
using Vigil.Core.Reference;
using Vigil.Ingest.Synthetic;

namespace Vigil.Server.Tests.Application.Monitoring;

/// <summary>IP intelligence for tests without the npm data: knows exactly the VPN and hosting ranges the synthetic
/// generator draws from (which the real lists also contain), nothing else.</summary>
internal sealed class SynthIntel(IReadOnlyList<(IpNetwork Network, AnonymizerKind Kind, string Provider)> ranges) : IIpIntelligence
{
    public static SynthIntel Create()
    {
        var list = new List<(IpNetwork, AnonymizerKind, string)>();
        foreach (var cidr in AnonymizerRanges.Vpn)
        {
            list.Add((Parse(cidr), AnonymizerKind.Vpn, "M247 (consumer VPN exits)"));
        }
        foreach (var cidr in AnonymizerRanges.Hosting)
        {
            list.Add((Parse(cidr), AnonymizerKind.Hosting, "hosting"));
        }
        return new SynthIntel(list);
    }

    private static IpNetwork Parse(string cidr) => IpNetwork.TryParse(cidr, out var n) ? n : throw new FormatException(cidr);

    public IpInfo Lookup(IPAddress ip)
    {
        foreach (var (network, kind, provider) in ranges)
        {
            if (network.Contains(ip))
            {
                return new IpInfo(Anonymizer: kind, Provider: provider, Sources: ["synth"]);
            }
        }
        return IpInfo.Unknown;
    }
}
