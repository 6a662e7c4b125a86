using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class IdentityClusterDetectorTests
{
    private static readonly IdentityClusterDetector Detector = new();

    [Fact]
    public void Detect_three_names_tied_by_payout_and_resume_report_netw02_describing_the_ties()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.PayoutAccount, "payoneer:ring@example.com"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.PayoutAccount, "payoneer:ring@example.com"));
        var c = Applicants.Make("Sam Carter").WithDocument(DocumentKind.Resume, Applicants.Resume(20));
        b.WithDocument(DocumentKind.Resume, Applicants.Resume(20, edits: 1));
        var context = Applicants.Context(a, b, c);

        var finding = Detector.Detect(a, context).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Netw02ManyPersonas);
        finding.RelatedSubjects.Should().BeEquivalentTo([b.Id, c.Id]);
        finding.Summary.Should().Contain("3 applicants with 3 names").And.Contain("1 payout account").And.Contain("1 near-identical document pair");
        var clusterId = context.Population.Graph.ClusterIdOf(a.Id);
        clusterId.Should().NotBeNull();
        finding.Evidence[0].Should().Be(new Evidence("cluster", clusterId!));
        finding.Evidence.Where(e => e.Label == "cluster member").Select(e => e.Reference).Should().BeEquivalentTo([a.ExternalId, b.ExternalId, c.ExternalId]);
    }

    [Fact]
    public void Detect_pair_is_left_to_the_pairwise_detectors()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.PayoutAccount, "payoneer:ring@example.com"));
        var b = Applicants.Make("Kevin Lee", (IdentifierKind.PayoutAccount, "payoneer:ring@example.com"));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_family_at_one_address_does_not_cluster()
    {
        const string address = "12 Elm Street, Springfield, IL 62701, US";
        var subjects = new[] { "Maria Garcia", "Jose Garcia", "Ana Garcia" }
            .Select(n => Applicants.Make(n, (IdentifierKind.PostalAddress, address))).ToArray();

        Detector.Detect(subjects[0], Applicants.Context(subjects)).Should().BeEmpty();
    }
}
