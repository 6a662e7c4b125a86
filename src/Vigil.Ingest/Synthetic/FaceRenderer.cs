using StbImageWriteSharp;
using Vigil.Core.Linking.Photos;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Draws a small procedural "face" (background, shoulders, head, hair, eyes, nose, mouth, optional glasses) as RGB
/// pixels and writes it as PNG or JPEG with StbImageWriteSharp. Pure function of the spec: same spec, same bytes.
/// Reused photos are the same spec written through a <see cref="PhotoVariant"/> (re-encoded, resized, cropped).
/// </summary>
internal static class FaceRenderer
{
    public const int Size = 80;

    public static byte[] Render(FaceSpec f, int size = Size)
    {
        var px = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            var v = (y + 0.5) / size;
            for (var x = 0; x < size; x++)
            {
                var u = (x + 0.5) / size;
                var color = Shade(f, u, v);
                var i = (y * size + x) * 3;
                px[i] = (byte)(color >> 16);
                px[i + 1] = (byte)(color >> 8);
                px[i + 2] = (byte)color;
            }
        }
        return px;
    }

    private static int Shade(FaceSpec f, double u, double v)
    {
        const double cx = 0.5, cy = 0.48;
        var color = f.Background;
        // Shoulders.
        if (Ellipse(u, v, 0.5, 1.08, 0.42, 0.3))
        {
            color = f.Shirt;
        }
        // Hair behind the head.
        if (f.HairStyle is 1 or 3 && Ellipse(u, v, cx, cy + 0.05, f.FaceWidth * 1.25, f.FaceHeight * 1.15))
        {
            color = f.Hair;
        }
        var inFace = Ellipse(u, v, cx, cy, f.FaceWidth, f.FaceHeight);
        if (inFace)
        {
            color = f.Skin;
        }
        // Hair on top.
        if (f.HairStyle != 2 && Ellipse(u, v, cx, cy - f.FaceHeight * 0.55, f.FaceWidth * 1.05, f.FaceHeight * (f.HairStyle == 0 ? 0.45 : 0.6)) && v < cy - f.FaceHeight * 0.35)
        {
            color = f.Hair;
        }
        if (!inFace)
        {
            return color;
        }
        for (var side = -1.0; side <= 1.0; side += 2.0)
        {
            var ex = cx + side * f.EyeSpacing;
            if (Ellipse(u, v, ex, f.EyeY, f.EyeSize * 1.6, f.EyeSize))
            {
                color = 0xFFFFFF;
            }
            if (Ellipse(u, v, ex, f.EyeY, f.EyeSize * 0.6, f.EyeSize * 0.8))
            {
                color = 0x1B1B1B;
            }
            if (f.Glasses && Math.Abs(Math.Sqrt(Sq((u - ex) / (f.EyeSize * 2.6)) + Sq((v - f.EyeY) / (f.EyeSize * 2.2))) - 1) < 0.12)
            {
                color = 0x202020;
            }
        }
        if (Math.Abs(u - cx) < 0.012 && v > f.EyeY + 0.03 && v < f.EyeY + 0.03 + f.NoseLength)
        {
            color = Darker(f.Skin);
        }
        if (Ellipse(u, v, cx, f.MouthY, f.MouthWidth, 0.018))
        {
            color = 0x9E3B3B;
        }
        return color;
    }

    private static bool Ellipse(double u, double v, double cx, double cy, double rx, double ry) => Sq((u - cx) / rx) + Sq((v - cy) / ry) <= 1;

    private static double Sq(double x) => x * x;

    private static int Darker(int c) => (c >> 16 & 0xFF) * 3 / 4 << 16 | (c >> 8 & 0xFF) * 3 / 4 << 8 | (c & 0xFF) * 3 / 4;

    /// <summary>The file extension a variant is written with.</summary>
    public static string Extension(PhotoVariant v) => v is PhotoVariant.Jpeg70 or PhotoVariant.Crop5 ? ".jpg" : ".png";

    /// <summary>Encodes the face through the variant's transformation.</summary>
    public static byte[] Encode(FaceSpec f, PhotoVariant variant)
    {
        var px = Render(f);
        var size = Size;
        switch (variant)
        {
            case PhotoVariant.HalfSize:
                px = BilinearResize.Resize(px, size, size, 3, size / 2, size / 2);
                size /= 2;
                break;
            case PhotoVariant.Crop5:
                var m = size * 5 / 100;
                px = BilinearResize.Resize(Crop(px, size, m, size - 2 * m), size - 2 * m, size - 2 * m, 3, size, size);
                break;
            case PhotoVariant.Brighter:
                for (var i = 0; i < px.Length; i++)
                {
                    px[i] = (byte)Math.Min(255, px[i] + 14);
                }
                break;
        }
        if (Extension(variant) != ".jpg")
        {
            return PngEncoder.Encode(px, size, size);
        }
        using var ms = new MemoryStream();
        new ImageWriter().WriteJpg(px, size, size, ColorComponents.RedGreenBlue, ms, variant == PhotoVariant.Jpeg70 ? 70 : 85);
        return ms.ToArray();
    }

    private static byte[] Crop(byte[] px, int size, int offset, int side)
    {
        var o = new byte[side * side * 3];
        for (var y = 0; y < side; y++)
        {
            Array.Copy(px, ((y + offset) * size + offset) * 3, o, y * side * 3, side * 3);
        }
        return o;
    }
}
