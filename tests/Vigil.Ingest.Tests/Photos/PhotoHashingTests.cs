using AwesomeAssertions;
using StbImageWriteSharp;
using Vigil.Core.Linking.Photos;
using Vigil.Ingest.Photos;
using Vigil.TestSupport;
using Vigil.TestSupport.Linking;

namespace Vigil.Ingest.Tests.Photos;

public sealed class PhotoHashingTests(ITestOutputHelper output)
{
    private const int Size = 256;

    private static byte[] Png(byte[] rgb, int w, int h)
    {
        using var ms = new MemoryStream();
        new ImageWriter().WritePng(rgb, w, h, ColorComponents.RedGreenBlue, ms);
        return ms.ToArray();
    }

    private static byte[] Jpeg(byte[] rgb, int w, int h, int quality)
    {
        using var ms = new MemoryStream();
        new ImageWriter().WriteJpg(rgb, w, h, ColorComponents.RedGreenBlue, ms, quality);
        return ms.ToArray();
    }

    private static PhotoHash Hash(byte[] encoded)
    {
        PhotoHashing.TryHash(encoded, out var hash, out var error).Should().BeTrue(error);
        return hash;
    }

    private static (PhotoHash Original, PhotoHash Jpeg70, PhotoHash Half, PhotoHash Crop5) Variants(int seed)
    {
        var rgb = TestFaces.Draw(seed, Size);
        var original = Hash(Png(rgb, Size, Size));
        var jpeg = Hash(Jpeg(rgb, Size, Size, 70));
        var half = Hash(Png(TestFaces.Resize(rgb, Size, Size, 3, Size / 2, Size / 2), Size / 2, Size / 2));
        var (cropped, cw, ch) = TestFaces.Crop(rgb, Size, Size, 3, 0.05);
        var crop = Hash(Jpeg(cropped, cw, ch, 85));
        return (original, jpeg, half, crop);
    }

    [Fact]
    public void TryHash_jpeg70_and_half_size_stay_within_match_distance_crop5_is_measured()
    {
        var worst = new int[3];
        for (var seed = 0; seed < 40; seed++)
        {
            var (original, jpeg, half, crop) = Variants(seed);
            int[] d = [original.Distance(jpeg), original.Distance(half), original.Distance(crop)];
            for (var i = 0; i < 3; i++)
            {
                worst[i] = Math.Max(worst[i], d[i]);
            }
            // Crops are a known limitation of the plain DCT hash (see PhotoHash.DefaultMatchDistance); only measured.
            d[..2].Should().AllSatisfy(x => x.Should().BeLessThanOrEqualTo(PhotoHash.DefaultMatchDistance), $"face {seed}");
        }
        output.WriteLine($"worst distance: jpeg70 {worst[0]}, half {worst[1]}, crop5 {worst[2]}");
    }

    [Fact]
    public void TryFingerprintFile_five_percent_crop_as_jpeg_matches_at_the_screening_distance()
    {
        using var dir = new TempDirectory();
        var limit = new Vigil.Core.Detection.ScreeningOptions().PhotoMatchDistance;
        var worst = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var rgb = TestFaces.Draw(seed, Size);
            var (cropped, cw, ch) = TestFaces.Crop(rgb, Size, Size, 3, 0.05);
            File.WriteAllBytes(dir.File($"o{seed}.png"), Png(rgb, Size, Size));
            File.WriteAllBytes(dir.File($"c{seed}.jpg"), Jpeg(cropped, cw, ch, 85));
            PhotoHashing.TryFingerprintFile(dir.File($"o{seed}.png"), out var original, out var error).Should().BeTrue(error);
            PhotoHashing.TryFingerprintFile(dir.File($"c{seed}.jpg"), out var crop, out error).Should().BeTrue(error);
            original.Full.Should().Be(Hash(Png(rgb, Size, Size)));
            worst = Math.Max(worst, original.Distance(crop));
            original.Distance(crop).Should().BeLessThanOrEqualTo(limit, $"face {seed}");
        }
        output.WriteLine($"5% crop + JPEG q85, worst fingerprint distance {worst}");
        PhotoHashing.TryFingerprintFile(dir.File("missing.png"), out _, out var missing).Should().BeFalse();
        missing.Should().Contain("not found");
    }

    [Fact]
    public void TryHash_200_distinct_faces_never_match()
    {
        var hashes = Enumerable.Range(1000, 200).Select(seed => Hash(Png(TestFaces.Draw(seed, Size), Size, Size))).ToArray();
        var min = int.MaxValue;
        var histogram = new int[9];
        for (var i = 0; i < hashes.Length; i++)
        {
            for (var j = i + 1; j < hashes.Length; j++)
            {
                var d = hashes[i].Distance(hashes[j]);
                min = Math.Min(min, d);
                histogram[Math.Min(8, d / 16)]++;
            }
        }
        output.WriteLine($"closest distinct pair {min}; histogram by 16: {string.Join(",", histogram)}");
        min.Should().BeGreaterThan(PhotoHash.DefaultMatchDistance);
    }

    [Fact]
    public void TryHashFile_round_trips_through_disk_and_names_file_on_error()
    {
        using var dir = new TempDirectory();
        var good = Path.Combine(dir.Path, "face.png");
        File.WriteAllBytes(good, Png(TestFaces.Draw(5, 64), 64, 64));
        PhotoHashing.TryHashFile(good, out var hash, out var error).Should().BeTrue();
        error.Should().BeNull();
        hash.Should().Be(PerceptualHasher.Compute(TestFaces.ToGray(TestFaces.Draw(5, 64)), 64, 64));

        var bad = Path.Combine(dir.Path, "bad.jpg");
        File.WriteAllBytes(bad, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        PhotoHashing.TryHashFile(bad, out _, out error).Should().BeFalse();
        error.Should().StartWith(bad);

        PhotoHashing.TryHashFile(Path.Combine(dir.Path, "missing.png"), out _, out error).Should().BeFalse();
        error.Should().Contain("not found");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 })]
    public void TryHash_garbage_fails_without_throwing(byte[] bytes)
    {
        PhotoHashing.TryHash(bytes, out _, out var error).Should().BeFalse();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void TryHash_huge_dimensions_refused_before_decoding()
    {
        // A valid 1×1 PNG whose IHDR claims 60000×60000: refused from the header (CRC is not checked by the size probe).
        var png = Png([1, 2, 3], 1, 1);
        png[16] = 0; png[17] = 0; png[18] = 0xEA; png[19] = 0x60;
        png[20] = 0; png[21] = 0; png[22] = 0xEA; png[23] = 0x60;
        PhotoHashing.TryHash(png, out _, out var error).Should().BeFalse();
        error.Should().NotBeNullOrEmpty();
    }
}
