using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Detection;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Photos;
using Vigil.Storage;

namespace Vigil.Server.Application.Screening;

/// <summary>
/// Screens every stored applicant of an organization: load subjects, documents and reviews → hash photos →
/// build the population (identity graph, near-duplicate and photo indexes) → run every detector → score → store one
/// alert per subject at review or high (updating the existing one on re-screening).
/// </summary>
public sealed class ApplicantScreeningService(
    VigilDatabase database,
    ScreeningReferences references,
    ScreeningOptions? options = null,
    RiskScorer? scorer = null,
    IReadOnlyList<IApplicantDetector>? detectors = null,
    TimeProvider? time = null)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ScreeningOptions _options = options ?? new ScreeningOptions();
    private readonly RiskScorer _scorer = scorer ?? new RiskScorer();
    private readonly IReadOnlyList<IApplicantDetector> _detectors = detectors ?? ApplicantDetectors.All;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ScreeningOutcome> ScreenAsync(Guid orgId, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var stages = new Dictionary<string, double>();
        var stageCpu = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Stage(string name)
        {
            stages[name] = Math.Round(clock.Elapsed.TotalSeconds, 3);
            clock.Restart();
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            stageCpu[name] = Math.Round((now - cpu).TotalSeconds, 3);
            cpu = now;
        }

        progress?.Report("Loading subjects");
        List<Subject> subjects;
        Dictionary<Guid, IReadOnlyList<ReviewRecord>> reviews;
        await using (var db = database.CreateContext(orgId))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            subjects = await LoadSubjectsAsync(db, orgId, cancellationToken);
            var reviewEvents = await db.Events.AsNoTracking()
                .Where(e => e.Type == EventType.Review && e.SubjectId != null)
                .Select(e => new { e.SubjectId, e.At, e.Actor, e.PayloadJson })
                .ToListAsync(cancellationToken);
            reviews = reviewEvents
                .GroupBy(e => e.SubjectId!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewRecord>)g.Select(e => new ReviewRecord(e.At, RatingOf(e.PayloadJson), e.Actor)).ToList());
        }
        Stage("load");

        progress?.Report($"Hashing photos of {subjects.Count:N0} subjects");
        var (photos, centres, photoErrors, fresh) = HashPhotos(orgId, subjects, cancellationToken);
        await StorePhotoHashesAsync(orgId, fresh, cancellationToken);
        Stage("photos");

        progress?.Report("Linking (identity graph, résumé LSH, photo index)");
        var population = ScreeningPopulation.Build(subjects, reviews, photos, _options, centres);
        Stage("link");

        progress?.Report("Running detectors");
        var context = new ScreeningContext(population, references, _options, _time.GetUtcNow());
        // One detector at a time over every subject, on every core: the process CPU time of each pass is that detector's
        // cost (per-call stopwatches over-count on a busy machine, where threads wait for a core mid-call).
        var detectorCpu = new double[_detectors.Count];
        var findings = new List<Finding>[subjects.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = [];
        }
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        for (var d = 0; d < _detectors.Count; d++)
        {
            var detector = _detectors[d];
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.For(0, subjects.Count, parallel, i => findings[i].AddRange(detector.Detect(subjects[i], context)));
            detectorCpu[d] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
        }
        var results = new ScreeningResult[subjects.Count];
        Parallel.For(0, subjects.Count, parallel, i =>
        {
            var s = subjects[i];
            var score = _scorer.Score(findings[i]);
            results[i] = new ScreeningResult(s.ExternalId, s.Id, s.FullName, score.Score, score.Level,
                population.Graph.ClusterIdOf(s.Id), score.Findings.Select(ScreeningFindingView.From).ToList());
        });
        Stage("detect+score");

        progress?.Report("Storing alerts");
        var written = await StoreAlertsAsync(orgId, results, cancellationToken);
        Stage("store");

        var detectorSeconds = new Dictionary<string, double>();
        for (var d = 0; d < _detectors.Count; d++)
        {
            detectorSeconds[_detectors[d].Id] = Math.Round(detectorCpu[d], 3);
        }
        var report = new ScreeningRunReport(
            results.Length,
            results.Count(r => r.Level == RiskLevel.Clear),
            results.Count(r => r.Level == RiskLevel.Review),
            results.Count(r => r.Level == RiskLevel.High),
            population.Graph.Clusters().Count(),
            photos.Count,
            photoErrors,
            population.DocumentCandidatesChecked,
            written,
            stages,
            detectorSeconds,
            stageCpu);
        return new ScreeningOutcome(results.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), report);
    }

    /// <summary>
    /// Every subject of the organization with its identifiers and documents, in subject-id order (as the split-query
    /// <c>Include</c> gave them), each subject's children in insertion order. Three flat queries stitched in memory by
    /// subject id: the <c>Include</c> form joined every identifier row back to its subject and sorted a million rows by
    /// the subject's key, which was most of the 100,000-applicant load time.
    /// </summary>
    internal static async Task<List<Subject>> LoadSubjectsAsync(VigilDbContext db, Guid orgId, CancellationToken cancellationToken)
    {
        // The organization terms repeat the tenant filter so SQLite can use the org-prefixed indexes.
        var subjects = await db.Subjects.AsNoTracking().Where(s => s.OrgId == orgId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var byId = new Dictionary<Guid, Subject>(subjects.Count);
        foreach (var s in subjects)
        {
            byId[s.Id] = s;
        }
        await foreach (var i in db.SubjectIdentifiers.AsNoTracking().Where(i => i.OrgId == orgId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (byId.TryGetValue(i.SubjectId, out var s))
            {
                s.Identifiers.Add(i);
            }
        }
        await foreach (var d in db.SubjectDocuments.AsNoTracking().Where(d => d.OrgId == orgId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (byId.TryGetValue(d.SubjectId, out var s))
            {
                s.Documents.Add(d);
            }
        }
        foreach (var s in subjects)
        {
            if (s.Identifiers.Count > 1)
            {
                s.Identifiers.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            }
            if (s.Documents.Count > 1)
            {
                s.Documents.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            }
        }
        return subjects;
    }

    /// <summary>
    /// The photo fingerprint (full and centre-crop hash) of every subject with a local photo: the stored
    /// <see cref="IdentifierKind.PhotoHash"/> identifier of that photo when there is one (a re-screening decodes
    /// nothing), otherwise the file is decoded and hashed, once per path (rings reuse files), in parallel. Unreadable
    /// photos are counted, not fatal. Fresh hashes come back as identifiers to store (full hash as the value, centre
    /// hash in the detail), and are added to the subjects in memory so that this run sees what a re-run will load.
    /// </summary>
    private static (Dictionary<Guid, PhotoHash> Photos, Dictionary<Guid, PhotoHash> Centres, int Errors, List<SubjectIdentifier> Fresh) HashPhotos(
        Guid orgId, List<Subject> subjects, CancellationToken cancellationToken)
    {
        var photos = new Dictionary<Guid, PhotoHash>();
        var centres = new Dictionary<Guid, PhotoHash>();
        var missing = new List<Subject>();
        foreach (var s in subjects)
        {
            if (string.IsNullOrWhiteSpace(s.PhotoRef) || s.PhotoRef.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }
            if (StoredFingerprint(s) is { } stored)
            {
                photos[s.Id] = stored.Full;
                centres[s.Id] = stored.Centre;
            }
            else
            {
                missing.Add(s);
            }
        }
        var paths = missing.Select(s => s.PhotoRef!).Distinct(StringComparer.Ordinal).ToList();
        var byPath = new ConcurrentDictionary<string, PhotoFingerprint?>(StringComparer.Ordinal);
        var errors = 0;
        Parallel.ForEach(paths, new ParallelOptions { CancellationToken = cancellationToken }, path =>
        {
            PhotoFingerprint? fingerprint = PhotoHashing.TryFingerprintFile(path, out var f, out _) ? f : null;
            if (fingerprint is null)
            {
                Interlocked.Increment(ref errors);
            }
            byPath[path] = fingerprint;
        });
        var fresh = new List<SubjectIdentifier>();
        foreach (var s in missing)
        {
            if (byPath.TryGetValue(s.PhotoRef!, out var f) && f is { } fingerprint)
            {
                photos[s.Id] = fingerprint.Full;
                centres[s.Id] = fingerprint.Centre;
                var identifier = SubjectIdentifier.From(orgId, s.Id,
                    new Identifier(IdentifierKind.PhotoHash, fingerprint.Full.ToHex(), s.PhotoRef!, true, fingerprint.CentreDetail));
                s.Identifiers.Add(identifier);
                fresh.Add(identifier);
            }
        }
        return (photos, centres, errors, fresh);
    }

    /// <summary>The stored fingerprint of the subject's current photo: a photo-hash identifier whose raw value is the
    /// photo path it was computed from and whose detail holds the centre hash (hashes stored without one, by older
    /// versions, are computed again).</summary>
    private static PhotoFingerprint? StoredFingerprint(Subject subject)
    {
        foreach (var i in subject.Identifiers)
        {
            if (i.Kind == IdentifierKind.PhotoHash && string.Equals(i.Raw, subject.PhotoRef, StringComparison.Ordinal)
                && PhotoHash.TryParse(i.Value, out var full) && PhotoFingerprint.TryParseCentreDetail(i.Detail, out var centre))
            {
                return new PhotoFingerprint(full, centre);
            }
        }
        return null;
    }

    /// <summary>Stores fresh photo hashes as <see cref="IdentifierKind.PhotoHash"/> identifiers in one bulk write, so the
    /// server's warm content index (single-applicant screening) and community-intel matching see batch-imported photos.</summary>
    private async Task StorePhotoHashesAsync(Guid orgId, List<SubjectIdentifier> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkWriter.InsertAsync(db, fresh, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private async Task<int> StoreAlertsAsync(Guid orgId, IReadOnlyList<ScreeningResult> results, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext(orgId);
        var existing = await db.Alerts.ToDictionaryAsync(a => a.SubjectId, cancellationToken);
        var written = 0;
        foreach (var r in results)
        {
            existing.TryGetValue(r.SubjectId, out var alert);
            if (!AlertWriter.NeedsWrite(r, alert))
            {
                continue;
            }
            if (alert is null)
            {
                alert = new Alert { Id = Guid.NewGuid(), OrgId = orgId, SubjectId = r.SubjectId, CreatedAt = now };
                db.Alerts.Add(alert);
            }
            AlertWriter.Apply(alert, r, now);
            written++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return written;
    }

    /// <summary>The rating of a stored review event's payload (number or numeric string); 0 when absent.</summary>
    internal static double RatingOf(string? payload)
    {
        if (payload is null)
        {
            return 0;
        }
        try
        {
            using var doc = JsonDocument.Parse(payload);
            return doc.RootElement.TryGetProperty("rating", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetDouble()
                : r.ValueKind == JsonValueKind.String && double.TryParse(r.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
