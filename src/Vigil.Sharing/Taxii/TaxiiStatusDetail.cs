namespace Vigil.Sharing.Taxii;

/// <summary>Status details (§4.3.1): one object of a POST and what happened to it.</summary>
public sealed record TaxiiStatusDetail(string Id, string Version, string? Message = null);
