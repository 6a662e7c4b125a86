using Vigil.Intel.Ip;

namespace Vigil.Intel.Data;

/// <summary>The publishers' URLs for every range list and catalog (see docs/intel.md for licences).</summary>
public static class IntelFeeds
{
    private const string Misp = "https://raw.githubusercontent.com/MISP/misp-warninglists/main/";
    private const string X4b = "https://raw.githubusercontent.com/X4BNet/lists_vpn/main/";

    public static IReadOnlyList<IntelFeed> Default { get; } = Create();

    /// <summary>The default feeds with some URLs replaced (<c>id → url</c>); unknown ids are an error.</summary>
    public static IReadOnlyList<IntelFeed> WithOverrides(IReadOnlyDictionary<string, Uri> overrides)
    {
        foreach (var id in overrides.Keys)
        {
            if (!Default.Any(f => f.Id == id))
            {
                throw new ArgumentException($"unknown feed id '{id}'; known: {string.Join(", ", Default.Select(f => f.Id))}");
            }
        }
        return [.. Default.Select(f => overrides.TryGetValue(f.Id, out var url) ? f with { Url = url } : f)];
    }

    private static List<IntelFeed> Create()
    {
        var feeds = new List<IntelFeed>();
        foreach (var name in MispListCatalog.AnonymizerListNames.Concat(MispListCatalog.DisposableEmailListNames).Order(StringComparer.Ordinal))
        {
            feeds.Add(new IntelFeed("misp:" + name, IntelLayout.MispList(name), new Uri(Misp + $"lists/{name}/list.json"), "json"));
        }
        feeds.Add(new IntelFeed("x4bnet:vpn-ipv4", IntelLayout.X4bVpnV4, new Uri(X4b + "output/vpn/ipv4.txt"), "lines"));
        feeds.Add(new IntelFeed("x4bnet:vpn-ipv6", IntelLayout.X4bVpnV6, new Uri(X4b + "output/vpn/ipv6.txt"), "lines"));
        feeds.Add(new IntelFeed("x4bnet:datacenter-ipv4", IntelLayout.X4bDatacenterV4, new Uri(X4b + "output/datacenter/ipv4.txt"), "lines"));
        feeds.Add(new IntelFeed("x4bnet:datacenter-ipv6", IntelLayout.X4bDatacenterV6, new Uri(X4b + "output/datacenter/ipv6.txt"), "lines"));
        feeds.Add(new IntelFeed("x4bnet:vpn-asn", IntelLayout.X4bVpnAsn, new Uri(X4b + "input/vpn/ASN.txt"), "lines"));
        feeds.Add(new IntelFeed("x4bnet:datacenter-asn", IntelLayout.X4bDatacenterAsn, new Uri(X4b + "input/datacenter/ASN.txt"), "lines"));
        feeds.Add(new IntelFeed("ipcat:datacenters", IntelLayout.Ipcat, new Uri("https://raw.githubusercontent.com/client9/ipcat/master/datacenters.csv"), "csv"));
        // The Tor Project's own list of exit addresses, refreshed by them every few minutes.
        feeds.Add(new IntelFeed("tor:exits", IntelLayout.TorExits, new Uri("https://check.torproject.org/torbulkexitlist"), "lines"));
        feeds.Add(new IntelFeed("lolrmm", IntelLayout.Lolrmm, new Uri("https://lolrmm.io/api/rmm_tools.json"), "json"));
        feeds.Add(new IntelFeed("disposable-email:blocklist", IntelLayout.DisposableBlocklist, new Uri("https://raw.githubusercontent.com/disposable-email-domains/disposable-email-domains/main/disposable_email_blocklist.conf"), "lines"));
        return feeds;
    }
}
