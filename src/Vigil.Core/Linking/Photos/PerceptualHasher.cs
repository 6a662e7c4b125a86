namespace Vigil.Core.Linking.Photos;

/// <summary>
/// PDQ-style 256-bit perceptual hash of a grayscale image: area-average resize to 64×64 (every source pixel
/// contributes with its overlap, so down-scaling by any factor is a box filter, like PDQ's), 2-D DCT-II, the 16×16
/// lowest-frequency coefficients, each bit = coefficient &gt; median of the 256. Robust to re-encoding, resizing and
/// brightness (the median threshold is invariant to offsets and scale). Small crops shift and re-scale the content,
/// which moves low-frequency coefficients a lot: a 5% crop moves the whole-image hash by up to ~96 bits, a limitation of
/// plain DCT hashes (PDQ shares it). <see cref="Fingerprint"/> therefore also hashes the centre crop
/// (<see cref="CentreCropFraction"/> off each side), which a 5%-cropped copy's full hash lands next to
/// (<see cref="PhotoFingerprint.Distance"/>). Pure and thread-safe.
/// </summary>
public static class PerceptualHasher
{
    private const int Grid = 64;
    private const int Low = 16;
    private static readonly double[] Dct = BuildDct();

    /// <summary>Share of the width and height cut from each side for the centre hash (0.05 keeps the middle 90%).</summary>
    public const double CentreCropFraction = 0.05;

    /// <summary>The full and centre-crop hashes of an 8-bit grayscale image (see <see cref="PhotoFingerprint"/>).</summary>
    public static PhotoFingerprint Fingerprint(ReadOnlySpan<byte> gray, int width, int height) =>
        new(Compute(gray, width, height), ComputeCentre(gray, width, height));

    /// <summary>
    /// The hash of the middle of the image, <see cref="CentreCropFraction"/> of each side cut away (rounded to whole
    /// pixels, as a crop tool would). Images too small to crop hash whole.
    /// </summary>
    public static PhotoHash ComputeCentre(ReadOnlySpan<byte> gray, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var mx = (int)Math.Round(width * CentreCropFraction);
        var my = (int)Math.Round(height * CentreCropFraction);
        var (w, h) = (width - 2 * mx, height - 2 * my);
        if ((mx == 0 && my == 0) || w < 1 || h < 1 || (long)width * height > gray.Length)
        {
            return Compute(gray, width, height);
        }
        var crop = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            gray.Slice((y + my) * width + mx, w).CopyTo(crop.AsSpan(y * w, w));
        }
        return Compute(crop, w, h);
    }

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
        // Rows first: T = Dct(16×64) · X(64×64) → 16×64, then B = T · Dctᵀ → 16×16. The first product runs with x
        // innermost (contiguous rows of X); each T[u, x] still sums over y in ascending order, so the bits are the
        // same as the textbook loop's.
        var t = new double[Low * Grid];
        for (var u = 0; u < Low; u++)
        {
            var tu = t.AsSpan(u * Grid, Grid);
            for (var y = 0; y < Grid; y++)
            {
                var d = Dct[u * Grid + y];
                var row = small.AsSpan(y * Grid, Grid);
                for (var x = 0; x < tu.Length; x++)
                {
                    tu[x] += d * row[x];
                }
            }
        }
        var block = new double[Low * Low];
        for (var u = 0; u < Low; u++)
        {
            var tu = t.AsSpan(u * Grid, Grid);
            for (var v = 0; v < Low; v++)
            {
                var dv = Dct.AsSpan(v * Grid, Grid);
                double sum = 0;
                for (var x = 0; x < tu.Length; x++)
                {
                    sum += tu[x] * dv[x];
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

    /// <summary>Area-averaging resize to 64×64 (up-scaling replicates pixels). Separable: each source row is reduced to
    /// 64 column sums once per grid row it overlaps, with the column spans and overlaps computed once per image; the
    /// arithmetic (order included) is that of summing every overlapped pixel times its x overlap, times its y overlap.</summary>
    private static double[] Downscale(ReadOnlySpan<byte> gray, int width, int height)
    {
        var result = new double[Grid * Grid];
        var weights = new double[Grid * Grid];
        var sx = (double)width / Grid;
        var sy = (double)height / Grid;
        // Per grid column: first source column and the overlap of each source column it covers.
        Span<int> xStart = stackalloc int[Grid];
        Span<int> xCount = stackalloc int[Grid];
        var xWeights = new double[Grid * ((int)Math.Ceiling(sx) + 2)];
        var stride = xWeights.Length / Grid;
        Span<double> columnWeight = stackalloc double[Grid];
        for (var gx = 0; gx < Grid; gx++)
        {
            var x0 = gx * sx;
            var x1 = x0 + sx;
            var first = (int)x0;
            var end = Math.Min(width, (int)Math.Ceiling(x1));
            xStart[gx] = first;
            xCount[gx] = Math.Max(0, end - first);
            double weight = 0;
            for (var x = first; x < end; x++)
            {
                var wx = Math.Min(x + 1, x1) - Math.Max(x, x0);
                xWeights[gx * stride + (x - first)] = wx;
                if (wx > 0)
                {
                    weight += wx;
                }
            }
            columnWeight[gx] = weight;
        }
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
                    var first = xStart[gx];
                    var w = xWeights.AsSpan(gx * stride, xCount[gx]);
                    double sum = 0;
                    for (var i = 0; i < w.Length; i++)
                    {
                        if (w[i] > 0)
                        {
                            sum += row[first + i] * w[i];
                        }
                    }
                    result[gy * Grid + gx] += sum * wy;
                    weights[gy * Grid + gx] += columnWeight[gx] * wy;
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
