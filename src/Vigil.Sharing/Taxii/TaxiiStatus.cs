namespace Vigil.Sharing.Taxii;

/// <summary>Status resource (§4.3.1). <paramref name="Status"/> is <c>pending</c> or <c>complete</c>.</summary>
public sealed record TaxiiStatus(
    string Id,
    string Status,
    string RequestTimestamp,
    int TotalCount,
    int SuccessCount,
    int FailureCount,
    int PendingCount,
    IReadOnlyList<TaxiiStatusDetail>? Successes = null,
    IReadOnlyList<TaxiiStatusDetail>? Failures = null,
    IReadOnlyList<TaxiiStatusDetail>? Pendings = null);
