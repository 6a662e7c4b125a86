using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Intel.Data;
using Vigil.Server.Application.Monitoring;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil ingest signins|endpoint|payroll|shipments FILE --format …</c>: streams a monitoring log into the
/// database (idempotent), then runs the monitoring detectors over the organization's stored events and upserts
/// alerts. See docs/monitoring.md.
/// </summary>
public static partial class IngestCommand
{
    public static Command Create()
    {
        var ingest = new Command("ingest", "Ingest monitoring logs (sign-ins, osquery endpoint results, payroll changes, shipments), then run the " +
            "monitoring detectors and store alerts. Re-ingesting a file changes nothing; malformed records are reported by file, line and field and skipped.");
        ingest.Subcommands.Add(Create("signins", LogKind.SignIns, null, "Sign-in logs: Okta System Log (JSON array or NDJSON), Entra sign-ins (Graph page, NDJSON, Azure Monitor records, Log Analytics rows), Google Workspace login audit, or CSV (timestamp,user,ip,user_agent,device_id,result)"));
        ingest.Subcommands.Add(Create("endpoint", LogKind.Endpoint, LogFormat.Osquery, "osquery result logs (programs, apps, processes, usb_devices, system_info; event, snapshot and batch formats)"));
        ingest.Subcommands.Add(Create("payroll", LogKind.Payroll, LogFormat.Csv, "Payroll / bank-detail change CSV (docs/formats.md §2.2)"));
        ingest.Subcommands.Add(Create("shipments", LogKind.Shipments, LogFormat.Csv, "Laptop shipment CSV (docs/formats.md §2.3)"));
        return ingest;
    }

    private static Command Create(string name, LogKind kind, LogFormat? defaultFormat, string description)
    {
        var command = new Command(name, description);
        var file = new Argument<FileInfo>("FILE") { Description = "The log file" };
        var format = new Option<string?>("--format")
        {
            Description = defaultFormat is null ? "File format: okta, entra, google or csv (required)" : $"File format (default {defaultFormat.ToString()!.ToLowerInvariant()})",
        };
        var json = new Option<bool>("--json") { Description = "Print the ingest report as JSON instead of tables" };
        var noDetect = new Option<bool>("--no-detect") { Description = "Only store the events; do not run the detectors" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any record was rejected (the good records are still stored)" };
        var intelDir = new Option<string?>("--intel-dir") { Description = "Folder holding the IP range lists (default: $VIGIL_INTEL_DIR or ./.vigil/intel)" };
        var dataPackages = new Option<string?>("--data-packages") { Description = "Folder of the npm IP data packages (default: the repository's data-packages/)" };
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(json);
        command.Options.Add(noDetect);
        command.Options.Add(strict);
        command.Options.Add(intelDir);
        command.Options.Add(dataPackages);
        var storage = StorageCliOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await RunAsync(parse, ct);
            }
            catch (CliException e)
            {
                // System.CommandLine's default handler would turn this into "Unhandled exception" and exit 1.
                await Console.Error.WriteLineAsync("vigil: " + e.Message);
                return e.ExitCode;
            }
        });
        return command;

        async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file", 2);
            }
            var formatText = parse.GetValue(format);
            LogFormat chosen;
            if (formatText is null)
            {
                chosen = defaultFormat ?? throw new CliException($"ingest {name}: --format is required (okta, entra, google or csv)", 2);
            }
            else if (!Enum.TryParse(formatText, ignoreCase: true, out chosen))
            {
                throw new CliException($"--format: '{formatText}' is not one of okta, entra, google, csv, osquery", 2);
            }
            var (database, org) = await storage.OpenAsync(parse, ct);
            using var intel = IntelLoader.Load(new IntelLoadOptions { IntelDir = parse.GetValue(intelDir), DataPackagesDir = parse.GetValue(dataPackages) });
            var service = new MonitoringService(database, new MonitoringReferences(intel.Ip, intel.RemoteAccess, intel.Usb));
            IngestFileReport report;
            try
            {
                if (parse.GetValue(json) || Console.IsOutputRedirected)
                {
                    report = await service.IngestAsync(org.Id, kind, chosen, path, !parse.GetValue(noDetect), cancellationToken: ct);
                }
                else
                {
                    report = await AnsiConsole.Status().StartAsync("Ingesting...", async status =>
                        await service.IngestAsync(org.Id, kind, chosen, path, !parse.GetValue(noDetect),
                            new Progress<long>(n => status.Status($"Ingesting... {n:N0} events")), ct));
                }
            }
            catch (ArgumentException e) when (e.ParamName == "format")
            {
                throw new CliException(e.Message.Split(" (Parameter")[0], 2);
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, IngestJson.Readable.IngestFileReport));
            }
            else
            {
                Print(report, database.Options.Describe(), org.Name);
            }
            return parse.GetValue(strict) && report.Rejected > 0 ? 3 : 0;
        }
    }

    private static void Print(IngestFileReport r, string where, string org)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Ingested [bold]{Markup.Escape(r.File)}[/] ({r.Kind.ToString().ToLowerInvariant()}, {r.Format.ToString().ToLowerInvariant()}) into {Markup.Escape(where)} (org {Markup.Escape(org)})");
        table.AddColumn("records").AddColumn("events").AddColumn("stored").AddColumn("already stored").AddColumn("ignored").AddColumn("rejected").AddColumn("matched to workers");
        table.AddRow($"{r.Records:N0}", $"{r.Parsed:N0}", $"{r.Stored:N0}", $"{r.AlreadyStored:N0}", $"{r.Ignored:N0}",
            r.Rejected > 0 ? $"[red]{r.Rejected:N0}[/]" : "0", $"{r.Matched:N0}");
        AnsiConsole.Write(table);
        foreach (var e in r.Errors.Take(50))
        {
            AnsiConsole.MarkupLine($"[red]rejected[/] {Markup.Escape(e.ToString())}");
        }
        if (r.Rejected > 50)
        {
            AnsiConsole.MarkupLine($"... and {r.Rejected - 50:N0} more rejected records (--json lists up to {MonitoringService.MaxReportedErrors:N0})");
        }
        if (r.Detection is { } d)
        {
            AnsiConsole.MarkupLine($"Detection over {d.Events:N0} stored events: {d.Findings:N0} findings ({d.UnmatchedFindings:N0} on logins no worker has); " +
                $"alerts: {d.AlertsCreated:N0} new, {d.AlertsUpdated:N0} updated; [red]{d.High:N0} high[/], [yellow]{d.Review:N0} review[/]");
            var detectors = new Table().Border(TableBorder.Simple).AddColumn("detector").AddColumn("findings");
            foreach (var (id, count) in d.FindingsByDetector)
            {
                detectors.AddRow(Markup.Escape(id), $"{count:N0}");
            }
            AnsiConsole.Write(detectors);
        }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(IngestFileReport))]
    private sealed partial class IngestJson : JsonSerializerContext
    {
        public static IngestJson Readable => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
