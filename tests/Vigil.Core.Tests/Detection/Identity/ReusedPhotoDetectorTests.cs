using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Linking.Photos;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class ReusedPhotoDetectorTests
{
    private static readonly ReusedPhotoDetector Detector = new();
    private static readonly PhotoHash Face = new(0x0123456789ABCDEF, 0xFEDCBA9876543210, 0x0F0F0F0F0F0F0F0F, 0x3333333333333333);

    [Fact]
    public void Detect_same_photo_within_match_distance_under_another_name_reports_prf01()
    {
        var a = Applicants.Make("Daniel Moore");
        var b = Applicants.Make("Kevin Lee");
        a.PhotoRef = "photos/a.jpg";
        var reencoded = Face with { W0 = Face.W0 ^ 0b1011 }; // 3 bits off
        var context = Applicants.Context([a, b], photos: new Dictionary<Guid, PhotoHash> { [a.Id] = Face, [b.Id] = reencoded });

        var finding = Detector.Detect(a, context).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Prf01SamePhoto);
        finding.RelatedSubjects.Should().Equal(b.Id);
        finding.Evidence[0].Should().Be(new Evidence("photo", "photos/a.jpg", Face.ToHex()));
        finding.Evidence[1].Should().Be(new Evidence("same photo as Kevin Lee", "Hamming distance 3/256", b.ExternalId));
    }

    [Fact]
    public void Detect_distant_photos_report_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        var b = Applicants.Make("Kevin Lee");
        var other = new PhotoHash(~Face.W0, Face.W1, ~Face.W2, Face.W3);
        var context = Applicants.Context([a, b], photos: new Dictionary<Guid, PhotoHash> { [a.Id] = Face, [b.Id] = other });

        Detector.Detect(a, context).Should().BeEmpty();
    }

    [Fact]
    public void Detect_same_photo_same_name_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        var b = Applicants.Make("Daniel Moore");
        var context = Applicants.Context([a, b], photos: new Dictionary<Guid, PhotoHash> { [a.Id] = Face, [b.Id] = Face });

        Detector.Detect(a, context).Should().BeEmpty();
    }
}
