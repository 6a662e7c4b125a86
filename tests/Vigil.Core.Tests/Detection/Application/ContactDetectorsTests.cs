using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Application;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Application;

public sealed class ContactDetectorsTests
{
    [Fact]
    public void DisposableEmail_listed_domain_reports_com06_with_the_list()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "Dan@Mailinator.com"));
        var context = Applicants.Context([a], new ScreeningReferences(DisposableEmailDomains: new SetDisposableDomains("mailinator.com")));

        var finding = new DisposableEmailDetector().Detect(a, context).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Com06BulkWebmail);
        finding.DetectorId.Should().Be("disposable-email");
        finding.Evidence.Should().Equal(new Evidence("disposable email", "Dan@Mailinator.com", "list entry mailinator.com (test-list)"));
    }

    [Fact]
    public void DisposableEmail_ordinary_domain_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "dan@gmail.com"));
        var context = Applicants.Context([a], new ScreeningReferences(DisposableEmailDomains: new SetDisposableDomains("mailinator.com")));

        new DisposableEmailDetector().Detect(a, context).Should().BeEmpty();
    }

    [Fact]
    public void VoipPhone_voip_line_type_reports_com03()
    {
        var a = Applicants.Make("Daniel Moore");
        a.Identifiers.Add(new SubjectIdentifier { SubjectId = a.Id, Kind = IdentifierKind.Phone, Value = "+14155550123", Raw = "(415) 555-0123", Detail = "voip" });

        var finding = new VoipPhoneDetector().Detect(a, Applicants.Context(a)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Com03Voip);
        finding.Evidence.Should().Equal(new Evidence("VoIP phone", "+14155550123", "libphonenumber line type"));
    }

    [Fact]
    public void VoipPhone_mobile_line_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        a.Identifiers.Add(new SubjectIdentifier { SubjectId = a.Id, Kind = IdentifierKind.Phone, Value = "+447400123456", Raw = "+44 7400 123456", Detail = "mobile" });

        new VoipPhoneDetector().Detect(a, Applicants.Context(a)).Should().BeEmpty();
    }

    [Fact]
    public void PhoneCountryMismatch_uk_number_claiming_us_reports_idn04()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Phone, "+44 7400 123456"));
        a.ClaimedCountry = "US";

        var finding = new PhoneCountryMismatchDetector().Detect(a, Applicants.Context(a)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Idn04Inconsistency);
        finding.Evidence.Should().Equal(new Evidence("phone country", "GB", "+447400123456"), new Evidence("claimed country", "US"));
    }

    [Fact]
    public void PhoneCountryMismatch_matching_country_or_no_claim_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Phone, "+44 7400 123456"));
        a.ClaimedCountry = "GB";
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.Phone, "+44 7400 123457"));

        new PhoneCountryMismatchDetector().Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
        new PhoneCountryMismatchDetector().Detect(b, Applicants.Context(a, b)).Should().BeEmpty();
    }
}
