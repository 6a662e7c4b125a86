using StbImageSharp;
using Vigil.Core.Linking;

namespace Vigil.Ingest.Photos;

/// <summary>
/// Decodes a photo file (JPEG, PNG, BMP, GIF, TGA, PSD) with StbImageSharp into the luminance image
/// <see cref="PhotoHasher"/> reads. Bad or oversized files give a result with the reason, never an exception.
/// </summary>
public static class PhotoDecoder
{
    /// <summary>Photos larger than this are refused: a profile photo never needs it, a decompression bomb does.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public const int MaxPixels = 40_000_000;

    public static PhotoDecodeResult Decode(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return PhotoDecodeResult.Failure(path, "no such file");
            }
            if (info.Length > MaxFileBytes)
            {
                return PhotoDecodeResult.Failure(path, $"file is {info.Length:N0} bytes, over the {MaxFileBytes:N0} limit");
            }
            return Decode(File.ReadAllBytes(path), path);
        }
        catch (IOException e)
        {
            return PhotoDecodeResult.Failure(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return PhotoDecodeResult.Failure(path, e.Message);
        }
    }

    public static PhotoDecodeResult Decode(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var header = ImageInfo.FromStream(new MemoryStream(bytes, writable: false));
            if (header is not { } h)
            {
                return PhotoDecodeResult.Failure(source, "not a supported image (JPEG, PNG, BMP, GIF, TGA, PSD)");
            }
            if ((long)h.Width * h.Height > MaxPixels)
            {
                return PhotoDecodeResult.Failure(source, $"image is {h.Width}x{h.Height}, over the {MaxPixels:N0}-pixel limit");
            }
            var image = ImageResult.FromMemory(bytes, ColorComponents.Grey);
            return PhotoDecodeResult.Success(source, new GrayImage(image.Width, image.Height, image.Data));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException)
        {
            // StbImageSharp reports corrupt data with these; the photo is unusable, the applicant is still screened.
            return PhotoDecodeResult.Failure(source, "corrupt image: " + e.Message);
        }
    }

    /// <summary>Decodes and hashes in one step; null with the reason when the photo cannot be read.</summary>
    public static PhotoHash? TryHash(string path, out string? error)
    {
        var result = Decode(path);
        error = result.Error;
        return result.Image is { } image ? PhotoHasher.Compute(image) : null;
    }
}
