using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Intel.Data;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil intel update|lookup|status</c>: refresh the range lists (NET-05, NET-07, COM-01, END-02 reference data),
/// look IPs up, show what is loaded. See docs/intel.md.
/// </summary>
public static class IntelCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create()
    {
        var command = new Command("intel", "Reference data for detectors: IP → ASN/location/anonymizer, disposable email domains, remote-access tools, IP-KVM USB ids.");
        command.Subcommands.Add(CreateUpdate());
        command.Subcommands.Add(CreateLookup());
        command.Subcommands.Add(CreateStatus());
        command.Subcommands.Add(IntelLoadCommand.Create());
        return command;
    }

    private static Option<string?> IntelDirOption() => new("--intel-dir")
    {
        Description = $"Folder holding the range lists (default: ${IntelPaths.IntelDirVariable}, else $VIGIL_HOME/intel, else ./.vigil/intel).",
    };

    private static Option<string?> DataPackagesOption() => new("--data-packages")
    {
        Description = $"Folder of the npm data packages (default: ${IntelPaths.DataPackagesVariable} or the repository's data-packages/).",
    };

    private static Option<bool> JsonOption() => new("--json") { Description = "Write JSON to standard output instead of a table." };

    private static Command CreateUpdate()
    {
        var from = new Option<string?>("--from")
        {
            Description = "Copy the lists from a local folder with the publishers' layout (e.g. a snapshot such as ../shared/data) instead of downloading.",
        };
        var intelDir = IntelDirOption();
        var urls = new Option<string[]>("--url")
        {
            Description = "Override one feed's URL: ID=URL (repeatable; ids are listed by `vigil intel status --json`).",
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for each download.",
            DefaultValueFactory = _ => 60,
        };
        var json = JsonOption();
        var command = new Command("update", "Refresh MISP warninglists, X4BNet VPN/datacenter lists, ipcat, Tor exits, LOLRMM and disposable-domain lists into the intel folder.");
        command.Options.Add(from);
        command.Options.Add(intelDir);
        command.Options.Add(urls);
        command.Options.Add(timeout);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(intelDir) ?? IntelPaths.DefaultIntelDir();
            IReadOnlyList<IntelFeed> feeds;
            try
            {
                feeds = IntelFeeds.WithOverrides(ParseOverrides(parse.GetValue(urls) ?? []));
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync("vigil intel update: " + e.Message).ConfigureAwait(false);
                return 2;
            }
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("vigil-intel-update/1.0");
            var updater = new IntelUpdater(http, TimeProvider.System);
            IntelUpdateReport report;
            var source = parse.GetValue(from);
            if (source is not null)
            {
                try
                {
                    report = updater.CopyFrom(source, dir, feeds);
                }
                catch (DirectoryNotFoundException e)
                {
                    await Console.Error.WriteLineAsync("vigil intel update: " + e.Message).ConfigureAwait(false);
                    return 2;
                }
            }
            else
            {
                report = await updater.DownloadAsync(dir, feeds, cancellationToken).ConfigureAwait(false);
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                var table = new Table().AddColumns("Feed", "Result", "Bytes", "Detail");
                foreach (var f in report.Feeds)
                {
                    table.AddRow(Markup.Escape(f.Id), f.Ok ? "[green]ok[/]" : "[red]failed[/]", f.Bytes.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(f.Error ?? f.RelativePath));
                }
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine($"{report.Succeeded} of {report.Feeds.Count} feeds stored in [bold]{Markup.Escape(report.IntelDir)}[/] from {Markup.Escape(report.Origin)}.");
            }
            if (report.Succeeded == 0)
            {
                await Console.Error.WriteLineAsync(source is null
                    ? "vigil intel update: no feed could be downloaded. " + (report.Feeds.FirstOrDefault()?.Error ?? "")
                    : $"vigil intel update: {source} holds none of the expected files (see docs/intel.md for the layout).").ConfigureAwait(false);
                return 1;
            }
            return report.Failed == 0 ? 0 : 3;
        });
        return command;
    }

    private static Command CreateLookup()
    {
        var ips = new Argument<string[]>("ip") { Description = "IPv4 or IPv6 addresses to look up.", Arity = ArgumentArity.OneOrMore };
        var intelDir = IntelDirOption();
        var dataPackages = DataPackagesOption();
        var json = JsonOption();
        var command = new Command("lookup", "Look IP addresses up: ASN, organisation, country, city, time zone, anonymizer class, provider, and the lists that say so.");
        command.Arguments.Add(ips);
        command.Options.Add(intelDir);
        command.Options.Add(dataPackages);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var bad = new List<string>();
            var addresses = new List<IPAddress>();
            foreach (var text in parse.GetValue(ips) ?? [])
            {
                if (IPAddress.TryParse(text.Trim(), out var ip))
                {
                    addresses.Add(ip);
                }
                else
                {
                    bad.Add(text);
                }
            }
            if (bad.Count > 0)
            {
                Console.Error.WriteLine($"vigil intel lookup: not an IP address: {string.Join(", ", bad)}");
                return 2;
            }
            using var snapshot = IntelLoader.Load(new IntelLoadOptions { IntelDir = parse.GetValue(intelDir), DataPackagesDir = parse.GetValue(dataPackages) });
            var results = addresses.Select(ip => (Ip: ip, Info: snapshot.Ip.Lookup(ip))).ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(results.Select(r => new
                {
                    ip = r.Ip.ToString(),
                    asn = r.Info.Asn,
                    asnOrg = r.Info.AsnOrg,
                    country = r.Info.CountryCode,
                    city = r.Info.City,
                    latitude = r.Info.Latitude,
                    longitude = r.Info.Longitude,
                    timeZone = r.Info.TimeZone,
                    anonymizer = r.Info.Anonymizer,
                    provider = r.Info.Provider,
                    sources = r.Info.Sources ?? [],
                }), Json));
                return 0;
            }
            var table = new Table().AddColumns("IP", "ASN", "Organisation", "Country", "City", "Time zone", "Anonymizer", "Provider", "Sources");
            foreach (var (ip, info) in results)
            {
                table.AddRow(
                    Markup.Escape(ip.ToString()),
                    info.Asn is { } asn ? "AS" + asn.ToString(CultureInfo.InvariantCulture) : "-",
                    Markup.Escape(info.AsnOrg ?? "-"),
                    info.CountryCode ?? "-",
                    Markup.Escape(info.City ?? "-"),
                    info.TimeZone ?? "-",
                    info.Anonymizer == Core.Reference.AnonymizerKind.None ? "-" : $"[yellow]{info.Anonymizer}[/]",
                    Markup.Escape(info.Provider ?? "-"),
                    Markup.Escape(info.Sources is { Count: > 0 } s ? string.Join(", ", s) : "-"));
            }
            AnsiConsole.Write(table);
            if (snapshot.Ip.Geo is null)
            {
                AnsiConsole.MarkupLine("[grey]No city database loaded: run scripts/install-data.sh for location data.[/]");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateStatus()
    {
        var intelDir = IntelDirOption();
        var dataPackages = DataPackagesOption();
        var json = JsonOption();
        var command = new Command("status", "Show what reference data is loaded: sources, versions, counts, load problems and load time.");
        command.Options.Add(intelDir);
        command.Options.Add(dataPackages);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            using var s = IntelLoader.Load(new IntelLoadOptions { IntelDir = parse.GetValue(intelDir), DataPackagesDir = parse.GetValue(dataPackages) });
            var manifest = IntelUpdater.ReadManifest(s.IntelDir);
            var counts = new
            {
                asnRangesIpv4 = s.Ip.Asns.V4Count,
                asnRangesIpv6 = s.Ip.Asns.V6Count,
                asns = s.Ip.Asns.AsnCount,
                anonymizerInputRanges = s.Ip.Ranges.InputRanges,
                anonymizerStretchesIpv4 = s.Ip.Ranges.V4Count,
                anonymizerStretchesIpv6 = s.Ip.Ranges.V6Count,
                asnRules = s.Ip.AsnRuleCount,
                geo = s.Ip.Geo?.Describe(),
                disposableDomains = s.DisposableEmail.Count,
                allowlistedDomains = s.DisposableEmail.AllowedCount,
                remoteAccessTools = s.RemoteAccess.Tools.Count,
                remoteAccessExecutables = s.RemoteAccess.ExecutableCount,
                remoteAccessDomains = s.RemoteAccess.DomainCount,
            };
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    dataPackages = s.DataPackagesDir,
                    intelDir = s.IntelDir,
                    loadMilliseconds = (long)s.LoadTime.TotalMilliseconds,
                    counts,
                    sources = s.Sources,
                    issueCount = s.IssueCount,
                    issues = s.Issues.Take(50).Select(i => i.ToString()),
                    feeds = IntelFeeds.Default.Select(f => new { f.Id, f.RelativePath, url = f.Url.ToString(), stored = manifest.Feeds.GetValueOrDefault(f.Id) }),
                }, Json));
                return 0;
            }
            AnsiConsole.MarkupLine($"Data packages: [bold]{Markup.Escape(s.DataPackagesDir ?? "not found (run scripts/install-data.sh)")}[/]");
            AnsiConsole.MarkupLine($"Intel folder:  [bold]{Markup.Escape(s.IntelDir)}[/]{(Directory.Exists(s.IntelDir) ? "" : " [yellow](missing: run `vigil intel update`)[/]")}");
            var table = new Table().AddColumns("Source", "Version", "Entries", "Rejected", "Path");
            foreach (var src in s.Sources)
            {
                table.AddRow(Markup.Escape(src.Id), Markup.Escape(src.Version), src.Entries.ToString("N0", CultureInfo.InvariantCulture), src.Rejected.ToString(CultureInfo.InvariantCulture), Markup.Escape(src.Path));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(Markup.Escape(
                $"ASN ranges {counts.asnRangesIpv4:N0} IPv4 + {counts.asnRangesIpv6:N0} IPv6 ({counts.asns:N0} AS/org pairs); anonymizer ranges {counts.anonymizerInputRanges:N0} merged into {counts.anonymizerStretchesIpv4:N0} IPv4 + {counts.anonymizerStretchesIpv6:N0} IPv6 stretches; {counts.asnRules:N0} ASN rules"));
            AnsiConsole.MarkupLine(Markup.Escape($"Geo: {counts.geo ?? "not loaded"}"));
            AnsiConsole.MarkupLine(Markup.Escape($"Disposable email domains {counts.disposableDomains:N0} (+{counts.allowlistedDomains:N0} allow-listed); remote-access tools {counts.remoteAccessTools:N0} ({counts.remoteAccessExecutables:N0} executables, {counts.remoteAccessDomains:N0} domains)"));
            AnsiConsole.MarkupLine(Markup.Escape($"Loaded in {s.LoadTime.TotalMilliseconds:N0} ms; {s.IssueCount} rows rejected."));
            foreach (var issue in s.Issues.Take(10))
            {
                AnsiConsole.MarkupLine("[yellow]" + Markup.Escape(issue.ToString()) + "[/]");
            }
            return 0;
        });
        return command;
    }

    private static Dictionary<string, Uri> ParseOverrides(string[] values)
    {
        var overrides = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !Uri.TryCreate(value[(eq + 1)..], UriKind.Absolute, out var uri))
            {
                throw new ArgumentException($"--url '{value}' is not ID=URL");
            }
            overrides[value[..eq]] = uri;
        }
        return overrides;
    }
}
