using Vigil.Core.Identifiers;

namespace Vigil.Core.Reference;

/// <summary>
/// An identifier another party reported (a loaded indicator list, a TAXII peer, a MISP feed): SAN-03, NET-12.
/// Either the canonical value or, for partners that share privately, its keyed hash is known.
/// </summary>
/// <param name="Confidence">0–100, as the source stated it.</param>
/// <param name="KeyedHash">HMAC-SHA256 hex of the canonical value under the community key, when shared hashed.</param>
public sealed record CommunityIndicator(
    IdentifierKind Kind,
    string? Value,
    string? KeyedHash,
    string Source,
    int Confidence,
    DateTimeOffset? FirstSeen)
{
    /// <summary>The community key id the <see cref="KeyedHash"/> was made under, when the source said (matching
    /// tries every held key anyway, so it is informational).</summary>
    public string? KeyId { get; init; }

    /// <summary>The source's STIX indicator id (<c>indicator--UUID</c>), when it came from STIX: a sighting of it
    /// points back at the publisher's object.</summary>
    public string? StixIndicatorId { get; init; }
}
