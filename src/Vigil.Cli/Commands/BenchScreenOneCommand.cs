using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Detection;
using Vigil.Ingest.Applicants;
using Vigil.Server.Application.Screening;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench screen-one</c>: latency of screening one new applicant against a large stored population
/// (<see cref="SingleApplicantScreeningService"/>, the code behind <c>POST /api/screen</c>): import N synthetic
/// applicants, warm the organization's index once, then screen M held-out applicants of the same population one by
/// one and report p50/p95/p99/max.
/// </summary>
public static class BenchScreenOneCommand
{
    public static Command Create()
    {
        var command = new Command("screen-one", "Benchmark screening one new applicant against N stored ones (latency percentiles)");
        var stored = new Option<int>("--stored") { Description = "Stored applicants (default 1,000,000)", DefaultValueFactory = _ => 1_000_000 };
        var calls = new Option<int>("--calls") { Description = "Applicants screened one by one after the stored ones (default 500)", DefaultValueFactory = _ => 500 };
        var seed = new Option<ulong>("--seed") { Description = "Synthetic population seed (default 7)", DefaultValueFactory = _ => 7 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var dbFile = new Option<string?>("--db") { Description = "SQLite file to seed (or reuse when it already holds the N stored applicants) and keep; default: a temporary file, deleted after" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string of the database to seed (or reuse) and keep, e.g. \"Host=127.0.0.1;Port=55432;Username=postgres;Database=vigil_bench_screenone\" (created when absent)" };
        var keep = new Option<bool>("--keep") { Description = "Leave the seeded database behind with an ingest-only API key of organization 'bench' and a JSON Lines file of fresh applicants (never stored) for `vigil bench http --path /api/screen --bodies FILE`" };
        var bodies = new Option<int>("--bodies") { Description = "Fresh applicants written to the bodies file with --keep (default 15,000: 60 s at 200 requests/s plus warm-up)", DefaultValueFactory = _ => 15_000 };
        foreach (var o in new Option[] { stored, calls, seed, json, dbFile, postgres, keep, bodies })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var quiet = parse.GetValue(json);
            void Say(string text)
            {
                if (!quiet)
                {
                    AnsiConsole.MarkupLine(Markup.Escape(text));
                }
                else
                {
                    Console.Error.WriteLine(text);
                }
            }
            var n = parse.GetValue(stored);
            var m = parse.GetValue(calls);
            var keeping = parse.GetValue(keep);
            var k = keeping ? Math.Max(0, parse.GetValue(bodies)) : 0;
            // One population of N + M (+ K); the last M (+ K) are the "new" applicants (rings span both parts).
            var file = BenchPopulation.Applicants(n + m + k, parse.GetValue(seed), photos: false, Say, ct);
            var (database, orgId, folder, where) = await BenchPopulation.OpenAsync(parse.GetValue(dbFile), parse.GetValue(postgres), ct);
            var temporary = folder is not null;
            try
            {
                var held = new List<ApplicantRecord>(m);
                var bodiesFile = Path.Combine(StorageCliOptions.Home, "bench", $"screen-one-bodies-{n}-{parse.GetValue(seed)}.jsonl");
                // A bodies file that already holds the K fresh applicants is left alone: rewriting it (same content) would
                // race an HTTP load run reading it.
                var writeBodies = k > 0 && !(File.Exists(bodiesFile) && File.ReadLines(bodiesFile).Count() == k);
                using (var reader = new StreamReader(file))
                await using (var writer = writeBodies ? new StreamWriter(bodiesFile) : null)
                {
                    var line = 0L;
                    while (await reader.ReadLineAsync(ct) is { } text)
                    {
                        line++;
                        if (line > n + m)
                        {
                            if (writer is null)
                            {
                                break;
                            }
                            await writer.WriteLineAsync(text);
                        }
                        else if (line > n && ApplicantJsonLinesReader.ParseLine(text, file, line) is { IsSuccess: true } parsed)
                        {
                            held.Add(parsed.Value);
                        }
                    }
                }
                var clock = Stopwatch.StartNew();
                var existing = await BenchPopulation.CountSubjectsAsync(database, orgId, ct);
                int seeded;
                if (existing < n)
                {
                    Say(existing == 0
                        ? $"Seeding {n:N0} applicants into {where}..."
                        : $"Resuming an interrupted seeding of {where} after {existing:N0} applicants...");
                    seeded = await BenchSeeder.SeedAsync(database, orgId, file, n, existing, Say, ct);
                }
                else if (existing >= n && existing <= n + m + Math.Max(k, parse.GetValue(bodies)))
                {
                    // Beyond the N seeded: held-out applicants screened by an earlier run, and bodies posted by HTTP runs.
                    Say($"Reusing {where}: {existing:N0} subjects already stored (held-out applicants screened by an earlier run are re-screens)");
                    seeded = n;
                }
                else
                {
                    throw new CliException($"{where}: organization 'bench' holds {existing:N0} subjects, more than {n:N0} + {m:N0} screened + the bodies: give another --db/--postgres database", 2);
                }
                var importSeconds = clock.Elapsed.TotalSeconds;
                Say($"{seeded:N0} stored in {importSeconds:0.0} s; warming the index...");
                var service = new SingleApplicantScreeningService(database, ScreeningReferences.None);
                clock.Restart();
                var index = await service.WarmUpAsync(orgId, ct);
                var warmSeconds = clock.Elapsed.TotalSeconds;
                Say($"warm index: {index.Count.Documents:N0} documents in {warmSeconds:0.0} s");
                var timings = new StageTimings();
                service.Timings = timings;
                var latencies = new List<double>(held.Count);
                // Calls during which no collection ran: their tail against the whole tail says how much of it is GC.
                var withoutGc = new List<double>(held.Count);
                int flagged = 0, linked = 0;
                using var self = Process.GetCurrentProcess();
                var cpuBefore = self.TotalProcessorTime;
                var pauseBefore = GC.GetTotalPauseDuration();
                var allocatedBefore = GC.GetTotalAllocatedBytes();
                var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
                // CPU from the 51st call on leaves out the first calls' JIT and EF query compilation.
                const int warmCalls = 50;
                var cpuWarm = TimeSpan.Zero;
                foreach (var record in held)
                {
                    if (latencies.Count == warmCalls)
                    {
                        self.Refresh();
                        cpuWarm = self.TotalProcessorTime;
                    }
                    var gcs = GC.CollectionCount(0);
                    var start = Stopwatch.GetTimestamp();
                    var r = await service.ScreenOneAsync(orgId, record, cancellationToken: ct);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    latencies.Add(elapsed);
                    if (GC.CollectionCount(0) == gcs)
                    {
                        withoutGc.Add(elapsed);
                    }
                    flagged += r.Result.Level == Core.Scoring.RiskLevel.Clear ? 0 : 1;
                    linked += r.Compared > 0 ? 1 : 0;
                }
                self.Refresh();
                var calls = Math.Max(1, latencies.Count);
                var cpuPerCall = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds / calls;
                var cpuPerWarmCall = latencies.Count > warmCalls ? (self.TotalProcessorTime - cpuWarm).TotalMilliseconds / (latencies.Count - warmCalls) : cpuPerCall;
                var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
                var allocatedPerCall = (GC.GetTotalAllocatedBytes() - allocatedBefore) / calls;
                var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
                latencies.Sort();
                withoutGc.Sort();
                static double Quantile(List<double> sorted, double q) => sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)], 2);
                double P(double q) => Quantile(latencies, q);
                var result = new
                {
                    stored = seeded,
                    calls = latencies.Count,
                    seed_seconds = Math.Round(importSeconds, 1),
                    warm_index_seconds = Math.Round(warmSeconds, 1),
                    indexed_documents = index.Count.Documents,
                    p50_ms = P(0.50),
                    p95_ms = P(0.95),
                    p99_ms = P(0.99),
                    max_ms = latencies.Count == 0 ? 0 : Math.Round(latencies[^1], 2),
                    calls_without_gc = withoutGc.Count,
                    p99_ms_without_gc = Quantile(withoutGc, 0.99),
                    flagged,
                    linked_to_stored = linked,
                    // CPU of the whole process (this thread, the thread pool, the GC) per screening: the cost that
                    // survives a loaded machine, where wall-clock latency mostly measures waiting for a core.
                    cpu_ms_per_call = Math.Round(cpuPerCall, 2),
                    cpu_ms_per_call_after_50 = Math.Round(cpuPerWarmCall, 2),
                    allocated_kb_per_call = allocatedPerCall / 1024,
                    gc_collections_gen0_1_2 = collections,
                    gc_pause_ms_total = Math.Round(gcPause, 1),
                    gc_mode = $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}",
                    peak_working_set_mb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
                    working_set_after_gc_mb = WorkingSetAfterGc(),
                    database = where,
                    load_average = BenchScreenCommand.LoadAverage(),
                    stages = timings.Summaries(),
                };
                if (quiet)
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    foreach (var st in result.stages)
                    {
                        Say($"  {st.Stage,-40} mean {st.MeanMs,8:0.000} ms  p50 {st.P50Ms,8:0.000}  p99 {st.P99Ms,8:0.000}");
                    }
                    Say($"{result.calls} single-applicant screenings against {result.stored:N0} stored: p50 {result.p50_ms} ms, p95 {result.p95_ms} ms, p99 {result.p99_ms} ms, max {result.max_ms} ms ({flagged} flagged, {linked} linked to stored subjects); load average {result.load_average}");
                    Say($"CPU {result.cpu_ms_per_call} ms per call ({result.cpu_ms_per_call_after_50} from the 51st on), {result.allocated_kb_per_call:N0} KB allocated per call; GC ({result.gc_mode}): {string.Join('/', collections)} gen0/1/2 collections, {result.gc_pause_ms_total} ms paused in total; p99 of the {result.calls_without_gc} calls without a collection {result.p99_ms_without_gc} ms");
                }
                if (keeping)
                {
                    var (_, secret) = await ApiKeys.CreateAsync(database, orgId, "bench screen-one", ApiRole.IngestOnly, cancellationToken: ct);
                    var serve = database.Options.Provider == StorageProvider.Postgres
                        ? $"--postgres \"{database.Options.PostgresConnectionString}\""
                        : $"--db \"{database.Options.SqlitePath}\"";
                    Console.Error.WriteLine($"""
                        Kept for the HTTP load run:
                          database:    {where}
                          bodies:      {bodiesFile} ({k:N0} fresh applicants, never stored)
                          API key:     {secret} (organization 'bench', ingest-only)
                          ./vigil serve {serve} &
                          ./vigil bench http --key {secret} --path /api/screen --bodies {bodiesFile} --rps 200 --duration 60 --pid $! --json
                        """);
                }
                return 0;
            }
            finally
            {
                if (temporary && !keeping)
                {
                    BenchPopulation.Delete(folder!);
                }
            }
        });
        return command;
    }

    /// <summary>Resident memory once garbage is collected: what the warm index really holds.</summary>
    private static long WorkingSetAfterGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / (1024 * 1024);
    }
}
