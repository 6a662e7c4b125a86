using Vigil.Core.Linking;
using Vigil.Core.Linking.Photos;

namespace Vigil.Core.Detection;

/// <summary>Thresholds of the applicant detectors. Defaults are the documented ones (docs/detectors.md).</summary>
public sealed record ScreeningOptions
{
    /// <summary>Exact Jaccard (word 3-shingles) at or above which two documents are one template (PRF-04). 0.8 keeps
    /// bootcamp classmates, who share a paragraph but not the rest, apart.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.8;

    /// <summary>Hamming distance (of 256 bits) at or below which two photos are the same picture (PRF-01). Stricter
    /// than <see cref="PhotoHash.DefaultMatchDistance"/>: headshots share their layout (a centred face on a plain
    /// background), and on the synthetic population unrelated faces came as close as 12 bits while re-encoded and
    /// resized copies stayed under 12. 5% crops are matched through the centre-crop hash (<see cref="PhotoFingerprint"/>),
    /// not by widening this distance.</summary>
    public int PhotoMatchDistance { get; init; } = 11;

    /// <summary>Documents with fewer distinct word shingles than this are not compared: a two-line cover letter
    /// ("Happy to share code samples") is boilerplate that honest applicants share verbatim.</summary>
    public int MinDocumentShingles { get; init; } = 60;

    /// <summary>Linking weights, the sharing cap and the allowlist.</summary>
    public IdentityGraphOptions Graph { get; init; } = new();

    /// <summary>Known templates (name → text) that a résumé or cover letter must not match (PRF-04).</summary>
    public IReadOnlyDictionary<string, string> KnownTemplates { get; init; } = new Dictionary<string, string>();

    /// <summary>FRL-02: excellent reviews (rating ≥ <see cref="ExcellentRating"/>) within <see cref="BurstWindow"/>.</summary>
    public int BurstMinReviews { get; init; } = 3;

    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromDays(3);
    public double ExcellentRating { get; init; } = 4.5;

    /// <summary>The burst must be at least this share of all the account's reviews: a long-established freelancer
    /// with hundreds of reviews who gets three in a week is ordinary.</summary>
    public double BurstMinShare { get; init; } = 0.6;

    /// <summary>GH-04: following at least this many accounts while followed by few looks like a follow ring.</summary>
    public int FollowRingMinFollowing { get; init; } = 200;

    /// <summary>A GitHub account younger than this, on a résumé claiming <see cref="LongCareerYears"/>+ years.</summary>
    public TimeSpan YoungAccountAge { get; init; } = TimeSpan.FromDays(365);

    public int LongCareerYears { get; init; } = 7;

    /// <summary>Sanctions name matches below this score are not reported (identifier matches always are).</summary>
    public double SanctionsMinScore { get; init; } = 0.85;
}
