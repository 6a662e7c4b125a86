namespace Vigil.Core.Linking.Photos;

/// <summary>
/// PDQ-style 256-bit perceptual hash of a grayscale image: area-average resize to 64×64 (every source pixel
/// contributes with its overlap, so down-scaling by any factor is a box filter, like PDQ's), 2-D DCT-II, the 16×16
/// lowest-frequency coefficients, each bit = coefficient &gt; median of the 256. Robust to re-encoding, resizing and
/// brightness (the median threshold is invariant to offsets and scale). Small crops shift and re-scale the content,
/// which moves low-frequency coefficients a lot: a 5% crop is not matched at <see cref="PhotoHash.DefaultMatchDistance"/>
/// (measured up to ~96 bits), a documented limitation of plain DCT hashes (PDQ shares it).
/// Pure and thread-safe.
/// </summary>
public static class PerceptualHasher
{
    private const int Grid = 64;
    private const int Low = 16;
    private static readonly double[] Dct = BuildDct();

    /// <summary>
    /// Hashes an 8-bit grayscale image (row-major, <paramref name="width"/> × <paramref name="height"/> bytes).
    /// Throws <see cref="ArgumentException"/> when the buffer is smaller than the dimensions say.
    /// </summary>
    public static PhotoHash Compute(ReadOnlySpan<byte> gray, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if ((long)width * height > gray.Length)
        {
            throw new ArgumentException($"buffer has {gray.Length} bytes, {width}×{height} needs {(long)width * height}", nameof(gray));
        }
        var small = Downscale(gray, width, height);
        // Rows first: T = Dct(16×64) · X(64×64) → 16×64, then B = T · Dctᵀ → 16×16.
        var t = new double[Low * Grid];
        for (var u = 0; u < Low; u++)
        {
            for (var x = 0; x < Grid; x++)
            {
                double sum = 0;
                for (var y = 0; y < Grid; y++)
                {
                    sum += Dct[u * Grid + y] * small[y * Grid + x];
                }
                t[u * Grid + x] = sum;
            }
        }
        var block = new double[Low * Low];
        for (var u = 0; u < Low; u++)
        {
            for (var v = 0; v < Low; v++)
            {
                double sum = 0;
                for (var x = 0; x < Grid; x++)
                {
                    sum += t[u * Grid + x] * Dct[v * Grid + x];
                }
                block[u * Low + v] = sum;
            }
        }
        var sorted = (double[])block.Clone();
        Array.Sort(sorted);
        var median = (sorted[127] + sorted[128]) / 2;
        Span<ulong> words = stackalloc ulong[4];
        for (var i = 0; i < block.Length; i++)
        {
            if (block[i] > median)
            {
                words[i >> 6] |= 1UL << (i & 63);
            }
        }
        return new PhotoHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>Area-averaging resize to 64×64 (up-scaling replicates pixels).</summary>
    private static double[] Downscale(ReadOnlySpan<byte> gray, int width, int height)
    {
        var result = new double[Grid * Grid];
        var weights = new double[Grid * Grid];
        var sx = (double)width / Grid;
        var sy = (double)height / Grid;
        for (var gy = 0; gy < Grid; gy++)
        {
            var y0 = gy * sy;
            var y1 = y0 + sy;
            for (var y = (int)y0; y < Math.Min(height, (int)Math.Ceiling(y1)); y++)
            {
                var wy = Math.Min(y + 1, y1) - Math.Max(y, y0);
                if (wy <= 0)
                {
                    continue;
                }
                var row = gray.Slice(y * width, width);
                for (var gx = 0; gx < Grid; gx++)
                {
                    var x0 = gx * sx;
                    var x1 = x0 + sx;
                    double sum = 0, weight = 0;
                    for (var x = (int)x0; x < Math.Min(width, (int)Math.Ceiling(x1)); x++)
                    {
                        var wx = Math.Min(x + 1, x1) - Math.Max(x, x0);
                        if (wx > 0)
                        {
                            sum += row[x] * wx;
                            weight += wx;
                        }
                    }
                    result[gy * Grid + gx] += sum * wy;
                    weights[gy * Grid + gx] += weight * wy;
                }
            }
        }
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = weights[i] > 0 ? result[i] / weights[i] : 0;
        }
        return result;
    }

    private static double[] BuildDct()
    {
        var m = new double[Low * Grid];
        for (var u = 0; u < Low; u++)
        {
            var scale = u == 0 ? Math.Sqrt(1.0 / Grid) : Math.Sqrt(2.0 / Grid);
            for (var x = 0; x < Grid; x++)
            {
                m[u * Grid + x] = scale * Math.Cos(Math.PI * (2 * x + 1) * u / (2 * Grid));
            }
        }
        return m;
    }
}
