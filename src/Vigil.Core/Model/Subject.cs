using Vigil.Core.Identifiers;

namespace Vigil.Core.Model;

/// <summary>
/// A person as claimed: an applicant, a hired worker or a freelancer. Everything here is what the person or the
/// source said; what Vigil observed lives in events and findings.
/// </summary>
public sealed class Subject
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }

    /// <summary>The source's own id (the applicant id of an import file). Unique per organization; re-importing
    /// the same id updates the subject instead of adding another.</summary>
    public required string ExternalId { get; set; }

    public SubjectKind Kind { get; set; } = SubjectKind.Applicant;
    public SubjectStatus Status { get; set; } = SubjectStatus.Applied;
    public required string FullName { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case, as claimed.</summary>
    public string? ClaimedCountry { get; set; }

    /// <summary>IANA time zone id as claimed (e.g. <c>America/Chicago</c>).</summary>
    public string? ClaimedTimezone { get; set; }

    public DateOnly? DateOfBirth { get; set; }
    public DateTimeOffset? AppliedAt { get; set; }
    public string? Position { get; set; }

    /// <summary>Path or URI of the photo the subject supplied, if any; its perceptual hash is an identifier.</summary>
    public string? PhotoRef { get; set; }

    /// <summary>GitHub facts the applicant's profile showed when screened (GH-01, GH-04).</summary>
    public GitHubFacts? GitHub { get; set; }

    /// <summary>Fields of the source record Vigil does not model, kept as a JSON object.</summary>
    public string? ExtraJson { get; set; }

    /// <summary>SHA-256 of the normalized source record: an unchanged re-import is a no-op.</summary>
    public string ContentHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<SubjectIdentifier> Identifiers { get; set; } = [];
    public List<SubjectDocument> Documents { get; set; } = [];

    public IEnumerable<SubjectIdentifier> IdentifiersOf(IdentifierKind kind) => Identifiers.Where(i => i.Kind == kind);
}
