namespace Vigil.Sharing.Taxii;

/// <summary>Versions resource (§5.8.1).</summary>
public sealed record TaxiiVersions(bool More, IReadOnlyList<string>? Versions);
