using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;
using Vigil.Intel.Data;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Application.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen FILE --json OUT.jsonl</c>: import applicants, run every applicant detector, link,
/// score, store alerts, and write one result per applicant.</summary>
public static class ScreenCommand
{
    public static Command Create()
    {
        var command = new Command("screen", "Import an applicant file and screen every stored applicant: detectors, identity graph, scores and alerts (docs/detectors.md)");
        var file = new Argument<FileInfo?>("FILE") { Description = "Applicant file (.jsonl or .csv, docs/formats.md); omit to screen what is already stored", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<FileInfo?>("--json") { Description = "Write one JSON result per applicant (id, score, level, findings with indicator ids and evidence, cluster id) to this JSON Lines file" };
        var scoring = new Option<FileInfo?>("--scoring") { Description = "Scoring config (JSON with comments; default: config/scoring.json when present, else built-in defaults)" };
        var intelDir = new Option<string?>("--intel-dir") { Description = "Folder of IP range lists (default: $VIGIL_INTEL_DIR or .vigil/intel)" };
        var dataPackages = new Option<string?>("--data-packages") { Description = "Folder of the npm data packages (ip-location-db, disposable-email-domains)" };
        var noIntel = new Option<bool>("--no-intel") { Description = "Skip IP and disposable-email reference data (faster; those detectors report nothing)" };
        var threshold = new Option<double>("--near-duplicate-threshold") { Description = "Exact Jaccard at or above which two documents are one template", DefaultValueFactory = _ => 0.8 };
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(scoring);
        command.Options.Add(intelDir);
        command.Options.Add(dataPackages);
        command.Options.Add(noIntel);
        command.Options.Add(threshold);
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = LoadScoring(parse.GetValue(scoring));
            var (database, org) = await storage.OpenAsync(parse, ct);
            var quiet = Console.IsOutputRedirected;
            if (parse.GetValue(file) is { } input)
            {
                if (!input.Exists)
                {
                    throw new CliException($"{input.FullName}: no such file", 2);
                }
                var import = await new ApplicantImporter(database).ImportAsync(org.Id, input.FullName, cancellationToken: ct);
                Say(quiet, $"Imported {import.Read:N0} records ({import.Subjects.Added:N0} added, {import.Subjects.Updated:N0} updated, {import.Rejected:N0} rejected)");
                foreach (var e in import.Errors.Take(20))
                {
                    Console.Error.WriteLine("rejected " + e);
                }
            }
            IntelSnapshot? intel = null;
            if (!parse.GetValue(noIntel))
            {
                intel = IntelLoader.Load(new IntelLoadOptions { IntelDir = parse.GetValue(intelDir), DataPackagesDir = parse.GetValue(dataPackages) });
                Say(quiet, $"Reference data: {intel.Sources.Count} sources in {intel.LoadTime.TotalSeconds:0.0}s");
            }
            try
            {
                var community = await CommunityIndicatorLoader.ReadTableAsync(database, org.Id, ct);
                var sanctions = await SanctionsScreens.ForOrganizationAsync(database, org.Id, ct);
                Say(quiet, sanctions is null ? "Sanctions lists: none stored (run `vigil lists load PATH`); sanctions screening skipped" : $"Sanctions lists: {sanctions.Index.EntryCount:N0} entries");
                var references = new ScreeningReferences(intel?.Ip, intel?.DisposableEmail, sanctions, CommunityIntel: community);
                var options = new ScreeningOptions { NearDuplicateThreshold = parse.GetValue(threshold) };
                var service = new ApplicantScreeningService(database, references, options, new RiskScorer(config));
                var outcome = await service.ScreenAsync(org.Id, quiet ? null : new Progress<string>(s => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(s)}...[/]")), ct);
                if (parse.GetValue(json) is { } output)
                {
                    await WriteJsonLinesAsync(output.FullName, outcome.Results, ct);
                    Say(quiet, $"Wrote {outcome.Results.Count:N0} results to {output.FullName}");
                }
                Print(outcome, quiet);
                return 0;
            }
            finally
            {
                intel?.Dispose();
            }
        });
        return command;
    }

    internal static ScoringConfig LoadScoring(FileInfo? file)
    {
        var path = file?.FullName ?? (File.Exists(Path.Combine("config", "scoring.json")) ? Path.GetFullPath(Path.Combine("config", "scoring.json")) : null);
        if (path is null)
        {
            return ScoringConfig.Default;
        }
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file", 2);
        }
        try
        {
            return ScoringConfig.Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new CliException($"{path}: {e.Message}", 2);
        }
    }

    private static async Task WriteJsonLinesAsync(string path, IReadOnlyList<ScreeningResult> results, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        foreach (var r in results)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(r, ApplicantScreeningService.JsonOptions).AsMemory(), ct);
        }
    }

    private static void Say(bool quiet, string text)
    {
        if (quiet)
        {
            Console.Error.WriteLine(text);
        }
        else
        {
            AnsiConsole.MarkupLine(Markup.Escape(text));
        }
    }

    private static void Print(ScreeningOutcome outcome, bool plain)
    {
        var r = outcome.Report;
        var stages = string.Join(", ", r.StageSeconds.Select(s => $"{s.Key} {s.Value:0.00}s"));
        if (plain)
        {
            Console.WriteLine($"screened {r.Subjects} applicants: {r.Clear} clear, {r.Review} review, {r.High} high; {r.Clusters} clusters; {r.AlertsWritten} alerts written ({stages})");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"Screened [bold]{r.Subjects:N0}[/] applicants");
        table.AddColumn("clear").AddColumn("review").AddColumn("high").AddColumn("clusters").AddColumn("photos hashed").AddColumn("alerts written");
        table.AddRow($"{r.Clear:N0}", $"[yellow]{r.Review:N0}[/]", $"[red]{r.High:N0}[/]", $"{r.Clusters:N0}", $"{r.PhotosHashed:N0} ({r.PhotoErrors:N0} unreadable)", $"{r.AlertsWritten:N0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(stages)}[/]");
        var top = new Table().Border(TableBorder.Simple).Title("Top alerts");
        top.AddColumn("id").AddColumn("name").AddColumn("score").AddColumn("level").AddColumn("cluster").AddColumn("top reasons");
        foreach (var x in outcome.Results.Where(x => x.Level != RiskLevel.Clear).OrderByDescending(x => x.Score).Take(10))
        {
            top.AddRow(Markup.Escape(x.Id), Markup.Escape(x.Name), $"{x.Score:0}", x.Level.ToString(), Markup.Escape(x.ClusterId ?? ""),
                Markup.Escape(string.Join("; ", x.Findings.Take(3).Select(f => $"{f.Indicator} +{f.Contribution:0}: {f.Summary}"))));
        }
        AnsiConsole.Write(top);
    }
}
