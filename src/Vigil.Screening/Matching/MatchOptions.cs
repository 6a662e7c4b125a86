namespace Vigil.Screening.Matching;

/// <summary>Matching settings. Immutable; share freely.</summary>
public sealed record MatchOptions
{
    /// <summary>The default decision threshold, calibrated on the yente negatives (false positives) and the
    /// noisy DPRK name set (recall); see docs/screening.md.</summary>
    public const double DefaultThreshold = 0.84;

    /// <summary>Score at or above which a result is a match. Range [0, 1]. Default <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Results below this are not returned at all (default: the threshold). Lower it to see near misses.</summary>
    public double? MinScore { get; init; }

    /// <summary>Most results returned per query. Default 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Aliases fully scored per query after candidate ranking. Default 24; more is slower and rarely changes top-1.</summary>
    public int Candidates { get; init; } = 24;

    public static MatchOptions Default { get; } = new();
}
