namespace Vigil.Sharing.Taxii;

/// <summary>Manifest resource (§5.3.1).</summary>
public sealed record TaxiiManifest(bool More, IReadOnlyList<TaxiiManifestRecord>? Objects);
