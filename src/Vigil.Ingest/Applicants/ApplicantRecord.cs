using Vigil.Core.Model;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// One applicant, worker or freelancer as an import file states it: the applicant import schema (docs/formats.md).
/// Values are as given (trimmed, NFC-normalized, checked for shape); canonical forms come later from
/// <see cref="ApplicantMapper"/>.
/// </summary>
/// <remarks>
/// The same schema serves JSON Lines (<see cref="ApplicantJsonLinesReader"/>) and flattened CSV
/// (<see cref="ApplicantCsvReader"/>); both readers produce equal records for equal data, and
/// <see cref="ApplicantJsonWriter.Serialize"/> is the canonical text form of a record.
/// </remarks>
public sealed record ApplicantRecord
{
    /// <summary>The source's own id; unique per organization, the idempotency key of imports.</summary>
    public required string Id { get; init; }

    public SubjectKind Kind { get; init; } = SubjectKind.Applicant;

    /// <summary>Null means the default for <see cref="Kind"/> (applied for applicants, active for workers).</summary>
    public SubjectStatus? Status { get; init; }

    public required string FullName { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Postal address as one line (for workers: the HR address of record).</summary>
    public string? Address { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? ClaimedCountry { get; init; }

    /// <summary>IANA zone id, e.g. <c>America/Chicago</c>.</summary>
    public string? ClaimedTimezone { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    /// <summary>IP addresses seen during the application.</summary>
    public IReadOnlyList<string> IpAddresses { get; init; } = [];

    public string? ResumeText { get; init; }
    public string? CoverLetter { get; init; }

    /// <summary>Photo file path, relative to the input file's folder (or absolute).</summary>
    public string? Photo { get; init; }

    public IReadOnlyList<PayoutAccountRef> PayoutAccounts { get; init; } = [];

    /// <summary>Bank accounts (IBAN or national account numbers).</summary>
    public IReadOnlyList<string> BankAccounts { get; init; } = [];

    public IReadOnlyList<WalletRef> Wallets { get; init; } = [];
    public ApplicantProfiles Profiles { get; init; } = ApplicantProfiles.Empty;
    public GitHubProfile? GitHubProfile { get; init; }
    public IReadOnlyList<ApplicantReview> Reviews { get; init; } = [];
    public DateTimeOffset? AppliedAt { get; init; }
    public string? Position { get; init; }

    /// <summary>Identity document number (passport, national id, licence) as written.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Fields the schema does not know, kept as a JSON object text (keys sorted), or null.</summary>
    public string? ExtraJson { get; init; }
}
