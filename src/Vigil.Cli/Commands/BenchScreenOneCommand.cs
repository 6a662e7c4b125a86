using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Detection;
using Vigil.Ingest.Applicants;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Screening;

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
        command.Options.Add(stored);
        command.Options.Add(calls);
        command.Options.Add(seed);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            var quiet = parse.GetValue(json);
            void Say(string text)
            {
                if (!quiet)
                {
                    AnsiConsole.MarkupLine(Markup.Escape(text));
                }
            }
            var n = parse.GetValue(stored);
            var m = parse.GetValue(calls);
            // One population of N + M; the last M are the "new" applicants (rings span both parts).
            var file = BenchPopulation.Applicants(n + m, parse.GetValue(seed), photos: false, Say, ct);
            var (database, orgId, folder) = await BenchPopulation.FreshDatabaseAsync(ct);
            try
            {
                var head = Path.Combine(folder, "stored.jsonl");
                var held = new List<ApplicantRecord>(m);
                using (var reader = new StreamReader(file))
                await using (var writer = new StreamWriter(head))
                {
                    var line = 0L;
                    while (await reader.ReadLineAsync(ct) is { } text)
                    {
                        line++;
                        if (line <= n)
                        {
                            await writer.WriteLineAsync(text);
                        }
                        else if (ApplicantJsonLinesReader.ParseLine(text, file, line) is { IsSuccess: true } parsed)
                        {
                            held.Add(parsed.Value);
                        }
                    }
                }
                var clock = Stopwatch.StartNew();
                Say($"Importing {n:N0} applicants...");
                var import = await new ApplicantImporter(database).ImportAsync(orgId, head, cancellationToken: ct);
                var importSeconds = clock.Elapsed.TotalSeconds;
                Say($"imported {import.Subjects.Total:N0} in {importSeconds:0.0} s; warming the index...");
                var service = new SingleApplicantScreeningService(database, ScreeningReferences.None);
                clock.Restart();
                var index = await service.WarmUpAsync(orgId, ct);
                var warmSeconds = clock.Elapsed.TotalSeconds;
                Say($"warm index: {index.Count.Documents:N0} documents in {warmSeconds:0.0} s");
                var latencies = new List<double>(held.Count);
                int flagged = 0, linked = 0;
                foreach (var record in held)
                {
                    var start = Stopwatch.GetTimestamp();
                    var r = await service.ScreenOneAsync(orgId, record, cancellationToken: ct);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    flagged += r.Result.Level == Core.Scoring.RiskLevel.Clear ? 0 : 1;
                    linked += r.Compared > 0 ? 1 : 0;
                }
                latencies.Sort();
                double P(double q) => latencies.Count == 0 ? 0 : Math.Round(latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)], 2);
                var result = new
                {
                    stored = import.Subjects.Total,
                    calls = latencies.Count,
                    import_seconds = Math.Round(importSeconds, 1),
                    warm_index_seconds = Math.Round(warmSeconds, 1),
                    indexed_documents = index.Count.Documents,
                    p50_ms = P(0.50),
                    p95_ms = P(0.95),
                    p99_ms = P(0.99),
                    max_ms = latencies.Count == 0 ? 0 : Math.Round(latencies[^1], 2),
                    flagged,
                    linked_to_stored = linked,
                    peak_working_set_mb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
                    database = "sqlite (temporary file)",
                    load_average = BenchScreenCommand.LoadAverage(),
                };
                if (quiet)
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    Say($"{result.calls} single-applicant screenings against {result.stored:N0} stored: p50 {result.p50_ms} ms, p95 {result.p95_ms} ms, p99 {result.p99_ms} ms, max {result.max_ms} ms ({flagged} flagged, {linked} linked to stored subjects); load average {result.load_average}");
                }
                return 0;
            }
            finally
            {
                BenchPopulation.Delete(folder);
            }
        });
        return command;
    }
}
