using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Ingest.Synthetic;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil synth</c>: write a deterministic synthetic population with planted, labelled personas.</summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var command = new Command("synth", "Generate a deterministic synthetic population: applicants (JSON Lines + CSV), photos, " +
            "workers with Okta/Entra/CSV sign-ins, osquery, payroll and shipment logs, and labels.csv (ground truth with the " +
            "indicator ids of indicators.md planted on each DPRK-pattern persona and benign look-alike). See docs/formats.md.");
        var applicants = new Option<int>("--applicants") { Description = "Number of applicants and freelancers", DefaultValueFactory = _ => 2000 };
        var workers = new Option<int>("--workers") { Description = "Number of hired workers with logs", DefaultValueFactory = _ => 0 };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed and counts give the same bytes", DefaultValueFactory = _ => 7 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory (created; files in it are overwritten)", Required = true };
        var noPhotos = new Option<bool>("--no-photos") { Description = "Skip photos/ (faster; applicants then have no photo field)" };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON" };
        command.Options.Add(applicants);
        command.Options.Add(workers);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(noPhotos);
        command.Options.Add(json);
        command.SetAction((parse, ct) =>
        {
            var a = parse.GetValue(applicants);
            var w = parse.GetValue(workers);
            if (a < 0 || w < 0)
            {
                throw new CliException("--applicants and --workers must be zero or more", 2);
            }
            var options = new SynthOptions(a, w, parse.GetValue(seed), parse.GetValue(output)!.FullName, !parse.GetValue(noPhotos));
            var clock = Stopwatch.StartNew();
            SynthSummary summary;
            if (parse.GetValue(json) || Console.IsOutputRedirected)
            {
                summary = new PopulationGenerator(options).Generate(ct);
            }
            else
            {
                summary = AnsiConsole.Status().Start($"Generating {a:N0} applicants and {w:N0} workers...", _ => new PopulationGenerator(options).Generate(ct));
            }
            clock.Stop();
            if (parse.GetValue(json))
            {
                var node = new JsonObject
                {
                    ["applicants"] = summary.Applicants,
                    ["workers"] = summary.Workers,
                    ["photos"] = summary.Photos,
                    ["events"] = summary.Events,
                    ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
                    ["by_persona"] = new JsonObject(summary.ByPersona.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    ["by_scenario"] = new JsonObject(summary.ByScenario.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    ["files"] = new JsonArray(summary.Files.Select(f => (JsonNode?)f).ToArray()),
                };
                Console.WriteLine(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return Task.FromResult(0);
            }
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"Synthetic population in [bold]{Markup.Escape(options.OutputDirectory)}[/] ({clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
            table.AddColumn("scenario").AddColumn(new TableColumn("subjects").RightAligned());
            foreach (var (scenario, count) in summary.ByScenario)
            {
                table.AddRow(Markup.Escape(scenario), count.ToString("N0", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{summary.Applicants:N0} applicants, {summary.Workers:N0} workers, {summary.Photos:N0} photos, {summary.Events:N0} log events");
            foreach (var f in summary.Files)
            {
                AnsiConsole.MarkupLine($"  {Markup.Escape(f)}");
            }
            return Task.FromResult(0);
        });
        return command;
    }
}
