using Vigil.Core.Model;

namespace Vigil.Core.Detection;

/// <summary>A subject's document near-identical to another subject's (PRF-04, FRL-03).</summary>
public readonly record struct DocumentMatch(DocumentKind Kind, Guid Other, DocumentKind OtherKind, double Jaccard);
