using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Screening;

/// <summary>A row of the synthetic population's <c>labels.csv</c>.</summary>
public sealed record GroundTruthLabel(
    string SubjectId,
    string Persona,
    string Scenario,
    string ClusterId,
    IReadOnlySet<string> Indicators,
    RiskLevel Expected,
    IReadOnlySet<string> LookalikeOf)
{
    public const string DprkPersona = "dprk";
    public const string BenignLookalike = "benign-lookalike";

    /// <summary>Reads labels.csv (<c>subject_id,persona,scenario,cluster_id,indicators,expected_level,lookalike_of</c>,
    /// lists separated by ';'). Bad rows are reported with their line and skipped.</summary>
    public static (List<GroundTruthLabel> Labels, List<string> Errors) Read(string path)
    {
        var labels = new List<GroundTruthLabel>();
        var errors = new List<string>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 && text.StartsWith("subject_id", StringComparison.Ordinal) || text.Length == 0)
            {
                continue;
            }
            var f = text.Split(',');
            if (f.Length < 6)
            {
                errors.Add($"{path}:{line}: expected 7 fields, got {f.Length}");
                continue;
            }
            if (!Enum.TryParse<RiskLevel>(f[5], ignoreCase: true, out var level))
            {
                errors.Add($"{path}:{line}: field expected_level: '{f[5]}' is not clear, review or high");
                continue;
            }
            labels.Add(new GroundTruthLabel(f[0], f[1], f[2], f[3], Split(f[4]), level, f.Length > 6 ? Split(f[6]) : new HashSet<string>()));
        }
        return (labels, errors);
    }

    private static HashSet<string> Split(string s) => new(s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
}
