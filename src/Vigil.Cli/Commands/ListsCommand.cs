using System.CommandLine;
using System.Text.Json;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Sanctions;
using Vigil.Storage;
using Vigil.Storage.Lists;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil lists load|status|update|suppress|suppressions</c>: sanctions lists versioned in the database
/// (<see cref="SanctionsListStore"/>). A load with a malformed or unusable file is refused and the stored good version
/// stays in force; a new version re-screens only the stored subjects its delta can affect.
/// </summary>
public static class ListsCommand
{
    /// <summary>Official publisher URLs used by <c>lists update</c> (override with --url).</summary>
    public static readonly string[] DefaultUrls =
    [
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV",
        "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
    ];

    public static Command Create()
    {
        var command = new Command("lists", "Sanctions lists versioned in the database: load files, download official lists, show what is stored, suppress false positives.");
        command.Subcommands.Add(CreateLoad());
        command.Subcommands.Add(CreateStatus());
        command.Subcommands.Add(CreateUpdate());
        command.Subcommands.Add(CreateSuppress());
        command.Subcommands.Add(CreateSuppressions());
        return command;
    }

    private static Command CreateLoad()
    {
        var paths = new Argument<string[]>("paths") { Description = "List files or folders (OFAC CSV/XML, UN XML, parsed SDN, crypto lists; auto-detected).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the outcome as JSON." };
        var command = new Command("load", "Parse and validate list files, store them as a new version when every file is usable, print the delta (added/removed/changed entries) and re-screen only the affected stored subjects.") { paths, json };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var database = await OpenAsync(storage, parse, cancel);
            return Report(await new SanctionsListStore(database, scorer: Scorer()).LoadAsync(parse.GetValue(paths)!, cancel), parse.GetValue(json));
        });
        return command;
    }

    private static async Task<VigilDatabase> OpenAsync(StorageCliOptions storage, ParseResult parse, CancellationToken cancel)
    {
        var database = new VigilDatabase(storage.Resolve(parse));
        await database.MigrateAsync(cancel);
        return database;
    }

    /// <summary>The same scoring config as <c>vigil screen</c>, so re-screened alerts score alike.</summary>
    private static RiskScorer Scorer() => new(ScreenCommand.LoadScoring(null));

    private static int Report(SanctionsLoadOutcome outcome, bool json)
    {
        foreach (var error in outcome.Loaded.Errors.Take(50))
        {
            Console.Error.WriteLine("vigil: " + error);
        }
        if (outcome.RefusedReason is { } reason)
        {
            throw new CliException($"lists not stored: {reason}; the stored version is unchanged", 2);
        }
        var version = outcome.Version!;
        var delta = outcome.Delta;
        var rescreen = outcome.Rescreen ?? RescreenReport.None;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                stored = outcome.Stored,
                unchanged = outcome.Unchanged,
                version = version.Label,
                contentHash = version.ContentHash,
                entries = version.EntryCount,
                sources = JsonDocument.Parse(version.SourcesJson).RootElement,
                errors = outcome.Loaded.Errors.Count,
                delta = new { added = delta.Added.Count, removed = delta.Removed.Count, changed = delta.Changed.Count, addedIds = delta.Added.Take(100), removedIds = delta.Removed.Take(100), changedIds = delta.Changed.Take(100) },
                rescreen,
            }, MatchCommand.Json));
            return 0;
        }
        if (outcome.Unchanged)
        {
            Console.WriteLine($"unchanged: the files hold exactly the current version {version.Label} ({version.EntryCount} entries); nothing stored");
            return 0;
        }
        Console.WriteLine($"stored {version.Label}: {version.EntryCount} entries ({version.Sources}); {outcome.Loaded.Errors.Count} row errors");
        Console.WriteLine($"delta: +{delta.Added.Count} added, -{delta.Removed.Count} removed, ~{delta.Changed.Count} changed");
        Console.WriteLine($"re-screened {rescreen.Candidates} of {rescreen.Subjects} stored subjects ({rescreen.Organizations} organizations): {rescreen.Hits} with sanctions findings, {rescreen.AlertsCreated} alerts raised, {rescreen.AlertsUpdated} updated");
        return 0;
    }

    private static Command CreateStatus()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("status", "Show the current stored list version and the previous ones.") { json };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var database = await OpenAsync(storage, parse, cancel);
            var versions = await new SanctionsListStore(database).VersionsAsync(cancellationToken: cancel);
            var current = versions.FirstOrDefault(v => v.IsCurrent);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { stored = current is not null, current = current is null ? null : StatusJson(current), versions = versions.Select(StatusJson) }, MatchCommand.Json));
                return 0;
            }
            if (current is null)
            {
                Console.WriteLine("no lists stored; run `vigil lists load PATH` or `vigil lists update`");
                return 0;
            }
            Console.WriteLine($"{current.Label} (loaded {current.LoadedAt:u}): {current.EntryCount} entries, hash {current.ContentHash[..16]}");
            foreach (var p in JsonDocument.Parse(current.SourcesJson).RootElement.EnumerateObject())
            {
                var published = p.Value.TryGetProperty("Published", out var pub) && pub.ValueKind == JsonValueKind.String ? pub.GetString() : "unknown";
                Console.WriteLine($"  {p.Name}: {p.Value.GetProperty("Entries").GetInt32()} entries, published {published}");
            }
            foreach (var v in versions.Where(v => !v.IsCurrent))
            {
                Console.WriteLine($"  previous {v.Label}: {v.EntryCount} entries (+{v.Added} -{v.Removed} ~{v.Changed})");
            }
            return 0;
        });
        return command;
    }

    private static object StatusJson(ListVersionRecord v) => new
    {
        version = v.Label,
        loadedAt = v.LoadedAt,
        current = v.IsCurrent,
        contentHash = v.ContentHash,
        entries = v.EntryCount,
        sources = JsonDocument.Parse(v.SourcesJson).RootElement,
        files = JsonDocument.Parse(v.FilesJson).RootElement,
        delta = new { added = v.Added, removed = v.Removed, changed = v.Changed },
        rowErrors = v.RowErrors,
    };

    private static Command CreateSuppress()
    {
        var subject = new Option<string>("--subject") { Description = "Subject: its external id (as imported) or Vigil id.", Required = true };
        var entry = new Option<string>("--entry") { Description = "List entry id as matches show it (e.g. ofac-sdn:12211, un-sc:KPi.033).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why this is not the listed person or company (stored and audited).", Required = true };
        var analyst = new Option<string?>("--analyst") { Description = "Who decides (default: the OS user name)." };
        var json = new Option<bool>("--json") { Description = "Write the stored suppression as JSON." };
        var command = new Command("suppress", "Mark a (subject, list entry) pair as a false positive; it stays suppressed until the list changes the entry. Audited.") { subject, entry, reason, analyst, json };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var (database, org) = await storage.OpenAsync(parse, cancel);
            try
            {
                var view = await new SuppressionService(database).SuppressAsync(org.Id, parse.GetValue(subject)!, parse.GetValue(entry)!, parse.GetValue(reason)!,
                    parse.GetValue(analyst) ?? Environment.UserName, cancel);
                Console.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(view, MatchCommand.Json)
                    : $"suppressed {view.EntryId} for subject {view.SubjectExternalId} (entry hash {view.EntryHash}) by {view.Analyst}: {view.Reason}");
                return 0;
            }
            catch (SanctionsInputException e)
            {
                throw new CliException(e.Message, 2);
            }
        });
        return command;
    }

    private static Command CreateSuppressions()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("suppressions", "List the organization's false-positive decisions (active, or lapsed because the entry changed).") { json };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var (database, org) = await storage.OpenAsync(parse, cancel);
            var views = await new SuppressionService(database).ListAsync(org.Id, cancel);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(views, MatchCommand.Json));
                return 0;
            }
            foreach (var v in views)
            {
                Console.WriteLine($"{(v.Active ? "active" : "lapsed")}  {v.SubjectExternalId}  {v.EntryId}  {v.Analyst}  {v.CreatedAt:u}  {v.Reason}");
            }
            Console.WriteLine($"{views.Count} suppressions");
            return 0;
        });
        return command;
    }

    private static Command CreateUpdate()
    {
        var urls = new Option<string[]>("--url") { Description = "Publisher URL to download (repeatable; default: $VIGIL_LIST_URLS, space- or comma-separated, else the OFAC SDN CSV set and the UN consolidated XML)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds per download.", DefaultValueFactory = _ => 60 };
        var json = new Option<bool>("--json") { Description = "Write the outcome as JSON." };
        var command = new Command("update", "Download the official lists and load them as a new version (same validation, delta and re-screening as load).") { urls, timeout, json };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var database = await OpenAsync(storage, parse, cancel);
            var list = parse.GetValue(urls) is { Length: > 0 } u ? u
                : Environment.GetEnvironmentVariable("VIGIL_LIST_URLS") is { Length: > 0 } env ? env.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
                : DefaultUrls;
            var temp = Path.Combine(Path.GetTempPath(), "vigil-lists-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(temp);
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) };
                foreach (var url in list)
                {
                    var name = Path.GetFileName(new Uri(url).AbsolutePath).ToLowerInvariant();
                    try
                    {
                        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel);
                        response.EnsureSuccessStatusCode();
                        await using var file = File.Create(Path.Combine(temp, name));
                        await response.Content.CopyToAsync(file, cancel);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        throw new CliException($"cannot download {url}: {e.Message} (offline? load local files with `vigil lists load PATH`); the stored version is unchanged", 3);
                    }
                }
                return Report(await new SanctionsListStore(database, scorer: Scorer()).LoadAsync([temp], cancel), parse.GetValue(json));
            }
            finally
            {
                Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}
