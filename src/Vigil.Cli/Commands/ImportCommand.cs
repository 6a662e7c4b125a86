using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigil.Server.Application.Import;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil import applicants FILE</c>: bulk, idempotent import of applicant files.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import records into Vigil's database");
        var applicants = new Command("applicants", "Import applicants, workers or freelancers from JSON Lines (.jsonl) or CSV (.csv); see docs/formats.md. " +
            "Re-importing the same file changes nothing; malformed rows are reported by file, line and field and skipped.");
        var file = new Argument<FileInfo>("FILE") { Description = "Applicant file (.jsonl, .ndjson, .json or .csv)" };
        var json = new Option<bool>("--json") { Description = "Print the import report as JSON instead of tables" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any row was rejected (the good rows are still imported)" };
        applicants.Arguments.Add(file);
        applicants.Options.Add(json);
        applicants.Options.Add(strict);
        var storage = StorageCliOptions.AddTo(applicants);
        applicants.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file", 2);
            }
            var (database, org) = await storage.OpenAsync(parse, ct);
            var importer = new ApplicantImporter(database);
            ImportReport report;
            if (parse.GetValue(json) || Console.IsOutputRedirected)
            {
                report = await importer.ImportAsync(org.Id, path, cancellationToken: ct);
            }
            else
            {
                report = await AnsiConsole.Status().StartAsync("Importing...", async status =>
                    await importer.ImportAsync(org.Id, path, new Progress<int>(n => status.Status($"Importing... {n:N0} records")), ct));
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, CliJson.Readable.ImportReport));
            }
            else
            {
                Print(report, database.Options.Describe(), org.Name);
            }
            return parse.GetValue(strict) && report.Rejected > 0 ? 3 : 0;
        });
        import.Subcommands.Add(applicants);
        return import;
    }

    private static void Print(ImportReport report, string where, string org)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Imported [bold]{Markup.Escape(Path.GetFileName(report.File))}[/] into {Markup.Escape(where)} (org {Markup.Escape(org)})");
        table.AddColumn("records read").AddColumn("added").AddColumn("updated").AddColumn("unchanged").AddColumn("rejected").AddColumn("events added");
        table.AddRow($"{report.Read:N0}", $"{report.Subjects.Added:N0}", $"{report.Subjects.Updated:N0}", $"{report.Subjects.Unchanged:N0}",
            report.Rejected > 0 ? $"[red]{report.Rejected:N0}[/]" : "0", $"{report.EventsAdded:N0}");
        AnsiConsole.Write(table);
        foreach (var e in report.Errors)
        {
            AnsiConsole.MarkupLine($"[red]rejected[/] {Markup.Escape(e.ToString())}");
        }
        if (report.Rejected > report.Errors.Count)
        {
            AnsiConsole.MarkupLine($"... and {report.Rejected - report.Errors.Count:N0} more rejected rows");
        }
    }
}
