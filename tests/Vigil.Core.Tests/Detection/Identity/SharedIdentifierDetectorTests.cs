using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class SharedIdentifierDetectorTests
{
    private static readonly SharedIdentifierDetector Detector = new();

    [Fact]
    public void Detect_payout_account_under_two_names_reports_pay05_with_the_other_subject()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.PayoutAccount, "payoneer:ring@example.com"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.PayoutAccount, "payoneer:RING@example.com"));
        var context = Applicants.Context(a, b);

        var finding = Detector.Detect(a, context).Should().ContainSingle().Subject;

        finding.DetectorId.Should().Be("shared-payout-account");
        finding.IndicatorId.Should().Be(IndicatorIds.Pay05SharedPayout);
        finding.Weight.Should().Be(50);
        finding.RelatedSubjects.Should().Equal(b.Id);
        finding.Evidence.Should().Contain(e => e.Label == "shared payout account" && e.Reference == a.ExternalId);
        finding.Evidence.Should().Contain(e => e.Label == "also held by" && e.Value == "Kevin Lee" && e.Reference == b.ExternalId);
        finding.Summary.Should().Contain("Kevin Lee");
    }

    [Fact]
    public void Detect_same_name_sharing_an_email_is_one_person_applying_twice()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "dan@example.com"));
        var b = Applicants.Make("DANIEL  MOORE", (IdentifierKind.Email, "dan@example.com"));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_value_held_by_more_subjects_than_the_cap_is_infrastructure()
    {
        var subjects = Enumerable.Range(0, 22)
            .Select(i => Applicants.Make($"Person Number{i}", (IdentifierKind.Phone, "+1 415 555 2671")))
            .ToArray();

        Detector.Detect(subjects[0], Applicants.Context(subjects)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_allowlisted_value_never_fires()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "jobs@agency.example"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.Email, "jobs@agency.example"));
        var key = Canonicalizer.Canonicalize(IdentifierKind.Email, "jobs@agency.example").Key;
        var options = new ScreeningOptions { Graph = new IdentityGraphOptions { Allowlist = new HashSet<string> { key } } };

        Detector.Detect(a, Applicants.Context([a, b], options: options)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_household_email_with_one_family_name_is_kept_at_half_weight()
    {
        var a = Applicants.Make("Maria Garcia", (IdentifierKind.Email, "garcia.family@example.com"));
        var b = Applicants.Make("Jose Garcia", (IdentifierKind.Email, "garcia.family@example.com"));

        var finding = Detector.Detect(a, Applicants.Context(a, b)).Should().ContainSingle().Subject;

        finding.DetectorId.Should().Be(SharedIdentifierDetector.HouseholdDetectorId);
        finding.IndicatorId.Should().Be(IndicatorIds.Com02SharedContact);
        finding.Weight.Should().Be(20);
        finding.RelatedSubjects.Should().Equal(b.Id);
    }

    [Fact]
    public void Detect_placeholder_phone_shared_by_strangers_is_ignored()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Phone, "+1 212 123 4567"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.Phone, "+1 212 123 4567"));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_unique_identifiers_report_nothing()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "dan@example.com"), (IdentifierKind.PayoutAccount, "payoneer:dan@example.com"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.Email, "kevin@example.com"), (IdentifierKind.PayoutAccount, "payoneer:kevin@example.com"));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }
}
