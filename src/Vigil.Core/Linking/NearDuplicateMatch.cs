namespace Vigil.Core.Linking;

/// <summary>A confirmed near-duplicate: the other document's key and the exact Jaccard similarity.</summary>
public readonly record struct NearDuplicateMatch<TKey>(TKey Key, double Jaccard);
