namespace Vigil.Core.Linking;

/// <summary>An 8-bit luminance image, row-major, as the photo decoder hands it to <see cref="PhotoHasher"/>.</summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {width}x{height} = {(long)width * height} pixels, got {pixels.Length}.", nameof(pixels));
        }
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Pixels { get; }

    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>ITU-R BT.601 luma from interleaved RGB or RGBA bytes.</summary>
    public static GrayImage FromRgb(int width, int height, ReadOnlySpan<byte> data, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 4);
        var pixels = new byte[width * height];
        for (int i = 0, p = 0; i < pixels.Length; i++, p += channels)
        {
            pixels[i] = channels < 3
                ? data[p]
                : (byte)Math.Clamp((int)Math.Round(0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2]), 0, 255);
        }
        return new GrayImage(width, height, pixels);
    }
}
