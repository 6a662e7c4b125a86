using Vigil.Core.Model;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Tests.Applicants;

/// <summary>Valid, deterministic test data; tests set only the fields they are about.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Instant = new(2025, 3, 4, 1, 12, 9, TimeSpan.Zero);

    public static ApplicantRecord Applicant(string id = "A-100", string fullName = "Ana María Pérez", string? country = "US") => new()
    {
        Id = id,
        Kind = SubjectKind.Applicant,
        Status = SubjectStatus.Applied,
        FullName = fullName,
        Emails = ["ana.perez@example.com", "a.p+jobs@gmail.com"],
        Phones = ["(415) 555-0100", "+44 7700 900123"],
        Address = "1 Main St; Suite \"B\", Springfield, IL 62701",
        ClaimedCountry = country,
        ClaimedTimezone = "America/Chicago",
        DateOfBirth = new DateOnly(1990, 1, 2),
        IpAddresses = ["203.0.113.45", "2001:db8::1"],
        ResumeText = "Line one, with comma.\nLine \"two\"; semicolon.",
        CoverLetter = "Hello",
        Photo = "photos/a.png",
        PayoutAccounts = [new PayoutAccountRef("payoneer", "ana@example.com"), new PayoutAccountRef("wise", "12;34")],
        BankAccounts = ["GB82 WEST 1234 5698 7654 32"],
        Wallets = [new WalletRef("eth", "0x52908400098527886E0F7030069857D2E4169EE7")],
        Profiles = new ApplicantProfiles("anap", "https://linkedin.com/in/anap", "https://anap.dev"),
        GitHubProfile = new GitHubProfile(Instant.AddYears(-1), Instant.AddYears(-5), 10, 20, 30),
        Reviews = [new ApplicantReview(Instant.AddDays(-3), 5, "client|1"), new ApplicantReview(Instant.AddDays(-2), 3.5, null)],
        AppliedAt = Instant,
        Position = "Engineer",
        DocumentNumber = "P1234567",
        ExtraJson = """{"referral":"bob","tags":["x",1]}""",
    };
}
