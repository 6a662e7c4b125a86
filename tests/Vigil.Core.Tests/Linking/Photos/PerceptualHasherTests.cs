using AwesomeAssertions;
using Vigil.Core.Linking.Photos;
using Vigil.TestSupport.Linking;

namespace Vigil.Core.Tests.Linking.Photos;

public sealed class PerceptualHasherTests
{
    private static PhotoHash HashOf(byte[] rgb, int w, int h) => PerceptualHasher.Compute(TestFaces.ToGray(rgb), w, h);

    [Fact]
    public void Compute_is_deterministic_and_has_128_bits_set_for_detailed_images()
    {
        var rgb = TestFaces.Draw(7, 128);
        var hash = HashOf(rgb, 128, 128);
        HashOf(rgb, 128, 128).Should().Be(hash);
        // Median threshold: half of the 256 coefficients lie above it (ties aside).
        Enumerable.Range(0, 256).Count(i => hash[i]).Should().BeInRange(120, 128);
    }

    [Fact]
    public void Compute_resize_and_brightness_barely_move_the_hash()
    {
        var rgb = TestFaces.Draw(3, 200);
        var hash = HashOf(rgb, 200, 200);
        HashOf(TestFaces.Resize(rgb, 200, 200, 3, 100, 100), 100, 100).Distance(hash).Should().BeLessThan(16);
        HashOf(TestFaces.Resize(rgb, 200, 200, 3, 333, 333), 333, 333).Distance(hash).Should().BeLessThan(16);
        var gray = TestFaces.ToGray(rgb);
        var brighter = gray.Select(g => (byte)Math.Min(255, g + 14)).ToArray();
        PerceptualHasher.Compute(brighter, 200, 200).Distance(PerceptualHasher.Compute(gray, 200, 200)).Should().BeLessThan(16);
    }

    [Fact]
    public void Compute_non_square_and_tiny_images_work()
    {
        var act = () => PerceptualHasher.Compute(new byte[3 * 500], 3, 500);
        act.Should().NotThrow();
        PerceptualHasher.Compute([200], 1, 1).Should().Be(PerceptualHasher.Compute([200], 1, 1));
    }

    [Fact]
    public void Compute_short_buffer_throws()
    {
        var act = () => PerceptualHasher.Compute(new byte[10], 4, 4);
        act.Should().Throw<ArgumentException>();
    }
}
