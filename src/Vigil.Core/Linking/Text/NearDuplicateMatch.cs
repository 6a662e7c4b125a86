namespace Vigil.Core.Linking.Text;

/// <summary>A stored document whose exact shingle Jaccard with the query reached the requested minimum.</summary>
/// <param name="Id">The id the document was added with.</param>
/// <param name="Jaccard">Exact Jaccard similarity of the shingle sets, in [0, 1].</param>
public readonly record struct NearDuplicateMatch(Guid Id, double Jaccard);
