using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Vigil.Ingest.Synthetic;
using Vigil.Server.Application.Import;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil demo</c>: the whole pipeline on a generated population — generate, import, screen, summarize — into
/// <c>.vigil/demo.db</c>, then serve the dashboard and API. Deterministic for a seed, so two runs show the same alerts.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "Generate a sample population with planted DPRK-pattern personas and benign look-alikes, screen it, " +
            "print the top alerts with their reasons, and serve the dashboard/API (http://127.0.0.1:5080)");
        var applicants = new Option<int>("--applicants") { Description = "Applicants to generate", DefaultValueFactory = _ => 3000 };
        var workers = new Option<int>("--workers") { Description = "Hired workers (with sign-in, endpoint, payroll and shipment logs) to generate", DefaultValueFactory = _ => 300 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the generated population", DefaultValueFactory = _ => 7UL };
        var top = new Option<int>("--top") { Description = "How many top alerts to print", DefaultValueFactory = _ => 15 };
        var noServe = new Option<bool>("--no-serve") { Description = "Exit after the summary instead of serving the dashboard" };
        var urls = new Option<string>("--urls") { Description = "Where to serve", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        demo.Options.Add(applicants);
        demo.Options.Add(workers);
        demo.Options.Add(seed);
        demo.Options.Add(top);
        demo.Options.Add(noServe);
        demo.Options.Add(urls);
        demo.SetAction(async (parse, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var home = StorageCliOptions.Home;
            var dataDir = Path.Combine(home, "demo");
            var dbPath = Path.Combine(home, "demo.db");
            foreach (var stale in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            {
                File.Delete(stale);
            }
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }

            var n = parse.GetValue(applicants);
            var m = parse.GetValue(workers);
            AnsiConsole.MarkupLine($"[bold]Vigil demo[/]: {n:N0} applicants and {m:N0} workers (seed {parse.GetValue(seed)}) into {Markup.Escape(dbPath)}");
            new PopulationGenerator(new SynthOptions(n, m, parse.GetValue(seed), dataDir)).Generate(ct);
            AnsiConsole.MarkupLine($"  generated {Markup.Escape(dataDir)} in {clock.Elapsed.TotalSeconds:0.0} s");

            var database = new VigilDatabase(StorageOptions.ForSqlite(dbPath));
            await database.MigrateAsync(ct);
            var org = await database.EnsureOrganizationAsync("demo", cancellationToken: ct);
            var importer = new ApplicantImporter(database);
            foreach (var file in new[] { "applicants.jsonl", "workers.jsonl" })
            {
                var path = Path.Combine(dataDir, file);
                if (File.Exists(path))
                {
                    var report = await importer.ImportAsync(org.Id, path, cancellationToken: ct);
                    AnsiConsole.MarkupLine($"  imported {report.Subjects.Added:N0} subjects from {file} ({report.Rejected} rejected) at {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }

            await DemoPipeline.RunAsync(database, org.Id, dataDir, ct);
            AnsiConsole.MarkupLine($"  screened at {clock.Elapsed.TotalSeconds:0.0} s");
            AnsiConsole.WriteLine();
            await AlertSummary.PrintAsync(database, org.Id, parse.GetValue(top), ct);
            AnsiConsole.MarkupLine($"Summary ready in {clock.Elapsed.TotalSeconds:0.0} s. Ground truth: {Markup.Escape(Path.Combine(dataDir, "labels.csv"))}");

            if (parse.GetValue(noServe))
            {
                return 0;
            }
            return await DemoServer.ServeAsync(database, org, parse.GetValue(urls)!, ct);
        });
        return demo;
    }
}
