using Vigil.Core.Linking.Photos;

namespace Vigil.TestSupport.Linking;

/// <summary>
/// Procedural face images for photo-hash tests (RGB, row-major): background with a soft gradient, shoulders, head,
/// hair, eyes, nose, mouth, optional glasses, all drawn from a seed. Plus the edits a reused photo goes through:
/// resize, crop, brightness. Pure: same seed, same pixels.
/// </summary>
public static class TestFaces
{
    /// <summary>Draws face number <paramref name="seed"/> at <paramref name="size"/>×<paramref name="size"/>.</summary>
    public static byte[] Draw(int seed, int size = 256)
    {
        var r = new Random(seed);
        int Color() => r.Next(0x1000000);
        var background = Color();
        var gradient = Color();
        var skin = Color() | 0x404040;
        var hair = Color() & 0x7F7F7F;
        var shirt = Color();
        var faceW = 0.22 + r.NextDouble() * 0.12;
        var faceH = 0.28 + r.NextDouble() * 0.12;
        var cx = 0.42 + r.NextDouble() * 0.16;
        var cy = 0.40 + r.NextDouble() * 0.14;
        var eyeSpacing = 0.07 + r.NextDouble() * 0.05;
        var eyeY = cy - 0.02 - r.NextDouble() * 0.06;
        var eyeSize = 0.018 + r.NextDouble() * 0.02;
        var mouthY = cy + 0.12 + r.NextDouble() * 0.08;
        var mouthW = 0.04 + r.NextDouble() * 0.06;
        var hairStyle = r.Next(4);
        var glasses = r.Next(3) == 0;
        var gradientAngle = r.NextDouble() * Math.PI * 2;
        var px = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            var v = (y + 0.5) / size;
            for (var x = 0; x < size; x++)
            {
                var u = (x + 0.5) / size;
                var t = 0.5 + 0.5 * Math.Sin(gradientAngle) * (u - 0.5) * 2 * 0.5 + 0.5 * Math.Cos(gradientAngle) * (v - 0.5);
                var c = Mix(background, gradient, Math.Clamp(t, 0, 1));
                if (Ellipse(u, v, cx, 1.05, 0.4, 0.3))
                {
                    c = shirt;
                }
                if (hairStyle is 1 or 3 && Ellipse(u, v, cx, cy + 0.05, faceW * 1.25, faceH * 1.15))
                {
                    c = hair;
                }
                var inFace = Ellipse(u, v, cx, cy, faceW, faceH);
                if (inFace)
                {
                    c = skin;
                }
                if (hairStyle != 2 && Ellipse(u, v, cx, cy - faceH * 0.55, faceW * 1.05, faceH * 0.5) && v < cy - faceH * 0.35)
                {
                    c = hair;
                }
                if (inFace)
                {
                    for (var side = -1; side <= 1; side += 2)
                    {
                        var ex = cx + side * eyeSpacing;
                        if (Ellipse(u, v, ex, eyeY, eyeSize * 1.6, eyeSize))
                        {
                            c = 0xFFFFFF;
                        }
                        if (Ellipse(u, v, ex, eyeY, eyeSize * 0.6, eyeSize * 0.8))
                        {
                            c = 0x1B1B1B;
                        }
                        if (glasses && Math.Abs(Math.Sqrt(Sq((u - ex) / (eyeSize * 2.6)) + Sq((v - eyeY) / (eyeSize * 2.2))) - 1) < 0.12)
                        {
                            c = 0x202020;
                        }
                    }
                    if (Ellipse(u, v, cx, mouthY, mouthW, 0.018))
                    {
                        c = 0x9E3B3B;
                    }
                }
                var i = (y * size + x) * 3;
                px[i] = (byte)(c >> 16);
                px[i + 1] = (byte)(c >> 8);
                px[i + 2] = (byte)c;
            }
        }
        return px;
    }

    /// <summary>Luminance (ITU-R BT.601 weights, as stb_image's grey conversion).</summary>
    public static byte[] ToGray(byte[] rgb)
    {
        var g = new byte[rgb.Length / 3];
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = (byte)((rgb[i * 3] * 77 + rgb[i * 3 + 1] * 150 + rgb[i * 3 + 2] * 29) >> 8);
        }
        return g;
    }

    /// <summary>Crops <paramref name="fraction"/> of the side from every edge (so 0.05 keeps the middle 90%).</summary>
    public static (byte[] Pixels, int Width, int Height) Crop(byte[] px, int w, int h, int channels, double fraction)
    {
        var mx = (int)Math.Round(w * fraction);
        var my = (int)Math.Round(h * fraction);
        var nw = w - 2 * mx;
        var nh = h - 2 * my;
        var o = new byte[nw * nh * channels];
        for (var y = 0; y < nh; y++)
        {
            Array.Copy(px, ((y + my) * w + mx) * channels, o, y * nw * channels, nw * channels);
        }
        return (o, nw, nh);
    }

    /// <summary>Bilinear resize (the synthetic population's own resampler).</summary>
    public static byte[] Resize(byte[] px, int w, int h, int channels, int nw, int nh) => BilinearResize.Resize(px, w, h, channels, nw, nh);

    private static int Mix(int a, int b, double t)
    {
        int Channel(int shift) => (int)Math.Round(((a >> shift) & 0xFF) * (1 - t) + ((b >> shift) & 0xFF) * t);
        return Channel(16) << 16 | Channel(8) << 8 | Channel(0);
    }

    private static bool Ellipse(double u, double v, double cx, double cy, double rx, double ry) => Sq((u - cx) / rx) + Sq((v - cy) / ry) <= 1;

    private static double Sq(double x) => x * x;
}
