using System.Collections.Concurrent;
using System.Net;
using Vigil.Core.Reference;

namespace Vigil.Intel.Ip;

/// <summary>
/// <see cref="IIpIntelligence"/> over frozen tables: ASN ranges, merged anonymizer ranges, ASN rules (hosting and VPN
/// networks named by AS number) and the DB-IP city database. Built by <see cref="IpIntelligenceBuilder"/>; immutable
/// and thread-safe. A lookup is two binary searches, one dictionary probe and the geo lookup (cached per address).
/// </summary>
public sealed class IpIntelligence : IIpIntelligence, IDisposable
{
    private readonly AsnTable _asns;
    private readonly AnonymizerRanges _ranges;
    private readonly IReadOnlyDictionary<uint, AnonymizerVerdict> _asnVerdicts;
    private readonly GeoDatabase? _geo;
    private readonly ConcurrentDictionary<(AnonymizerVerdict, AnonymizerVerdict), AnonymizerVerdict> _combined = new();

    internal IpIntelligence(AsnTable asns, AnonymizerRanges ranges, IReadOnlyDictionary<uint, AnonymizerVerdict> asnVerdicts, GeoDatabase? geo)
    {
        _asns = asns;
        _ranges = ranges;
        _asnVerdicts = asnVerdicts;
        _geo = geo;
    }

    public static IpIntelligence Empty { get; } = new(AsnTable.Empty, AnonymizerRanges.Empty, new Dictionary<uint, AnonymizerVerdict>(), null);

    public AsnTable Asns => _asns;

    public AnonymizerRanges Ranges => _ranges;

    public int AsnRuleCount => _asnVerdicts.Count;

    public GeoDatabase? Geo => _geo;

    public IpInfo Lookup(IPAddress ip)
    {
        ArgumentNullException.ThrowIfNull(ip);
        AsnRecord? asn;
        AnonymizerVerdict byRange;
        if (IpKey.TryGetV4(ip, out var v4, out var v6))
        {
            asn = _asns.Find(v4);
            byRange = _ranges.Find(v4);
        }
        else
        {
            asn = _asns.Find(v6);
            byRange = _ranges.Find(v6);
        }
        var byAsn = asn is not null && _asnVerdicts.TryGetValue(asn.Asn, out var rule) ? rule : AnonymizerVerdict.None;
        var verdict = Combine(byRange, byAsn);
        var geo = _geo?.Find(ip);
        var provider = verdict.Provider ?? (verdict.Kind != AnonymizerKind.None ? asn?.Organization : null);
        return new IpInfo(
            asn?.Asn,
            asn?.Organization,
            geo?.CountryCode,
            geo?.City,
            geo?.Latitude,
            geo?.Longitude,
            geo?.TimeZone,
            verdict.Kind,
            provider,
            verdict.Sources);
    }

    /// <summary>The anonymizer verdict alone, without ASN organisation or location (no geo lookup).</summary>
    public AnonymizerVerdict Classify(IPAddress ip)
    {
        ArgumentNullException.ThrowIfNull(ip);
        var isV4 = IpKey.TryGetV4(ip, out var v4, out var v6);
        var asn = isV4 ? _asns.Find(v4) : _asns.Find(v6);
        var byRange = isV4 ? _ranges.Find(v4) : _ranges.Find(v6);
        var byAsn = asn is not null && _asnVerdicts.TryGetValue(asn.Asn, out var rule) ? rule : AnonymizerVerdict.None;
        return Combine(byRange, byAsn);
    }

    public void Dispose() => _geo?.Dispose();

    private AnonymizerVerdict Combine(AnonymizerVerdict byRange, AnonymizerVerdict byAsn)
    {
        if (byAsn.Sources.Count == 0)
        {
            return byRange;
        }
        if (byRange.Sources.Count == 0)
        {
            return byAsn;
        }
        // Few distinct pairs exist (verdicts are shared objects), so the merged verdict is computed once per pair.
        return _combined.GetOrAdd((byRange, byAsn), static pair =>
        {
            var (r, a) = pair;
            var primary = a.Kind > r.Kind ? a : r;
            var secondary = ReferenceEquals(primary, r) ? a : r;
            var sources = new SortedSet<string>(r.Sources, StringComparer.Ordinal);
            sources.UnionWith(a.Sources);
            return new AnonymizerVerdict(primary.Kind, primary.Provider ?? secondary.Provider, [.. sources]);
        });
    }
}
