namespace Vigil.Ingest.Applicants;

/// <summary>A review the applicant received on a platform (FRL-02 review bursts).</summary>
/// <param name="Rating">0 to 5, fractions allowed.</param>
/// <param name="Reviewer">The reviewing client account, when known.</param>
public sealed record ApplicantReview(DateTimeOffset At, double Rating, string? Reviewer);
