using Vigil.Core.Identifiers;

namespace Vigil.Storage.Sharing;

/// <summary>
/// Which partner STIX indicator an imported community identifier came from, so that when one of the organization's
/// own subjects matches it a sighting can point back at that indicator (<c>sighting_of_ref</c>).
/// </summary>
public sealed class ReceivedIndicatorRecord
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }

    /// <summary>The partner's <c>indicator--UUID</c>.</summary>
    public required string StixId { get; set; }
    public IdentifierKind Kind { get; set; }

    /// <summary>Canonical value, when the partner shared it raw.</summary>
    public string? Value { get; set; }

    /// <summary>Keyed hash (hex), when the partner shared it hashed.</summary>
    public string? KeyedHash { get; set; }

    /// <summary>Value or hash: the unique part of the row.</summary>
    public required string MatchKey { get; set; }

    /// <summary>Producer name (identity name or <c>created_by_ref</c>).</summary>
    public required string Source { get; set; }
    public long ReceivedAtUs { get; set; }
}
