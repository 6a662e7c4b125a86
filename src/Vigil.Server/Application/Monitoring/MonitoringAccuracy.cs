using Microsoft.EntityFrameworkCore;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Screening;
using Vigil.Storage;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Measures monitoring against <c>vigil synth</c>'s ground truth: imports the synthetic workers, ingests every log
/// the generator wrote (Okta, Entra, CSV sign-ins, osquery, payroll, shipments), runs detection once, then compares
/// each worker's stored alert with its label. Targets (issue 5): recall ≥ 0.95 for laptop-farm, anonymizer and
/// Pyongyang-hours workers (impossible-travel workers are reported too); ≤ 1% of benign travellers and VPN users at level high.
/// </summary>
public static class MonitoringAccuracy
{
    /// <summary>The generator's log files and how to read them.</summary>
    public static IReadOnlyList<(string File, LogKind Kind, LogFormat Format)> SynthLogs { get; } =
    [
        ("okta-signins.ndjson", LogKind.SignIns, LogFormat.Okta),
        ("entra-signins.json", LogKind.SignIns, LogFormat.Entra),
        ("signins.csv", LogKind.SignIns, LogFormat.Csv),
        ("osquery.ndjson", LogKind.Endpoint, LogFormat.Osquery),
        ("payroll.csv", LogKind.Payroll, LogFormat.Csv),
        ("shipments.csv", LogKind.Shipments, LogFormat.Csv),
    ];

    /// <summary>Imports <c>workers.jsonl</c> and ingests every synthetic log of <paramref name="directory"/> into the
    /// organization, then runs detection once over everything stored.</summary>
    public static async Task<DetectionReport> IngestSynthAsync(VigilDatabase database, MonitoringReferences references, Guid orgId, string directory,
        CancellationToken cancellationToken = default)
    {
        await new ApplicantImporter(database).ImportAsync(orgId, Path.Combine(directory, "workers.jsonl"), cancellationToken: cancellationToken);
        var service = new MonitoringService(database, references);
        foreach (var (file, kind, format) in SynthLogs)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                await service.IngestAsync(orgId, kind, format, path, detect: false, cancellationToken: cancellationToken);
            }
        }
        return await service.DetectAsync(orgId, cancellationToken);
    }

    /// <summary>Scores the organization's stored alerts against <c>labels.csv</c>.</summary>
    public static async Task<MonitoringAccuracyReport> EvaluateAsync(VigilDatabase database, Guid orgId, string labelsPath, CancellationToken cancellationToken = default)
    {
        var (labels, _) = GroundTruthLabel.Read(labelsPath);
        await using var db = database.CreateContext(orgId);
        var alerts = await db.Alerts.AsNoTracking()
            .Join(db.Subjects.AsNoTracking(), a => a.SubjectId, s => s.Id, (a, s) => new { s.ExternalId, a.Level, a.IndicatorIds })
            .ToListAsync(cancellationToken);
        var byExternal = alerts.ToDictionary(a => a.ExternalId, a => (a.Level, Indicators: a.IndicatorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var workers = labels.Where(l => l.SubjectId.StartsWith('W')).ToList();

        AccuracyGroup Planted(string name, Func<GroundTruthLabel, bool> member, params string[] indicators)
        {
            var group = workers.Where(member).ToList();
            var missed = group.Where(l => !byExternal.TryGetValue(l.SubjectId, out var a) || !indicators.Any(a.Indicators.Contains)).Select(l => l.SubjectId).ToList();
            var hits = group.Count - missed.Count;
            return new AccuracyGroup(name, "finding " + string.Join(" or ", indicators), group.Count, hits, group.Count == 0 ? 0 : hits / (double)group.Count, missed.Take(10).ToList());
        }

        AccuracyGroup Benign(string name, string scenario)
        {
            var group = workers.Where(l => l.Persona == GroundTruthLabel.BenignLookalike && l.Scenario == scenario).ToList();
            var flagged = group.Where(l => byExternal.TryGetValue(l.SubjectId, out var a) && a.Level == RiskLevel.High).Select(l => l.SubjectId).ToList();
            return new AccuracyGroup(name, "alert level high", group.Count, flagged.Count, group.Count == 0 ? 0 : flagged.Count / (double)group.Count, flagged.Take(10).ToList());
        }

        bool Dprk(GroundTruthLabel l) => l.Persona == GroundTruthLabel.DprkPersona;
        return new MonitoringAccuracyReport(workers.Count,
        [
            Planted("laptop-farm workers", l => Dprk(l) && l.Scenario == "laptop-farm" && l.Indicators.Contains("NET-10"), "NET-10", "NET-02"),
            Planted("anonymizer workers", l => Dprk(l) && l.Indicators.Contains("NET-05"), "NET-05", "NET-08"),
            Planted("Pyongyang-hours workers", l => Dprk(l) && l.Indicators.Contains("WRK-01"), "WRK-01"),
            Planted("impossible-travel workers", l => Dprk(l) && l.Indicators.Contains("NET-01"), "NET-01"),
        ],
        [
            Benign("frequent travellers", "frequent-traveller"),
            Benign("VPN users", "vpn-user"),
            Benign("night owls", "night-owl"),
            Benign("shared households", "shared-household"),
        ]);
    }
}
