namespace Vigil.Core.Cases;

/// <summary>An investigation opened from one or more alerts.</summary>
public sealed class Case
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public required string Title { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.New;
    public Disposition Disposition { get; set; } = Disposition.None;
    public string? Assignee { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency token: incremented on every update; a stale update is rejected.</summary>
    public int Version { get; set; }

    public List<CaseNote> Notes { get; set; } = [];
}
