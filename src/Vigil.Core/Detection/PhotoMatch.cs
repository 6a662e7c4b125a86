namespace Vigil.Core.Detection;

/// <summary>Another subject whose photo is perceptually the same (PRF-01), with the Hamming distance.</summary>
public readonly record struct PhotoMatch(Guid Other, int Distance);
