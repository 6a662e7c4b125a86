namespace Vigil.Server.Contracts;

/// <summary>What the events show: activity by hour of day (UTC and in the claimed time zone) and where the IPs are.</summary>
public sealed record ActivityProfile(int Events, IReadOnlyList<int> HoursUtc, IReadOnlyList<int> HoursClaimedLocal,
    IReadOnlyList<IpLocation> Ips, DateTimeOffset? First, DateTimeOffset? Last);
