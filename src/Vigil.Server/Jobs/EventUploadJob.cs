using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Ingest.Common;
using Vigil.Server.Apis;
using Vigil.Server.Application.Monitoring;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Json;
using Vigil.Storage;
using Vigil.Storage.Jobs;

namespace Vigil.Server.Jobs;

/// <summary>
/// Runs one event upload job (<c>POST /api/events/jobs</c>): the stored upload is read back chunk by chunk through
/// the same <see cref="MonitoringService"/> as <c>vigil ingest</c> (events stored idempotently, malformed records
/// reported by line and field), then the monitoring detectors run. Progress (records read, bytes read, stage) is
/// written to the job row every second with the lease, so every server process reports the same progress and another
/// takes over when this one dies: ingest is idempotent, so a resumed job simply runs the upload again from its start.
/// </summary>
public sealed class EventUploadJob(
    VigilDatabase database,
    MonitoringReferences references,
    IOptions<VigilServerSettings> settings,
    TimeProvider time,
    VigilMetrics metrics,
    ILogger<EventUploadJob> logger)
{
    private const int MaxErrorsKept = 200;
    /// <summary>How every event upload job's payload starts (see <see cref="EventJobPayload"/>).</summary>
    public const string EventJobPrefix = """{"job":"events",""";

    /// <summary>Whether a job's payload is an event upload.</summary>
    public static bool IsEventJob(string payloadJson) => payloadJson.StartsWith(EventJobPrefix, StringComparison.Ordinal);

    /// <summary>The stored status of an event upload job, or null for another kind of job.</summary>
    public static EventUploadStatus? StatusOf(string payloadJson) => IsEventJob(payloadJson)
        ? JsonSerializer.Deserialize(payloadJson, VigilJsonContext.Default.EventJobPayload)?.Events
        : null;

    public static string Serialize(EventUploadStatus status) =>
        JsonSerializer.Serialize(new EventJobPayload(EventJobPayload.EventsJob, status), VigilJsonContext.Default.EventJobPayload);

    /// <summary>Runs the claimed <paramref name="job"/> (tracked by <paramref name="db"/>, scoped to its organization).</summary>
    /// <param name="pauseToken">Shutdown: the job goes back to the queue for another process.</param>
    public async Task RunAsync(VigilDbContext db, ImportJob job, CancellationToken pauseToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(job);
        var status = StatusOf(job.PayloadJson) ?? throw new InvalidOperationException($"Job {job.Id} is not an event upload.");
        if (!Enum.TryParse<LogKind>(status.Kind, ignoreCase: true, out var kind) || !Enum.TryParse<LogFormat>(status.Format, ignoreCase: true, out var format))
        {
            await FailAsync(db, job, status, $"Unknown log kind or format '{status.Kind}/{status.Format}'.");
            return;
        }
        logger.LogInformation("Event upload job {JobId}: {Kind}/{Format}, {Bytes} bytes", job.Id, status.Kind, status.Format, status.BytesTotal);
        var service = new MonitoringService(database, references, time: time);
        long parsed = 0;
        IngestFileReport report;
        await using (var upload = new ChunkedUploadStream(database.CreateContext(), job.Id, status.BytesTotal))
        {
            status = status with { Stage = "ingesting", BytesProcessed = 0, Result = null };
            job.Processed = 0;
            await SaveProgressAsync(db, job, status);
            // Task.Run: the parsers read synchronously, so the ingest must not hold this loop's thread.
            var run = Task.Run(() => service.IngestAsync(job.OrgId, kind, format, upload, "upload", detect: false,
                new SyncProgress(n => Volatile.Write(ref parsed, n)), pauseToken), CancellationToken.None);
            while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)) != run)
            {
                job.Processed = (int)Math.Min(Volatile.Read(ref parsed), int.MaxValue);
                status = status with { BytesProcessed = upload.BytesRead };
                await SaveProgressAsync(db, job, status);
            }
            try
            {
                report = await run;
            }
            catch (OperationCanceledException) when (pauseToken.IsCancellationRequested)
            {
                await RequeueAsync(db, job, status);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A job must end: an upload the importer cannot read at all (not a bad record, which is reported and
                // skipped) fails with the reason instead of being retried forever.
                logger.LogError(e, "Event upload job {JobId} failed", job.Id);
                await FailAsync(db, job, status, e.Message);
                return;
            }
            status = status with { BytesProcessed = upload.BytesRead };
        }
        metrics.EventsIngested.Add(report.Stored);
        if (status.Detect)
        {
            status = status with { Stage = "detecting" };
            job.Processed = (int)Math.Min(report.Records, int.MaxValue);
            await SaveProgressAsync(db, job, status);
            try
            {
                report = report with { Detection = await service.DetectAsync(job.OrgId, pauseToken) };
            }
            catch (OperationCanceledException) when (pauseToken.IsCancellationRequested)
            {
                await RequeueAsync(db, job, status);
                return;
            }
        }
        job.Total = job.Processed = (int)Math.Min(report.Records, int.MaxValue);
        job.Added = (int)Math.Min(report.Stored, int.MaxValue);
        job.Unchanged = (int)Math.Min(report.AlreadyStored, int.MaxValue);
        job.Rejected = (int)Math.Min(report.Rejected, int.MaxValue);
        job.ErrorsJson = JsonSerializer.Serialize(report.Errors.Take(MaxErrorsKept)
            .Select(e => new RowError((int)Math.Min(e.Line, int.MaxValue), e.Field ?? "", e.Message, e.Line)).ToList(), VigilJsonContext.Default.ListRowError);
        await FinishAsync(db, job, status with { Stage = "done", Result = EventsApi.ToResponse(report) }, ImportJobStatus.Succeeded);
        logger.LogInformation("Event upload job {JobId} done: {Records} records, {Stored} stored, {Already} already stored, {Rejected} rejected",
            job.Id, report.Records, report.Stored, report.AlreadyStored, report.Rejected);
    }

    private async Task SaveProgressAsync(VigilDbContext db, ImportJob job, EventUploadStatus status)
    {
        job.PayloadJson = Serialize(status);
        job.UpdatedAt = time.GetUtcNow();
        job.LeaseUntil = job.UpdatedAt.AddSeconds(settings.Value.JobLeaseSeconds);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task RequeueAsync(VigilDbContext db, ImportJob job, EventUploadStatus status)
    {
        job.Status = ImportJobStatus.Queued;
        job.Processed = 0;
        job.LeaseOwner = null;
        job.LeaseUntil = null;
        job.PayloadJson = Serialize(status with { Stage = "queued", BytesProcessed = 0 });
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Event upload job {JobId} paused for shutdown; it will run again (idempotently) elsewhere", job.Id);
    }

    private async Task FailAsync(VigilDbContext db, ImportJob job, EventUploadStatus status, string reason)
    {
        job.ErrorsJson = JsonSerializer.Serialize(new List<RowError> { new(0, "body", reason) }, VigilJsonContext.Default.ListRowError);
        await FinishAsync(db, job, status with { Stage = "failed" }, ImportJobStatus.Failed);
    }

    private async Task FinishAsync(VigilDbContext db, ImportJob job, EventUploadStatus status, ImportJobStatus outcome)
    {
        job.Status = outcome;
        job.PayloadJson = Serialize(status);
        job.FinishedAt = job.UpdatedAt = time.GetUtcNow();
        job.LeaseOwner = null;
        job.LeaseUntil = null;
        // The bytes were only needed to run the job; the counts, errors and report stay on the job row. One
        // transaction: a job is never seen finished with its bytes still stored, nor running without them.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await UploadChunks.DeleteAsync(db, job.Id, CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
