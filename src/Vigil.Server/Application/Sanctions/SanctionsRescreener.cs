using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Screening.Applicants;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.Server.Application.Screening;
using Vigil.Storage;

namespace Vigil.Server.Application.Sanctions;

/// <summary>
/// After a list change, screens again only the stored subjects the delta can affect (see
/// <see cref="DeltaCandidateKeys"/>, plus subjects whose alert cites a removed or changed entry), with the same
/// <see cref="SanctionsDetector"/> as applicant screening against the full new index, and writes the result onto the
/// subject's one alert: its sanctions findings are replaced, the other findings kept, and the alert rescored. Findings
/// are stored in the applicant-screening shape (<see cref="ScreeningFindingView"/>).
/// </summary>
public sealed class SanctionsRescreener(VigilDatabase database, TimeProvider? time = null, RiskScorer? scorer = null, ScreeningOptions? options = null)
{
    /// <summary>Finding detector ids that <see cref="SanctionsDetector"/> writes.</summary>
    public static readonly IReadOnlySet<string> SanctionsFindingIds = new HashSet<string>(StringComparer.Ordinal) { "sanctions-name", "sanctions-wallet" };

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly RiskScorer _scorer = scorer ?? new RiskScorer();
    private readonly ScreeningOptions _options = options ?? new ScreeningOptions();

