namespace Vigil.Sharing.Taxii;

/// <summary>Collection resource (§5.2.1); rights are those of the requesting partner.</summary>
public sealed record TaxiiCollection(string Id, string Title, string? Description, string? Alias, bool CanRead, bool CanWrite, IReadOnlyList<string> MediaTypes);
