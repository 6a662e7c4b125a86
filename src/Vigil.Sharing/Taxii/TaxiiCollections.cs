namespace Vigil.Sharing.Taxii;

/// <summary>Collections resource (§5.1.1).</summary>
public sealed record TaxiiCollections(IReadOnlyList<TaxiiCollection>? Collections);
