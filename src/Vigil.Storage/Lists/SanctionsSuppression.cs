namespace Vigil.Storage.Lists;

/// <summary>
/// An analyst's decision that a subject is not the person or company of a list entry (a false positive). It holds
/// while the entry's content hash is the one recorded here: when the list changes the entry, the pair is screened
/// again. Every suppression is written together with an audit entry.
/// </summary>
public sealed class SanctionsSuppression
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SubjectId { get; set; }

    /// <summary>The list entry id (<c>ofac-sdn:12211</c>).</summary>
    public required string EntryId { get; set; }

    /// <summary>The entry's content hash when the decision was made.</summary>
    public required string EntryHash { get; set; }

    public required string Reason { get; set; }
    public required string Analyst { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
