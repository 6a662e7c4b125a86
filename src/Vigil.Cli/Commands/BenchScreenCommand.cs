using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Detection;
using Vigil.Intel.Data;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Screening;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench screen</c>: the whole applicant pipeline on a seeded synthetic population (default 100,000):
/// import into a fresh SQLite database, hash photos, link (identity graph, résumé LSH, photo index), run every
/// detector, score and store alerts. Reports wall and CPU time per stage, CPU time per detector, throughput and memory.
/// </summary>
public static class BenchScreenCommand
{
    public static Command Create()
    {
        var command = new Command("screen", "Benchmark screening a synthetic applicant population end to end (import, detectors, graph, scores, alerts)");
        var applicants = new Option<int>("--applicants") { Description = "Applicants in the synthetic population (default 100,000)", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<ulong>("--seed") { Description = "Synthetic population seed (default 7)", DefaultValueFactory = _ => 7 };
        var noPhotos = new Option<bool>("--no-photos") { Description = "Population without photos (skips the photo-hash stage)" };
        var noIntel = new Option<bool>("--no-intel") { Description = "Skip IP and disposable-email reference data" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        command.Options.Add(applicants);
        command.Options.Add(seed);
        command.Options.Add(noPhotos);
        command.Options.Add(noIntel);
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
            var n = parse.GetValue(applicants);
            var file = BenchPopulation.Applicants(n, parse.GetValue(seed), !parse.GetValue(noPhotos), Say, ct);
            using var intel = parse.GetValue(noIntel) ? null : IntelLoader.Load(new IntelLoadOptions());
            var (database, orgId, folder) = await BenchPopulation.FreshDatabaseAsync(ct);
            try
            {
                GC.Collect();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                var pause = GC.GetTotalPauseDuration();
                var total = Stopwatch.StartNew();
                Say($"Importing {file}...");
                var import = await new ApplicantImporter(database).ImportAsync(orgId, file, cancellationToken: ct);
                var importSeconds = total.Elapsed.TotalSeconds;
                var importCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Say($"import: {import.Subjects.Added:N0} subjects in {importSeconds:0.0} s");
                var references = new ScreeningReferences(intel?.Ip, intel?.DisposableEmail);
                var outcome = await new ApplicantScreeningService(database, references).ScreenAsync(orgId, quiet ? null : new Progress<string>(Say), ct);
                total.Stop();
                var process = Process.GetCurrentProcess();
                var report = outcome.Report;
                var stages = new Dictionary<string, double> { ["import"] = Math.Round(importSeconds, 3) };
                foreach (var (k, v) in report.StageSeconds)
                {
                    stages[k] = v;
                }
                var stageCpu = new Dictionary<string, double> { ["import"] = Math.Round(importCpu, 3) };
                foreach (var (k, v) in report.StageCpuSeconds ?? new Dictionary<string, double>())
                {
                    stageCpu[k] = v;
                }
                var result = new
                {
                    applicants = import.Subjects.Total,
                    seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
                    applicants_per_second = Math.Round(import.Subjects.Total / total.Elapsed.TotalSeconds),
                    stage_seconds = stages,
                    stage_cpu_seconds = stageCpu,
                    detector_cpu_seconds = report.DetectorSeconds.OrderByDescending(d => d.Value).ToDictionary(),
                    cpu_seconds = Math.Round((process.TotalProcessorTime - cpu).TotalSeconds, 1),
                    peak_working_set_mb = process.PeakWorkingSet64 / (1024 * 1024),
                    gc_heap_mb = GC.GetTotalMemory(false) / (1024 * 1024),
                    gc = new
                    {
                        gen0 = GC.CollectionCount(0) - collections[0],
                        gen1 = GC.CollectionCount(1) - collections[1],
                        gen2 = GC.CollectionCount(2) - collections[2],
                        pause_seconds = Math.Round((GC.GetTotalPauseDuration() - pause).TotalSeconds, 2),
                    },
                    outcome = new { clear = report.Clear, review = report.Review, high = report.High, clusters = report.Clusters, photos = report.PhotosHashed, alerts = report.AlertsWritten, document_candidates = report.DocumentCandidatesChecked },
                    cores = Environment.ProcessorCount,
                    load_average = LoadAverage(),
                };
                if (quiet)
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
                }
                else
                {
                    var table = new Table().Border(TableBorder.Rounded).Title($"Screened [bold]{result.applicants:N0}[/] applicants in [bold]{result.seconds:0.0} s[/] ({result.applicants_per_second:N0}/s)");
                    table.AddColumn("stage").AddColumn(new TableColumn("wall s").RightAligned()).AddColumn(new TableColumn("CPU s").RightAligned());
                    foreach (var (k, v) in stages)
                    {
                        table.AddRow(k, v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                            stageCpu.GetValueOrDefault(k).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    AnsiConsole.Write(table);
                    var detectors = new Table().Border(TableBorder.Simple).Title("Detector CPU time (process, one detector at a time on every core)");
                    detectors.AddColumn("detector").AddColumn(new TableColumn("seconds").RightAligned());
                    foreach (var (k, v) in result.detector_cpu_seconds)
                    {
                        detectors.AddRow(k, v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    AnsiConsole.Write(detectors);
                    Say($"peak working set {result.peak_working_set_mb:N0} MB; CPU {result.cpu_seconds:0.0} s on {result.cores} cores; load average {result.load_average}");
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

    /// <summary>The 1-minute load average (Linux), recorded with every figure: the machine is shared.</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
