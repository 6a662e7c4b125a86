using Vigil.Core.Identifiers;

namespace Vigil.Storage;

/// <summary>A community indicator stored for an organization (see <see cref="Vigil.Core.Reference.CommunityIndicator"/>).</summary>
public sealed class StoredIndicator
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public IdentifierKind Kind { get; set; }

    /// <summary>Canonical value, when the source shared it raw.</summary>
    public string? Value { get; set; }

    /// <summary>Keyed hash (hex), when the source shared it hashed.</summary>
    public string? KeyedHash { get; set; }

    public required string Source { get; set; }
    public int Confidence { get; set; }
    public DateTimeOffset? FirstSeen { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
