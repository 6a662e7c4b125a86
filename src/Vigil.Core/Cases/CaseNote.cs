namespace Vigil.Core.Cases;

public sealed class CaseNote
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid CaseId { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }

    /// <summary>Optional link to evidence: a subject, an alert, a URL.</summary>
    public string? EvidenceRef { get; set; }

    public DateTimeOffset At { get; set; }
}
