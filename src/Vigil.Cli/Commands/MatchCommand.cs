using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.Screening.Parsers;
using Vigil.Server.Application.Sanctions;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil match</c>: screen names (and identifiers) against sanctions lists (SAN-01). One query with
/// <c>--name</c>, a batch with <c>--names-file</c> (all cores), or labelled name pairs with <c>--pairs</c>.
/// JSON shapes are documented in docs/screening.md.
/// </summary>
public static class MatchCommand
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create()
    {
        var name = new Option<string?>("--name") { Description = "Name to screen (any order or script: \"KIM, Jong Un\", \"김정은\")." };
        var dob = new Option<string?>("--dob") { Description = "Date of birth YYYY-MM-DD (qualifier: a different year lowers the score by 0.15)." };
        var country = new Option<string?>("--country") { Description = "Country or nationality, ISO alpha-2 or name (qualifier: mismatch -0.2)." };
        var type = new Option<string?>("--type") { Description = "person or entity (qualifier: mismatch -0.2)." };
        var wallet = new Option<string[]>("--wallet") { Description = "Crypto address to look up exactly (repeatable; a hit scores 1.0)." };
        var email = new Option<string[]>("--email") { Description = "Email to look up exactly (repeatable; a hit scores 1.0)." };
        var lists = ListsOption();
        var json = new Option<bool>("--json") { Description = "Write JSON to standard output." };
        var namesFile = new Option<string?>("--names-file") { Description = "Batch: one query per line (a name, or a JSON object {name,dob,country,type}); needs --out." };
        var pairs = new Option<string?>("--pairs") { Description = "CSV with header query,candidate: writes the same rows plus score in [0,1] from the name scorer; needs --out." };
        var output = new Option<string?>("--out") { Description = "Output file: JSON lines for --names-file, CSV for --pairs." };
        var threshold = new Option<double>("--threshold")
        {
            Description = $"Decision threshold in [0,1] (default {MatchOptions.DefaultThreshold.ToString(CultureInfo.InvariantCulture)}): results at or above it are matches.",
            DefaultValueFactory = _ => MatchOptions.DefaultThreshold,
        };
        var minScore = new Option<double?>("--min-score") { Description = "Also return near misses down to this score (default: the threshold)." };
        var limit = new Option<int>("--limit") { Description = "Most results per query.", DefaultValueFactory = _ => 10 };
        var command = new Command("match", $"Screen names against sanctions lists (OFAC SDN, UN SC, crypto addresses). Threshold in force: {MatchOptions.DefaultThreshold.ToString(CultureInfo.InvariantCulture)} (change with --threshold).")
        {
            name, dob, country, type, wallet, email, lists, json, namesFile, pairs, output, threshold, minScore, limit,
        };
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var options = new MatchOptions
            {
                Threshold = Check(parse.GetValue(threshold), "--threshold"),
                MinScore = parse.GetValue(minScore) is { } m ? Check(m, "--min-score") : null,
                Limit = Math.Max(1, parse.GetValue(limit)),
            };
            var (index, info) = await LoadIndexAsync(parse.GetValue(lists) ?? [], storage, parse, cancel);
            var outPath = parse.GetValue(output);
            if (parse.GetValue(pairs) is { } pairsFile)
            {
                return RunPairs(index, pairsFile, outPath ?? throw new CliException("--pairs needs --out"));
            }
            if (parse.GetValue(namesFile) is { } file)
            {
                return RunBatch(index, options, file, outPath ?? throw new CliException("--names-file needs --out"), info);
            }
            var query = new MatchQuery
            {
                Name = parse.GetValue(name),
                DateOfBirth = ParseDob(parse.GetValue(dob)),
                Country = parse.GetValue(country),
                Type = ParseType(parse.GetValue(type)),
                Wallets = parse.GetValue(wallet) ?? [],
                Emails = parse.GetValue(email) ?? [],
            };
            if (string.IsNullOrWhiteSpace(query.Name) && query.Wallets.Count == 0 && query.Emails.Count == 0)
            {
                throw new CliException("give --name (or --wallet/--email), --names-file or --pairs");
            }
            var matches = index.Match(query, options);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { query = QueryJson(query), threshold = options.Threshold, lists = info, matches }, Json));
            }
            else
            {
                PrintTable(query, matches, options, info);
            }
            return 0;
        });
        return command;
    }

    internal static Option<string[]> ListsOption() => new("--lists")
    {
        Description = "List files or folders (format auto-detected). Default: the current list version stored in the database by `vigil lists load`.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Loads lists from the given paths, else the current version stored in the database; fails with a
    /// clear message when there are none.</summary>
    internal static async Task<(WatchlistIndex Index, ListsInfo Info)> LoadIndexAsync(string[] paths, StorageCliOptions storage, ParseResult parse, CancellationToken cancellationToken)
    {
        var sw = Stopwatch.StartNew();
        if (paths.Length == 0)
        {
            var database = new VigilDatabase(storage.Resolve(parse));
            await database.MigrateAsync(cancellationToken);
            var stored = await new SanctionsListStore(database).CurrentIndexAsync(cancellationToken)
                ?? throw new CliException("no lists: pass --lists PATH or run `vigil lists load PATH` first");
            var entries = stored.Index.Entries;
            return (stored.Index, new ListsInfo(stored.Index.EntryCount, stored.Index.AliasCount,
                entries.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count()),
                entries.Where(e => e.ListVersion is not null).GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Max(e => e.ListVersion)!),
                sw.Elapsed.TotalMilliseconds) { StoredVersion = stored.Version.Label });
        }
        var loaded = ListLoader.Load(paths);
        foreach (var error in loaded.Errors.Take(20))
        {
            Console.Error.WriteLine("vigil: warning: " + error);
        }
        if (loaded.Errors.Count > 20)
        {
            Console.Error.WriteLine($"vigil: warning: ... {loaded.Errors.Count - 20} more list errors");
        }
        if (loaded.Entries.Count == 0)
        {
            throw new CliException("the lists given contain no usable entries");
        }
        var index = WatchlistIndex.Build(loaded.Entries);
        var info = new ListsInfo(
            index.EntryCount,
            index.AliasCount,
            loaded.Entries.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count()),
            loaded.Entries.Where(e => e.ListVersion is not null).GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Max(e => e.ListVersion)!),
            sw.Elapsed.TotalMilliseconds);
        return (index, info);
    }

    internal sealed record ListsInfo(int Entries, int Names, Dictionary<string, int> Sources, Dictionary<string, string> Versions, double LoadMs)
    {
        /// <summary>The stored version label when the lists came from the database.</summary>
        public string? StoredVersion { get; init; }
    }

    private static int RunBatch(WatchlistIndex index, MatchOptions options, string file, string outPath, ListsInfo info)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"{file}: no such file");
        }
        var lines = File.ReadAllLines(file);
        var outputs = new string?[lines.Length];
        var errors = new List<string>();
        var sw = Stopwatch.StartNew();
        Parallel.For(0, lines.Length, i =>
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                return;
            }
            MatchQuery query;
            try
            {
                query = text.StartsWith('{') ? ParseJsonQuery(text) : new MatchQuery { Name = text };
            }
            catch (Exception e) when (e is JsonException or FormatException or CliException)
            {
                lock (errors)
                {
                    errors.Add($"{Path.GetFileName(file)}:{i + 1}: {e.Message}");
                }
                outputs[i] = JsonSerializer.Serialize(new { line = i + 1, error = e.Message }, Json);
                return;
            }
            var matches = index.Match(query, options);
            outputs[i] = JsonSerializer.Serialize(new { line = i + 1, query = QueryJson(query), matched = matches.Any(m => m.IsMatch), matches }, Json);
        });
        File.WriteAllLines(outPath, outputs.OfType<string>());
        foreach (var e in errors.Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine("vigil: " + e);
        }
        var count = outputs.Count(o => o is not null);
        Console.Error.WriteLine($"vigil: {count} queries in {sw.Elapsed.TotalSeconds:0.00} s ({count / Math.Max(sw.Elapsed.TotalSeconds, 1e-6):0} /s) against {info.Entries} entries; wrote {outPath}");
        return errors.Count > 0 ? 2 : 0;
    }

    private static int RunPairs(WatchlistIndex index, string file, string outPath)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"{file}: no such file");
        }
        using var reader = TextFiles.Open(file);
        var csv = new CsvRecordReader(reader, multilineFields: true);
        var header = csv.Read() ?? throw new CliException($"{file}: empty file");
        var qi = header.FindIndex(h => h.Equals("query", StringComparison.OrdinalIgnoreCase));
        var ci = header.FindIndex(h => h.Equals("candidate", StringComparison.OrdinalIgnoreCase));
        if (qi < 0 || ci < 0)
        {
            throw new CliException($"{file}:1: header must have columns query and candidate (found: {string.Join(",", header)})");
        }
        var rows = new List<List<string>>();
        var bad = 0;
        while (csv.Read() is { } row)
        {
            if (csv.RecordError is not null || row.Count <= Math.Max(qi, ci))
            {
                Console.Error.WriteLine($"vigil: {Path.GetFileName(file)}:{csv.RecordLine}: {csv.RecordError ?? "missing query or candidate column"}; scored as empty");
                bad++;
                while (row.Count <= Math.Max(qi, ci))
                {
                    row.Add("");
                }
            }
            rows.Add(row);
        }
        var scores = new double[rows.Count];
        Parallel.For(0, rows.Count, i => scores[i] = index.ScoreNames(rows[i][qi], rows[i][ci]));
        using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(",", header.Append("score").Select(Quote)));
        for (var i = 0; i < rows.Count; i++)
        {
            writer.WriteLine(string.Join(",", rows[i].Append(scores[i].ToString("0.0000", CultureInfo.InvariantCulture)).Select(Quote)));
        }
        Console.Error.WriteLine($"vigil: scored {rows.Count} pairs ({bad} malformed); wrote {outPath}");
        return 0;
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static MatchQuery ParseJsonQuery(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        string? Get(string p) => root.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        List<string> GetList(string p) => root.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList() : [];
        return new MatchQuery
        {
            Name = Get("name"),
            DateOfBirth = ParseDob(Get("dob")),
            Country = Get("country"),
            Type = ParseType(Get("type")),
            Gender = Get("gender"),
            Wallets = GetList("wallets"),
            Emails = GetList("emails"),
            Phones = GetList("phones"),
            DocumentIds = GetList("documentIds"),
        };
    }

    private static object QueryJson(MatchQuery q) => new
    {
        name = q.Name,
        dob = q.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        country = q.Country,
        type = q.Type == EntityType.Unknown ? null : q.Type.ToString().ToLowerInvariant(),
        wallets = q.Wallets.Count > 0 ? q.Wallets : null,
        emails = q.Emails.Count > 0 ? q.Emails : null,
    };

    private static DateOnly? ParseDob(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CliException($"--dob '{text}' is not a date YYYY-MM-DD");
    }

    private static EntityType ParseType(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" => EntityType.Unknown,
        "person" or "individual" => EntityType.Person,
        "entity" or "organization" or "company" => EntityType.Organization,
        "vessel" => EntityType.Vessel,
        "aircraft" => EntityType.Aircraft,
        _ => throw new CliException($"--type '{text}' must be person or entity"),
    };

    private static double Check(double value, string option) =>
        value is >= 0 and <= 1 ? value : throw new CliException($"{option} must be in [0,1]");

    private static void PrintTable(MatchQuery query, IReadOnlyList<ScreeningMatch> matches, MatchOptions options, ListsInfo info)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(query.Name ?? "(identifiers)")}[/] against {info.Entries} entries; threshold {options.Threshold.ToString(CultureInfo.InvariantCulture)}");
        if (matches.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]no match[/]");
            return;
        }
        var table = new Table().AddColumns("score", "match", "entry", "programs", "matched name", "features");
        foreach (var m in matches)
        {
            table.AddRow(
                m.Score.ToString("0.000", CultureInfo.InvariantCulture),
                m.IsMatch ? "[red]yes[/]" : "no",
                Markup.Escape($"{m.EntryId} {m.EntryName}"),
                Markup.Escape(string.Join(" ", m.Programs)),
                Markup.Escape($"{m.MatchedName} ({m.MatchedNameKind}{(m.MatchedNameIsWeak ? ", weak" : "")})"),
                Markup.Escape(string.Join("; ", m.Features.Select(f => $"{f.Feature} {f.Value.ToString("0.###", CultureInfo.InvariantCulture)}"))));
        }
        AnsiConsole.Write(table);
    }
}
