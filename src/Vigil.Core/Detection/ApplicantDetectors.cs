using Vigil.Core.Detection.Application;
using Vigil.Core.Detection.Identity;

namespace Vigil.Core.Detection;

/// <summary>The applicant detectors Vigil runs, in report order (docs/detectors.md has a row for each).</summary>
public static class ApplicantDetectors
{
    public static IReadOnlyList<IApplicantDetector> All { get; } =
    [
        new SanctionsDetector(),
        new CommunityIntelDetector(),
        new SharedIdentifierDetector(),
        new NearDuplicateDocumentDetector(),
        new KnownTemplateDetector(),
        new ReusedPhotoDetector(),
        new IdentityClusterDetector(),
        new DisposableEmailDetector(),
        new VoipPhoneDetector(),
        new PhoneCountryMismatchDetector(),
        new AnonymizedApplicationIpDetector(),
        new IpCountryMismatchDetector(),
        new ReviewBurstDetector(),
        new GitHubBackdatedHistoryDetector(),
        new GitHubFollowerRingDetector(),
        new GitHubYoungAccountDetector(),
        new ApplicationHoursDetector(),
    ];
}
