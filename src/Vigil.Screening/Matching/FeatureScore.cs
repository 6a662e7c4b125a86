namespace Vigil.Screening.Matching;

/// <summary>
/// One feature behind a match score, nomenklatura-style. Main features (<c>name</c>, <c>weak_alias</c>,
/// <c>crypto_wallet</c>, <c>email</c>, <c>phone</c>, <c>document_id</c>) carry their own score; the best one is
/// the base. Qualifiers (<c>dob_year_disjoint</c>, <c>dob_day_disjoint</c>, <c>country_mismatch</c>,
/// <c>type_mismatch</c>, <c>gender_mismatch</c>) carry a negative adjustment added to the base; <c>dob_match</c>
/// and <c>country_match</c> are recorded with 0 so the analyst sees corroboration.
/// </summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Value">Score of a main feature in [0,1], or the adjustment of a qualifier.</param>
/// <param name="Detail">What was compared, in words.</param>
public sealed record FeatureScore(string Feature, double Value, string Detail);
