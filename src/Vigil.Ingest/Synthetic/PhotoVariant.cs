namespace Vigil.Ingest.Synthetic;

/// <summary>How a reused photo (PRF-01) was altered from its base image.</summary>
internal enum PhotoVariant
{
    /// <summary>The base image as PNG.</summary>
    Original = 0,

    /// <summary>Re-encoded as JPEG, quality 70.</summary>
    Jpeg70 = 1,

    /// <summary>Resized to half width and height (PNG).</summary>
    HalfSize = 2,

    /// <summary>Cropped by 5% on each side and scaled back (JPEG, quality 85).</summary>
    Crop5 = 3,

    /// <summary>Brightened slightly (PNG), as a filter would.</summary>
    Brighter = 4,
}
