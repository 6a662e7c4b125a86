namespace Vigil.Ingest.Applicants;

/// <summary>Field names of the applicant schema: JSON property names and CSV column names (docs/formats.md).</summary>
public static class ApplicantFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string FullName = "full_name";
    public const string Emails = "emails";
    public const string Phones = "phones";
    public const string Address = "address";
    public const string ClaimedCountry = "claimed_country";
    public const string ClaimedTimezone = "claimed_timezone";
    public const string DateOfBirth = "date_of_birth";
    public const string IpAddresses = "ip_addresses";
    public const string ResumeText = "resume_text";
    public const string CoverLetter = "cover_letter";
    public const string Photo = "photo";
    public const string PayoutAccounts = "payout_accounts";
    public const string BankAccounts = "bank_accounts";
    public const string Wallets = "wallets";
    public const string Profiles = "profiles";
    public const string GitHub = "github";
    public const string LinkedIn = "linkedin";
    public const string Portfolio = "portfolio";
    public const string GitHubProfile = "github_profile";
    public const string CreatedAt = "created_at";
    public const string FirstCommitAt = "first_commit_at";
    public const string Followers = "followers";
    public const string Following = "following";
    public const string PublicRepos = "public_repos";
    public const string Reviews = "reviews";
    public const string At = "at";
    public const string Rating = "rating";
    public const string Reviewer = "reviewer";
    public const string AppliedAt = "applied_at";
    public const string Position = "position";
    public const string DocumentNumber = "document_number";
    public const string PayoutKind = "kind";
    public const string PayoutValue = "value";
    public const string WalletChain = "chain";
    public const string WalletAddress = "address";

    /// <summary>CSV only: a JSON object of extra fields.</summary>
    public const string Extra = "extra";

    /// <summary>CSV columns in the order the writer emits them.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        Id, Kind, Status, FullName, Emails, Phones, Address, ClaimedCountry, ClaimedTimezone, DateOfBirth,
        IpAddresses, ResumeText, CoverLetter, Photo, PayoutAccounts, BankAccounts, Wallets,
        "github", "linkedin", "portfolio",
        "github_created_at", "github_first_commit_at", "github_followers", "github_following", "github_public_repos",
        Reviews, AppliedAt, Position, DocumentNumber, Extra,
    ];
}
