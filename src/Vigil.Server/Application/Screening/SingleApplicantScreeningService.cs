using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Applicants;
using Vigil.Ingest.Photos;
using Vigil.Storage;

namespace Vigil.Server.Application.Screening;

/// <summary>
/// Screens one applicant as it arrives against everything the organization has stored, without loading the
/// population: store it → look up who else holds its canonical identifiers (indexed queries on
/// (org, kind, value), following strong links for <see cref="MaxHops"/> hops to see the ring) → query the org's warm
/// résumé-LSH and photo indexes (<see cref="WarmContentIndex"/>) → run every detector on a small population of the
/// applicant and the subjects it touches → score → store its alert.
/// </summary>
/// <remarks>
/// Keep one instance per database (it holds each organization's warm index). Thread-safe. Differences from the batch
/// screen (<see cref="ApplicantScreeningService"/>): the cluster is the part reachable from the applicant through
/// shared identifiers and its own document/photo matches, so content links between two other subjects are not
/// followed; a value held by more than the sharing cap is not followed either (it does not link anyway).
/// </remarks>
public sealed class SingleApplicantScreeningService(
    VigilDatabase database,
    ScreeningReferences references,
    ScreeningOptions? options = null,
    RiskScorer? scorer = null,
    IReadOnlyList<IApplicantDetector>? detectors = null,
    TimeProvider? time = null)
{
    /// <summary>Identifier hops followed from the applicant: its own values, then its linked subjects' strong ones.</summary>
    public const int MaxHops = 2;

    /// <summary>Most subjects loaded around one applicant; a larger ring is still reported, just not all of it.</summary>
    public const int MaxCompared = 250;

    private readonly ScreeningOptions _options = options ?? new ScreeningOptions();
    private readonly RiskScorer _scorer = scorer ?? new RiskScorer();
    private readonly IReadOnlyList<IApplicantDetector> _detectors = detectors ?? ApplicantDetectors.All;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<Guid, Lazy<WarmContentIndex>> _indexes = new();

    /// <summary>When set, every call records the time of each of its stages here (benchmarks and profiling).</summary>
    public StageTimings? Timings { get; set; }

    /// <summary>The organization's warm index, loading it on first use.</summary>
    public async Task<WarmContentIndex> WarmUpAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        var index = _indexes.GetOrAdd(orgId, _ => new Lazy<WarmContentIndex>(() => new WarmContentIndex(_options))).Value;
        await index.RefreshAsync(database, orgId, cancellationToken);
        return index;
    }

    /// <summary>
    /// Stores and screens one applicant record (the JSON Lines shape of <c>docs/formats.md</c>).
    /// <paramref name="photoBaseDirectory"/> enables reading the record's photo from local disk (CLI); null (the
    /// HTTP API) never touches the server's file system, and the photo is then not compared.
    /// </summary>
    public async Task<ApplicantScreening> ScreenOneAsync(Guid orgId, ApplicantRecord applicant, string? photoBaseDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        var timings = Timings;
        var lap = Stopwatch.GetTimestamp();
        var now = _time.GetUtcNow();
        var mapped = ApplicantMapper.Map(applicant, orgId, now, photoBaseDirectory);
        var subject = mapped.Subject;
        PhotoFingerprint? photo = null;
        if (photoBaseDirectory is not null && subject.PhotoRef is { } path && !path.Contains("://", StringComparison.Ordinal)
            && PhotoHashing.TryFingerprintFile(path, out var fingerprint, out _))
        {
            photo = fingerprint;
            // Stored as the batch screen stores it (centre hash in the detail), so later applicants match this photo
            // both as a crop of it and as its uncropped original.
            subject.Identifiers.Add(SubjectIdentifier.From(orgId, subject.Id,
                new Identifier(IdentifierKind.PhotoHash, fingerprint.Full.ToHex(), path, true, fingerprint.CentreDetail)));
        }

        lap = timings?.Lap("map", lap) ?? lap;
        var stored = await new SubjectStore(database, _time).UpsertAsync(orgId, [subject], cancellationToken: cancellationToken);
        lap = timings?.Lap("store subject", lap) ?? lap;
        await new EventStore(database).AppendAsync(orgId, mapped.Events, cancellationToken: cancellationToken);
        lap = timings?.Lap("store events", lap) ?? lap;
        var index = await WarmUpAsync(orgId, cancellationToken);
        lap = timings?.Lap("warm refresh", lap) ?? lap;

        // Content: near-identical documents and similar photos among everything stored.
        var documentMatches = new HashSet<Guid>();
        foreach (var d in subject.Documents)
        {
            var prepared = index.Documents.Prepare(d.Text);
            if (prepared.ShingleCount < _options.MinDocumentShingles)
            {
                continue;
            }
            foreach (var (other, _, _) in index.DocumentMatches(prepared, subject.Id))
            {
                documentMatches.Add(other);
            }
        }
        var photos = new Dictionary<Guid, PhotoHash>();
        var centres = new Dictionary<Guid, PhotoHash>();
        if (photo is { } own)
        {
            photos[subject.Id] = own.Full;
            centres[subject.Id] = own.Centre;
            foreach (var (other, otherFull, otherCentre) in index.PhotoMatches(own, subject.Id))
            {
                photos[other] = otherFull;
                if (otherCentre is { } c)
                {
                    centres[other] = c;
                }
            }
        }

        lap = timings?.Lap("content match", lap) ?? lap;
        await using var db = database.CreateContext(orgId);
        var members = await NeighbourhoodAsync(db, orgId, subject, documentMatches.Concat(photos.Keys), cancellationToken);
        lap = timings?.Lap("neighbourhood", lap) ?? lap;
        if (documentMatches.Count > 0)
        {
            var ids = documentMatches.Where(members.ContainsKey).ToList();
            var docs = await db.SubjectDocuments.AsNoTracking().Where(d => ids.Contains(d.SubjectId)).ToListAsync(cancellationToken);
            foreach (var d in docs)
            {
                members[d.SubjectId].Documents.Add(d);
            }
        }

        lap = timings?.Lap("documents", lap) ?? lap;
        var reviews = mapped.Events.Where(e => e.Type == EventType.Review)
            .Select(e => new ReviewRecord(e.At, ApplicantScreeningService.RatingOf(e.PayloadJson), e.Actor))
            .ToList();
        var population = ScreeningPopulation.Build(
            members.Values.ToList(),
            new Dictionary<Guid, IReadOnlyList<ReviewRecord>> { [subject.Id] = reviews },
            photos.Where(p => members.ContainsKey(p.Key)).ToDictionary(),
            _options,
            centres.Where(p => members.ContainsKey(p.Key)).ToDictionary());
        var context = new ScreeningContext(population, references, _options, now);
        lap = timings?.Lap("population", lap) ?? lap;
        var findings = new List<Finding>();
        foreach (var detector in _detectors)
        {
            findings.AddRange(detector.Detect(subject, context));
            lap = timings?.Lap("detector " + detector.GetType().Name, lap) ?? lap;
        }
        var score = _scorer.Score(findings);
        var result = new ScreeningResult(subject.ExternalId, subject.Id, subject.FullName, score.Score, score.Level,
            population.Graph.ClusterIdOf(subject.Id), score.Findings.Select(ScreeningFindingView.From).ToList());

        lap = timings?.Lap("score", lap) ?? lap;
        // A subject this call added has no alert yet (its external id was unknown a moment ago, and the unique
        // (org, external id) index lets only one call add it): no need to look.
        var alert = stored.Added > 0
            ? null
            : await db.Alerts.FirstOrDefaultAsync(a => a.OrgId == orgId && a.SubjectId == subject.Id, cancellationToken);
        if (AlertWriter.NeedsWrite(result, alert))
        {
            if (alert is null)
            {
                alert = new Alert { Id = Guid.NewGuid(), OrgId = orgId, SubjectId = subject.Id, CreatedAt = now };
                db.Alerts.Add(alert);
            }
            AlertWriter.Apply(alert, result, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        timings?.Lap("alert", lap);
        return new ApplicantScreening(result, Explain(score), members.Count - 1, stored.Total - stored.Unchanged > 0);
    }

    /// <summary>The applicant plus every stored subject holding one of its identifiers (up to the cap + 1 per value,
    /// so an over-shared value is recognized as such), then, for <see cref="MaxHops"/> − 1 more hops, the holders of
    /// those subjects' strong identifiers: the ring as far as identifiers reach.</summary>
    private async Task<Dictionary<Guid, Subject>> NeighbourhoodAsync(VigilDbContext db, Guid orgId, Subject subject, IEnumerable<Guid> contentMatches, CancellationToken cancellationToken)
    {
        var graph = _options.Graph;
        var members = new Dictionary<Guid, Subject> { [subject.Id] = subject };
        var followed = new HashSet<(IdentifierKind, string)>();
        var frontier = new List<Subject> { subject };
        var lap = Stopwatch.GetTimestamp();
        var pending = new HashSet<Guid>(contentMatches);
        for (var hop = 0; hop < MaxHops && members.Count < MaxCompared; hop++)
        {
            var keys = new List<(IdentifierKind Kind, string Value)>();
            foreach (var s in frontier)
            {
                foreach (var i in s.Identifiers)
                {
                    var linking = hop == 0
                        ? SharedIdentifierDetector.Kinds.ContainsKey(i.Kind) || graph.WeightOf(i.Kind) >= graph.UnionThreshold
                        : graph.WeightOf(i.Kind) >= graph.UnionThreshold;
                    if (linking && !graph.Allowlist.Contains(i.ToIdentifier().Key) && followed.Add((i.Kind, i.Value)))
                    {
                        keys.Add((i.Kind, i.Value));
                    }
                }
            }
            if (keys.Count > 0)
            {
                var wanted = keys.ToHashSet();
                var rows = await db.SubjectIdentifiers.AsNoTracking()
                    .Where(HeldBy(orgId, keys))
                    .Select(i => new { i.SubjectId, i.Kind, i.Value })
                    .Take(20_000)
                    .ToListAsync(cancellationToken);
                lap = Timings?.Lap($"neighbourhood ids hop {hop}", lap) ?? lap;
                foreach (var group in rows.Where(r => wanted.Contains((r.Kind, r.Value))).GroupBy(r => (r.Kind, r.Value)))
                {
                    var holders = group.Select(r => r.SubjectId).Distinct().ToList();
                    // Past the cap a value links nobody; the first hop still loads cap + 1 holders so the graph sees
                    // it as over-shared, later hops skip it.
                    if (holders.Count > graph.MaxSharing && hop > 0)
                    {
                        continue;
                    }
                    foreach (var h in holders.Take(graph.MaxSharing + 1))
                    {
                        if (!members.ContainsKey(h))
                        {
                            pending.Add(h);
                        }
                    }
                }
            }
            pending.ExceptWith(members.Keys);
            if (pending.Count == 0)
            {
                break;
            }
            var load = pending.Take(MaxCompared - members.Count).ToList();
            pending.Clear();
            // Two primary-key / subject-id lookups rather than an Include: EF joins the included set through a
            // tenant-filtered subquery, which SQLite plans far worse than a direct lookup.
            var loaded = await db.Subjects.AsNoTracking()
                .Where(s => load.Contains(s.Id))
                .ToListAsync(cancellationToken);
            var identifiers = await db.SubjectIdentifiers.AsNoTracking()
                .Where(i => load.Contains(i.SubjectId))
                .OrderBy(i => i.Id)
                .ToListAsync(cancellationToken);
            var byId = loaded.ToDictionary(s => s.Id);
            foreach (var i in identifiers)
            {
                if (byId.TryGetValue(i.SubjectId, out var owner))
                {
                    owner.Identifiers.Add(i);
                }
            }
            lap = Timings?.Lap($"neighbourhood load hop {hop}", lap) ?? lap;
            foreach (var s in loaded)
            {
                members[s.Id] = s;
            }
            frontier = loaded;
        }
        return members;
    }

    /// <summary>
    /// <c>org = @org AND ((kind = k1 AND value IN @values1) OR (kind = k2 AND value IN @values2) ...)</c>, one arm per
    /// kind present: every (org, kind, value) index probe is one the applicant really holds. "kind IN @kinds AND value
    /// IN @values" probes their cross product instead (5 kinds × 8 values: 40 descents for 8 rows, each a leaf page
    /// that may not be cached at 1,000,000 subjects). The explicit organization term repeats the tenant filter on
    /// purpose: SQLite cannot use an index through the filter's "(unscoped OR org = ?)" form.
    /// </summary>
    private static Expression<Func<SubjectIdentifier, bool>> HeldBy(Guid orgId, IEnumerable<(IdentifierKind Kind, string Value)> keys)
    {
        var i = Expression.Parameter(typeof(SubjectIdentifier), "i");
        // Values and organization are fields of closure-like objects, as a C# lambda would capture them: EF reads such
        // fields directly and sends them as parameters (one cached query per set of kinds), where any other expression
        // (an array index, say) would be compiled and run on every call.
        Expression? any = null;
        foreach (var group in keys.GroupBy(k => k.Kind).OrderBy(g => g.Key))
        {
            var values = new Captured<string[]>(group.Select(k => k.Value).Distinct(StringComparer.Ordinal).ToArray());
            var arm = Expression.AndAlso(
                Expression.Equal(Expression.Property(i, nameof(SubjectIdentifier.Kind)), Expression.Constant(group.Key)),
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
                    Expression.Field(Expression.Constant(values), nameof(Captured<string[]>.Value)), Expression.Property(i, nameof(SubjectIdentifier.Value))));
            any = any is null ? arm : Expression.OrElse(any, arm);
        }
        if (any is null)
        {
            return _ => false;
        }
        var org = Expression.Equal(Expression.Property(i, nameof(SubjectIdentifier.OrgId)),
            Expression.Field(Expression.Constant(new Captured<Guid>(orgId)), nameof(Captured<Guid>.Value)));
        return Expression.Lambda<Func<SubjectIdentifier, bool>>(Expression.AndAlso(org, any), i);
    }

    /// <summary>A value captured for <see cref="HeldBy"/>'s expression, as a compiler-generated closure holds it.</summary>
    private sealed class Captured<T>(T value)
    {
        public readonly T Value = value;
    }

    private static IReadOnlyList<string> Explain(RiskScore score) =>
        score.Findings.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"+{f.Contribution:0.0} {f.Finding.DetectorId} ({f.Finding.IndicatorId}): {f.Finding.Summary}")).ToList();
}
