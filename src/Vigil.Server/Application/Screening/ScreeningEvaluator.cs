using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Screening;

/// <summary>Compares screening results with ground-truth labels (the synth population's labels.csv). Pure.</summary>
public static class ScreeningEvaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<GroundTruthLabel> labels, IReadOnlyList<ScreeningResult> results)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(results);
        var byId = results.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pairs = labels.Where(l => byId.ContainsKey(l.SubjectId)).Select(l => (Label: l, Result: byId[l.SubjectId])).ToList();

        var flagged = Binary("dprk at review or high", pairs, p => p.Label.Persona == GroundTruthLabel.DprkPersona, p => p.Result.Level != RiskLevel.Clear);
        var levels = Enum.GetValues<RiskLevel>()
            .Select(level => Binary(level.ToString().ToLowerInvariant(), pairs, p => p.Label.Expected == level, p => p.Result.Level == level))
            .ToList();
        var indicatorIds = pairs.SelectMany(p => p.Label.Indicators)
            .Concat(pairs.SelectMany(p => p.Result.Findings.Select(f => f.Indicator)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var indicators = indicatorIds
            .Select(id => Binary(id, pairs, p => p.Label.Indicators.Contains(id), p => p.Result.Findings.Any(f => f.Indicator == id)))
            .Where(m => m.Support > 0 || m.FalsePositives > 0)
            .ToList();

        var lookalikes = pairs.Where(p => p.Label.Persona == GroundTruthLabel.BenignLookalike).ToList();
        var ordinary = pairs.Where(p => p.Label.Persona is not (GroundTruthLabel.BenignLookalike or GroundTruthLabel.DprkPersona)).ToList();
        var byScenario = lookalikes.GroupBy(p => p.Label.Scenario).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => $"{g.Count(p => p.Result.Level != RiskLevel.Clear)}/{g.Count()}", StringComparer.Ordinal);
        return new EvaluationReport(
            labels.Count,
            pairs.Count,
            flagged,
            levels,
            indicators,
            Rate(lookalikes),
            lookalikes.Count,
            Rate(ordinary),
            ordinary.Count,
            byScenario);
    }

    private static double Rate(List<(GroundTruthLabel Label, ScreeningResult Result)> group) =>
        group.Count == 0 ? 0 : (double)group.Count(p => p.Result.Level != RiskLevel.Clear) / group.Count;

    private static EvaluationMetrics Binary(string name, List<(GroundTruthLabel Label, ScreeningResult Result)> pairs,
        Func<(GroundTruthLabel Label, ScreeningResult Result), bool> truth, Func<(GroundTruthLabel Label, ScreeningResult Result), bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0, support = 0;
        foreach (var p in pairs)
        {
            var t = truth(p);
            var y = predicted(p);
            support += t ? 1 : 0;
            tp += t && y ? 1 : 0;
            fp += !t && y ? 1 : 0;
            fn += t && !y ? 1 : 0;
        }
        return new EvaluationMetrics(name, tp, fp, fn, support);
    }
}
