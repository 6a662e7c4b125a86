namespace Vigil.Sharing.Taxii;

/// <summary>API root resource (§4.2.1). <paramref name="MaxContentLength"/> is in bytes.</summary>
public sealed record TaxiiApiRoot(string Title, string? Description, IReadOnlyList<string> Versions, long MaxContentLength);
