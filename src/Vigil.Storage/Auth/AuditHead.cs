namespace Vigil.Storage.Auth;

/// <summary>
/// The head of one organization's audit chain: the sequence and hash of its newest entry, written in the same
/// transaction as every append. The chain itself shows an edited or deleted middle row; the head shows deleted
/// newest rows (the chain would otherwise just look shorter). <c>vigil audit verify</c> prints it so it can also be
/// anchored outside the database (<c>--expect-head</c>), which catches an attacker who rewrites this row too.
/// </summary>
public sealed class AuditHead
{
    public Guid OrgId { get; set; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
