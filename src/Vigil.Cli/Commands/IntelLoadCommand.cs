using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigil.Server.Application.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil intel load FILE.csv</c>: load a community indicator list (SAN-03) into the organization.</summary>
public static class IntelLoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "Load a community indicator list (CSV: type,value,source,confidence,first_seen); values are canonicalized, re-loading adds nothing");
        var file = new Argument<FileInfo>("FILE") { Description = "Indicator CSV; type is one of email, phone, wallet, github, linkedin, payout_account, bank_account, ip, name, postal_address, url, device, photo_hash" };
        var json = new Option<bool>("--json") { Description = "Print the load report as JSON" };
        command.Arguments.Add(file);
        command.Options.Add(json);
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file", 2);
            }
            var (database, org) = await storage.OpenAsync(parse, ct);
            var report = await new CommunityIndicatorLoader(database).LoadAsync(org.Id, path, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, ApplicantScreeningService.JsonOptions));
            }
            else
            {
                AnsiConsole.MarkupLine($"Loaded [bold]{report.Valid:N0}[/] indicators from {Markup.Escape(Path.GetFileName(path))} ({report.Added:N0} new, {report.Errors.Count:N0} rejected)");
                foreach (var e in report.Errors.Take(50))
                {
                    AnsiConsole.MarkupLine($"[red]rejected[/] {Markup.Escape(e)}");
                }
            }
            return 0;
        });
        return command;
    }
}
