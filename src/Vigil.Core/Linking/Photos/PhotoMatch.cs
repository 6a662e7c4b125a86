namespace Vigil.Core.Linking.Photos;

/// <summary>A stored photo hash within the requested Hamming distance of the query.</summary>
/// <param name="Id">The id the hash was added with.</param>
/// <param name="Distance">Hamming distance, 0..256.</param>
public readonly record struct PhotoMatch(Guid Id, int Distance);
