using Vigil.Sharing.Stix.Serialization;

namespace Vigil.Sharing.Taxii;

/// <summary>What a pull fetched: pages, objects, per-object errors and the last date_added seen (for the next pull).</summary>
public sealed record TaxiiPullResult(int Pages, int Objects, IReadOnlyList<StixParseError> Errors, string? LastDateAdded);
