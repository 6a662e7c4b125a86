using System.CommandLine;
using System.Text.Json;
using Vigil.Screening.Lists;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil lists load|status|update</c>: versioned sanctions lists in <c>$VIGIL_HOME/lists</c>. A load with a
/// malformed or unusable file is refused and the stored good version stays in force.
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

    public static string StoreRoot => Environment.GetEnvironmentVariable("VIGIL_LISTS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(StorageCliOptions.Home, "lists");

    public static Command Create()
    {
        var command = new Command("lists", "Sanctions lists: load files, download official lists, show what is stored.");
        command.Subcommands.Add(CreateLoad());
        command.Subcommands.Add(CreateStatus());
        command.Subcommands.Add(CreateUpdate());
        return command;
    }

    private static Command CreateLoad()
    {
        var paths = new Argument<string[]>("paths") { Description = "List files or folders (OFAC CSV/XML, UN XML, parsed SDN, crypto lists; auto-detected).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the outcome as JSON." };
        var command = new Command("load", "Parse, validate and store a new list version; prints the delta (added/removed/changed entries).") { paths, json };
        command.SetAction(parse => Report(new ListStore(StoreRoot).Load(parse.GetValue(paths)!), parse.GetValue(json)));
        return command;
    }

    private static int Report(ListLoadOutcome outcome, bool json)
    {
        foreach (var error in outcome.Loaded.Errors.Take(50))
        {
            Console.Error.WriteLine("vigil: " + error);
        }
        if (!outcome.Stored)
        {
            var reason = outcome.Loaded.Entries.Count == 0 ? "no usable entries" : "a file is unusable (see above)";
            throw new CliException($"lists not stored: {reason}; the stored version is unchanged", 2);
        }
        var delta = outcome.Delta!;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                version = outcome.Manifest!.Version,
                entries = outcome.Manifest.EntryHashes.Count,
                sources = outcome.Manifest.Sources,
                listVersions = outcome.Manifest.ListVersions,
                errors = outcome.Loaded.Errors.Count,
                delta = new { added = delta.Added.Count, removed = delta.Removed.Count, changed = delta.Changed.Count, addedIds = delta.Added.Take(100), removedIds = delta.Removed.Take(100), changedIds = delta.Changed.Take(100) },
            }, MatchCommand.Json));
        }
        else
        {
            Console.WriteLine($"stored {outcome.Manifest!.Version}: {outcome.Manifest.EntryHashes.Count} entries ({string.Join(", ", outcome.Manifest.Sources.Select(p => $"{p.Key} {p.Value}"))}); {outcome.Loaded.Errors.Count} row errors");
            Console.WriteLine($"delta: +{delta.Added.Count} added, -{delta.Removed.Count} removed, ~{delta.Changed.Count} changed");
        }
        return 0;
    }

    private static Command CreateStatus()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("status", "Show the stored list version.") { json };
        command.SetAction(parse =>
        {
            var manifest = new ListStore(StoreRoot).CurrentManifest();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(manifest is null ? new { stored = false } : (object)new
                {
                    stored = true,
                    version = manifest.Version,
                    createdAt = manifest.CreatedAt,
                    entries = manifest.EntryHashes.Count,
                    sources = manifest.Sources,
                    listVersions = manifest.ListVersions,
                    files = manifest.Files,
                }, MatchCommand.Json));
                return 0;
            }
            if (manifest is null)
            {
                Console.WriteLine($"no lists stored in {StoreRoot}; run `vigil lists load PATH` or `vigil lists update`");
                return 0;
            }
            Console.WriteLine($"{manifest.Version} (stored {manifest.CreatedAt:u}): {manifest.EntryHashes.Count} entries");
            foreach (var (source, count) in manifest.Sources)
            {
                Console.WriteLine($"  {source}: {count} entries, published {manifest.ListVersions.GetValueOrDefault(source) ?? "unknown"}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateUpdate()
    {
        var urls = new Option<string[]>("--url") { Description = "Publisher URL to download (repeatable; default: OFAC SDN CSV set and UN consolidated XML)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds per download.", DefaultValueFactory = _ => 60 };
        var json = new Option<bool>("--json") { Description = "Write the outcome as JSON." };
        var command = new Command("update", "Download the official lists and load them as a new version.") { urls, timeout, json };
        command.SetAction(async (parse, cancel) =>
        {
            var list = parse.GetValue(urls) is { Length: > 0 } u ? u : DefaultUrls;
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
                return Report(new ListStore(StoreRoot).Load([temp]), parse.GetValue(json));
            }
            finally
            {
                Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}
