namespace Vigil.Sharing.Taxii;

/// <summary>Server discovery resource (TAXII 2.1 §4.1.1).</summary>
public sealed record TaxiiDiscovery(string Title, string? Description, string? Contact, string? Default, IReadOnlyList<string> ApiRoots);
