using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Core.Model;
using Vigil.Ingest.Applicants;
using Vigil.Server.Application.Import;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Json;
using Vigil.Storage;
using Vigil.Storage.Jobs;

namespace Vigil.Server.Jobs;

/// <summary>
/// Runs queued import jobs. Any number of server processes may run this: a job is claimed with a conditional
/// update (only one process wins), held by a lease that is renewed as batches commit, and resumed from its stored
/// progress by another process if the lease lapses. Writes are idempotent (subjects upsert by external id), so a
/// batch repeated after a crash changes nothing.
/// </summary>
public sealed class ImportJobRunner(
    VigilDatabase database,
    IOptions<VigilServerSettings> settings,
    TimeProvider time,
    VigilMetrics metrics,
    EventUploadJob eventUploads,
    ILogger<ImportJobRunner> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const int MaxErrorsKept = 200;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}" is var o && o.Length > 150 ? o[..150] : o;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.RunJobs)
        {
            return;
        }
        // Graceful shutdown: no new job is claimed once stopping starts, but the running one keeps going for up to
        // JobShutdownGraceSeconds (inside the host's shutdown timeout); only then is it paused for another process.
        using var drain = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(TimeSpan.FromSeconds(settings.Value.JobShutdownGraceSeconds)));
        var poll = TimeSpan.FromSeconds(settings.Value.JobPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOneAsync(stoppingToken, drain.Token))
                {
                    await Task.Delay(poll, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // Database hiccup (or migrations not applied yet): log, wait, try again; never kill the host.
                logger.LogWarning(ex, "Import job runner failed; retrying");
                await Task.Delay(poll * 5, time, stoppingToken);
            }
        }
    }

    /// <summary>Claims and runs one job; false when there was none.</summary>
    /// <param name="stoppingToken">Stops the search for a job.</param>
    /// <param name="pauseToken">Pauses the running job between batches (its progress stays; another process resumes it).</param>
    public async Task<bool> RunOneAsync(CancellationToken stoppingToken, CancellationToken pauseToken = default)
    {
        var now = time.GetUtcNow();
        await using var admin = database.CreateContext();
        var candidate = await admin.ImportJobs.AsNoTracking()
            .Where(j => j.Status == ImportJobStatus.Queued || (j.Status == ImportJobStatus.Running && j.LeaseUntil < now))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.OrgId }).FirstOrDefaultAsync(stoppingToken);
        if (candidate is null)
        {
            return false;
        }
        var lease = now.AddSeconds(settings.Value.JobLeaseSeconds);
        var claimed = await admin.ImportJobs
            .Where(j => j.Id == candidate.Id && (j.Status == ImportJobStatus.Queued || (j.Status == ImportJobStatus.Running && j.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Running).SetProperty(j => j.LeaseOwner, _owner)
                .SetProperty(j => j.LeaseUntil, lease).SetProperty(j => j.UpdatedAt, now), stoppingToken);
        if (claimed == 0)
        {
            return true; // Another process took it; look again at once.
        }
        await RunAsync(candidate.Id, candidate.OrgId, pauseToken);
        return true;
    }

    private async Task RunAsync(Guid jobId, Guid orgId, CancellationToken stoppingToken)
    {
        await using var db = database.CreateContext(orgId);
        var job = await db.ImportJobs.FirstAsync(j => j.Id == jobId, CancellationToken.None);
        if (EventUploadJob.IsEventJob(job.PayloadJson))
        {
            await eventUploads.RunAsync(db, job, stoppingToken);
            return;
        }
        var request = JsonSerializer.Deserialize(job.PayloadJson, VigilJsonContext.Default.ImportRequest) ?? new ImportRequest(null);
        if (request.Content is not null)
        {
            await RunFileAsync(db, job, request, orgId, stoppingToken);
            return;
        }
        var rows = request.Subjects ?? [];
        var errors = string.IsNullOrEmpty(job.ErrorsJson) ? [] : JsonSerializer.Deserialize(job.ErrorsJson, VigilJsonContext.Default.ListRowError) ?? [];
        job.Total = rows.Count;
        var store = new SubjectStore(database, time);
        logger.LogInformation("Import job {JobId} running from row {Processed} of {Total}", jobId, job.Processed, job.Total);
        while (job.Processed < rows.Count)
        {
            // Stop between batches on shutdown: the committed progress stays, the lease is released, and the next
            // process continues from here.
            if (stoppingToken.IsCancellationRequested)
            {
                job.Status = ImportJobStatus.Queued;
                job.LeaseOwner = null;
                job.LeaseUntil = null;
                await db.SaveChangesAsync(CancellationToken.None);
                logger.LogInformation("Import job {JobId} paused at {Processed}/{Total} for shutdown", jobId, job.Processed, job.Total);
                return;
            }
            var start = job.Processed;
            var batch = new List<Subject>(BatchSize);
            var rowErrors = new List<RowError>();
            var now = time.GetUtcNow();
            for (var i = start; i < Math.Min(start + BatchSize, rows.Count); i++)
            {
                var s = SubjectMapper.TryMap(orgId, rows[i], i, rowErrors, now);
                if (s is not null)
                {
                    batch.Add(s);
                }
            }
            var result = await store.UpsertAsync(orgId, batch, cancellationToken: CancellationToken.None);
            job.Processed = Math.Min(start + BatchSize, rows.Count);
            job.Added += result.Added;
            job.Updated += result.Updated;
            job.Unchanged += result.Unchanged;
            job.Rejected += rowErrors.Select(e => e.Index).Distinct().Count();
            errors.AddRange(rowErrors.Take(Math.Max(0, MaxErrorsKept - errors.Count)));
            job.ErrorsJson = JsonSerializer.Serialize(errors, VigilJsonContext.Default.ListRowError);
            job.UpdatedAt = time.GetUtcNow();
            job.LeaseUntil = job.UpdatedAt.AddSeconds(settings.Value.JobLeaseSeconds);
            await db.SaveChangesAsync(CancellationToken.None);
            metrics.SubjectsIngested.Add(result.Total);
        }
        job.Status = ImportJobStatus.Succeeded;
        job.FinishedAt = time.GetUtcNow();
        job.LeaseOwner = null;
        job.LeaseUntil = null;
        job.PayloadJson = "{}"; // The rows now live in the subjects tables; keep the job row small.
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Import job {JobId} done: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected",
            jobId, job.Added, job.Updated, job.Unchanged, job.Rejected);
    }

    /// <summary>An applicant file (JSONL/CSV) job: the same <see cref="ApplicantImporter"/> as <c>vigil import
    /// applicants</c>. The importer is idempotent, so a paused or crashed job simply runs again from the start; progress
    /// and the lease are written every second while it runs.</summary>
    private async Task RunFileAsync(VigilDbContext db, ImportJob job, ImportRequest request, Guid orgId, CancellationToken pauseToken)
    {
        var format = ImportFormats.Normalize(request.Format) ?? ImportFormats.JsonLines;
        var directory = Path.Combine(Path.GetTempPath(), "vigil-import-" + job.Id.ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "body." + format);
        try
        {
            await File.WriteAllTextAsync(path, request.Content, CancellationToken.None);
            job.Total = ApplicantFileReader.ReadFile(path).Count();
            job.Processed = 0;
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("Import job {JobId}: {Format} file of {Total} records", job.Id, format, job.Total);

            var processed = 0;
            var importer = new ApplicantImporter(database, time) { ResolvePhotoPaths = false };
            var run = importer.ImportAsync(orgId, path, new SyncProgress(n => Volatile.Write(ref processed, n)), pauseToken);
            while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)) != run)
            {
                job.Processed = Math.Min(Volatile.Read(ref processed), job.Total);
                job.UpdatedAt = time.GetUtcNow();
                job.LeaseUntil = job.UpdatedAt.AddSeconds(settings.Value.JobLeaseSeconds);
                await db.SaveChangesAsync(CancellationToken.None);
            }
            ImportReport report;
            try
            {
                report = await run;
            }
            catch (OperationCanceledException) when (pauseToken.IsCancellationRequested)
            {
                job.Status = ImportJobStatus.Queued;
                job.Processed = 0;
                job.LeaseOwner = null;
                job.LeaseUntil = null;
                await db.SaveChangesAsync(CancellationToken.None);
                logger.LogInformation("Import job {JobId} paused for shutdown; it will run again (idempotently) elsewhere", job.Id);
                return;
            }
            job.Total = report.Read;
            job.Processed = report.Read;
            job.Added = report.Subjects.Added;
            job.Updated = report.Subjects.Updated;
            job.Unchanged = report.Subjects.Unchanged;
            job.Rejected = report.Rejected;
            var errors = report.Errors.Take(MaxErrorsKept)
                .Select(e => new RowError((int)Math.Min(e.Line, int.MaxValue), e.Field ?? "", e.Message, e.Line)).ToList();
            job.ErrorsJson = JsonSerializer.Serialize(errors, VigilJsonContext.Default.ListRowError);
            job.Status = ImportJobStatus.Succeeded;
            job.FinishedAt = time.GetUtcNow();
            job.UpdatedAt = job.FinishedAt.Value;
            job.LeaseOwner = null;
            job.LeaseUntil = null;
            job.PayloadJson = "{}";
            await db.SaveChangesAsync(CancellationToken.None);
            metrics.SubjectsIngested.Add(report.Subjects.Total);
            logger.LogInformation("Import job {JobId} done: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {Events} events",
                job.Id, job.Added, job.Updated, job.Unchanged, job.Rejected, report.EventsAdded);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean; the next run of this job writes the file again.
            }
        }
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
