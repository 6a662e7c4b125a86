namespace Vigil.Server.Application.Screening;

/// <summary>The outcome of screening one applicant on arrival (<c>POST /api/screen</c>).</summary>
/// <param name="Result">Score, level, cluster id and every finding with evidence and contribution.</param>
/// <param name="Explanation">One line per finding, strongest first: "+50.0 shared-payout-account (PAY-05): ...";
/// the contributions sum to the score.</param>
/// <param name="Compared">Stored subjects the applicant was linked against (identifier holders, near-duplicate
/// documents, similar photos, and their ring members).</param>
/// <param name="Stored">Whether the subject was added or changed (false when the same record was already stored).</param>
public sealed record ApplicantScreening(ScreeningResult Result, IReadOnlyList<string> Explanation, int Compared, bool Stored);
