namespace Vigil.Core.Linking.Photos;

/// <summary>Bilinear resampling of interleaved 8-bit pixels: how photo variants (half size, crops scaled back) are
/// made for synthetic populations and for the photo-hash robustness tests.</summary>
public static class BilinearResize
{
    public static byte[] Resize(byte[] px, int w, int h, int channels, int nw, int nh)
    {
        ArgumentNullException.ThrowIfNull(px);
        if (px.Length < w * h * channels)
        {
            throw new ArgumentException($"{px.Length} bytes is less than {w}×{h}×{channels}", nameof(px));
        }
        var o = new byte[nw * nh * channels];
        for (var y = 0; y < nh; y++)
        {
            var sy = Math.Max(0, (y + 0.5) * h / nh - 0.5);
            var y0 = (int)sy;
            var y1 = Math.Min(h - 1, y0 + 1);
            var fy = sy - y0;
            for (var x = 0; x < nw; x++)
            {
                var sx = Math.Max(0, (x + 0.5) * w / nw - 0.5);
                var x0 = (int)sx;
                var x1 = Math.Min(w - 1, x0 + 1);
                var fx = sx - x0;
                for (var c = 0; c < channels; c++)
                {
                    var a = px[(y0 * w + x0) * channels + c] * (1 - fx) + px[(y0 * w + x1) * channels + c] * fx;
                    var b = px[(y1 * w + x0) * channels + c] * (1 - fx) + px[(y1 * w + x1) * channels + c] * fx;
                    o[(y * nw + x) * channels + c] = (byte)Math.Round(a * (1 - fy) + b * fy);
                }
            }
        }
        return o;
    }
}
