namespace Vigil.Core.Linking.Text;

/// <summary>A text as a <see cref="NearDuplicateIndex"/> stores it: the sorted distinct 32-bit shingle set and one
/// LSH key per band. Made by <see cref="NearDuplicateIndex.Prepare"/>; valid only for the index (options) that made it.</summary>
/// <param name="Set">Sorted distinct shingle hashes (exact Jaccard is computed on these).</param>
/// <param name="BandKeys">One bucket key per LSH band.</param>
public sealed record PreparedText(uint[] Set, ulong[] BandKeys)
{
    /// <summary>Number of distinct shingles.</summary>
    public int ShingleCount => Set.Length;
}
