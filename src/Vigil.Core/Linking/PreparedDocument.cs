namespace Vigil.Core.Linking;

/// <summary>A text's sorted shingle hashes and its MinHash signature, ready to add to a <see cref="NearDuplicateIndex{TKey}"/>.</summary>
public sealed record PreparedDocument(ulong[] Shingles, uint[] Signature);
