namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Real, publicly listed ranges the generator draws VPN, hosting and other telling IPs from. Each range was checked
/// (2026-11) to be on the lists the Intel stage loads: X4BNet <c>lists_vpn</c> output/vpn and output/datacenter,
/// the MISP <c>vpn-ipv4</c> warninglist and, where noted, ipcat <c>datacenters.csv</c>.
/// </summary>
public static class AnonymizerRanges
{
    /// <summary>Consumer-VPN egress (NET-05): M247 Europe (AS9009; NordVPN/Surfshark exits). In X4BNet output/vpn and
    /// output/datacenter and MISP vpn-ipv4. Astrill's own ranges are not published (indicators.md §5 item 8), so
    /// planted "Astrill" users egress here and carry the Astrill client in their software inventory.</summary>
    public static readonly string[] Vpn = ["185.156.172.0/22", "146.70.8.0/21", "37.120.192.0/20", "193.27.14.0/24", "91.207.172.0/22"];

    /// <summary>VPS / datacenter (NET-07): DigitalOcean (AS14061) 165.227.0.0/16 (also ipcat "DigitalOcean"),
    /// 159.89.0.0/19, 138.68.0.0/19, 178.128.0.0/16, 139.59.0.0/16; Choopa/Vultr (AS20473) 45.76.0.0/15 and
    /// 45.32.0.0/16 (also ipcat "Choopa"), 149.28.32.0/19, 108.61.0.0/18. All in X4BNet output/datacenter and MISP vpn-ipv4.</summary>
    public static readonly string[] Hosting =
    [
        "165.227.0.0/16", "159.89.0.0/19", "138.68.0.0/19", "178.128.0.0/16", "139.59.0.0/16",
        "45.76.0.0/15", "45.32.0.0/16", "149.28.32.0/19", "108.61.0.0/18",
    ];

    /// <summary>China Unicom, Liaoning (Shenyang / Dandong area): an occasional "leak" of a persona's real location
    /// (NET-06), like the Shenyang sign-in of log-formats.md §1.7.</summary>
    public const string ChinaLiaoning = "175.160.0.0/12";

    /// <summary>Star Joint Venture, the DPRK's own allocation (AS131279). Seen only rarely (NET-06, H).</summary>
    public const string Dprk = "175.45.176.0/22";
}
