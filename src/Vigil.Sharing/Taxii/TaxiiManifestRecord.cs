namespace Vigil.Sharing.Taxii;

/// <summary>One manifest entry (§5.3.1): <paramref name="DateAdded"/> and <paramref name="Version"/> are STIX timestamps.</summary>
public sealed record TaxiiManifestRecord(string Id, string DateAdded, string Version, string MediaType);
