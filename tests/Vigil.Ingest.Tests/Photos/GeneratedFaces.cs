using StbImageSharp;
using StbImageWriteSharp;

namespace Vigil.Ingest.Tests.Photos;

/// <summary>Procedural RGB "faces" (background, head, hair, eyes, mouth) and the edits the photo hash must survive.</summary>
internal static class GeneratedFaces
{
    public sealed record Rgb(int Width, int Height, byte[] Data);

    public static Rgb Face(int seed, int width = 256, int height = 320)
    {
        var rng = new Random(seed);
        var data = new byte[width * height * 3];
        var bg = (rng.Next(40, 220), rng.Next(40, 220), rng.Next(40, 220));
        var bg2 = (rng.Next(40, 220), rng.Next(40, 220), rng.Next(40, 220));
        var skin = (rng.Next(120, 240), rng.Next(80, 200), rng.Next(60, 170));
        var hair = (rng.Next(0, 120), rng.Next(0, 90), rng.Next(0, 70));
        var cx = width * (0.38 + 0.24 * rng.NextDouble());
        var cy = height * (0.42 + 0.16 * rng.NextDouble());
        var rx = width * (0.2 + 0.12 * rng.NextDouble());
        var ry = height * (0.22 + 0.12 * rng.NextDouble());
        var hairLine = cy - ry * (0.3 + 0.5 * rng.NextDouble());
        var eyeDy = ry * (0.1 + 0.25 * rng.NextDouble());
        var eyeDx = rx * (0.3 + 0.2 * rng.NextDouble());
        var eyeR = rx * (0.08 + 0.08 * rng.NextDouble());
        var mouthY = cy + ry * (0.35 + 0.25 * rng.NextDouble());
        var mouthW = rx * (0.3 + 0.3 * rng.NextDouble());
        var gradientAngle = rng.NextDouble() * Math.PI;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var g = (Math.Cos(gradientAngle) * x / width + Math.Sin(gradientAngle) * y / height + 1) / 3;
                var c = Mix(bg, bg2, g);
                var dx = (x - cx) / rx;
                var dy = (y - cy) / ry;
                var inHead = dx * dx + dy * dy <= 1;
                var inHair = (dx * dx / 1.3 + dy * dy / 1.2 <= 1.15) && y < hairLine;
                if (y > cy + ry * 0.8 && Math.Abs(x - cx) < rx * 1.6)
                {
                    c = Mix(hair, bg2, 0.3); // shoulders
                }
                if (inHead)
                {
                    c = skin;
                }
                if (inHair)
                {
                    c = hair;
                }
                if (Dist(x, y, cx - eyeDx, cy - eyeDy) < eyeR || Dist(x, y, cx + eyeDx, cy - eyeDy) < eyeR)
                {
                    c = (30, 30, 40);
                }
                if (Math.Abs(y - mouthY) < ry * 0.04 && Math.Abs(x - cx) < mouthW)
                {
                    c = (150, 40, 50);
                }
                var noise = rng.Next(-6, 7);
                var i = (y * width + x) * 3;
                data[i] = Clamp(c.Item1 + noise);
                data[i + 1] = Clamp(c.Item2 + noise);
                data[i + 2] = Clamp(c.Item3 + noise);
            }
        }
        return new Rgb(width, height, data);
    }

    public static byte[] Jpeg(Rgb image, int quality)
    {
        using var ms = new MemoryStream();
        new ImageWriter().WriteJpg(image.Data, image.Width, image.Height, StbImageWriteSharp.ColorComponents.RedGreenBlue, ms, quality);
        return ms.ToArray();
    }

    public static byte[] Png(Rgb image)
    {
        using var ms = new MemoryStream();
        new ImageWriter().WritePng(image.Data, image.Width, image.Height, StbImageWriteSharp.ColorComponents.RedGreenBlue, ms);
        return ms.ToArray();
    }

    public static Rgb Decode(byte[] bytes)
    {
        var r = ImageResult.FromMemory(bytes, StbImageSharp.ColorComponents.RedGreenBlue);
        return new Rgb(r.Width, r.Height, r.Data);
    }

    /// <summary>Half size by 2×2 averaging.</summary>
    public static Rgb Half(Rgb s)
    {
        int w = s.Width / 2, h = s.Height / 2;
        var d = new byte[w * h * 3];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var ch = 0; ch < 3; ch++)
                {
                    var sum = s.Data[((2 * y) * s.Width + 2 * x) * 3 + ch] + s.Data[((2 * y) * s.Width + 2 * x + 1) * 3 + ch]
                        + s.Data[((2 * y + 1) * s.Width + 2 * x) * 3 + ch] + s.Data[((2 * y + 1) * s.Width + 2 * x + 1) * 3 + ch];
                    d[(y * w + x) * 3 + ch] = (byte)(sum / 4);
                }
            }
        }
        return new Rgb(w, h, d);
    }

    /// <summary>Removes <paramref name="fraction"/> of the width and height, split between opposite edges.</summary>
    public static Rgb Crop(Rgb s, double fraction)
    {
        var dx = (int)(s.Width * fraction / 2);
        var dy = (int)(s.Height * fraction / 2);
        int w = s.Width - 2 * dx, h = s.Height - 2 * dy;
        var d = new byte[w * h * 3];
        for (var y = 0; y < h; y++)
        {
            Array.Copy(s.Data, ((y + dy) * s.Width + dx) * 3, d, y * w * 3, w * 3);
        }
        return new Rgb(w, h, d);
    }

    private static (int, int, int) Mix((int, int, int) a, (int, int, int) b, double t) =>
        ((int)(a.Item1 + (b.Item1 - a.Item1) * t), (int)(a.Item2 + (b.Item2 - a.Item2) * t), (int)(a.Item3 + (b.Item3 - a.Item3) * t));

    private static double Dist(double x, double y, double px, double py) => Math.Sqrt((x - px) * (x - px) + (y - py) * (y - py));

    private static byte Clamp(int v) => (byte)Math.Clamp(v, 0, 255);
}
