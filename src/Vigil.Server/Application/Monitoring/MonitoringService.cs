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

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Workforce monitoring over storage: ingests a log file into <see cref="ActivityEvent"/> rows (idempotent on
/// organization, source and event id; transactional batches), matches them to workers by login, then runs every
/// monitoring detector over the organization's stored monitoring events and upserts one alert per subject.
/// </summary>
/// <remarks>
/// Detection reads back the stored events rather than the file just read, so the alerts are a function of the
/// stored state alone: a killed and re-run ingest, or the same file ingested twice, ends in exactly the state of one
/// clean run, and a worker's history across several files is judged as a whole.
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

        var stored = await new EventStore(database).AppendAsync(orgId, Events(stream), cancellationToken: cancellationToken);
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

    /// <summary>Runs every monitoring detector over the organization's stored monitoring events and upserts alerts.</summary>
    public async Task<DetectionReport> DetectAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        var workers = await LoadWorkersAsync(orgId, cancellationToken);
        var pipeline = new MonitoringPipeline(workers, references, options);
        long events = 0;
        await using (var db = database.CreateContext(orgId))
        {
            var sources = EventMapping.Sources.ToList();
            var rows = db.Events.AsNoTracking()
                .Where(e => sources.Contains(e.Source))
                .OrderBy(e => e.At).ThenBy(e => e.Id)
                .AsAsyncEnumerable();
            await foreach (var e in rows.WithCancellation(cancellationToken))
            {
                events++;
                switch (e.Source)
                {
                    case EventMapping.OsquerySource:
                        pipeline.Observe(EventMapping.ToSnapshot(e));
                        break;
                    case EventMapping.PayrollSource:
                        pipeline.Observe(EventMapping.ToPayrollChange(e));
                        break;
                    case EventMapping.ShipmentSource:
                        pipeline.Observe(EventMapping.ToShipment(e));
                        break;
                    default:
                        pipeline.Observe(EventMapping.ToSignIn(e));
                        break;
                }
            }
        }
        var findings = pipeline.Complete();
        var monitoringIds = pipeline.DetectorIds.ToHashSet(StringComparer.Ordinal);
        var bySubject = findings.Where(f => f.SubjectId is not null).GroupBy(f => f.SubjectId!.Value).ToDictionary(g => g.Key, g => g.Select(f => f.Finding).ToList());
        var (created, updated, high, review) = await StoreAlertsAsync(orgId, bySubject, monitoringIds, cancellationToken);
        return new DetectionReport(events, findings.Count, findings.Count(f => f.SubjectId is null), created, updated, high, review,
            findings.GroupBy(f => f.Finding.DetectorId).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }

    private async Task<(int Created, int Updated, int High, int Review)> StoreAlertsAsync(
        Guid orgId, Dictionary<Guid, List<Finding>> bySubject, HashSet<string> monitoringIds, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
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
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
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
    public async Task<WorkerDirectory> LoadWorkersAsync(Guid orgId, CancellationToken cancellationToken = default)
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
        return new WorkerDirectory(profiles);
    }
}
