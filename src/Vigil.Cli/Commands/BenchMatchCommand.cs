using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench match</c>: loads the full OFAC SDN (newest parsed snapshot + official CSV remarks/aliases) and the
/// UN list from ../shared/data, runs N queries (true list names with noise, and yente's synthetic negatives),
/// reports throughput (all cores, and one thread), latency percentiles, load time, memory, recall/false positives,
/// and compares with a brute-force scan using the same scorer (speed ratio, top-1 agreement).
/// </summary>
public static class BenchMatchCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Shared data folder (default: ../shared/data beside the repository)." };
        var count = new Option<int>("--queries") { Description = "Number of queries (half noisy true names, half negatives).", DefaultValueFactory = _ => 10_000 };
        var brute = new Option<int>("--brute-force") { Description = "Queries also run by brute force (slow: every alias scored).", DefaultValueFactory = _ => 300 };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("match", "Benchmark the screening matcher on the real SDN + UN lists.") { data, count, brute, json };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(data) ?? DefaultData();
            if (!Directory.Exists(root))
            {
                throw new CliException($"{root}: shared data folder not found (pass --data)");
            }
            var result = Run(root, Math.Max(100, parse.GetValue(count)), Math.Max(0, parse.GetValue(brute)));
            Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions(MatchCommand.Json) { WriteIndented = !parse.GetValue(json) }));
            return 0;
        });
        return command;
    }

    private static string DefaultData()
    {
        var repo = Environment.GetEnvironmentVariable("VIGIL_REPO") is { Length: > 0 } r ? r : Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
    }

    /// <summary>The list files the benchmark and the data tests load from the shared data folder.</summary>
    public static string[] ListFiles(string root) =>
    [
        .. new[]
        {
            "ofac-sdn/kindrat86-ofac-sdn-json/ofac-sdn.json",
            "ofac-sdn/jackdwyer-sdn-2024-05-03/sdn.csv",
            "ofac-sdn/watchman-2025-12/alt.csv",
            "ofac-sdn/watchman-2025-12/add.csv",
            "ofac-sdn/watchman-2025-12/sdn_comments.csv",
            "un-sc-consolidated/UN_consolidated.xml",
        }.Select(p => Path.Combine(root, p)).Where(File.Exists),
    ];

    private static object Run(string root, int total, int bruteCount)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var cpu0 = Cpu();
        var loaded = ListLoader.Load(ListFiles(root));
        var parseMs = sw.Elapsed.TotalMilliseconds;
        var cpu1 = Cpu();
        var index = WatchlistIndex.Build(loaded.Entries);
        var loadMs = sw.Elapsed.TotalMilliseconds;
        var cpu2 = Cpu();
        var memory = GC.GetTotalMemory(true) - before;
        var cpu3 = Cpu();
        var storedLoadMs = StoredLoadMs(loaded.Entries);
        var storedLoadCpuMs = Cpu() - cpu3;
        var random = new Random(42);
        var positives = NoisyNames.Generate(loaded.Entries.Where(e => e.Name.Length > 0 && e.Type is EntityType.Person or EntityType.Organization).ToList(), total / 2, random);
        var negatives = Negatives(root, total - positives.Count, random);
        var queries = positives.Select(p => (Query: new MatchQuery { Name = p.Name }, Expected: (string?)p.EntryId))
            .Concat(negatives.Select(n => (Query: new MatchQuery { Name = n }, Expected: (string?)null))).ToArray();
        random.Shuffle(queries);
        var options = MatchOptions.Default;
        // Warm-up over the whole query set on every core, twice with a pause between: tiered JIT compiles the
        // optimized code in the background (slowly on a loaded machine) and the per-alias caches fill, so the figures
        // below are the steady state of a long-running server, not start-up.
        for (var pass = 0; pass < 2; pass++)
        {
            Parallel.For(0, queries.Length, i => index.Match(queries[i].Query, options));
            Thread.Sleep(500);
        }
        // One thread: per-query latency without contention from the benchmark's own other threads.
        var single = new double[queries.Length];
        var singleWall = Stopwatch.StartNew();
        var cpuSingle = Cpu();
        for (var i = 0; i < queries.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Match(queries[i].Query, options);
            single[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var singleSeconds = singleWall.Elapsed.TotalSeconds;
        var singleCpuMs = Cpu() - cpuSingle;
        var latencies = new double[queries.Length];
        var results = new IReadOnlyList<ScreeningMatch>[queries.Length];
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var wall = Stopwatch.StartNew();
        var cpuQueries = Cpu();
        // One worker per core, as a server bounds its request concurrency: Parallel.For's default lets the thread pool
        // inject more workers than cores, and a query that loses its core mid-way waits a scheduler time slice (≈ 4 ms),
        // which measures the oversubscription rather than the matcher.
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var start = Stopwatch.GetTimestamp();
            results[i] = index.Match(queries[i].Query, options);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        var wallSeconds = wall.Elapsed.TotalSeconds;
        var queryCpuMs = Cpu() - cpuQueries;
        var (gcGen0, gcGen2) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
        var singleSorted = single.Order().ToArray();
        var sorted = latencies.Order().ToArray();
        var recallHits = 0;
        var fp = 0;
        for (var i = 0; i < queries.Length; i++)
        {
            if (queries[i].Expected is { } id)
            {
                recallHits += results[i].Any(m => m.IsMatch && m.EntryId == id) ? 1 : 0;
            }
            else
            {
                fp += results[i].Any(m => m.IsMatch) ? 1 : 0;
            }
        }
        // Brute force on a sample with the same scorer.
        var sample = queries.Take(Math.Min(bruteCount, queries.Length)).ToArray();
        var agree = 0;
        var bruteWatch = Stopwatch.StartNew();
        var bruteResults = new IReadOnlyList<ScreeningMatch>[sample.Length];
        Parallel.For(0, sample.Length, i => bruteResults[i] = index.MatchBruteForce(sample[i].Query, options));
        var bruteSeconds = bruteWatch.Elapsed.TotalSeconds;
        var disagreements = new List<object>();
        for (var i = 0; i < sample.Length; i++)
        {
            var (indexed, brute) = (results[i].FirstOrDefault(), bruteResults[i].FirstOrDefault());
            if (indexed?.EntryId == brute?.EntryId)
            {
                agree++;
            }
            else if (disagreements.Count < 20)
            {
                // Named so a reader can tell a candidate-generation miss from a tie between equally scored entries.
                disagreements.Add(new
                {
                    query = sample[i].Query.Name,
                    indexed = indexed is null ? null : new { indexed.EntryId, indexed.MatchedName, score = Math.Round(indexed.Score, 4) },
                    bruteForce = brute is null ? null : new { brute.EntryId, brute.MatchedName, score = Math.Round(brute.Score, 4) },
                });
            }
        }
        var indexedPerQuery = wallSeconds / queries.Length;
        var brutePerQuery = sample.Length > 0 ? bruteSeconds / sample.Length : double.NaN;
        return new
        {
            data = root,
            cores = Environment.ProcessorCount,
            loadAverage = LoadAverage(),
            lists = new { entries = index.EntryCount, names = index.AliasCount, tokens = index.TokenCount, files = loaded.Files.Count, rowErrors = loaded.Errors.Count },
            loadMs = Math.Round(loadMs, 1),
            parseMs = Math.Round(parseMs, 1),
            storedLoadMs = Math.Round(storedLoadMs, 1),
            // CPU time is what the work costs whatever else runs on the machine (wall figures above are not).
            cpuMs = new
            {
                parse = Math.Round(cpu1 - cpu0),
                indexBuild = Math.Round(cpu2 - cpu1),
                storedLoad = Math.Round(storedLoadCpuMs),
                queries = Math.Round(queryCpuMs),
                perQuery = Math.Round(queryCpuMs / queries.Length, 4),
            },
            projectedIdleQueriesPerSecond = Math.Round(queries.Length / (queryCpuMs / 1000.0) * Environment.ProcessorCount),
            // The same queries on one thread (latency without the other benchmark threads; CPU-bound throughput of one core).
            singleThread = new
            {
                queriesPerSecond = Math.Round(queries.Length / singleSeconds),
                cpuQueriesPerSecond = Math.Round(queries.Length / (singleCpuMs / 1000.0)),
                p50Ms = Math.Round(singleSorted[singleSorted.Length / 2], 4),
                p99Ms = Math.Round(singleSorted[(int)(singleSorted.Length * 0.99)], 4),
                maxMs = Math.Round(singleSorted[^1], 3),
            },
            gcDuringQueries = new { gen0 = gcGen0, gen2 = gcGen2 },
            managedMemoryMb = Math.Round(memory / 1048576.0, 1),
            workingSetMb = Math.Round(Environment.WorkingSet / 1048576.0, 1),
            queries = queries.Length,
            positives = positives.Count,
            negatives = negatives.Count,
            threshold = options.Threshold,
            // All cores (Parallel.For): throughput and per-query latency.
            queriesPerSecond = Math.Round(queries.Length / wallSeconds),
            p50Ms = Math.Round(sorted[sorted.Length / 2], 4),
            p99Ms = Math.Round(sorted[(int)(sorted.Length * 0.99)], 4),
            maxMs = Math.Round(sorted[^1], 3),
            recall = Math.Round(recallHits / (double)Math.Max(1, positives.Count), 4),
            falsePositiveRate = Math.Round(fp / (double)Math.Max(1, negatives.Count), 4),
            bruteForce = new
            {
                queries = sample.Length,
                queriesPerSecond = Math.Round(sample.Length / bruteSeconds, 1),
                speedup = Math.Round(brutePerQuery / indexedPerQuery, 1),
                top1Agreement = Math.Round(agree / (double)Math.Max(1, sample.Length), 4),
                disagreements,
            },
        };
    }

    /// <summary>What loading the current version from the database costs besides the read itself: every stored
    /// entry's JSON deserialized (in parallel, as <c>SanctionsListStore</c> does) and the index built.</summary>
    private static double StoredLoadMs(IReadOnlyList<ListEntry> entries)
    {
        var json = entries.Select(ListEntryJson.Serialize).ToArray();
        var sw = Stopwatch.StartNew();
        var back = new ListEntry[json.Length];
        Parallel.For(0, json.Length, i => back[i] = ListEntryJson.Deserialize(json[i], entries[i].Id));
        WatchlistIndex.Build(back);
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static List<string> Negatives(string root, int count, Random random)
    {
        var names = new List<string>();
        foreach (var file in new[] { "negatives_global.csv", "negatives_us.csv" })
        {
            var path = Path.Combine(root, "peer-name-matching-tests", "yente-negatives", file);
            if (File.Exists(path))
            {
                names.AddRange(File.ReadLines(path).Skip(1).Select(l => l.Split(',')[0]).Where(n => n.Length > 0));
            }
        }
        if (names.Count == 0)
        {
            return [];
        }
        return Enumerable.Range(0, count).Select(_ => names[random.Next(names.Count)]).ToList();
    }

    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
