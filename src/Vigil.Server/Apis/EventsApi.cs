using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Ingest.Common;
using Vigil.Server.Application.Monitoring;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>
/// <c>POST /api/events?kind=signins&amp;format=okta</c>: bulk event ingest in the formats of <c>vigil ingest</c>. The
/// body is the raw log (Okta/Entra/Google JSON or NDJSON, osquery results, sign-in/payroll/shipment CSV); it is
/// spooled to a temporary file and run through the same <see cref="MonitoringService"/> as the CLI, synchronously:
/// events stored idempotently for the caller's organization, malformed records reported by line and field (the good
/// ones kept), then the monitoring detectors over the organization's stored events.
/// </summary>
public static class EventsApi
{
    /// <summary>Largest log body accepted; larger logs go through <c>vigil ingest</c> or are split.</summary>
    public const long MaxBodyBytes = 32L * 1024 * 1024;

    private const int MaxErrorsReturned = 200;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", IngestAsync).WithTags("Events").RequireAuthorization(VigilPolicies.Ingest)
            .WithMetadata(new BodySizeLimit(MaxBodyBytes))
            .WithSummary("Ingest a monitoring log (same formats as `vigil ingest`)")
            .WithDescription("Query: kind = signins | endpoint | payroll | shipments; format = okta | entra | google | csv (signins), " +
                "osquery (endpoint, default), csv (payroll, shipments, default); detect = true (default) | false. Body: the raw log.");
        return app;
    }

    public static async Task<Results<Ok<EventIngestResponse>, ValidationProblem>> IngestAsync(
        HttpContext http, VigilDatabase database, MonitoringReferences references, TimeProvider time, VigilMetrics metrics,
        string? kind, string? format, bool? detect)
    {
        if (!ApiMapping.TryParseName<LogKind>(kind, out var logKind))
        {
            return Problems.Invalid("kind", "kind must be one of signins, endpoint, payroll, shipments.");
        }
        LogFormat logFormat;
        if (string.IsNullOrWhiteSpace(format))
        {
            LogFormat? byDefault = logKind switch
            {
                LogKind.Endpoint => LogFormat.Osquery,
                LogKind.Payroll or LogKind.Shipments => LogFormat.Csv,
                _ => null,
            };
            if (byDefault is null)
            {
                return Problems.Invalid("format", "format is required for signins: okta, entra, google or csv.");
            }
            logFormat = byDefault.Value;
        }
        else if (!ApiMapping.TryParseName(format, out logFormat))
        {
            return Problems.Invalid("format", "format must be one of okta, entra, google, csv, osquery.");
        }
        if (!Fits(logKind, logFormat))
        {
            return Problems.Invalid("format", $"format '{logFormat.ToString().ToLowerInvariant()}' does not apply to {logKind.ToString().ToLowerInvariant()} " +
                "(signins: okta, entra, google, csv; endpoint: osquery; payroll: csv; shipments: csv).");
        }
        var ct = http.RequestAborted;
        await using var body = await SpooledBody.CopyAsync(http.Request, "body", ct);
        if (body.Length == 0)
        {
            return Problems.Invalid("body", "The body is empty: send the log file as the request body.");
        }
        var service = new MonitoringService(database, references, time: time);
        var report = await service.IngestAsync(http.User.GetOrgId(), logKind, logFormat, body.Path, detect ?? true, cancellationToken: ct);
        metrics.EventsIngested.Add(report.Stored);
        return TypedResults.Ok(ToResponse(report));
    }

    private static bool Fits(LogKind kind, LogFormat format) => (kind, format) switch
    {
        (LogKind.SignIns, LogFormat.Okta or LogFormat.Entra or LogFormat.Google or LogFormat.Csv) => true,
        (LogKind.Endpoint, LogFormat.Osquery) => true,
        (LogKind.Payroll or LogKind.Shipments, LogFormat.Csv) => true,
        _ => false,
    };

    internal static LineError ToLineError(IngestError e) => new(e.Line, e.Field, e.Message);

    private static EventIngestResponse ToResponse(IngestFileReport r) => new(
        r.Kind.ToString().ToLowerInvariant(), r.Format.ToString().ToLowerInvariant(), r.Records, r.Parsed, r.Stored, r.AlreadyStored,
        r.Ignored, r.Rejected, r.Matched, r.Errors.Take(MaxErrorsReturned).Select(ToLineError).ToList(),
        r.Detection is { } d ? new EventDetectionSummary(d.Events, d.Findings, d.AlertsCreated, d.AlertsUpdated, d.High, d.Review, d.FindingsByDetector) : null);
}
