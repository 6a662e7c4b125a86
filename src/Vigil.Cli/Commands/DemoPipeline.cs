using Spectre.Console;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;
using Vigil.Intel.Data;
using Vigil.Server.Application.Monitoring;
using Vigil.Server.Application.Screening;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// The detection steps of <c>vigil demo</c>, after import: the hired workers' logs go through monitoring (sign-ins,
/// endpoint inventory, payroll, shipments), then every applicant is screened (detectors, identity graph, scores).
/// Both write alerts; screening runs first because monitoring keeps the findings already on an alert and rescores them
/// with its own, while screening replaces a subject's alert.
/// </summary>
internal static class DemoPipeline
{
    public static async Task RunAsync(VigilDatabase database, Guid orgId, string dataDirectory, CancellationToken cancellationToken)
    {
        using var intel = IntelLoader.Load(new IntelLoadOptions());
        AnsiConsole.MarkupLine($"  reference data: {intel.Sources.Count} sources loaded in {intel.LoadTime.TotalSeconds:0.0} s");

        var community = await CommunityIndicatorLoader.ReadTableAsync(database, orgId, cancellationToken);
        var sanctions = await DemoSanctions.LoadAsync(database, orgId, cancellationToken);
        var references = new ScreeningReferences(intel.Ip, intel.DisposableEmail, sanctions, CommunityIntel: community);
        var service = new ApplicantScreeningService(database, references, new ScreeningOptions(), new RiskScorer(ScreenCommand.LoadScoring(null)));
        var outcome = await service.ScreenAsync(orgId, cancellationToken: cancellationToken);
        AnsiConsole.MarkupLine($"  screening: {outcome.Results.Count:N0} applicants scored");
        var monitoring = new MonitoringService(database, new MonitoringReferences(intel.Ip, intel.RemoteAccess, intel.Usb));
        (string File, LogKind Kind, LogFormat Format)[] logs =
        [
            ("okta-signins.ndjson", LogKind.SignIns, LogFormat.Okta),
            ("osquery.ndjson", LogKind.Endpoint, LogFormat.Osquery),
            ("payroll.csv", LogKind.Payroll, LogFormat.Csv),
            ("shipments.csv", LogKind.Shipments, LogFormat.Csv),
        ];
        foreach (var (file, kind, format) in logs)
        {
            var path = Path.Combine(dataDirectory, file);
            if (!File.Exists(path))
            {
                continue;
            }
            // Detection runs once, after the last file, over everything stored.
            var report = await monitoring.IngestAsync(orgId, kind, format, path, detect: false, cancellationToken: cancellationToken);
            AnsiConsole.MarkupLine($"  ingested {Markup.Escape(file)}: {report.Stored:N0} events ({report.Rejected:N0} rejected)");
        }
        var detection = await monitoring.DetectAsync(orgId, cancellationToken);
        AnsiConsole.MarkupLine($"  monitoring: {detection.Findings:N0} findings, {detection.High:N0} high and {detection.Review:N0} review");

    }
}
