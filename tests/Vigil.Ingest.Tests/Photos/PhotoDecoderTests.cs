using AwesomeAssertions;
using Vigil.Core.Linking;
using Vigil.Ingest.Photos;

namespace Vigil.Ingest.Tests.Photos;

public sealed class PhotoDecoderTests
{
    private static PhotoHash Hash(byte[] encoded) => PhotoHasher.Compute(PhotoDecoder.Decode(encoded, "test").Image!);

    private static PhotoHash Original(int seed) => Hash(GeneratedFaces.Png(GeneratedFaces.Face(seed)));

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hash_jpeg_quality_70_reencode_matches(int seed)
    {
        var face = GeneratedFaces.Face(seed);
        Original(seed).Distance(Hash(GeneratedFaces.Jpeg(face, 70))).Should().BeLessThanOrEqualTo(PhotoHasher.DefaultMatchDistance);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hash_resized_to_half_matches(int seed)
    {
        var face = GeneratedFaces.Face(seed);
        Original(seed).Distance(Hash(GeneratedFaces.Png(GeneratedFaces.Half(face)))).Should().BeLessThanOrEqualTo(PhotoHasher.DefaultMatchDistance);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hash_cropped_by_5_percent_matches(int seed)
    {
        var face = GeneratedFaces.Face(seed);
        Original(seed).Distance(Hash(GeneratedFaces.Jpeg(GeneratedFaces.Crop(face, 0.05), 85))).Should().BeLessThanOrEqualTo(PhotoHasher.DefaultMatchDistance);
    }

    [Fact]
    public void Hash_different_faces_do_not_match()
    {
        var hashes = Enumerable.Range(100, 40).Select(Original).ToList();
        var closest = int.MaxValue;
        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                closest = Math.Min(closest, hashes[i].Distance(hashes[j]));
            }
        }
        closest.Should().BeGreaterThan(PhotoHasher.DefaultMatchDistance);
    }

    [Fact]
    public void Decode_garbage_bytes_gives_error_not_exception()
    {
        var result = PhotoDecoder.Decode([1, 2, 3, 4, 5, 6, 7, 8, 9], "bad.jpg");
        result.Succeeded.Should().BeFalse();
        result.Error.Should().NotBeNullOrEmpty();
        result.Source.Should().Be("bad.jpg");
    }

    [Fact]
    public void Decode_missing_file_names_the_reason()
    {
        var result = PhotoDecoder.Decode("/nonexistent/photo.png");
        result.Succeeded.Should().BeFalse();
        result.Error.Should().Be("no such file");
    }

    [Fact]
    public void Decode_truncated_jpeg_gives_error_not_exception()
    {
        var jpeg = GeneratedFaces.Jpeg(GeneratedFaces.Face(9), 80);
        var result = PhotoDecoder.Decode(jpeg[..(jpeg.Length / 3)], "cut.jpg");
        // stb may decode a truncated JPEG partially; either outcome is fine as long as nothing throws.
        (result.Succeeded || result.Error is not null).Should().BeTrue();
    }
}
