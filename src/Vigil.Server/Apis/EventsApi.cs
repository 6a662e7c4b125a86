using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vigil.Ingest.Common;
using Vigil.Server.Application.Monitoring;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Jobs;
using Vigil.Storage;
using Vigil.Storage.Jobs;

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
    /// <summary>Largest log body answered synchronously; larger logs go to <c>POST /api/events/jobs</c> or <c>vigil ingest</c>.</summary>
    public const long MaxBodyBytes = 32L * 1024 * 1024;

    private const int MaxErrorsReturned = 200;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var maxUpload = app.ServiceProvider.GetRequiredService<IOptions<VigilServerSettings>>().Value.MaxEventUploadBytes;
        app.MapPost("/api/events/jobs", SubmitAsync).WithTags("Events").RequireAuthorization(VigilPolicies.Ingest)
            .WithMetadata(new BodySizeLimit(maxUpload))
            .WithSummary("Upload a monitoring log of any size (up to Vigil:Server:MaxEventUploadBytes, 2 GB) as a background job")
            .WithDescription("Same query and body as POST /api/events. Answers 202 with the job; GET /api/jobs/{id} reports its stage, " +
                "bytes read, records, and when done the ingest report. Any server process on the database may run it.");
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
        if (ParseLog(kind, format, out var logKind, out var logFormat) is { } invalid)
        {
            return invalid;
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

    /// <summary><c>POST /api/events/jobs</c>: a log of any size up to <see cref="VigilServerSettings.MaxEventUploadBytes"/>
    /// (2 GB by default) is streamed to a temporary file, stored in the database with a queued job, and answered at
    /// once with 202 and the job's URL; any server process on the database runs the job (<see cref="EventUploadJob"/>).</summary>
    public static async Task<Results<Accepted<ImportJobResponse>, ValidationProblem>> SubmitAsync(
        HttpContext http, VigilDbContext db, TimeProvider time, string? kind, string? format, bool? detect)
    {
        if (ParseLog(kind, format, out var logKind, out var logFormat) is { } invalid)
        {
            return invalid;
        }
        var ct = http.RequestAborted;
        await using var body = await SpooledBody.CopyAsync(http.Request, "upload", ct);
        if (body.Length == 0)
        {
            return Problems.Invalid("body", "The body is empty: send the log file as the request body.");
        }
        var now = time.GetUtcNow();
        var status = new EventUploadStatus(Name(logKind), Name(logFormat), detect ?? true, "queued", body.Length, 0);
        var job = new ImportJob
        {
            Id = Guid.NewGuid(),
            OrgId = http.User.GetOrgId(),
            SubmittedBy = http.User.Actor(),
            PayloadJson = EventUploadJob.Serialize(status),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await UploadChunks.StoreAsync(db, job, body.Path, ct);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", SubjectsApi.ToResponse(job));
    }

    /// <summary>The log kind and format of a request (the format defaults where the kind has only one), or the
    /// validation problem naming the bad parameter.</summary>
    private static ValidationProblem? ParseLog(string? kind, string? format, out LogKind logKind, out LogFormat logFormat)
    {
        logFormat = default;
        if (!ApiMapping.TryParseName(kind, out logKind))
        {
            return Problems.Invalid("kind", "kind must be one of signins, endpoint, payroll, shipments.");
        }
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
            return Problems.Invalid("format", $"format '{Name(logFormat)}' does not apply to {Name(logKind)} " +
                "(signins: okta, entra, google, csv; endpoint: osquery; payroll: csv; shipments: csv).");
        }
        return null;
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static bool Fits(LogKind kind, LogFormat format) => (kind, format) switch
    {
        (LogKind.SignIns, LogFormat.Okta or LogFormat.Entra or LogFormat.Google or LogFormat.Csv) => true,
        (LogKind.Endpoint, LogFormat.Osquery) => true,
        (LogKind.Payroll or LogKind.Shipments, LogFormat.Csv) => true,
        _ => false,
    };

    internal static LineError ToLineError(IngestError e) => new(e.Line, e.Field, e.Message);

    internal static EventIngestResponse ToResponse(IngestFileReport r) => new(
        r.Kind.ToString().ToLowerInvariant(), r.Format.ToString().ToLowerInvariant(), r.Records, r.Parsed, r.Stored, r.AlreadyStored,
        r.Ignored, r.Rejected, r.Matched, r.Errors.Take(MaxErrorsReturned).Select(ToLineError).ToList(),
        r.Detection is { } d ? new EventDetectionSummary(d.Events, d.Findings, d.AlertsCreated, d.AlertsUpdated, d.High, d.Review, d.FindingsByDetector) : null);
}
