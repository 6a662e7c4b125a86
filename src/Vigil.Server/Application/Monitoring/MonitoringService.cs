using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Detection;
using Vigil.Core.Events;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Common;
using Vigil.Ingest.Entra;
using Vigil.Ingest.GoogleWorkspace;
using Vigil.Ingest.Okta;
using Vigil.Ingest.Osquery;
using Vigil.Ingest.Payroll;
using Vigil.Ingest.Shipments;
using Vigil.Ingest.SignInCsv;
using Vigil.Ingest.Streaming;
using Vigil.Storage;
using Vigil.Storage.Monitoring;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Workforce monitoring over storage: ingests a log file into <see cref="ActivityEvent"/> rows (idempotent on
/// organization, source and event id; transactional batches), matches them to workers by login, then runs every
/// monitoring detector over the organization's stored monitoring events and upserts one alert per subject.
/// </summary>
/// <remarks>
/// Detection reads back the stored events rather than the file just read, so the alerts are a function of the
/// stored state alone: a killed and re-run ingest, or the same file ingested twice, ends in exactly the state of one
/// clean run, and a worker's history across several files is judged as a whole. It is incremental
/// (<see cref="DetectAsync"/>): saved detector state plus the events stored since the last run.
/// </remarks>
public sealed class MonitoringService(VigilDatabase database, MonitoringReferences references, MonitoringOptions? options = null, TimeProvider? time = null)
{
    public const int MaxReportedErrors = 1000;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<IngestFileReport> IngestAsync(Guid orgId, LogKind kind, LogFormat format, string path, bool detect = true,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await IngestAsync(orgId, kind, format, stream, Path.GetFileName(path), detect, progress, cancellationToken);
    }

    /// <summary>Ingests a log read from <paramref name="stream"/> (an upload, a pipe); <paramref name="name"/>
    /// names it in errors. Same semantics as the file overload: idempotent by event id, bad records reported and
    /// skipped. The stream is read to its end but not disposed.</summary>
    public async Task<IngestFileReport> IngestAsync(Guid orgId, LogKind kind, LogFormat format, Stream stream, string name, bool detect = true,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var workers = await LoadWorkersAsync(orgId, cancellationToken);
        var errors = new List<IngestError>();
        long rejected = 0, parsed = 0, matched = 0;
        ParseCounters? counters = null;

        IEnumerable<ActivityEvent> Events(Stream stream)
        {
            foreach (var e in Parse(kind, format, stream, name, c => counters = c))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (e.Error is { } error)
                {
                    rejected++;
                    if (errors.Count < MaxReportedErrors)
                    {
                        errors.Add(error);
                    }
                    continue;
                }
                parsed++;
                var subject = workers.FindByLogin(e.Event!.Actor);
                if (subject is not null)
                {
                    matched++;
                    e.Event.SubjectId = subject.SubjectId;
                }
                if (parsed % 100_000 == 0)
                {
                    progress?.Report(parsed);
                }
                yield return e.Event;
            }
        }

        int stored;
        // Shared with other ingests' stores, exclusive of detection (see MonitoringLock): no event id detection
        // reads past can still be in flight.
        await using (await MonitoringLock.ForStoreAsync(database, orgId, cancellationToken))
        {
            stored = await new EventStore(database).AppendAsync(orgId, Events(stream), cancellationToken: cancellationToken);
        }
        var detection = detect ? await DetectAsync(orgId, cancellationToken) : null;
        return new IngestFileReport(name, kind, format, counters?.Records ?? parsed + rejected, parsed, stored, parsed - stored,
            counters?.Ignored ?? 0, counters?.Errors ?? rejected, matched, errors, detection);
    }

    private static IEnumerable<(ActivityEvent? Event, IngestError? Error)> Parse(LogKind kind, LogFormat format, Stream stream, string file, Action<ParseCounters> counters)
    {
        switch (kind, format)
        {
            case (LogKind.SignIns, LogFormat.Okta):
                var okta = new OktaSystemLogParser();
                counters(okta.Counters);
                return Map(okta.Parse(stream, file), s => EventMapping.ToEvent(s, Guid.Empty, null));
            case (LogKind.SignIns, LogFormat.Entra):
                var entra = new EntraSignInParser();
                counters(entra.Counters);
                return Map(entra.Parse(stream, file), s => EventMapping.ToEvent(s, Guid.Empty, null));
            case (LogKind.SignIns, LogFormat.Google):
                var google = new GoogleLoginAuditParser();
                counters(google.Counters);
                return Map(google.Parse(stream, file), s => EventMapping.ToEvent(s, Guid.Empty, null));
            case (LogKind.SignIns, LogFormat.Csv):
                var csv = new SignInCsvParser();
                counters(csv.Counters);
                return Map(csv.Parse(new StreamReader(stream), file), s => EventMapping.ToEvent(s, Guid.Empty, null));
            case (LogKind.Endpoint, LogFormat.Osquery):
                var osquery = new OsqueryResultParser();
                counters(osquery.Counters);
                return Map(osquery.Parse(stream, file), d => EventMapping.ToEvent(d, Guid.Empty, null));
            case (LogKind.Payroll, LogFormat.Csv):
                var payroll = new PayrollCsvParser();
                counters(payroll.Counters);
                return Map(payroll.Parse(new StreamReader(stream), file), c => EventMapping.ToEvent(c, Guid.Empty, null));
            case (LogKind.Shipments, LogFormat.Csv):
                var shipments = new ShipmentCsvParser();
                counters(shipments.Counters);
                return Map(shipments.Parse(new StreamReader(stream), file), s => EventMapping.ToEvent(s, Guid.Empty, null));
            default:
                throw new ArgumentException($"format '{format.ToString().ToLowerInvariant()}' does not apply to {kind.ToString().ToLowerInvariant()} " +
                    "(signins: okta, entra, google, csv; endpoint: osquery; payroll: csv; shipments: csv)", nameof(format));
        }
    }

    private static IEnumerable<(ActivityEvent?, IngestError?)> Map<T>(IEnumerable<IngestResult<T>> results, Func<T, ActivityEvent> map) where T : class
    {
        foreach (var r in results)
        {
            if (r.TryGetValue(out var value))
            {
                yield return (map(value), null);
                continue;
            }
            foreach (var e in r.Errors)
            {
                yield return (null, e); // every error of a bad record is reported
            }
        }
    }

    /// <summary>
    /// Runs the monitoring detectors and upserts alerts, incrementally: every detector resumes from the state saved
    /// by the previous run and reads only the events stored since (event ids above the saved watermark), so time and
    /// memory follow the new events and the number of workers, IPs, devices and accounts — not the stored history.
    /// State, watermark and alerts are saved in one transaction: a run killed anywhere leaves the previous consistent
    /// state, and the next run catches up.
    /// </summary>
    /// <remarks>
    /// Order does not matter: events are fed in time order; a worker whose new events are not later than the ones
    /// already processed for them (a late file of older logs) has their per-worker state rebuilt from all their
    /// stored events (<see cref="ISubjectStateDetector"/>); the shared detectors (egress, devices, payout accounts,
    /// ship-to addresses) keep order-independent state. Runs are serialized per organization and never skip an event
    /// another ingest commits late (<see cref="MonitoringLock"/>). When the worker directory or the options change,
    /// the state is rebuilt from the first stored event (a worker imported after their logs is matched then).
    /// </remarks>
    public async Task<DetectionReport> DetectAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        await using var exclusive = await MonitoringLock.ForDetectionAsync(database, orgId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await DetectOnceAsync(orgId, cancellationToken) is { } report)
            {
                return report;
            }
            // Another process saved newer state while this run computed (SQLite has no detection lock; it has one
            // writer, so the save noticed): start again from theirs, which leaves less to do.
            if (attempt == MaxDetectAttempts)
            {
                throw new InvalidOperationException($"monitoring state of organization {orgId} kept changing under {MaxDetectAttempts} detection runs");
            }
        }
    }

    private const int MaxDetectAttempts = 20;

    /// <summary>Part of <c>monitoring_state</c> holding each subject key's latest processed event time.</summary>
    private const string LatestPart = "_latest";

    /// <summary>The sources detection reads, all incremental.</summary>
    private static readonly List<string> MonitoredSources = [.. EventMapping.SignInSources, .. EventMapping.ReplayedSources];

    /// <returns>The report, or null when the saved state changed under this run (nothing was written).</returns>
    private async Task<DetectionReport?> DetectOnceAsync(Guid orgId, CancellationToken cancellationToken)
    {
        var (workers, fingerprint) = await LoadWorkersWithFingerprintAsync(orgId, cancellationToken);
        var pipeline = new MonitoringPipeline(workers, references, options);
        var stateful = Stateful(pipeline);
        var latest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var rebuild = new HashSet<string>(StringComparer.Ordinal);
        long events = 0, from = 0, upTo;
        StateToken? token;
        await using (var db = database.CreateContext(orgId))
        {
            var saved = await db.MonitoringStates.AsNoTracking().ToListAsync(cancellationToken);
            var progress = saved.FirstOrDefault(p => p.Part == MonitoringStateRecord.ProgressPart);
            token = progress is null ? null : new StateToken(progress.LastEventId, progress.Fingerprint, progress.UpdatedAt);
            if (progress is not null && progress.Fingerprint == fingerprint && stateful.Keys.Append(LatestPart).All(k => saved.Any(p => p.Part == k)))
            {
                try
                {
                    foreach (var part in saved)
                    {
                        if (stateful.TryGetValue(part.Part, out var detector))
                        {
                            detector.LoadState(part.StateJson);
                        }
                        else if (part.Part == LatestPart)
                        {
                            latest = new Dictionary<string, DateTimeOffset>(DetectorStateJson.Load<Dictionary<string, DateTimeOffset>>(part.StateJson), StringComparer.Ordinal);
                        }
                    }
                    from = progress.LastEventId;
                }
                catch (JsonException)
                {
                    // State written by another version of a detector (or damaged by hand) must not stop ingest for
                    // good: start over from the first stored event with fresh detectors, as after a fingerprint change.
                    pipeline = new MonitoringPipeline(workers, references, options);
                    stateful = Stateful(pipeline);
                    latest.Clear();
                }
            }
            // The upper bound keeps events stored while this run reads out of it; the next run picks them up.
            upTo = await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var e in InTimeOrder(db.Events.AsNoTracking().Where(e => MonitoredSources.Contains(e.Source) && e.Id > from && e.Id <= upTo))
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                events++;
                var (key, at) = Observe(pipeline, e);
                // Time order: a subject's first new event is its oldest, so one look tells whether any is late.
                if (seen.Add(key) && latest.TryGetValue(key, out var last) && at <= last)
                {
                    rebuild.Add(key);
                }
                if (!latest.TryGetValue(key, out var known) || at > known)
                {
                    latest[key] = at;
                }
            }
            if (rebuild.Count > 0)
            {
                await RebuildSubjectsAsync(db, workers, pipeline, rebuild, upTo, cancellationToken);
            }
        }
        var findings = pipeline.Complete();
        var monitoringIds = pipeline.DetectorIds.ToHashSet(StringComparer.Ordinal);
        var bySubject = findings.Where(f => f.SubjectId is not null).GroupBy(f => f.SubjectId!.Value).ToDictionary(g => g.Key, g => g.Select(f => f.Finding).ToList());
        var parts = stateful.Values.Select(d => (d.DetectorId, d.SaveState())).Append((LatestPart, DetectorStateJson.Save(latest))).ToList();
        var state = new DetectionState(token, upTo, fingerprint, parts);
        if (await StoreAsync(orgId, bySubject, monitoringIds, state, cancellationToken) is not { } counts)
        {
            return null;
        }
        var (created, updated, high, review) = counts;
        return new DetectionReport(events, findings.Count, findings.Count(f => f.SubjectId is null), created, updated, high, review,
            findings.GroupBy(f => f.Finding.DetectorId).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            rebuild.Count);
    }

    private static Dictionary<string, IStatefulDetector> Stateful(MonitoringPipeline pipeline) =>
        pipeline.StatefulDetectors.ToDictionary(d => d.DetectorId, StringComparer.Ordinal);

    /// <summary>Time order with a content tie-break (not the row id, which depends on which file came first), so
    /// the order of one run over everything does not depend on the order files were ingested in.</summary>
    private static IQueryable<ActivityEvent> InTimeOrder(IQueryable<ActivityEvent> events) =>
        events.OrderBy(e => e.At).ThenBy(e => e.Source).ThenBy(e => e.SourceEventId);

    /// <summary>Feeds one stored event to the pipeline; returns the subject key it was matched to and its time.</summary>
    private static (string Key, DateTimeOffset At) Observe(MonitoringPipeline pipeline, ActivityEvent e)
    {
        switch (e.Source)
        {
            case EventMapping.OsquerySource:
                var snapshot = EventMapping.ToSnapshot(e);
                pipeline.Observe(snapshot);
                return (snapshot.SubjectKey, snapshot.At);
            case EventMapping.PayrollSource:
                var change = EventMapping.ToPayrollChange(e);
                pipeline.Observe(change);
                return (change.SubjectKey, change.At);
            case EventMapping.ShipmentSource:
                var shipment = EventMapping.ToShipment(e);
                pipeline.Observe(shipment);
                return (shipment.SubjectKey, shipment.At);
            default:
                var signIn = EventMapping.ToSignIn(e);
                pipeline.Observe(signIn);
                return (signIn.SubjectKey, signIn.At);
        }
    }

    /// <summary>
    /// Rebuilds the per-subject state of <paramref name="keys"/> (subjects that received events older than ones
    /// already processed): replays their stored events, oldest first, into a fresh pipeline and copies each
    /// <see cref="ISubjectStateDetector"/>'s entry for them into <paramref name="pipeline"/>. The shared detectors
    /// already took the new events: their state does not depend on order.
    /// </summary>
    private async Task RebuildSubjectsAsync(VigilDbContext db, WorkerDirectory workers, MonitoringPipeline pipeline, IReadOnlySet<string> keys,
        long upTo, CancellationToken cancellationToken)
    {
        var replay = new MonitoringPipeline(workers, references, options);
        // Events stored before their worker was imported carry no subject id, nor do unmatched logins' events: read
        // those too and let the pipeline's matching decide, as in a full run.
        var ids = keys.Select(k => workers.FindByKey(k)?.SubjectId).OfType<Guid>().Distinct().ToList();
        await foreach (var e in InTimeOrder(db.Events.AsNoTracking()
                .Where(e => MonitoredSources.Contains(e.Source) && e.Id <= upTo && (e.SubjectId == null || ids.Contains(e.SubjectId.Value))))
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Observe(replay, e);
        }
        var rebuilt = Stateful(replay);
        foreach (var detector in pipeline.StatefulDetectors.OfType<ISubjectStateDetector>())
        {
            var source = (ISubjectStateDetector)rebuilt[detector.DetectorId];
            foreach (var key in keys)
            {
                detector.CopySubjectState(key, source);
            }
        }
    }

    /// <summary>What a run started from: the progress row as it was read (null: none). Saving checks it is unchanged.</summary>
    private sealed record StateToken(long LastEventId, string Fingerprint, DateTimeOffset UpdatedAt);

    private sealed record DetectionState(StateToken? StartedFrom, long LastEventId, string Fingerprint, IReadOnlyList<(string Part, string Json)> Parts);

    /// <returns>Alert counts, or null when another run saved state since this one read it (nothing written).</returns>
    private async Task<(int Created, int Updated, int High, int Review)?> StoreAsync(
        Guid orgId, Dictionary<Guid, List<Finding>> bySubject, HashSet<string> monitoringIds, DetectionState state, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var savedParts = await db.MonitoringStates.ToDictionaryAsync(p => p.Part, StringComparer.Ordinal, cancellationToken);
        var current = savedParts.TryGetValue(MonitoringStateRecord.ProgressPart, out var progress)
            ? new StateToken(progress.LastEventId, progress.Fingerprint, progress.UpdatedAt)
            : null;
        if (current != state.StartedFrom)
        {
            return null;
        }
        void Save(string part, string json, long lastEventId, string fingerprint)
        {
            if (!savedParts.TryGetValue(part, out var record))
            {
                record = new MonitoringStateRecord { OrgId = orgId, Part = part };
                db.MonitoringStates.Add(record);
            }
            record.StateJson = json;
            record.LastEventId = lastEventId;
            record.Fingerprint = fingerprint;
            record.UpdatedAt = now;
        }
        foreach (var (part, json) in state.Parts)
        {
            Save(part, json, state.LastEventId, state.Fingerprint);
        }
        Save(MonitoringStateRecord.ProgressPart, "", state.LastEventId, state.Fingerprint);
        var counts = await UpsertAlertsAsync(db, orgId, now, bySubject, monitoringIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return counts;
    }

    private static async Task<(int Created, int Updated, int High, int Review)> UpsertAlertsAsync(VigilDbContext db,
        Guid orgId, DateTimeOffset now, Dictionary<Guid, List<Finding>> bySubject, HashSet<string> monitoringIds, CancellationToken cancellationToken)
    {
        var existing = await db.Alerts.ToDictionaryAsync(a => a.SubjectId, cancellationToken);
        int created = 0, updated = 0, high = 0, review = 0;
        var subjects = bySubject.Keys.Concat(existing.Keys).Distinct().ToList();
        foreach (var subjectId in subjects)
        {
            existing.TryGetValue(subjectId, out var alert);
            var mine = bySubject.GetValueOrDefault(subjectId) ?? [];
            // Keep other components' findings (screening) on the subject's one alert; replace only ours.
            var others = alert is null ? [] : ForeignFindings(alert.FindingsJson, monitoringIds);
            if (alert is not null && mine.Count == 0 && others.Count == CountFindings(alert.FindingsJson))
            {
                continue; // nothing of ours on it, nothing new: leave it untouched
            }
            var (score, level, scored) = MonitoringScorer.Score(mine.Concat(others));
            if (alert is null)
            {
                if (level == RiskLevel.Clear)
                {
                    continue;
                }
                alert = new Alert { Id = Guid.NewGuid(), OrgId = orgId, SubjectId = subjectId, CreatedAt = now };
                db.Alerts.Add(alert);
                created++;
            }
            else
            {
                updated++;
            }
            var json = JsonSerializer.Serialize(scored.ToList(), MonitoringJsonContext.Default.ListScoredFinding);
            if (alert.FindingsJson != json || alert.Score != score)
            {
                alert.UpdatedAt = now;
            }
            alert.Score = score;
            alert.Level = level;
            alert.TopReason = scored.Count > 0 ? scored[0].Summary : "";
            alert.IndicatorIds = string.Join(",", scored.Select(f => f.IndicatorId).Distinct(StringComparer.Ordinal));
            alert.DetectorIds = string.Join(",", scored.Select(f => f.DetectorId).Distinct(StringComparer.Ordinal));
            alert.FindingsJson = json;
            if (level == RiskLevel.High)
            {
                high++;
            }
            else if (level == RiskLevel.Review)
            {
                review++;
            }
        }
        return (created, updated, high, review);
    }

    private static int CountFindings(string json) =>
        JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) is JsonArray a ? a.Count : 0;

    private static List<Finding> ForeignFindings(string json, HashSet<string> monitoringIds)
    {
        var list = new List<Finding>();
        if (JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) is not JsonArray array)
        {
            return list;
        }
        foreach (var node in array)
        {
            if (node is not JsonObject o)
            {
                continue;
            }
            var detector = (o["DetectorId"] ?? o["detectorId"])?.GetValue<string>() ?? "";
            if (monitoringIds.Contains(detector))
            {
                continue;
            }
            var indicator = (o["IndicatorId"] ?? o["indicatorId"])?.GetValue<string>() ?? "";
            var weight = (o["Weight"] ?? o["weight"])?.GetValue<double>() ?? 0;
            var summary = (o["Summary"] ?? o["summary"])?.GetValue<string>() ?? "";
            list.Add(new Finding(detector, indicator, weight, summary));
        }
        return list;
    }

    /// <summary>The organization's subjects as monitoring sees them: logins (emails, external id, and the local
    /// part of an email when no other worker shares it, for osquery's user names), claimed country and zone, HR
    /// address.</summary>
    public async Task<WorkerDirectory> LoadWorkersAsync(Guid orgId, CancellationToken cancellationToken = default) =>
        (await LoadWorkersWithFingerprintAsync(orgId, cancellationToken)).Workers;

    /// <summary>Bumped when a stateful detector's saved state changes shape, so old state is rebuilt, not misread.</summary>
    private const string StateVersion = "monitoring-state-2";

    private async Task<(WorkerDirectory Workers, string Fingerprint)> LoadWorkersWithFingerprintAsync(Guid orgId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        var subjects = await db.Subjects.AsNoTracking()
            .Select(s => new { s.Id, s.ExternalId, s.FullName, s.ClaimedCountry, s.ClaimedTimezone })
            .ToListAsync(cancellationToken);
        var ids = await db.SubjectIdentifiers.AsNoTracking()
            .Where(i => i.Kind == IdentifierKind.Email || i.Kind == IdentifierKind.PostalAddress)
            .Select(i => new { i.SubjectId, i.Kind, i.Value, i.Raw })
            .ToListAsync(cancellationToken);
        var byId = ids.ToLookup(i => i.SubjectId);
        var localParts = ids.Where(i => i.Kind == IdentifierKind.Email && i.Raw.Contains('@', StringComparison.Ordinal))
            .Select(i => i.Raw.Trim()[..i.Raw.Trim().IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant())
            .GroupBy(l => l).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var profiles = new List<WorkerProfile>(subjects.Count);
        foreach (var s in subjects)
        {
            var logins = new List<string>();
            var homes = new List<string>();
            foreach (var i in byId[s.Id])
            {
                if (i.Kind == IdentifierKind.PostalAddress)
                {
                    homes.Add(i.Value);
                    continue;
                }
                // The raw address is how logs write it (the canonical Gmail form may drop dots).
                logins.Add(i.Raw.Trim().ToLowerInvariant());
                logins.Add(i.Value);
                var at = i.Raw.IndexOf('@', StringComparison.Ordinal);
                if (at > 0 && localParts.Contains(i.Raw.Trim()[..i.Raw.Trim().IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant()))
                {
                    logins.Add(i.Raw.Trim()[..i.Raw.Trim().IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant());
                }
            }
            logins.Add(s.ExternalId);
            profiles.Add(WorkerProfile.Create(s.Id, logins, s.ClaimedCountry, s.ClaimedTimezone, homes, s.FullName));
        }
        // What the detectors' state depends on besides the events: who the workers are and the options.
        var lines = profiles.Select(p => string.Join("|", p.SubjectId.ToString("N"), string.Join(",", p.Logins.Order(StringComparer.Ordinal)),
                p.ClaimedCountry, p.ClaimedTimeZone, string.Join(",", (p.HomeAddressKeys ?? []).Order(StringComparer.Ordinal))))
            .Order(StringComparer.Ordinal)
            .Prepend(StateVersion)
            .Append(JsonSerializer.Serialize(options ?? new MonitoringOptions(), FingerprintJson));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return (new WorkerDirectory(profiles), fingerprint);
    }

    private static readonly JsonSerializerOptions FingerprintJson = new() { IncludeFields = true };
}
