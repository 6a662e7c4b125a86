namespace Vigil.Core.Linking.Photos;

/// <summary>
/// The hashes of one photo that reuse matching compares (PRF-01): <see cref="Full"/>, the whole picture, and
/// <see cref="Centre"/>, its middle with <see cref="PerceptualHasher.CentreCropFraction"/> of each side cut away.
/// A copy cropped by that much hashes like the original's <see cref="Centre"/>, so comparing one photo's full hash with
/// the other's centre hash (both ways) matches 5% crops that the full hashes alone miss by up to ~96 bits.
/// </summary>
/// <param name="Full">Hash of the whole image.</param>
/// <param name="Centre">Hash of the centre crop.</param>
public readonly record struct PhotoFingerprint(PhotoHash Full, PhotoHash Centre)
{
    /// <summary>
    /// The smallest distance between the two photos under "same picture, possibly one cropped from the other":
    /// full vs full, and each full hash against the other's centre. Centre vs centre adds nothing (same alignment
    /// as full vs full) and would only give different faces one more chance to come close.
    /// </summary>
    public int Distance(PhotoFingerprint other) =>
        Math.Min(Full.Distance(other.Full), Math.Min(Full.Distance(other.Centre), Centre.Distance(other.Full)));

    /// <summary>Prefix of <see cref="CentreDetail"/>.</summary>
    public const string CentreDetailPrefix = "centre ";

    /// <summary>How the centre hash is stored next to the full one: the <c>Detail</c> of the photo's
    /// <c>PhotoHash</c> identifier (whose value is the full hash), so readers of photo-hash identifiers see one hash
    /// per photo and crop-aware readers find the other.</summary>
    public string CentreDetail => CentreDetailPrefix + Centre.ToHex();

    /// <summary>The centre hash stored by <see cref="CentreDetail"/>; false for any other detail.</summary>
    public static bool TryParseCentreDetail(string? detail, out PhotoHash centre)
    {
        centre = default;
        return detail is not null && detail.StartsWith(CentreDetailPrefix, StringComparison.Ordinal)
            && PhotoHash.TryParse(detail[CentreDetailPrefix.Length..], out centre);
    }
}
