using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Detection;
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
        var clock = Stopwatch.StartNew();
        void Stage(string name)
        {
            stages[name] = Math.Round(clock.Elapsed.TotalSeconds, 3);
            clock.Restart();
        }

        progress?.Report("Loading subjects");
        List<Subject> subjects;
        Dictionary<Guid, IReadOnlyList<ReviewRecord>> reviews;
        await using (var db = database.CreateContext(orgId))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            subjects = await db.Subjects.AsNoTracking()
                .Include(s => s.Identifiers)
                .Include(s => s.Documents)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
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
        var (photos, photoErrors) = HashPhotos(subjects, cancellationToken);
        Stage("photos");

        progress?.Report("Linking (identity graph, résumé LSH, photo index)");
        var population = ScreeningPopulation.Build(subjects, reviews, photos, _options);
        Stage("link");

        progress?.Report("Running detectors");
        var context = new ScreeningContext(population, references, _options, _time.GetUtcNow());
        var detectorTicks = new long[_detectors.Count];
        var results = new ScreeningResult[subjects.Count];
        Parallel.For(0, subjects.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var s = subjects[i];
            var findings = new List<Finding>();
            for (var d = 0; d < _detectors.Count; d++)
            {
                var start = Stopwatch.GetTimestamp();
                findings.AddRange(_detectors[d].Detect(s, context));
                Interlocked.Add(ref detectorTicks[d], Stopwatch.GetTimestamp() - start);
            }
            var score = _scorer.Score(findings);
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
            detectorSeconds[_detectors[d].Id] = Math.Round((double)detectorTicks[d] / Stopwatch.Frequency, 3);
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
            detectorSeconds);
        return new ScreeningOutcome(results.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), report);
    }

    /// <summary>Decodes and hashes every referenced photo once (rings reuse files), in parallel; unreadable photos
    /// are counted, not fatal.</summary>
    private static (Dictionary<Guid, PhotoHash> Photos, int Errors) HashPhotos(List<Subject> subjects, CancellationToken cancellationToken)
    {
        var byPath = new ConcurrentDictionary<string, PhotoHash?>(StringComparer.Ordinal);
        var errors = 0;
        var paths = subjects.Where(s => !string.IsNullOrWhiteSpace(s.PhotoRef) && !s.PhotoRef!.Contains("://", StringComparison.Ordinal))
            .Select(s => s.PhotoRef!).Distinct(StringComparer.Ordinal).ToList();
        Parallel.ForEach(paths, new ParallelOptions { CancellationToken = cancellationToken }, path =>
        {
            PhotoHash? hash = PhotoHashing.TryHashFile(path, out var h, out _) ? h : null;
            if (hash is null)
            {
                Interlocked.Increment(ref errors);
            }
            byPath[path] = hash;
        });
        var photos = new Dictionary<Guid, PhotoHash>();
        foreach (var s in subjects)
        {
            if (s.PhotoRef is { } p && byPath.TryGetValue(p, out var h) && h is { } hash)
            {
                photos[s.Id] = hash;
            }
        }
        return (photos, errors);
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
