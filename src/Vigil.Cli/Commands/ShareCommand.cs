using System.CommandLine;
using System.Net.Http.Headers;
using Spectre.Console;
using Vigil.Core.Identifiers;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Taxii;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil share ...</c>: keygen, mark, preview, export (--stix FILE | --misp DIR), import FILE|DIR, pull, push, match.
/// What leaves is decided by the sharing policy (options below) and analysts' marks; see docs/sharing.md.
/// </summary>
public static class ShareCommand
{
    public static Command Create()
    {
        var share = new Command("share", "Share indicators with partner organizations: STIX 2.1 over TAXII 2.1, MISP feeds, keyed-hash identifiers");
        share.Subcommands.Add(Keygen());
        share.Subcommands.Add(Mark());
        share.Subcommands.Add(Preview());
        share.Subcommands.Add(Export());
        share.Subcommands.Add(Import());
        share.Subcommands.Add(Pull());
        share.Subcommands.Add(Push());
        share.Subcommands.Add(Match());
        share.Subcommands.Add(ShareSightingsCommand.Create());
        return share;
    }

    internal static Option<FileInfo?> KeysOption() => new("--keys")
    {
        Description = "Community key file (KEYID SECRET lines; default $VIGIL_HOME/community.keys); create one with 'vigil share keygen'",
    };

