using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Core.Scoring;

/// <summary>
/// Weights and thresholds that turn findings into a score (<c>config/scoring.json</c>, documented there).
/// </summary>
/// <remarks>
/// Weights are keyed by detector id. The config may not weigh protected traits: keys naming ethnicity, nationality
/// or name origin are rejected (<see cref="Validate"/>), and no detector produces such a feature. Vigil scores
/// misrepresentation, not origin.
/// </remarks>
public sealed record ScoringConfig
{
    /// <summary>Scores at or above this are <see cref="RiskLevel.Review"/>.</summary>
    public double ReviewThreshold { get; init; } = 40;

    /// <summary>Scores at or above this are <see cref="RiskLevel.High"/>.</summary>
    public double HighThreshold { get; init; } = 70;

    /// <summary>Repeated findings of one detector (three VPN IPs) count fully once, then at this factor each.</summary>
    public double RepeatFactor { get; init; } = 0.25;

    /// <summary>Detector id → weight in [0, 100], overriding the detector's default.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    public static ScoringConfig Default { get; } = new();

    private static readonly string[] ForbiddenTerms = ["ethnic", "nationality", "name-origin", "name_origin", "nameorigin", "race", "surname-origin"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses and validates a config document; the message names the problem.</summary>
    public static ScoringConfig Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScoringConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<ScoringConfig>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"scoring config: {e.Message}", e);
        }
        if (config is null)
        {
            throw new FormatException("scoring config: empty document");
        }
        config.Validate();
        return config;
    }

    /// <summary>Throws <see cref="FormatException"/> on out-of-range values or a forbidden feature.</summary>
    public void Validate()
    {
        if (ReviewThreshold is <= 0 or > 100 || HighThreshold is <= 0 or > 100 || HighThreshold < ReviewThreshold)
        {
            throw new FormatException($"scoring config: thresholds must satisfy 0 < review ({ReviewThreshold}) <= high ({HighThreshold}) <= 100");
        }
        if (RepeatFactor is < 0 or > 1)
        {
            throw new FormatException($"scoring config: repeat_factor {RepeatFactor} is outside [0, 1]");
        }
        foreach (var (key, weight) in Weights)
        {
            if (ForbiddenTerms.Any(t => key.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"scoring config: weight '{key}' would score a protected trait (ethnicity, nationality or name origin); Vigil never does");
            }
            if (weight is < 0 or > 100 || double.IsNaN(weight))
            {
                throw new FormatException($"scoring config: weight '{key}' = {weight} is outside [0, 100]");
            }
        }
    }

    public double WeightOf(string detectorId, double defaultWeight) => Weights.TryGetValue(detectorId, out var w) ? w : defaultWeight;

    public RiskLevel LevelOf(double score) => score >= HighThreshold ? RiskLevel.High : score >= ReviewThreshold ? RiskLevel.Review : RiskLevel.Clear;
}
