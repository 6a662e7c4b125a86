using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class NearDuplicateDocumentDetectorTests
{
    private static readonly NearDuplicateDocumentDetector Detector = new();

    [Fact]
    public void Detect_lightly_edited_resume_under_another_name_reports_prf04()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(1));
        var b = Applicants.Make("Kevin Lee").WithDocument(DocumentKind.Resume, Applicants.Resume(1, edits: 3));
        var context = Applicants.Context(a, b);

        var finding = Detector.Detect(a, context).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Prf04TemplateReuse);
        finding.DetectorId.Should().Be("near-duplicate-document");
        finding.RelatedSubjects.Should().Equal(b.Id);
        finding.Evidence.Should().ContainSingle().Which.Should().Match<Evidence>(e =>
            e.Label == "résumé ≈ résumé of Kevin Lee" && e.Value.StartsWith("Jaccard 0.9", StringComparison.Ordinal) && e.Reference == b.ExternalId);
    }

    [Fact]
    public void Detect_copied_bid_reports_frl03()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Bid, Applicants.Resume(2));
        var b = Applicants.Make("Kevin Lee").WithDocument(DocumentKind.Bid, Applicants.Resume(2));

        Detector.Detect(b, Applicants.Context(a, b)).Should().ContainSingle()
            .Which.IndicatorId.Should().Be(IndicatorIds.Frl03DocumentTemplates);
    }

    [Fact]
    public void Detect_unrelated_resumes_report_nothing()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(3));
        var b = Applicants.Make("Kevin Lee").WithDocument(DocumentKind.Resume, Applicants.Resume(4));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_heavily_rewritten_resume_below_threshold_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(5));
        var b = Applicants.Make("Kevin Lee").WithDocument(DocumentKind.Resume, Applicants.Resume(5, edits: 40));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_short_boilerplate_cover_letters_are_not_compared()
    {
        const string boilerplate = "Happy to share code samples and references on request. Thank you for your time.";
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.CoverLetter, boilerplate);
        var b = Applicants.Make("Kevin Lee").WithDocument(DocumentKind.CoverLetter, boilerplate);

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }

    [Fact]
    public void Detect_same_person_resubmitting_their_resume_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(6));
        var b = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(6));

        Detector.Detect(a, Applicants.Context(a, b)).Should().BeEmpty();
    }
}
