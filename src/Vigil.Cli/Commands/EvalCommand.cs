using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval --labels labels.csv</c>: precision, recall and F1 of the stored screening (or of a
/// <c>vigil screen --json</c> output) against the synthetic population's ground truth.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Compare screening results with ground-truth labels: precision/recall/F1 per level and per indicator, false-positive rate on benign look-alikes");
        var labels = new Option<FileInfo>("--labels") { Description = "labels.csv written by `vigil synth`", Required = true };
        var results = new Option<FileInfo?>("--results") { Description = "Results of `vigil screen --json` (default: the alerts stored in the database)" };
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON" };
        command.Options.Add(labels);
        command.Options.Add(results);
        command.Options.Add(json);
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var labelFile = parse.GetValue(labels)!;
            if (!labelFile.Exists)
            {
                throw new CliException($"{labelFile.FullName}: no such file", 2);
            }
            var (truth, errors) = GroundTruthLabel.Read(labelFile.FullName);
            foreach (var e in errors.Take(20))
            {
                Console.Error.WriteLine(e);
            }
            var screened = parse.GetValue(results) is { } r ? ReadResults(r.FullName) : await ReadStoredAsync(storage, parse, ct);
            var report = ScreeningEvaluator.Evaluate(truth, screened);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, ApplicantScreeningService.JsonOptions));
            }
            else
            {
                Print(report);
            }
            return 0;
        });
        return command;
    }

    private static List<ScreeningResult> ReadResults(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file", 2);
        }
        var list = new List<ScreeningResult>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            try
            {
                list.Add(JsonSerializer.Deserialize<ScreeningResult>(text, ApplicantScreeningService.JsonOptions)
                    ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                throw new CliException($"{path}:{line}: not a screening result: {e.Message}", 2);
            }
        }
        return list;
    }

    private static async Task<List<ScreeningResult>> ReadStoredAsync(StorageCliOptions storage, ParseResult parse, CancellationToken ct)
    {
        var (database, org) = await storage.OpenAsync(parse, ct);
        await using var db = database.CreateContext(org.Id);
        var subjects = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.ExternalId, s.FullName }).ToListAsync(ct);
        var alerts = await db.Alerts.AsNoTracking().ToDictionaryAsync(a => a.SubjectId, ct);
        return subjects.Select(s => alerts.TryGetValue(s.Id, out var a)
            ? new ScreeningResult(s.ExternalId, s.Id, s.FullName, a.Score, a.Level, a.ClusterId,
                JsonSerializer.Deserialize<List<ScreeningFindingView>>(a.FindingsJson, ApplicantScreeningService.JsonOptions) ?? [])
            : new ScreeningResult(s.ExternalId, s.Id, s.FullName, 0, RiskLevel.Clear, null, [])).ToList();
    }

    private static void Print(EvaluationReport r)
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine($"{r.Matched:N0} of {r.Labelled:N0} labelled subjects screened.");
        var t = new Table().Border(TableBorder.Rounded).Title("Detection");
        t.AddColumn("decision").AddColumn("support").AddColumn("TP").AddColumn("FP").AddColumn("FN").AddColumn("precision").AddColumn("recall").AddColumn("F1");
        foreach (var m in r.Levels.Prepend(r.Flagged))
        {
            t.AddRow(Markup.Escape(m.Name), $"{m.Support:N0}", $"{m.TruePositives:N0}", $"{m.FalsePositives:N0}", $"{m.FalseNegatives:N0}", F(m.Precision), F(m.Recall), F(m.F1));
        }
        AnsiConsole.Write(t);
        var i = new Table().Border(TableBorder.Rounded).Title("Per indicator (planted vs reported)");
        i.AddColumn("indicator").AddColumn("support").AddColumn("TP").AddColumn("FP").AddColumn("FN").AddColumn("precision").AddColumn("recall").AddColumn("F1");
        foreach (var m in r.Indicators)
        {
            i.AddRow(Markup.Escape(m.Name ?? "(none)"), $"{m.Support:N0}", $"{m.TruePositives:N0}", $"{m.FalsePositives:N0}", $"{m.FalseNegatives:N0}", F(m.Precision), F(m.Recall), F(m.F1));
        }
        AnsiConsole.Write(i);
        AnsiConsole.MarkupLine($"False-positive rate: benign look-alikes [bold]{r.LookalikeFalsePositiveRate:P2}[/] of {r.Lookalikes:N0}; rest of population [bold]{r.OrdinaryFalsePositiveRate:P3}[/] of {r.Ordinary:N0}");
        foreach (var (scenario, flagged) in r.LookalikeByScenario)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(scenario)}: {flagged} flagged");
        }
    }
}
