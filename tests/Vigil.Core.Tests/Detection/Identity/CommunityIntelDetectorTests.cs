using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class CommunityIntelDetectorTests
{
    private static readonly CommunityIntelDetector Detector = new();

    private static ScreeningReferences Listing(string email, int confidence) => new(CommunityIntel: new CommunityIntelTable(
    [
        new CommunityIndicator(IdentifierKind.Email, Canonicalizer.Canonicalize(IdentifierKind.Email, email).Value, null, "tayvano", confidence,
            new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)),
    ]));

    [Fact]
    public void Detect_listed_email_reports_san03_weighted_by_confidence()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "Dan.Moore@Example.com"));

        var finding = Detector.Detect(a, Applicants.Context([a], Listing("dan.moore@example.com", 80))).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.San03CommunityList);
        finding.Weight.Should().BeApproximately(48, 1e-9);
        finding.Evidence.Should().Equal(new Evidence("listed by tayvano", "Dan.Moore@Example.com", "confidence 80, first seen 2024-03-01"));
    }

    [Fact]
    public void Detect_low_confidence_listing_keeps_a_floor_weight()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.Email, "dan.moore@example.com"));

        Detector.Detect(a, Applicants.Context([a], Listing("dan.moore@example.com", 5))).Should().ContainSingle()
            .Which.Weight.Should().BeApproximately(15, 1e-9);
    }

    [Fact]
    public void Detect_unlisted_identifiers_report_nothing()
    {
        var a = Applicants.Make("Kevin Lee", (IdentifierKind.Email, "kevin@example.com"));

        Detector.Detect(a, Applicants.Context([a], Listing("dan.moore@example.com", 80))).Should().BeEmpty();
    }
}
