namespace Vigil.Core.Linking.Text;

/// <summary>Two stored documents that are near duplicates. <see cref="A"/> was added before <see cref="B"/>.</summary>
/// <param name="A">Id of the earlier document.</param>
/// <param name="B">Id of the later document.</param>
/// <param name="Jaccard">Exact Jaccard similarity of the shingle sets, in [0, 1].</param>
public readonly record struct NearDuplicatePair(Guid A, Guid B, double Jaccard);
