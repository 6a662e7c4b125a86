namespace Vigil.Core.Model;

/// <summary>A text the subject submitted (résumé, cover letter, bid), compared for template reuse (PRF-04, FRL-03).</summary>
public sealed class SubjectDocument
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SubjectId { get; set; }
    public DocumentKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>SHA-256 (hex) of the text, for exact-duplicate matching.</summary>
    public string ContentHash { get; set; } = "";
}
