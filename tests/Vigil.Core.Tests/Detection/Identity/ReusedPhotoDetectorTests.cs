using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Linking.Photos;
using Vigil.TestSupport.Linking;

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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Detect_five_percent_crop_of_another_applicants_photo_reports_prf01_in_both_insertion_orders(bool originalFirst)
    {
        var rgb = TestFaces.Draw(21, 256);
        var (cropped, cw, ch) = TestFaces.Crop(rgb, 256, 256, 3, 0.05);
        var original = PerceptualHasher.Fingerprint(TestFaces.ToGray(rgb), 256, 256);
        var crop = PerceptualHasher.Fingerprint(TestFaces.ToGray(cropped), cw, ch);
        var a = Applicants.Make("Daniel Moore");
        var b = Applicants.Make("Kevin Lee");
        var subjects = originalFirst ? new[] { a, b } : [b, a];
        var context = Applicants.Context(subjects,
            photos: new Dictionary<Guid, PhotoHash> { [a.Id] = original.Full, [b.Id] = crop.Full },
            photoCentres: new Dictionary<Guid, PhotoHash> { [a.Id] = original.Centre, [b.Id] = crop.Centre });

        original.Full.Distance(crop.Full).Should().BeGreaterThan(new ScreeningOptions().PhotoMatchDistance, "only the centre hash links a crop");
        Detector.Detect(a, context).Should().ContainSingle().Which.RelatedSubjects.Should().Equal(b.Id);
        Detector.Detect(b, context).Should().ContainSingle().Which.RelatedSubjects.Should().Equal(a.Id);
        context.Population.Graph.ClusterIdOf(a.Id).Should().NotBeNull().And.Be(context.Population.Graph.ClusterIdOf(b.Id));
    }

    [Fact]
    public void Detect_different_faces_with_centre_hashes_report_nothing()
    {
        var prints = Enumerable.Range(300, 30).Select(seed => PerceptualHasher.Fingerprint(TestFaces.ToGray(TestFaces.Draw(seed, 128)), 128, 128)).ToArray();
        var subjects = prints.Select((_, i) => Applicants.Make($"Person Number{i}")).ToArray();
        var context = Applicants.Context(subjects,
            photos: subjects.Select((s, i) => (s.Id, prints[i].Full)).ToDictionary(),
            photoCentres: subjects.Select((s, i) => (s.Id, prints[i].Centre)).ToDictionary());

        subjects.SelectMany(s => Detector.Detect(s, context)).Should().BeEmpty();
    }
}
