using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Synthetic;

/// <summary>A person being generated: mutable while personas are planted, then frozen into an
/// <see cref="ApplicantRecord"/> and a <see cref="SynthLabel"/> once ids are assigned.</summary>
internal sealed class PersonDraft
{
    public SubjectKind Kind = SubjectKind.Applicant;
    public SubjectStatus? Status;
    public string FullName = "";
    public string GivenName = "";
    public string FamilyName = "";
    public List<string> Emails = [];
    public List<string> Phones = [];
    public string? Address;
    public CountryProfile Country = Geography.US;
    public City City = Geography.US.Cities[0];
    public DateOnly? DateOfBirth;
    public List<string> Ips = [];
    public string? Resume;
    public string? CoverLetter;
    public FaceSpec? Face;
    public PhotoVariant PhotoVariant;
    public List<PayoutAccountRef> Payouts = [];
    public List<string> Banks = [];
    public List<WalletRef> Wallets = [];
    public string? GitHub;
    public string? LinkedIn;
    public string? Portfolio;
    public GitHubProfile? GitHubFacts;
    public List<ApplicantReview> Reviews = [];
    public DateTimeOffset? AppliedAt;
    public string? Position;
    public string? DocumentNumber;
    public SortedDictionary<string, object> Extra = new(StringComparer.Ordinal);

    public string Persona = "ordinary";
    public string Scenario = "ordinary";
    public string Cluster = "";
    public SortedSet<string> Indicators = new(StringComparer.Ordinal);
    public SortedSet<string> LookalikeOf = new(StringComparer.Ordinal);
    public RiskLevel Expected = RiskLevel.Clear;

    /// <summary>Worker-only: what the log generator plants for this worker.</summary>
    public WorkerPlan? Worker { get; set; }

    public string Id = "";

    public string? PhotoPath => Face is null ? null : $"photos/{Id}{FaceRenderer.Extension(PhotoVariant)}";

    public ApplicantRecord ToRecord() => new()
    {
        Id = Id,
        Kind = Kind,
        Status = Status,
        FullName = FullName,
        Emails = Emails,
        Phones = Phones,
        Address = Address,
        ClaimedCountry = Country.Code,
        ClaimedTimezone = City.TimeZone,
        DateOfBirth = DateOfBirth,
        IpAddresses = Ips,
        ResumeText = Resume,
        CoverLetter = CoverLetter,
        Photo = PhotoPath,
        PayoutAccounts = Payouts,
        BankAccounts = Banks,
        Wallets = Wallets,
        Profiles = new ApplicantProfiles(GitHub, LinkedIn, Portfolio),
        GitHubProfile = GitHubFacts,
        Reviews = Reviews.OrderBy(r => r.At).ToList(),
        AppliedAt = AppliedAt,
        Position = Position,
        DocumentNumber = DocumentNumber,
        ExtraJson = Extra.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(Extra, ApplicantJsonWriter.JsonOptions),
    };

    public SynthLabel ToLabel() => new(Id, Persona, Scenario, Cluster, Indicators.ToList(), Expected, LookalikeOf.ToList());
}