    public async Task<RescreenReport> RescreenAsync(WatchlistIndex index, IReadOnlyDictionary<string, string> hashes, ListDelta delta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(delta);
        if (delta.Count == 0)
        {
            return RescreenReport.None;
        }
        var touched = delta.Added.Concat(delta.Changed).ToHashSet(StringComparer.Ordinal);
        var keys = new DeltaCandidateKeys(index.Entries.Where(e => touched.Contains(e.Id)));
        var stale = delta.Removed.Concat(delta.Changed).ToList();
        List<Guid> orgs;
        await using (var db = database.CreateContext())
        {
            orgs = await db.Organizations.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken);
        }
        var report = RescreenReport.None;
        foreach (var org in orgs)
        {
            report = report.Add(await RescreenOrgAsync(org, index, hashes, keys, stale, cancellationToken));
        }
        return report;
    }

    /// <summary>Screens the given subjects of one organization again against <paramref name="index"/> and updates
    /// their alerts (used after a list change and after a suppression).</summary>
    public async Task<RescreenReport> RescreenSubjectsAsync(Guid orgId, WatchlistIndex index, IReadOnlyDictionary<string, string> hashes,
        IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext(orgId);
        var subjects = await db.Subjects.AsNoTracking().Include(s => s.Identifiers).Where(s => subjectIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var alerts = await db.Alerts.Where(a => subjectIds.Contains(a.SubjectId)).ToDictionaryAsync(a => a.SubjectId, cancellationToken);
        return await ScreenAndStoreAsync(db, orgId, index, hashes, subjects, alerts, subjects.Count, cancellationToken);
    }

    private async Task<RescreenReport> RescreenOrgAsync(Guid orgId, WatchlistIndex index, IReadOnlyDictionary<string, string> hashes,
        DeltaCandidateKeys keys, IReadOnlyList<string> stale, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        var subjects = await db.Subjects.AsNoTracking().Include(s => s.Identifiers).AsSplitQuery().ToListAsync(cancellationToken);
        var alerts = await db.Alerts.ToDictionaryAsync(a => a.SubjectId, cancellationToken);
        var candidates = subjects.Where(s => keys.IsCandidate(s.FullName,
                s.IdentifiersOf(IdentifierKind.CryptoWallet).Select(i => i.Value),
                s.IdentifiersOf(IdentifierKind.Email).Select(i => i.Value),
                s.IdentifiersOf(IdentifierKind.Phone).Select(i => i.Value),
                s.IdentifiersOf(IdentifierKind.DocumentNumber).Select(i => i.Value))
            || (alerts.TryGetValue(s.Id, out var a) && CitesAny(a, stale)))
            .ToList();
        return await ScreenAndStoreAsync(db, orgId, index, hashes, candidates, alerts, subjects.Count, cancellationToken) with { Organizations = 1 };
    }

    private async Task<RescreenReport> ScreenAndStoreAsync(Vigil.Storage.VigilDbContext db, Guid orgId, WatchlistIndex index,
        IReadOnlyDictionary<string, string> hashes, List<Subject> candidates, Dictionary<Guid, Alert> alerts, int subjectCount, CancellationToken cancellationToken)
    {
        var suppressions = await SuppressionService.LoadSetAsync(db, cancellationToken);
        var screen = new WatchlistSanctionsScreen(index, suppressions, entryHashes: hashes);
        var context = new ScreeningContext(ScreeningPopulation.Build([], options: _options), new ScreeningReferences(Sanctions: screen), _options, _time.GetUtcNow());
        var detector = new SanctionsDetector();
        var now = _time.GetUtcNow();
        int hits = 0, created = 0, updated = 0;
        foreach (var subject in candidates)
        {
            var mine = detector.Detect(subject, context).ToList();
            hits += mine.Count > 0 ? 1 : 0;
            alerts.TryGetValue(subject.Id, out var alert);
            var previous = alert is null ? [] : Views(alert.FindingsJson);
            var others = previous.Where(v => !SanctionsFindingIds.Contains(v.Detector)).ToList();
            var before = previous.Where(v => SanctionsFindingIds.Contains(v.Detector)).Select(v => v.Summary).Order(StringComparer.Ordinal);
            if (before.SequenceEqual(mine.Select(f => f.Summary).Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                continue; // nothing changed for this subject
            }
            var score = _scorer.Score(mine.Concat(others.Select(ToFinding)));
            if (alert is null)
            {
                if (score.Level == RiskLevel.Clear)
                {
                    continue;
                }
                alert = new Alert { Id = Guid.NewGuid(), OrgId = orgId, SubjectId = subject.Id, CreatedAt = now };
                db.Alerts.Add(alert);
                alerts[subject.Id] = alert;
                created++;
            }
            else
            {
                updated++;
            }
            var views = score.Findings.Select(ScreeningFindingView.From).ToList();
            alert.Score = score.Score;
            alert.Level = score.Level;
            alert.TopReason = Truncate(views.Count > 0 ? views[0].Summary : "", 1000);
            alert.IndicatorIds = Truncate(string.Join(",", views.Select(f => f.Indicator).Distinct()), 1000);
            alert.DetectorIds = Truncate(string.Join(",", views.Select(f => f.Detector).Distinct()), 1000);
            alert.FindingsJson = JsonSerializer.Serialize(views, ApplicantScreeningService.JsonOptions);
            alert.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new RescreenReport(0, subjectCount, candidates.Count, hits, created, updated);
    }

    private static bool CitesAny(Alert alert, IReadOnlyList<string> entryIds) =>
        entryIds.Count > 0 && alert.DetectorIds.Contains("sanctions-", StringComparison.Ordinal)
        && entryIds.Any(id => alert.FindingsJson.Contains(id, StringComparison.Ordinal));

    /// <summary>Reads an alert's findings whichever component wrote them (applicant screening writes
    /// <c>detector</c>/<c>indicator</c>, monitoring <c>detectorId</c>/<c>indicatorId</c>).</summary>
    internal static List<ScreeningFindingView> Views(string json)
    {
        var list = new List<ScreeningFindingView>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        }
        catch (JsonException)
        {
            return list;
        }
        if (root is not JsonArray array)
        {
            return list;
        }
        foreach (var node in array)
        {
            if (node is not JsonObject o)
            {
                continue;
            }
            string Text(params string[] names) => names.Select(n => o[n]).FirstOrDefault(v => v is not null)?.GetValue<string>() ?? "";
            double Number(params string[] names) => names.Select(n => o[n]).FirstOrDefault(v => v is not null)?.GetValue<double>() ?? 0;
            var evidence = (o["evidence"] ?? o["Evidence"]) is JsonArray ev
                ? ev.OfType<JsonObject>().Select(e => new Evidence(
                    (e["label"] ?? e["Label"])?.GetValue<string>() ?? "",
                    (e["value"] ?? e["Value"])?.GetValue<string>() ?? "",
                    (e["reference"] ?? e["Reference"])?.GetValue<string>())).ToList()
                : [];
            var related = (o["relatedSubjects"] ?? o["RelatedSubjects"]) is JsonArray rel
                ? rel.Select(r => Guid.TryParse(r?.GetValue<string>(), out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList()
                : [];
            list.Add(new ScreeningFindingView(Text("detector", "detectorId", "DetectorId"), Text("indicator", "indicatorId", "IndicatorId"),
                Number("weight", "Weight"), Number("contribution", "Contribution"), Text("summary", "Summary"), evidence, related));
        }
        return list;
    }

    private static Finding ToFinding(ScreeningFindingView v) => new(v.Detector, v.Indicator, v.Weight, v.Summary, v.Evidence, v.RelatedSubjects);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
