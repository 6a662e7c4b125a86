namespace Vigil.Core.Detection.Network;

/// <summary>Thresholds of <see cref="SharedEgressDetector"/>.</summary>
public sealed record SharedEgressOptions
{
    /// <summary>Distinct workers behind one IP that make a laptop farm. Default 3 (two could be a couple).</summary>
    public int MinWorkersPerIp { get; init; } = 3;

    /// <summary>Distinct workers on different IPs of one /24 (or /64). Default 4.</summary>
    public int MinWorkersPerSubnet { get; init; } = 4;

    /// <summary>Above this many workers an IP is an office or carrier NAT, not a home. Default 25.</summary>
    public int MaxWorkersPerIp { get; init; } = 25;

    /// <summary>Distinct days a worker must use the IP to count: one shared café or carrier NAT address on one
    /// day is coincidence, a farm is every day. Default 2.</summary>
    public int MinDaysPerWorker { get; init; } = 2;

    /// <summary>Weight for a shared IP (NET-10, H). Default 45.</summary>
    public double IpWeight { get; init; } = 45;

    /// <summary>Weight for a shared /24 or /64 only (NET-02, weaker: ISP pools). Default 15.</summary>
    public double SubnetWeight { get; init; } = 15;

    /// <summary>Offices, ZTNA and VPN concentrators of the organization itself (CIDR); never a farm.</summary>
    public IReadOnlyList<string> TrustedNetworks { get; init; } = [];
}
