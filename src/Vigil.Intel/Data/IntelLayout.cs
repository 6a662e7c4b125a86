namespace Vigil.Intel.Data;

/// <summary>
/// Where each range list lives inside an intel folder (<c>.vigil/intel/</c>, or any folder given to <c>--from</c>).
/// The layout mirrors the publishers' repositories, so a checkout or snapshot of them (such as <c>../shared/data</c>)
/// can be used as it is.
/// </summary>
public static class IntelLayout
{
    public const string MispLists = "misp-warninglists/lists";
    public const string X4bVpnV4 = "x4bnet-lists-vpn/output/vpn/ipv4.txt";
    public const string X4bVpnV6 = "x4bnet-lists-vpn/output/vpn/ipv6.txt";
    public const string X4bDatacenterV4 = "x4bnet-lists-vpn/output/datacenter/ipv4.txt";
    public const string X4bDatacenterV6 = "x4bnet-lists-vpn/output/datacenter/ipv6.txt";
    public const string X4bVpnAsn = "x4bnet-lists-vpn/input/vpn/ASN.txt";
    public const string X4bDatacenterAsn = "x4bnet-lists-vpn/input/datacenter/ASN.txt";
    public const string Ipcat = "ipcat/datacenters.csv";
    public const string TorExits = "tor-ip-addresses/tor-exit-nodes.lst";
    public const string Lolrmm = "lolrmm/api/rmm_tools.json";
    public const string DisposableBlocklist = "disposable-email-domains/disposable_email_blocklist.conf";
    public const string DisposableAllowlist = "disposable-email-domains/allowlist.conf";
    public const string Providers = "providers.csv";
    public const string Manifest = "manifest.json";

    public static string MispList(string name) => $"{MispLists}/{name}/list.json";
}
