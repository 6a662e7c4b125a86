namespace Vigil.Sharing.Taxii;

/// <summary>Error message resource (§3.6.1).</summary>
public sealed record TaxiiError(string Title, string? Description = null, string? HttpStatus = null, string? ErrorCode = null);
