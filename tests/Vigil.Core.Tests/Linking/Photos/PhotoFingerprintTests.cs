using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Linking.Photos;
using Vigil.TestSupport.Linking;

namespace Vigil.Core.Tests.Linking.Photos;

public sealed class PhotoFingerprintTests(ITestOutputHelper output)
{
    private const int Size = 256;

    private static PhotoFingerprint FingerprintOf(byte[] rgb, int w, int h) => PerceptualHasher.Fingerprint(TestFaces.ToGray(rgb), w, h);

    /// <summary>The screening threshold (stricter than PDQ's): what "still matches" must meet.</summary>
    private static readonly int MatchDistance = new ScreeningOptions().PhotoMatchDistance;

    [Fact]
    public void Distance_five_percent_crop_matches_both_ways_where_the_full_hash_does_not()
    {
        var worstFull = 0;
        var worstFingerprint = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var rgb = TestFaces.Draw(seed, Size);
            var original = FingerprintOf(rgb, Size, Size);
            var (cropped, cw, ch) = TestFaces.Crop(rgb, Size, Size, 3, 0.05);
            var crop = FingerprintOf(cropped, cw, ch);
            worstFull = Math.Max(worstFull, original.Full.Distance(crop.Full));
            worstFingerprint = Math.Max(worstFingerprint, original.Distance(crop));
            original.Distance(crop).Should().BeLessThanOrEqualTo(MatchDistance, $"face {seed}");
            crop.Distance(original).Should().Be(original.Distance(crop), "the distance is symmetric");
        }
        output.WriteLine($"5% crop, worst distance: full hash {worstFull}, fingerprint {worstFingerprint}");
        worstFull.Should().BeGreaterThan(MatchDistance, "the plain hash alone misses crops; this test must show the difference");
    }

    [Fact]
    public void Distance_cropped_then_half_size_still_matches()
    {
        for (var seed = 100; seed < 120; seed++)
        {
            var rgb = TestFaces.Draw(seed, Size);
            var (cropped, cw, ch) = TestFaces.Crop(rgb, Size, Size, 3, 0.05);
            var half = TestFaces.Resize(cropped, cw, ch, 3, cw / 2, ch / 2);
            FingerprintOf(rgb, Size, Size).Distance(FingerprintOf(half, cw / 2, ch / 2)).Should().BeLessThanOrEqualTo(MatchDistance, $"face {seed}");
        }
    }

    [Fact]
    public void Distance_200_distinct_faces_never_match_with_crop_variants()
    {
        var prints = Enumerable.Range(1000, 200).Select(seed => FingerprintOf(TestFaces.Draw(seed, Size), Size, Size)).ToArray();
        var min = int.MaxValue;
        for (var i = 0; i < prints.Length; i++)
        {
            for (var j = i + 1; j < prints.Length; j++)
            {
                min = Math.Min(min, prints[i].Distance(prints[j]));
            }
        }
        output.WriteLine($"closest distinct pair under the fingerprint distance: {min}");
        min.Should().BeGreaterThan(MatchDistance);
    }

    [Fact]
    public void CentreDetail_round_trips_and_other_details_do_not_parse()
    {
        var print = FingerprintOf(TestFaces.Draw(9, 64), 64, 64);
        PhotoFingerprint.TryParseCentreDetail(print.CentreDetail, out var centre).Should().BeTrue();
        centre.Should().Be(print.Centre);
        PhotoFingerprint.TryParseCentreDetail(null, out _).Should().BeFalse();
        PhotoFingerprint.TryParseCentreDetail("mobile", out _).Should().BeFalse();
        PhotoFingerprint.TryParseCentreDetail("centre xyz", out _).Should().BeFalse();
    }

    [Fact]
    public void ComputeCentre_equals_hash_of_the_cropped_pixels_and_tiny_images_hash_whole()
    {
        var rgb = TestFaces.Draw(4, 200);
        var (cropped, cw, ch) = TestFaces.Crop(rgb, 200, 200, 3, PerceptualHasher.CentreCropFraction);
        PerceptualHasher.ComputeCentre(TestFaces.ToGray(rgb), 200, 200).Should().Be(PerceptualHasher.Compute(TestFaces.ToGray(cropped), cw, ch));
        PerceptualHasher.ComputeCentre([10, 200, 30, 40], 2, 2).Should().Be(PerceptualHasher.Compute([10, 200, 30, 40], 2, 2));
    }
}
