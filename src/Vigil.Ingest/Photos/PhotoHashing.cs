using StbImageSharp;
using Vigil.Core.Linking.Photos;

namespace Vigil.Ingest.Photos;

/// <summary>
/// Decodes photos (PNG, JPEG, also BMP/GIF/TGA as StbImageSharp reads them) to 8-bit luminance and hashes them with
/// <see cref="PerceptualHasher"/> (PRF-01 reused photos). Refuses files over <see cref="MaxFileBytes"/> and images
/// whose dimensions exceed <see cref="MaxDimension"/> or <see cref="MaxPixels"/> before decoding, so a hostile
/// header cannot make us allocate gigabytes. Never throws on bad input: failures come back as an error message.
/// </summary>
public static class PhotoHashing
{
    /// <summary>Largest accepted encoded file (20 MiB).</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Largest accepted width or height.</summary>
    public const int MaxDimension = 10_000;

    /// <summary>Largest accepted width × height (40 megapixels).</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Reads and hashes the file at <paramref name="path"/>; the error names the file.</summary>
    public static bool TryHashFile(string path, out PhotoHash hash, out string? error)
    {
        hash = default;
        if (!TryRead(path, out var bytes, out error))
        {
            return false;
        }
        if (!TryHash(bytes, out hash, out var inner))
        {
            error = $"{path}: {inner}";
            return false;
        }
        return true;
    }

    /// <summary>Reads the file at <paramref name="path"/> and computes its full and centre-crop hashes (crop-tolerant
    /// matching, <see cref="PhotoFingerprint"/>); the error names the file.</summary>
    public static bool TryFingerprintFile(string path, out PhotoFingerprint fingerprint, out string? error)
    {
        fingerprint = default;
        if (!TryRead(path, out var bytes, out error))
        {
            return false;
        }
        if (!TryDecode(bytes, out var gray, out var w, out var h, out var inner))
        {
            error = $"{path}: {inner}";
            return false;
        }
        fingerprint = PerceptualHasher.Fingerprint(gray, w, h);
        return true;
    }

    private static bool TryRead(string path, out byte[] bytes, out string? error)
    {
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{path}: file not found";
                return false;
            }
            if (info.Length > MaxFileBytes)
            {
                error = $"{path}: {info.Length} bytes exceeds the {MaxFileBytes}-byte photo limit";
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"{path}: cannot read ({ex.Message})";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>Hashes an encoded image held in memory.</summary>
    public static bool TryHash(byte[] encoded, out PhotoHash hash, out string? error)
    {
        hash = default;
        if (!TryDecode(encoded, out var gray, out var w, out var h, out error))
        {
            return false;
        }
        hash = PerceptualHasher.Compute(gray, w, h);
        return true;
    }

    /// <summary>Decodes an encoded image to 8-bit luminance, refusing oversized or corrupt input.</summary>
    private static bool TryDecode(byte[] encoded, out byte[] gray, out int width, out int height, out string? error)
    {
        (gray, width, height) = ([], 0, 0);
        if (encoded is null || encoded.Length == 0)
        {
            error = "empty image";
            return false;
        }
        if (encoded.Length > MaxFileBytes)
        {
            error = $"{encoded.Length} bytes exceeds the {MaxFileBytes}-byte photo limit";
            return false;
        }
        if (encoded.Length >= 2 && encoded[0] == 0xFF && encoded[1] == 0xD8 && !HasJpegEnd(encoded))
        {
            // StbImageSharp can spin on a JPEG cut short; an upload without its end-of-image marker is refused first.
            error = "truncated JPEG (no end-of-image marker)";
            return false;
        }
        try
        {
            ImageInfo? info;
            using (var header = new MemoryStream(encoded, writable: false))
            {
                info = ImageInfo.FromStream(header);
            }
            if (info is null)
            {
                error = "not a supported image (PNG, JPEG, BMP, GIF, TGA) or corrupt header";
                return false;
            }
            var (w, h) = (info.Value.Width, info.Value.Height);
            if (w <= 0 || h <= 0 || w > MaxDimension || h > MaxDimension || (long)w * h > MaxPixels)
            {
                error = $"image is {w}×{h}: refused (limit {MaxDimension} per side, {MaxPixels} pixels)";
                return false;
            }
            var image = ImageResult.FromMemory(encoded, ColorComponents.Grey);
            if (image.Data is null || image.Width != w || image.Height != h || image.Data.Length < (long)w * h)
            {
                error = "image data is truncated or inconsistent with its header";
                return false;
            }
            (gray, width, height) = (image.Data, w, h);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // StbImageSharp reports corrupt data with plain exceptions (InvalidOperationException, IndexOutOfRange...).
            error = $"cannot decode image ({ex.GetType().Name}: {ex.Message})";
            return false;
        }
    }

    /// <summary>Whether the last 4 KiB hold the JPEG end-of-image marker (FF D9); encoders may append a few bytes after it.</summary>
    private static bool HasJpegEnd(byte[] data)
    {
        for (var i = data.Length - 2; i >= Math.Max(2, data.Length - 4096); i--)
        {
            if (data[i] == 0xFF && data[i + 1] == 0xD9)
            {
                return true;
            }
        }
        return false;
    }
}
