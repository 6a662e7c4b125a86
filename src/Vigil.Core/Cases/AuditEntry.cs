namespace Vigil.Core.Cases;

/// <summary>
/// One analyst action or configuration change. Entries are append-only and hash-chained per organization:
/// <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> || canonical fields), so editing or deleting any row
/// breaks every later hash (<c>vigil audit verify</c>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }

    /// <summary>1-based position in the organization's chain.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? DetailsJson { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