    internal static CommunityKeyring LoadKeys(ParseResult parse, Option<FileInfo?> keys)
    {
        var path = parse.GetValue(keys)?.FullName ?? Path.Combine(StorageCliOptions.Home, "community.keys");
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no community key file; run 'vigil share keygen --key-id ID' or pass --keys FILE", 2);
        }
        try
        {
            return CommunityKeyring.Load(path);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message, 2);
        }
    }

    private sealed record PolicyOptions(Option<bool> IncludeUnconfirmed, Option<bool> AllowRaw, Option<string> MaxTlp, Option<int> MinConfidence)
    {
        public static PolicyOptions AddTo(Command c)
        {
            var p = new PolicyOptions(
                new Option<bool>("--include-unconfirmed") { Description = "Also share identifiers not in a confirmed case (default: confirmed cases and marked identifiers only)" },
                new Option<bool>("--allow-raw") { Description = "Share identifiers marked for raw sharing in the clear (default: keyed hashes only)" },
                new Option<string>("--max-tlp") { Description = "Most restrictive TLP that may leave: clear, green, amber, amber+strict, red (default amber)", DefaultValueFactory = _ => "amber" },
                new Option<int>("--min-confidence") { Description = "Withhold identifiers below this confidence, 0-100 (default 0)" });
            c.Options.Add(p.IncludeUnconfirmed);
            c.Options.Add(p.AllowRaw);
            c.Options.Add(p.MaxTlp);
            c.Options.Add(p.MinConfidence);
            return p;
        }

        public SharingPolicy Resolve(ParseResult parse)
        {
            if (!TlpMarkings.TryParseLevel(parse.GetValue(MaxTlp) ?? "amber", out var tlp))
            {
                throw new CliException($"--max-tlp '{parse.GetValue(MaxTlp)}' is not clear, green, amber, amber+strict or red", 2);
            }
            return new SharingPolicy
            {
                ConfirmedCasesOnly = !parse.GetValue(IncludeUnconfirmed),
                HashedOnly = !parse.GetValue(AllowRaw),
                MaximumTlp = tlp,
                MinimumConfidence = parse.GetValue(MinConfidence),
            };
        }
    }

    private static Command Keygen()
    {
        var cmd = new Command("keygen", "Create (or extend) a community key file with a new random 256-bit key; share it with members out of band");
        var keyId = new Option<string>("--key-id") { Description = "Id of the new key, e.g. community-2026", Required = true };
        var keys = KeysOption();
        var primary = new Option<bool>("--primary") { Description = "Make the new key primary (rotation); older keys stay for matching", DefaultValueFactory = _ => true };
        cmd.Options.Add(keyId);
        cmd.Options.Add(keys);
        cmd.Options.Add(primary);
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(keys)?.FullName ?? Path.Combine(StorageCliOptions.Home, "community.keys");
            var existing = File.Exists(path) ? CommunityKeyring.Load(path).Keys.ToList() : [];
            var id = parse.GetValue(keyId)!;
            if (existing.Any(k => k.KeyId == id))
            {
                throw new CliException($"{path} already holds key {id}", 2);
            }
            var key = CommunityKey.Generate(id);
            var ring = new CommunityKeyring([key, .. existing], parse.GetValue(primary) || existing.Count == 0 ? id : existing[0].KeyId);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            ring.Save(path);
            Console.WriteLine($"{path}: key {id} added ({ring.Keys.Count} keys, primary {ring.Primary.KeyId})");
            return 0;
        });
        return cmd;
    }

    private static Command Mark()
    {
        var cmd = new Command("mark", "Record an explicit sharing choice for one identifier of your organization");
        var kind = new Option<IdentifierKind>("--kind") { Description = "Identifier kind: Phone, Email, CryptoWallet, PayoutAccount, BankAccount, IpAddress, ...", Required = true };
        var value = new Option<string>("--value") { Description = "The identifier as written (it is canonicalized)", Required = true };
        var include = new Option<bool>("--include") { Description = "Share even without a confirmed case" };
        var exclude = new Option<bool>("--exclude") { Description = "Never share" };
        var raw = new Option<bool>("--raw") { Description = "Allow sharing in the clear (only when the policy allows raw sharing)" };
        var tlp = new Option<string>("--tlp") { Description = "TLP of this identifier: clear, green, amber, amber+strict, red (default amber)", DefaultValueFactory = _ => "amber" };
        foreach (var o in new Option[] { kind, value, include, exclude, raw, tlp })
        {
            cmd.Options.Add(o);
        }
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            if (!TlpMarkings.TryParseLevel(parse.GetValue(tlp)!, out var level))
            {
                throw new CliException($"--tlp '{parse.GetValue(tlp)}' is not a TLP level", 2);
            }
            var (database, org) = await storage.OpenAsync(parse, ct);
            var canonical = await new SharingService(database).MarkAsync(org.Id, parse.GetValue(kind), parse.GetValue(value)!,
                parse.GetValue(include), parse.GetValue(exclude), parse.GetValue(raw), level, ct);
            Console.WriteLine($"marked {parse.GetValue(kind)} {canonical}");
            return 0;
        });
        return cmd;
    }

    private static Command Preview()
    {
        var cmd = new Command("preview", "Show what would leave the organization under the policy, and why each identifier is shared or withheld");
        var policy = PolicyOptions.AddTo(cmd);
        var showValues = new Option<bool>("--show-values") { Description = "Print canonical values (they are masked by default)" };
        cmd.Options.Add(showValues);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var (database, org) = await storage.OpenAsync(parse, ct);
            var decisions = await new SharingService(database).PreviewAsync(org.Id, policy.Resolve(parse), ct);
            var table = new Table().Border(TableBorder.Rounded).Title($"Sharing preview for {Markup.Escape(org.Name)}");
            table.AddColumn("kind").AddColumn("value").AddColumn("TLP").AddColumn("action").AddColumn("reason");
            foreach (var d in decisions)
            {
                var v = parse.GetValue(showValues) ? d.Candidate.CanonicalValue : Mask(d.Candidate.CanonicalValue);
                table.AddRow(d.Candidate.Kind.ToString(), Markup.Escape(v), TlpMarkings.NameOf(d.Candidate.Tlp), d.Action.ToString(), Markup.Escape(d.Reason));
            }
            AnsiConsole.Write(table);
            Console.WriteLine($"{decisions.Count(d => d.Action != SharingAction.Withhold)} of {decisions.Count} identifiers would be shared");
            return 0;
        });
        return cmd;
    }

    private static string Mask(string v) => v.Length <= 4 ? "****" : v[..2] + new string('*', Math.Min(8, v.Length - 4)) + v[^2..];

    private static Command Export()
    {
        var cmd = new Command("export", "Export shared indicators as a STIX 2.1 bundle (--stix FILE) and/or a MISP feed directory (--misp DIR)");
        var stix = new Option<FileInfo?>("--stix") { Description = "Write a STIX 2.1 bundle to this file" };
        var misp = new Option<DirectoryInfo?>("--misp") { Description = "Write a MISP feed (manifest.json, <uuid>.json, hashes.csv) into this directory" };
        var producer = new Option<string?>("--producer") { Description = "Organization name partners see (default: --org)" };
        var keys = KeysOption();
        cmd.Options.Add(stix);
        cmd.Options.Add(misp);
        cmd.Options.Add(producer);
        cmd.Options.Add(keys);
        var policy = PolicyOptions.AddTo(cmd);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(stix) is null && parse.GetValue(misp) is null)
            {
                throw new CliException("give --stix FILE and/or --misp DIR", 2);
            }
            var ring = LoadKeys(parse, keys);
            var (database, org) = await storage.OpenAsync(parse, ct);
            var service = new SharingService(database);
            var options = new StixExportOptions(parse.GetValue(producer) ?? org.Name, ring);
            var p = policy.Resolve(parse);
            if (parse.GetValue(stix) is { } file)
            {
                await using var stream = File.Create(file.FullName);
                var n = await service.ExportStixAsync(org.Id, p, options, stream, ct);
                Console.WriteLine($"{file.FullName}: {n} STIX objects");
            }
            if (parse.GetValue(misp) is { } dir)
            {
                var n = await service.ExportMispAsync(org.Id, p, options, dir.FullName, ct);
                Console.WriteLine($"{dir.FullName}: MISP feed with {n} attributes");
            }
            return 0;
        });
        return cmd;
    }

    private static Command Import()
    {
        var cmd = new Command("import", "Import a STIX 2.1 bundle file, a MISP feed directory or a MISP event file as community intelligence");
        var path = new Argument<string>("PATH") { Description = "Bundle file, MISP feed directory or MISP event JSON" };
        cmd.Arguments.Add(path);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var p = Path.GetFullPath(parse.GetValue(path)!);
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                throw new CliException($"{p}: no such file or directory", 2);
            }
            var (database, org) = await storage.OpenAsync(parse, ct);
            var report = await new SharingService(database).ImportPathAsync(org.Id, p, ct);
            Print(report);
            return report.Errors.Count > 0 ? 3 : 0;
        });
        return cmd;
    }

    private static void Print(ShareImportReport r)
    {
        Console.WriteLine($"{r.Source}: read {r.Read}, added {r.Added}, duplicates {r.Duplicates}, skipped {r.Skipped}, errors {r.Errors.Count}, sightings {r.Sightings}");
        foreach (var e in r.Errors.Take(20))
        {
            Console.Error.WriteLine("  " + e);
        }
    }

    internal sealed record PeerOptions(Argument<string> Url, Option<string> Collection, Option<string?> Token, Option<string?> User, Option<string?> Password)
    {
        public static PeerOptions AddTo(Command c)
        {
            var p = new PeerOptions(
                new Argument<string>("URL") { Description = "TAXII 2.1 discovery or API root URL, e.g. https://peer.example/taxii2/" },
                new Option<string>("--collection") { Description = "Collection id", Required = true },
                new Option<string?>("--token") { Description = "Bearer token the peer issued to you" },
                new Option<string?>("--user") { Description = "Basic auth user name (with --password)" },
                new Option<string?>("--password") { Description = "Basic auth password" });
            c.Arguments.Add(p.Url);
            c.Options.Add(p.Collection);
            c.Options.Add(p.Token);
            c.Options.Add(p.User);
            c.Options.Add(p.Password);
            return p;
        }

        /// <summary>The peer URL; System.CommandLine has no Uri parser, and a clear message beats a stack trace.</summary>
        public Uri Peer(ParseResult parse)
        {
            var text = parse.GetValue(Url) ?? "";
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new CliException($"URL '{text}' is not an absolute http(s) URL of a TAXII 2.1 server", 2);
        }

        public AuthenticationHeaderValue? Auth(ParseResult parse) =>
            parse.GetValue(Token) is { Length: > 0 } t ? TaxiiClient.Bearer(t)
            : parse.GetValue(User) is { Length: > 0 } u ? TaxiiClient.Basic(u, parse.GetValue(Password) ?? "")
            : null;
    }

    private static Command Pull()
    {
        var cmd = new Command("pull", "Fetch a partner's TAXII collection (all pages) and store its indicators as community intelligence");
        var peer = PeerOptions.AddTo(cmd);
        var after = new Option<string?>("--added-after") { Description = "Only objects added after this STIX timestamp (from a previous pull's 'last')" };
        cmd.Options.Add(after);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var (database, org) = await storage.OpenAsync(parse, ct);
            using var http = new HttpClient();
            try
            {
                var (report, pull) = await new SharingService(database).PullAsync(org.Id, http, peer.Peer(parse), parse.GetValue(peer.Collection)!,
                    peer.Auth(parse), parse.GetValue(after), ct);
                Print(report);
                Console.WriteLine($"pages {pull?.Pages}, last date_added {pull?.LastDateAdded} (use with --added-after next time)");
                return report.Errors.Count > 0 ? 3 : 0;
            }
            catch (Exception ex) when (ex is TaxiiClientException or HttpRequestException)
            {
                throw new CliException(ex.Message, 4);
            }
        });
        return cmd;
    }

    private static Command Push()
    {
        var cmd = new Command("push", "Publish what the policy allows to a partner's TAXII collection");
        var peer = PeerOptions.AddTo(cmd);
        var keys = KeysOption();
        cmd.Options.Add(keys);
        var policy = PolicyOptions.AddTo(cmd);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var ring = LoadKeys(parse, keys);
            var (database, org) = await storage.OpenAsync(parse, ct);
            using var http = new HttpClient();
            try
            {
                var statuses = await new SharingService(database).PushAsync(org.Id, http, peer.Peer(parse), parse.GetValue(peer.Collection)!,
                    peer.Auth(parse), policy.Resolve(parse), new StixExportOptions(org.Name, ring), ct);
                Console.WriteLine($"pushed: {statuses.Sum(s => s.SuccessCount)} stored, {statuses.Sum(s => s.FailureCount)} failed");
                return statuses.Sum(s => s.FailureCount) > 0 ? 3 : 0;
            }
            catch (Exception ex) when (ex is TaxiiClientException or HttpRequestException)
            {
                throw new CliException(ex.Message, 4);
            }
        });
        return cmd;
    }

    private static Command Match()
    {
        var cmd = new Command("match", "List your subjects holding identifiers partners reported (raw or by keyed hash), as SAN-03 findings");
        var keys = KeysOption();
        cmd.Options.Add(keys);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var ring = LoadKeys(parse, keys);
            var (database, org) = await storage.OpenAsync(parse, ct);
            var matches = await new SharingService(database).MatchAsync(org.Id, ring, ct);
            var table = new Table().Border(TableBorder.Rounded).Title($"Community matches for {Markup.Escape(org.Name)}");
            table.AddColumn("subject").AddColumn("kind").AddColumn("source").AddColumn("by").AddColumn("finding");
            foreach (var m in matches)
            {
                table.AddRow(Markup.Escape(m.SubjectExternalId), m.Kind.ToString(), Markup.Escape(m.Source), m.Hashed ? "keyed hash" : "value",
                    Markup.Escape(SharingService.ToFinding(m).Summary));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return cmd;
    }
}
