using System.Globalization;
using System.Net;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Laptop farm by egress (NET-10, NET-02): several "different" workers' sign-ins, day after day, from one
/// residential IP — or from several IPs of one /24 (/64 for IPv6). Anonymizer and hosting exits (shared by
/// strangers by design) and the organization's trusted networks are excluded; an IP with more than
/// <see cref="SharedEgressOptions.MaxWorkersPerIp"/> workers is taken for an office or carrier NAT.
/// Cross-organization sightings (<see cref="IEgressSightings"/>) add the other employers' devices.
/// </summary>
public sealed class SharedEgressDetector : ISignInDetector, IStatefulDetector
{
    public const string Id = "shared-egress";

    private readonly SharedEgressOptions _options;
    private readonly IEgressSightings _sightings;
    private readonly IpNetwork[] _trusted;
    private readonly Dictionary<string, CoUsage> _byIp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _subnetOfIp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CoUsage> _bySubnet = new(StringComparer.Ordinal);
    private readonly SubjectIndex _subjects = new();

    public SharedEgressDetector(SharedEgressOptions? options = null, IEgressSightings? sightings = null)
    {
        _options = options ?? new SharedEgressOptions();
        _sightings = sightings ?? IEgressSightings.None;
        var trusted = new List<IpNetwork>();
        foreach (var cidr in _options.TrustedNetworks)
        {
            if (!IpNetwork.TryParse(cidr, out var network))
            {
                throw new ArgumentException($"'{cidr}' is not an IP network in CIDR form", nameof(options));
            }
            trusted.Add(network);
        }
        _trusted = [.. trusted];
    }

    public string DetectorId => Id;

    /// <summary>The per-IP and per-subnet co-usage and the subject index; the IP → subnet cache is rebuilt.</summary>
    public string SaveState() => DetectorStateJson.Save(new EgressState(_byIp, _bySubnet, _subjects));

    public void LoadState(string state)
    {
        var loaded = DetectorStateJson.Load<EgressState>(state);
        _byIp.Clear();
        foreach (var (ip, usage) in loaded.ByIp)
        {
            _byIp[ip] = usage;
        }
        _bySubnet.Clear();
        foreach (var (subnet, usage) in loaded.BySubnet)
        {
            _bySubnet[subnet] = usage;
        }
        _subjects.ReplaceWith(loaded.Subjects);
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (signIn.Ip is null || !signIn.Success || signIn.Anonymizer != AnonymizerKind.None)
        {
            return;
        }
        if (!_subnetOfIp.TryGetValue(signIn.Ip, out var subnet))
        {
            subnet = IPAddress.TryParse(signIn.Ip, out var address) && !IsTrusted(address) ? IpNetwork.SubnetKey(address) : null;
            _subnetOfIp[signIn.Ip] = subnet;
        }
        if (subnet is null)
        {
            return; // unparseable or trusted
        }
        _subjects.Note(signIn.SubjectKey, signIn.SubjectId);
        if (!_byIp.TryGetValue(signIn.Ip, out var ip))
        {
            ip = new CoUsage();
            _byIp[signIn.Ip] = ip;
        }
        ip.Add(signIn.SubjectKey, signIn.At);
        if (!_bySubnet.TryGetValue(subnet, out var net))
        {
            net = new CoUsage();
            _bySubnet[subnet] = net;
        }
        net.Add(signIn.SubjectKey, signIn.At);
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        // One finding per subject: the strongest shared IP wins; a subnet only when no IP qualified.
        var best = new Dictionary<string, SubjectFinding>(StringComparer.Ordinal);
        // Qualifying IPs and subnets are reported in key order, not in the order they were first seen: a worker on
        // two of them gets the same one whatever order the logs were ingested in (incremental detection).
        var ips = new List<(string Ip, CoUsage Usage, int Local, int Others)>();
        foreach (var (ip, usage) in _byIp)
        {
            if (usage.Saturated)
            {
                continue;
            }
            var local = usage.CountWithDays(_options.MinDaysPerWorker);
            var others = _sightings.OtherOrganizations(ip);
            if (local > _options.MaxWorkersPerIp || local < 1 || local + others < _options.MinWorkersPerIp || local < 2 && others == 0)
            {
                continue;
            }
            ips.Add((ip, usage, local, others));
        }
        foreach (var (ip, usage, local, others) in ips.OrderBy(c => c.Ip, StringComparer.Ordinal))
        {
            Report(best, usage, $"IP {ip}", local, others, "NET-10", _options.IpWeight);
        }
        var subnets = new List<(string Subnet, CoUsage Usage, int Local)>();
        foreach (var (subnet, usage) in _bySubnet)
        {
            if (usage.Saturated)
            {
                continue;
            }
            var local = usage.CountWithDays(_options.MinDaysPerWorker);
            if (local < _options.MinWorkersPerSubnet || local > _options.MaxWorkersPerIp)
            {
                continue;
            }
            subnets.Add((subnet, usage, local));
        }
        foreach (var (subnet, usage, local) in subnets.OrderBy(c => c.Subnet, StringComparer.Ordinal))
        {
            Report(best, usage, $"subnet {subnet}", local, 0, "NET-02", _options.SubnetWeight);
        }
        return [.. best.Values];
    }

    private void Report(Dictionary<string, SubjectFinding> best, CoUsage usage, string what, int local, int others, string indicator, double weight)
    {
        var members = usage.Subjects.Where(s => s.Value.Days >= _options.MinDaysPerWorker).Select(s => s.Key).ToList();
        members.Sort(StringComparer.Ordinal);
        foreach (var key in members)
        {
            if (best.TryGetValue(key, out var existing) && existing.Finding.Weight >= weight)
            {
                continue;
            }
            var own = usage.Subjects[key];
            var evidence = new List<Evidence>
            {
                new("shared egress", what),
                new("workers behind it", local.ToString(CultureInfo.InvariantCulture)),
                new("this worker", string.Create(CultureInfo.InvariantCulture, $"{own.Events} sign-ins on {own.Days}{(own.Days >= 8 ? "+" : "")} days, {own.First:u} – {own.Last:u}")),
            };
            if (others > 0)
            {
                evidence.Add(new Evidence("other organizations reporting it", others.ToString(CultureInfo.InvariantCulture)));
            }
            foreach (var other in members.Where(m => !string.Equals(m, key, StringComparison.Ordinal)).Take(10))
            {
                evidence.Add(new Evidence("co-located worker", other, other));
            }
            var summary = others > 0
                ? $"Signs in from {what} with {local - 1} other worker(s) here and devices of {others} other organization(s): laptop farm"
                : $"Signs in from {what} shared with {local - 1} other worker(s): laptop farm";
            best[key] = new SubjectFinding(key, _subjects.IdOf(key),
                new Finding(Id, indicator, weight, summary, evidence, _subjects.IdsOf(members, key)));
        }
    }

    private bool IsTrusted(IPAddress address)
    {
        foreach (var network in _trusted)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }
        return false;
    }

    private sealed record EgressState(Dictionary<string, CoUsage> ByIp, Dictionary<string, CoUsage> BySubnet, SubjectIndex Subjects);
}
