using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class KnownTemplateDetectorTests
{
    private static readonly KnownTemplateDetector Detector = new();

    private static ScreeningOptions WithTemplate() => new()
    {
        KnownTemplates = new Dictionary<string, string> { ["case-2024-17 résumé"] = Applicants.Resume(10) },
    };

    [Fact]
    public void Detect_resume_matching_a_known_template_reports_prf04_with_the_template_name()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(10, edits: 2));

        var finding = Detector.Detect(a, Applicants.Context([a], options: WithTemplate())).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Prf04TemplateReuse);
        finding.DetectorId.Should().Be("known-template");
        finding.Summary.Should().Contain("case-2024-17 résumé");
        finding.Evidence.Should().ContainSingle().Which.Value.Should().Be("case-2024-17 résumé");
    }

    [Fact]
    public void Detect_original_resume_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(11));

        Detector.Detect(a, Applicants.Context([a], options: WithTemplate())).Should().BeEmpty();
    }

    [Fact]
    public void Detect_without_templates_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore").WithDocument(DocumentKind.Resume, Applicants.Resume(10));

        Detector.Detect(a, Applicants.Context(a)).Should().BeEmpty();
    }
}
